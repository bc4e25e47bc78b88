/* Options:
Date: 2025-11-26 12:00:00
Version: 8.80
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://evovoice.io

//GlobalNamespace: 
MakePropertiesOptional: True
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
IncludeTypes: SendMessage.*
//ExcludeTypes: 
//DefaultImports: 
*/


export interface IReturn<T>
{
    createResponse(): T;
}

export enum MessageDirections
{
    Incoming = 'Incoming',
    Outgoing = 'Outgoing',
}

export class MessageInfo
{
    public id?: string;
    public accountId?: string;
    public customerId?: string;
    public endpointId?: string;
    public endpointDisplayName?: string;
    public date?: string;
    public direction?: MessageDirections;
    public otherAddress?: string;
    public sender?: string;
    public text?: string;
    public isUnread?: boolean;

    public constructor(init?: Partial<MessageInfo>) { (Object as any).assign(this, init); }
}

// @Route("/sessions/{sessionId}/messages", "POST")
// @Route("/messages")
export class SendMessage implements IReturn<MessageInfo>
{
    /**
    * The ID of the session you want to post a message to. Specify either this or EndpointId+ToAddress
    */
    // @ApiMember(Description="The ID of the session you want to post a message to. Specify either this or EndpointId+ToAddress")
    public sessionId?: string;

    /**
    * The ID of the endpoint you want to post a message to. Typically the ID of a phone number endpoint. Not used if SessionId is specified
    */
    // @ApiMember(Description="The ID of the endpoint you want to post a message to. Typically the ID of a phone number endpoint. Not used if SessionId is specified")
    public endpointId?: string;

    /**
    * The address of the party you want to send a message to, e.g. +15556667777. Not used if SessionId is specified
    */
    // @ApiMember(Description="The address of the party you want to send a message to, e.g. +15556667777. Not used if SessionId is specified")
    public toAddress?: string;

    /**
    * The body of the message
    */
    // @ApiMember(Description="The body of the message")
    public body?: string;

    public constructor(init?: Partial<SendMessage>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'SendMessage'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new MessageInfo(); }
}


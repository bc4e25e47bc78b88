/** A call's parsed answer with the fetch Response it came in (its status and headers). */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * What every operation returns: a Promise of its data that can also give the raw Response.
 * @example
 * const { data, response } = await evo.messages.send({ sessionId: "S1", body: "Hi" }).withResponse();
 */
export interface APIPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

/** `messages.list`: awaited, one page; iterated with `for await`, every item across pages. */
export interface PagePromise<Page, Item> extends APIPromise<Page>, AsyncIterable<Item> {}

const ignore = () => {};
/** The data of a call's `{ data, response }`. */
export const dataOf = <T>({ data }: WithResponse<T>): T => data;

/** Wraps a call's `{ data, response }` as an APIPromise of its data. The call has already started. */
export function apiPromise<T>(raw: Promise<WithResponse<T>>): APIPromise<T> {
  return withResponse(raw);
}

/** An APIPromise of the first page that iterates every item, `items` paged by `paginate`. */
export function pagePromise<Page, Item>(
  first: Promise<WithResponse<Page>>,
  paginate: (first: Promise<Page>) => AsyncGenerator<Item>,
): PagePromise<Page, Item> {
  const promise = withResponse(first) as PagePromise<Page, Item>;
  promise[Symbol.asyncIterator] = () => {
    promise.catch(ignore);
    return paginate(promise);
  };
  return promise;
}

/**
 * The data-only promise of `raw`, with withResponse() on it. Properties set one by one: V8 caches
 * the shape they give a promise, where an Object.assign takes its generic path on every call.
 */
function withResponse<T>(raw: Promise<WithResponse<T>>): APIPromise<T> {
  const promise = raw.then(dataOf) as APIPromise<T>;
  promise.withResponse = () => {
    // The caller reads the failure from here; the data-only promise must not report it as unhandled.
    promise.catch(ignore);
    return raw;
  };
  return promise;
}

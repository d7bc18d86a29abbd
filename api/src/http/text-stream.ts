/** A response body from text produced piece by piece: read only as fast as the client takes it. */
export function toTextStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    // A client that goes away ends the reading too (the database cursor is closed).
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

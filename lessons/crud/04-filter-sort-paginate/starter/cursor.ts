// Step 4: turn where a page ended (its last book's sort value and id) into one opaque string
// the client sends back as ?cursor=, and read it back, answering 400 for a string you never gave out.
// Base64url of a little JSON is plenty: export encodeCursor(after) and decodeCursor(cursor) from here.
export {};

// Step 1: the books model. Every SQL statement of server.ts moves here, as one function each
// (listBooks, findBook, createBook, …) that takes plain values and returns plain objects.
// It never sees `req` or `res`.

// Step 2: the books routes. Create an express.Router(), give each method and path its controller,
// and export the router for server.ts to mount at /books.

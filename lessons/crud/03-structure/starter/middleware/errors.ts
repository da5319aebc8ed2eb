// Step 3: how errors are answered. A handler for requests no route matched (404), and one
// error-handling middleware with four parameters, (err, req, res, next), that answers JSON.
// Step 4: an error nobody planned for answers 500, and its details go to the console only.

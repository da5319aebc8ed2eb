// Step 2: the books controllers. One function per route, `(req, res) => { … }`: read and check
// the request, call the model, send the answer. No SQL here: that is the model's job.

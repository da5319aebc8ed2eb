import express, { type ErrorRequestHandler } from 'express';
import { currentUser, identify } from './identify.js';
import { applicationsRouter } from './routes/applications.js';

// The app tells your server which port to listen on.
const port = Number(process.env.PORT ?? 3000);

const app = express();

// Who is calling comes first: a stranger's request goes no further, not even into its body.
// Every route below knows who is calling, or never runs.
app.use(identify);
app.use(express.json());

app.get('/me', (req, res) => {
  res.json(currentUser(res));
});

app.use(applicationsRouter);

// Whatever goes wrong ends as a JSON error: a body that is not JSON is the client's mistake (400),
// anything else is ours (500, with the details in the console rather than in the answer).
const sendError: ErrorRequestHandler = (error, req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  res.status(status).json({ error: status === 500 ? 'Something went wrong on the server' : String(error.message) });
};
app.use(sendError);

app.listen(port, () => {
  console.log(`Loan desk API listening on http://localhost:${port}`);
});

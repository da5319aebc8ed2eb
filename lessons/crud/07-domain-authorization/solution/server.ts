import express, { type NextFunction, type Request, type Response } from 'express';
import { currentUser, identify } from './identify.js';
import { applicationsRouter } from './routes/applications.js';

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

// The last stop for errors: a body express.json() cannot read (4xx) is the client's mistake,
// anything else is ours.
app.use((error: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  if (error.status !== undefined && error.status < 500) {
    res.status(error.status).json({ error: error.message });
    return;
  }
  console.error(error);
  res.status(500).json({ error: 'Something went wrong on our side' });
});

app.listen(port, () => {
  console.log(`Loan desk API listening on http://localhost:${port}`);
});

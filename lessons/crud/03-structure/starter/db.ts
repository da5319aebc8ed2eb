// Step 1: open the database connection here, once, and export it for the models:
// export const db = new Database(process.env.DATABASE_PATH ?? 'books.db');

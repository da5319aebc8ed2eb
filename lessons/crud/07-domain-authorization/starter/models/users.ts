import { db } from '../db.js';

export interface User {
  id: number;
  name: string;
  role: 'borrower' | 'officer';
}

export function findUserByName(name: string): User | undefined {
  return db.prepare('SELECT id, name, role FROM users WHERE name = ?').get(name) as User | undefined;
}

export function findUserById(id: number): User | undefined {
  return db.prepare('SELECT id, name, role FROM users WHERE id = ?').get(id) as User | undefined;
}

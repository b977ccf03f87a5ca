import { TableColumnOptions, TableIndexOptions } from 'typeorm';

// Column builders for migrations: only types that mean the same on SQLite and MySQL/MariaDB.
export const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
export const int = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...opts });
export const str = (name: string, length: number, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...opts,
});
export const text = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...opts });
export const bool = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'boolean', ...opts });
export const float = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'float', ...opts });
export const datetime = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...opts });
export const nullable = { isNullable: true } as const;

export const index = (table: string, columns: string[], unique = false): TableIndexOptions => ({
  name: `IDX_${table}_${columns.join('_')}`.slice(0, 64),
  columnNames: columns,
  isUnique: unique,
});

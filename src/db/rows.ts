import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Plain INSERTs for the hot path of intake. TypeORM's `save` reloads defaulted columns after
 * every insert, and on SQLite it writes numbers into the SQL text, so each ticket's statements
 * are new to SQLite's statement cache and prepared again. These helpers write one fixed
 * statement per entity (and row count) with every value bound, converted by the driver exactly
 * as TypeORM converts it (dates, booleans, simple-json), and return the generated ids.
 */
interface Shape {
  columns: ColumnMetadata[];
  head: string;
  row: string;
}

const shapes = new WeakMap<object, Shape>();

function shapeOf(m: EntityManager, target: EntityTarget<ObjectLiteral>): Shape {
  const meta = m.connection.getMetadata(target);
  let s = shapes.get(meta);
  if (!s) {
    const driver = m.connection.driver;
    const columns = meta.columns.filter((c) => !(c.isGenerated && c.generationStrategy === 'increment'));
    s = {
      columns,
      head: `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `,
      row: `(${columns.map(() => '?').join(', ')})`,
    };
    shapes.set(meta, s);
  }
  return s;
}

function columnValue(m: EntityManager, c: ColumnMetadata, entity: ObjectLiteral): unknown {
  let v = c.getEntityValue(entity);
  if (v === undefined) v = c.isVersion ? 1 : c.default !== undefined && typeof c.default !== 'function' ? c.default : null;
  return m.connection.driver.preparePersistentValue(v, c);
}

function insertId(raw: unknown): number {
  if (typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
  const id = (raw as { insertId?: number | string } | null)?.insertId;
  if (id === undefined || id === null) throw new Error('INSERT returned no id');
  return Number(id);
}

async function run(m: EntityManager, target: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], ignore = false): Promise<unknown> {
  const s = shapeOf(m, target);
  const params: unknown[] = [];
  for (const r of rows) for (const c of s.columns) params.push(columnValue(m, c, r));
  const head = ignore
    ? s.head.replace(/^INSERT INTO/, ['mysql', 'mariadb'].includes(m.connection.options.type) ? 'INSERT IGNORE INTO' : 'INSERT OR IGNORE INTO')
    : s.head;
  return m.query(head + Array(rows.length).fill(s.row).join(', '), params);
}

/**
 * Inserts rows in the given order with one statement. No ids come back: auto-increment ids of
 * a multi-row INSERT need not be consecutive (InnoDB interleaved lock mode, TiDB).
 */
export async function insertRows<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  if (rows.length) await run(m, target, rows);
}

/** Inserts rows with one statement, skipping any that would repeat a unique key (INSERT IGNORE). */
export async function insertRowsIgnore<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  if (rows.length) await run(m, target, rows, true);
}

/** One row; returns its generated id. */
export async function insertRow<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, row: Partial<T>): Promise<number> {
  return insertId(await run(m, target, [row]));
}

interface SelectShape {
  columns: ColumnMetadata[];
  head: string;
  create: () => ObjectLiteral;
}

const selects = new WeakMap<object, SelectShape>();

function selectShapeOf(m: EntityManager, target: EntityTarget<ObjectLiteral>): SelectShape {
  const meta = m.connection.getMetadata(target);
  let s = selects.get(meta);
  if (!s) {
    const driver = m.connection.driver;
    s = {
      columns: meta.columns,
      head: `SELECT ${meta.columns.map((c) => driver.escape(c.databaseName)).join(', ')} FROM ${driver.escape(meta.tableName)}`,
      create: () => meta.create(),
    };
    selects.set(meta, s);
  }
  return s;
}

/** A bound parameter: [property, value], converted the way TypeORM stores that property. */
export type Bound = [property: string, value: unknown];

/**
 * The counterpart of insertRows for the hot reads: `SELECT <all columns> FROM <table> WHERE …`
 * with every value bound (one statement text per query shape, so SQLite reuses its prepared
 * statement) and rows hydrated by the driver exactly as `find` hydrates them. `where` uses
 * property names as column names (true for these entities) and `?` placeholders.
 */
export async function selectRows<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, where: string, params: Bound[], tail = ''): Promise<T[]> {
  const s = selectShapeOf(m, target);
  const meta = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  const values = params.map(([prop, v]) => {
    const col = meta.findColumnWithPropertyName(prop);
    if (!col) throw new Error(`${meta.name} has no column ${prop}`);
    return driver.preparePersistentValue(v, col);
  });
  const raw: Record<string, unknown>[] = await m.query(`${s.head} WHERE ${where}${tail ? ` ${tail}` : ''}`, values);
  return raw.map((r) => {
    const e = s.create();
    for (const c of s.columns) c.setEntityValue(e, driver.prepareHydratedValue(r[c.databaseName], c));
    return e as T;
  });
}

/** `?, ?, ?` for an IN list (never empty: callers check). */
export const marks = (n: number) => Array(n).fill('?').join(', ');

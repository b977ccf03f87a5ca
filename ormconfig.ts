// The TypeORM DataSource for the TypeORM CLI (migration:generate / migration:run).
import { loadConfig } from './src/config';
import { createDataSource } from './src/db/datasource';

export default createDataSource(loadConfig().database);

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A 台账 filter a member of staff saved under a name. Only the filters are kept: opening the view
 * runs the list again within the viewer's scope, so a view never holds or shows a ticket itself.
 */
@Entity('saved_view')
@Index(['staffId', 'name'], { unique: true })
export class SavedView {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** The ledger's query parameters as strings, validated like the query itself. */
  @Column({ type: 'simple-json' })
  filters: Record<string, string>;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

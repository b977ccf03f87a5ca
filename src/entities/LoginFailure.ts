import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed console login, kept for the lockout window: per account (`account:<staff id>` or, for
 * a name nobody has, `login:<name>`) and per client address (`ip:<addr>`). In the database so
 * every server process counts the same tries.
 */
@Entity('login_failure')
@Index(['subject', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80 })
  subject: string;

  @Index()
  @Column({ type: 'datetime' })
  at: Date;
}

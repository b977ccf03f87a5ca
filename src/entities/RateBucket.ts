import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An intake token bucket shared by every server process (src/http/ratelimit.ts). */
@Entity('rate_bucket')
export class RateBucket {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  bucket: string;

  @Column({ type: 'double' })
  tokens: number;

  /** Milliseconds since the epoch of the last refill. */
  @Column({ type: 'bigint' })
  at: string;
}

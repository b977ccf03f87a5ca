import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type StaffRole = 'cadre' | 'leader' | 'admin';
/** Where a leader sits on the escalation ladder. */
export type LeaderPosition = 'unit_head' | 'county_leader' | 'county_secretary' | null;

/** Cadres, leaders and admins: people who work tickets. Villagers are `Petitioner`s. */
@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: StaffRole;

  @Column({ type: 'varchar', length: 32, nullable: true })
  position: LeaderPosition;

  @Column({ type: 'varchar', length: 64, nullable: true })
  title: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  /** A leader's or admin's area of authority (county code for county leaders). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  jurisdictionCode: string | null;

  /** Categories a county leader is in charge of (分管), e.g. ["water","housing"]. */
  @Column({ type: 'simple-json', nullable: true })
  categories: string[] | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** WeChat identity once bound with a one-time code (chat) or mini-program login. */
  @Index()
  @Column({ type: 'varchar', length: 128, nullable: true })
  wechatId: string | null;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  /** 微信号 / 企业微信账号 as the county listed them (org:import); binding still goes through a code. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  wechatAccount?: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  wecomUserId?: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, datetime, float, id, index, int, nullable, str, text } from '../src/db/schema';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'jurisdiction',
        columns: [str('code', 12, { isPrimary: true }), str('name', 64), str('shortName', 64), str('level', 16), str('parentCode', 12, nullable)],
        indices: [index('jurisdiction', ['shortName']), index('jurisdiction', ['parentCode'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'unit',
        columns: [id(), str('name', 64), str('kind', 40), str('jurisdictionCode', 12), int('parentUnitId', nullable), int('headStaffId', nullable)],
        indices: [index('unit', ['jurisdictionCode', 'kind'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'staff',
        columns: [
          id(),
          str('name', 32),
          str('role', 16),
          str('position', 32, nullable),
          str('title', 64, nullable),
          int('unitId', nullable),
          str('jurisdictionCode', 12, nullable),
          text('categories', nullable),
          str('phone', 20, nullable),
          str('wechatId', 128, nullable),
          str('openid', 64, nullable),
          bool('active', { default: true }),
        ],
        indices: [index('staff', ['unitId']), index('staff', ['wechatId']), index('staff', ['openid'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'village_assignment',
        columns: [id(), str('villageCode', 12), int('staffId')],
        indices: [index('village_assignment', ['villageCode', 'staffId'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'petitioner',
        columns: [
          id(),
          str('name', 32, nullable),
          str('phone', 20, nullable),
          str('wechatId', 128, nullable),
          str('openid', 64, nullable),
          str('unionid', 64, nullable),
          str('villageCode', 12, nullable),
          datetime('createdAt'),
        ],
        indices: [index('petitioner', ['phone']), index('petitioner', ['wechatId']), index('petitioner', ['openid'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ticket',
        columns: [
          id(),
          str('number', 32),
          str('channel', 20),
          str('externalId', 128, nullable),
          int('petitionerId', nullable),
          str('villageCode', 12, nullable),
          str('countyCode', 12, nullable),
          str('placeText', 200, nullable),
          text('placeCandidates', nullable),
          str('category', 24),
          float('categoryConfidence', nullable),
          str('urgency', 16),
          text('text'),
          str('status', 16),
          int('handlingUnitId'),
          int('assigneeId', nullable),
          int('ownerLeaderId', nullable),
          int('accusedUnitId', nullable),
          int('escalationLevel', { default: 0 }),
          bool('supervised', { default: false }),
          datetime('assignedAt'),
          datetime('responseDueAt'),
          datetime('resolutionDueAt'),
          datetime('legalNoticeDueAt'),
          datetime('legalResolutionDueAt', nullable),
          int('extensionDays', { default: 0 }),
          datetime('acceptedAt', nullable),
          datetime('resolvedAt', nullable),
          datetime('closedAt', nullable),
          int('reopenCount', { default: 0 }),
          bool('contactedInTime', nullable),
          bool('solved', nullable),
          bool('satisfied', nullable),
          datetime('ratedAt', nullable),
          int('repeatOfId', nullable),
          int('repeatCount', { default: 0 }),
          int('duplicateOfId', nullable),
          datetime('createdAt'),
          datetime('updatedAt'),
          int('version'),
        ],
        indices: [
          index('ticket', ['number'], true),
          index('ticket', ['channel', 'externalId'], true),
          index('ticket', ['status', 'resolutionDueAt']),
          index('ticket', ['status', 'responseDueAt']),
          index('ticket', ['handlingUnitId', 'status']),
          index('ticket', ['countyCode', 'createdAt']),
          index('ticket', ['petitionerId', 'createdAt']),
          index('ticket', ['villageCode', 'category', 'createdAt']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ticket_unit',
        columns: [id(), int('ticketId'), int('unitId'), str('role', 8)],
        indices: [index('ticket_unit', ['ticketId', 'unitId'], true), index('ticket_unit', ['unitId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ticket_event',
        columns: [
          id(),
          int('ticketId'),
          str('type', 32),
          str('actorKind', 16),
          int('actorId', nullable),
          str('visibility', 8),
          text('data', nullable),
          datetime('at'),
        ],
        indices: [index('ticket_event', ['ticketId', 'id']), index('ticket_event', ['type', 'at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attachment',
        columns: [
          id(),
          int('ticketId', nullable),
          str('kind', 16),
          str('storageKey', 200),
          str('mime', 64),
          int('size'),
          str('uploaderKind', 16),
          int('uploaderId', nullable),
          datetime('createdAt'),
        ],
        indices: [index('attachment', ['ticketId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_token',
        columns: [
          id(),
          str('tokenHash', 64),
          str('role', 16),
          str('name', 64),
          int('staffId', nullable),
          int('petitionerId', nullable),
          datetime('createdAt'),
          datetime('expiresAt', nullable),
          datetime('revokedAt', nullable),
        ],
        indices: [index('api_token', ['tokenHash'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          id(),
          str('channel', 16),
          str('target', 200),
          str('kind', 32),
          text('payload'),
          str('dedupeKey', 191, nullable),
          str('status', 8),
          int('attempts', { default: 0 }),
          datetime('nextAttemptAt'),
          str('lockedBy', 64, nullable),
          datetime('lockedUntil', nullable),
          text('lastError', nullable),
          int('ticketId', nullable),
          datetime('createdAt'),
          datetime('sentAt', nullable),
        ],
        indices: [
          index('outbox_message', ['dedupeKey'], true),
          index('outbox_message', ['status', 'nextAttemptAt']),
          index('outbox_message', ['channel', 'status', 'nextAttemptAt']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'category',
        columns: [str('code', 24, { isPrimary: true }), str('name', 32), str('description', 200), text('keywords'), int('sortOrder', { default: 0 })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'routing_rule',
        columns: [
          id(),
          str('category', 24),
          str('jurisdictionCode', 12, nullable),
          str('target', 16),
          str('unitKind', 40, nullable),
          int('unitId', nullable),
          str('coHandler', 16, nullable),
          int('priority', { default: 0 }),
        ],
        indices: [index('routing_rule', ['category'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'deadline_policy',
        columns: [
          id(),
          str('category', 24, nullable),
          str('urgency', 16),
          str('jurisdictionCode', 12, nullable),
          int('responseValue'),
          str('responseUnit', 16),
          int('resolveValue'),
          str('resolveUnit', 16),
        ],
      }),
    );
    await q.createTable(new Table({ name: 'counter', columns: [str('name', 64, { isPrimary: true }), int('value')] }));
    await q.createTable(new Table({ name: 'job_lease', columns: [str('name', 64, { isPrimary: true }), str('holder', 64), datetime('expiresAt')] }));
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'job_lease',
      'counter',
      'deadline_policy',
      'routing_rule',
      'category',
      'outbox_message',
      'api_token',
      'attachment',
      'ticket_event',
      'ticket_unit',
      'ticket',
      'petitioner',
      'village_assignment',
      'staff',
      'unit',
      'jurisdiction',
    ]) {
      await q.dropTable(t);
    }
  }
}

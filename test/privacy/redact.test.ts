import { log } from '../../src/log';
import { redact, redactForLog } from '../../src/privacy/redact';
import { captureLogs } from '../support/log-capture';

describe('redact (text toward groups and the public)', () => {
  const p = { name: '测试人甲', phone: '13912345601', wechatId: 'acct:wxid_csapi0001' };

  it('masks the person’s own name, phone and WeChat id, and anything phone-, ID- or wxid-like', () => {
    const out = redact('工单 430502-20261020-0001：测试人甲反映，电话 139-1234-5601，微信 wxid_csapi0001，身份证 43050219800101123X，座机 0739-5201234，邻居 wxid_other99 也知道', p);
    expect(out).toBe('工单 430502-20261020-0001：***反映，电话 ***，微信 ***，身份证 ***，座机 ***，邻居 *** 也知道');
  });

  it('masks the contact id of an `<account>:<contact>` WeChat key on its own', () => {
    expect(redact('加我 csContact77 聊', { wechatId: 'acct:csContact77' })).toBe('加我 *** 聊');
  });

  it('masks names people introduce, even when the system does not know them', () => {
    expect(redact('我是李四海，电话13800001111，莲荷村的')).toBe('我是***，电话***，莲荷村的');
    expect(redact('王小明来电（***）：自来水停了')).toBe('***来电（***）：自来水停了');
    expect(redact('举报人：赵钱孙 反映乡干部吃拿卡要')).toBe('举报人：*** 反映乡干部吃拿卡要');
    expect(redact('联系人张三，手机 139 1234 5678')).toBe('联系人***，手机 ***');
  });

  it('leaves places, groups, dates and ticket numbers alone', () => {
    for (const s of ['我是莲荷村的村民，自来水停了三天', '本人家的地被占了', '莲荷村村民来电反映路灯坏了', '2026年10月1日停水，三天了', '工单 430502-20261020-0001 已超期 3 天']) {
      expect(redact(s)).toBe(s);
    }
  });
});

describe('redactForLog', () => {
  it('masks mobiles, ID numbers and wxids but keeps ports, ids and ticket numbers', () => {
    expect(redactForLog('{"phone":"13912345601","id":"43050219800101123X","w":"wxid_abc123","port":3000,"n":"430502-20261020-0001","ticketId":1234567}')).toBe(
      '{"phone":"***","id":"***","w":"***","port":3000,"n":"430502-20261020-0001","ticketId":1234567}',
    );
  });
});

describe('log lines', () => {
  it('mask a phone or wxid an error message quotes', () => {
    const logs = captureLogs();
    try {
      log.error('unhandled error', { err: "QueryFailedError: Duplicate entry '13912345678' for key 'phone'", who: 'wxid_leaky01', ticket: '430502-20261020-0001' });
    } finally {
      logs.restore();
    }
    expect(logs.lines).toHaveLength(1);
    expect(logs.text()).not.toMatch(/13912345678|wxid_leaky01/);
    expect(logs.text()).toContain('430502-20261020-0001');
  });
});

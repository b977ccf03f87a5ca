import { readsAsComplaint, understand } from '../../src/classify';

describe('understand: danger to life or property is an emergency whatever the category', () => {
  test.each([
    '莲荷村有人掉进水塘了快来人',
    '老人在家摔倒了起不来',
    '有人持刀打人',
    '桥断了车过不去',
    '村口变压器在冒火花 噼里啪啦的',
    '隔壁屋里一股煤气味 敲门没人应',
    '俺家老头烧煤炉子煤烟中毒了 人叫不醒',
    '我家娃放学到现在还没回来 找不到了',
    '后山滑坡了 石头滚到路上',
    '井里被人下了毒 水有农药味',
    '发大水了 屋里进水了',
    '电线断了掉在路边 还带着电',
    '塘坝垮了个缺口 水往田里冲',
    '隔壁家着火了',
    '房子塌了 人还在里面',
  ])('%s', (text) => {
    const u = understand(text);
    expect(u.emergency).toBe(true);
    expect(u.urgency).toBe('emergency');
    expect(u.complaint).toBe(true);
  });

  test.each(['路上有个坑 骑车要小心', '路灯坏了', '自来水停了三天没人管'])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
});

describe('readsAsComplaint: the group gate', () => {
  test.each([
    '反映了也没用 去年就反映过',
    '求助大家 谁家有拖拉机 明天借我用半天',
    '投诉有啥用哦',
    '报修电话是多少啊',
    '举报电话12388',
    '谢谢',
    '你是机器人吗',
    '大家好',
    '谢谢陈叔的红包',
    '[红包]',
    '收到',
  ])('chatter: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
    expect(understand(text).complaint).toBe(false);
  });

  test.each([
    '反映 莲荷村的路坏了半年没人修',
    '我们屯自来水停三天了咋整啊',
    '村主任让俺送两条烟才给盖章',
    '谢谢 不过我家低保还是没批下来',
    '老人在家摔倒了起不来',
  ])('complaint: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(true);
  });

  test('a thank-you for a red packet is not misconduct', () => {
    const u = understand('谢谢陈叔的红包');
    expect(u.misconduct).toBe(false);
    expect(u.complaint).toBe(false);
  });
});

describe('understand: an official named in chatter is not an accusation', () => {
  test.each(['谢谢书记的红包', '书记给大家发红包了 快抢', '村书记打我电话说明天开会', '明天村委换届投票 大家都去', '村主任家今天办喜事 大家都去吃席'])(
    '%s',
    (text) => {
      const u = understand(text);
      expect(u.misconduct).toBe(false);
      expect(u.complaint).toBe(false);
    },
  );

  test.each([
    '村主任喝醉了打了俺爹',
    '包村的那个干部 每次来就去村书记家喝酒 我们的事一件没办',
    '村里的账从来不公开 修路的钱花哪了没人知道',
    '镇上管低保的那个人 收了人家红包就给办',
  ])('an accusation, however indirect: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.complaint).toBe(true);
  });
});

describe('understand: the misreadings of issue 11', () => {
  test('a muddy road on the way to school is a road, not education', () => {
    expect(understand('村口到小学那段路全是泥 小孩上学鞋子都是泥').category).toBe('infrastructure');
  });

  test('pensions are welfare (低保救助), not wages: 养老金, its 领取, 高龄补贴, 敬老院', () => {
    expect(understand('俺爹的养老金三个月没到账了').category).toBe('welfare');
    expect(understand('老人八十多了 高龄补贴一直没领到').category).toBe('welfare');
    expect(understand('到六十了去办养老保险领取 说材料不全 跑了三趟').category).toBe('welfare');
    // Wages stay wages when a pension is only mentioned beside them.
    expect(understand('工地老板欠我三个月工资 说等结了工程款再给').category).toBe('wages');
  });

  test('a breached pond dam is a water emergency (dams and reservoirs belong to the water bureau)', () => {
    const u = understand('村后面的塘坝冲开了一个大口子 水往下面屋里灌');
    expect(u.category).toBe('water');
    expect(u.urgency).toBe('emergency');
  });

  test('a sparking transformer is an emergency, a pothole is not', () => {
    expect(understand('变压器一直在打火 啪啪响').urgency).toBe('emergency');
    expect(understand('村道上有个坑 下雨积水').urgency).not.toBe('emergency');
  });

  test('an elderly fall is an emergency for the township, not a 医保 matter', () => {
    const u = understand('老人摔倒了起不来 快点来人');
    expect(u.emergency).toBe(true);
    expect(u.complaint).toBe(true);
    expect(u.category).not.toBe('medical');
  });

  test('worry and prevention are not events', () => {
    expect(understand('秸秆堆在路边 怕着火').emergency).toBe(false);
    expect(understand('大家注意防火 秸秆不要乱烧').emergency).toBe(false);
  });

  test('matched explains the decision with words, not noise', () => {
    const u = understand('莲荷村自来水停了三天了');
    expect(u.matched).toEqual(expect.arrayContaining(['自来水']));
    for (const w of u.matched) expect(w.length).toBeGreaterThan(1);
  });
});

describe('understand: news about officials and events that are over', () => {
  test.each(['村主任的儿子结婚 请大家喝喜酒', '书记喝醉了在群里发语音', '我跟村主任是亲戚 他说这事归镇里管', '村主任打电话说明天发米 大家去领'])(
    'no accusation: %s',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );

  test.each([
    ['镇上查违建 老百姓的棚子全拆了 书记亲戚家的厂房一点没动', true],
    ['低保都给了村干部的亲戚', true],
  ] as const)('kin with a favour is an accusation: %s', (text, accused) => {
    expect(understand(text).misconduct).toBe(accused);
  });

  test('a flood or fire that is over is not an emergency; a child missing since yesterday still is', () => {
    expect(understand('去年发大水冲坏的桥 今年还没修').emergency).toBe(false);
    expect(understand('前天晚上屋里着火了 房子全烧没了 想申请临时救助').emergency).toBe(false);
    expect(understand('前天晚上开始着火 现在还在烧').emergency).toBe(true);
    expect(understand('俺家娃前天走丢了 到现在还没找到').emergency).toBe(true);
  });

  test('voice-to-text stutters do not hide an emergency or an accusation', () => {
    expect(understand('快 快 我们 村口 那个 塘里 有个 细伢子 掉下去了 冇 冇上来').emergency).toBe(true);
    expect(understand('那个 主任 说 要 要给他 两千块 才 才给我 报上去').misconduct).toBe(true);
  });
});

describe('understand: accusations told indirectly', () => {
  test.each([
    // public property in private use
    '支书家新砌的猪圈用的是村里修桥剩下的水泥',
    '村委会的拖拉机让主任拉回他家种地去了 谁家要用都借不着',
    // a cadre's kin in business, a favour in return
    '镇长他小舅子的工程队 村里的活全包了',
    '村书记跟开砖厂的老板是亲家 砖厂占了村里二十亩地',
    // threats and conditions
    '村主任说 谁家不同意流转 谁家的低保明年就取消',
    '去村里开证明 拎两瓶酒去的当天就给盖了章 空手去的等了半个月',
    // the books and the process
    '村会计的账本跟上面发下来的钱对不上 差了好几万',
    '低保评定未经民主评议 名单也从来不公示',
    '村里报上去的是修了三公里 实际上才修了一公里多',
  ])('%s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.complaint).toBe(true);
  });

  test.each([
    '有人冒充镇上干部打电话 让老人交钱办补贴',
    '几个醉汉拿着锄头把村长堵在屋里要打他',
    '村主任今天带人把路上的坑填了',
    '书记通知 明天上午九点村部开会 说修路的事',
  ])('an official named, nobody accused: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: danger now, danger over, danger feared', () => {
  test.each([
    '冰面裂了 两个娃掉冰窟窿里了',
    '有个男的爬到水塔上面说要跳下来',
    '我家孙女吃了个果冻卡住了 脸憋得发紫',
    '河对岸的堤开了个大口子 水往村里灌',
    '奶奶煤炉子没封好 早上起来头晕 还吐了两回',
    '俺爷上山放羊 天都黑了还没见人',
  ])('emergency: %s', (text) => {
    const u = understand(text);
    expect(u.emergency).toBe(true);
    expect(u.complaint).toBe(true);
  });

  test.each([
    ['家里遭了火灾 房子烧了一半 能申请救助不', true],
    ['那次车祸以后 村口那个弯道到现在还没装护栏', true],
    ['听说隔壁村昨天有人掉河里了 救上来了 大家看好自家孩子', false],
    ['天冷了 提醒大家烧炉子开窗通风 别煤烟中毒', false],
    ['村里发的灭鼠药在村部领 一家一包', false],
  ] as const)('not an emergency: %s', (text, complaint) => {
    const u = understand(text);
    expect(u.emergency).toBe(false);
    expect(u.complaint).toBe(complaint);
  });
});

describe('understand: news in the group is not a complaint; a complaint without a keyword still is', () => {
  test.each([
    '村主任说了 低保的钱下礼拜一统一打到卡上',
    '这个月的养老金到了 比上个月多了二十块',
    '我家自来水表坏了 已经找人换了 大家不用操心',
    '镇长来村里开会说了 明年全村通自来水',
    '危房改造的名单公示了 有意见的七天内去村部说',
    '停电是因为换变压器 下午就来 别打电话问了',
  ])('chatter: %s', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(false);
    expect(u.category).toBe('other');
  });

  test.each([
    ['暖气片冰凉三天了 屋里就十度 老人冻感冒了', 'infrastructure'],
    ['村里的流浪狗一群一群的 追着孩子咬', 'other'],
    ['说好的每户补贴五百斤煤 到现在一两都没见着', null],
    ['反映 这个事情拖了半年没人管，你们一定要管一管', 'other'],
    ['低保批下来了 可是钱一直没打到卡上 三个月了', 'welfare'],
  ] as const)('complaint: %s', (text, category) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    if (category) expect(u.category).toBe(category);
  });
});

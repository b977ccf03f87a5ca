import { readsAsComplaint, soundsLikeEmergency, understand } from '../../src/classify';
import { emergencyReasons } from '../../src/classify/rules';

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
  test.each(['村主任的儿子结婚 请大家喝喜酒', '书记喝醉了在群里发语音', '村主任打电话说明天发米 大家去领'])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

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
    ['暖气片冰凉三天了 屋里就十度 老人冻感冒了', 'other'],
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

describe('understand: the kinds missed in holdout6 (the round after it), each in several wordings, and their look-alikes', () => {
  test.each([
    // public goods in a cadre's pen, told sarcastically
    '上面发的扶贫鸭苗 一多半都养在组长他家鸭棚里了 真是会养',
    '救灾发的棉被 全堆在村长自己家仓房里 我们一床没领到',
    // seed or stock swapped by a station
    '种子站发的稻种说是良种 结果全是杂交的次种 好种让站里的人换了',
    '农技站那个姓刘的把免费发的化肥换成了便宜的劣质肥 好肥拉回去卖了',
    // signing in and leaving
    '我们村的第一书记每周就来签个到就走 人影都见不着',
    '驻村工作队来村部打个卡就走 材料上写的天天在岗',
    // the village seal at home
    '村里的公章锁在书记自己家抽屉里 谁要盖章得上他家求他',
    // books "lost" when asked for
    '我们要看村里的账 会计说账本让老鼠啃了 去年也是这么说的',
    '想查修路的开支 村里说单据被水泡烂了 查不了',
    // a sham appraisal
    '评低保的会就开了五分钟 书记拿着打印好的名单念完就散了',
    // a complaint binned, a stall smashed
    '我去乡里递申请 那个干部当着我面把材料扔进垃圾桶',
    '城管把我爹卖菜的秤砸了 还推了他一把',
    '穿制服的那几个把我的水果摊掀了 一句话不说就走',
    // hints and tribute
    '管低保的干部说想评上得走走关系 你懂的',
    '五保户过年都得拎东西去孝敬村长 不去明年就没了',
    // figures dictated, a house dressed for an inspection
    '村干部让我们按他们说的数填收入 说报低了考核过不了',
    '上面来检查那天村里把贫困户的墙都刷白了 检查完就不管了 屋里还漏雨',
    // a square for a cadre's truck, an idle appointee
    '村部广场让村长停他家大货车 还收别人停车费',
    '护林员是主任的小舅子 天天在家打麻将 工资一分不少',
    // costs in gold, a fast fee, works never seen, an inspector paid
    '村里说买消毒水花了四万 这消毒水是金子做的吗',
    '去社区开证明 工作人员说想快点得交一百 交了也不给收据',
    '上面拨了二十万修水渠 两年了水渠呢 影子都没有',
    '那段路刚修完就裂了 验收签字的肯定拿了好处',
    // stalling over tea, a car for the family, compensation "managed"
    '民政办那个姓王的 我问了一年 每次都说下礼拜 他倒是天天喝茶看报纸',
    '镇政府的司机开着公车去他丈母娘家拉粮食',
    '退耕还林的补助一直没发到手上 问村里说是统一管理了',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.category).toBe('misconduct');
    expect(u.complaint).toBe(true);
    expect(u.emergency).toBe(false);
  });

  test.each([
    '镇上的人来把村口的路灯修好了',
    '城管今天帮着把集上的摊位重新划了线 好走多了',
    '第一书记今天带大家去参观合作社',
    '民政所的人说明天来村里登记 家里留个人',
    '村里公章下午能盖吗 我三点过去',
    '城管的小李被一个卖菜的打了 脸都抓破了',
    '有个自称农技站的人来村里卖种子 交了钱电话就打不通了',
  ])('not an accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each([
    '俺家的三只羊昨晚上被人偷了 圈门都撬开了',
    '我家的电动车停在院里 早上起来就不见了',
    '在群里买了人家的化肥 交了钱人就把我拉黑了',
    '老王家的猪天天跑到我家菜地里 白菜都拱光了',
    '隔壁把木头堆在我家门口 我家的车开不出去 说了好几次还堆',
    '我住的公租房卫生间漏水 墙都发霉了',
    '村里卫生室关了 大夫退休了 买点药得跑镇上',
    '镇上的班车停了 老人上县城看病只能包车',
    '暖气停了一天了 家里老人冻得直哆嗦',
  ])('a loss or harm to the writer reads as a complaint: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(true);
  });

  test.each([
    '谁家丢了一只白鹅 看见的说一声',
    '我家的羊找到了 谢谢大家',
    '昨天自己不小心摔了一跤 没事 大家别担心',
    '我家房顶漏雨已经找人修好了 不用操心',
    '哈哈 老王家的鹅又跑我家来了 今晚炖了它',
    '先问问 低保怎么申请 还没打算申请',
    '就是先了解一下 危房改造啥条件',
    '帮我查一下镇卫生院的电话号码',
    '我就是问问 着火了是打119还是找你们',
    '那个着火的视频别乱转了 那是去年的',
    '现在村里路也修了灯也亮了 比以前强太多了',
    '孩子的作业太难了 救命 我都不会😭',
  ])('chatter is not filed: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    '村里两家打架把人头打破了 这是前天的事 现在都出院了 请来调解',
    '举报副镇长酒驾撞了人 后来私了了 一直没处理',
    '后山那块石头松了 哪天真砸着人就晚了 请来看看',
    '塘坝裂了条缝 现在水少 开春涨水就危险了',
    '我家的羊放出去到现在还没回来 是不是被人赶走了',
    '我这血压被那个电视剧气得要爆炸了😤',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each(['隔壁拆房把我家墙震歪了 墙往屋里倒 我妈瘫在床上挪不动', '我家后墙正往里歪 屋里躺着卧床的老人 快来人'])(
    'an emergency: a wall leaning onto someone who cannot move: %s',
    (text) => {
      expect(understand(text).emergency).toBe(true);
    },
  );
});

describe('understand: the kinds missed in holdout7 (the round after it), each in several wordings, and their look-alikes', () => {
  test.each([
    // mock praise with the cadre's gain or kin beside it
    '咱们支书可真能干 自家的鱼塘年年扩 村里的水渠塌了两年没人修',
    '这下好了 护林员保洁员全是会计家的人 真是一门忠烈',
    // honours and posts to a cadre's family
    '村里的致富带头人年年都是村长他侄子 他那厂子是扶贫款办的',
    // a benefit's bankbook kept by a cadre
    '我姨是五保户 她的折子组长说替她保管 要用钱还得去他家求',
    // a ghost on the roll
    '护路员名单上有我邻居 他在上海打工好几年了 每个月照样在领',
    // works on the board nobody has seen
    '公示栏上写着给三组修了一座桥 俺在三组住了一辈子 谁见过这桥',
    // a complaint passed to the accused
    '我给县里打电话反映组长 第二天乡里就把电话转给了被举报的人',
    // a hint at a gift, with an official named
    '想评上低保 得先去主任家里坐坐 懂的都懂',
    // a facade for an inspection
    '上面来验收那天 路边摆满了借来的花盆 验收完又拉回去了 钱可是村里出的',
    // a notice behind a locked door
    '公示就贴在村委会里屋 门一直锁着 谁看得见',
    // a ballot box taken home
    '选举那天票箱让村会计抱回家了 第二天才唱票',
    // threats by the petition office
    '镇里管信访的跟我说 你再往上告 就把你送去学习班',
    // kin running the office and the seal
    '书记常年在外头 村务都由他老婆管着 公章也是她盖',
    // goods kept by the community's people
    '发给困难户的米面 社区的人自己拿走了一大半',
    // a free service charged
    '说是免费改水 组长每家又收了二百 说是材料费',
    // services billed that never happened
    '卫生室的账上写着每月上门随访 一次都没来过',
    // a teacher's gift hint and a child punished
    '别人都送了礼 我家没送 孩子就被调到最后一排',
  ])('an accusation told by its form: %s', (text) => {
    const u = understand(text);
    expect([u.category, u.misconduct, u.complaint]).toEqual(['misconduct', true, true]);
  });

  test.each([
    '咱们新来的书记真是个实在人 天天往地里跑',
    '我家那口子可真能耐 把鸡窝修得跟新的一样',
    '明天去赶集 老地方见 懂的都懂',
    '选举那天票箱当场封的 当场开箱唱票',
    '低保名单已经贴在村部门口了 有意见的七天内找村委会说',
    '昨晚上那辆救护车是去谁家的啊 都没事吧',
  ])('not an accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each(['给组长家砌了半个月院墙 工钱到现在还欠着', '在村长家的砖厂干了两个月 工钱拖了快一年'])(
    'a cadre as a private employer who does not pay is wages, not misconduct: %s',
    (text) => {
      expect(understand(text)).toMatchObject({ misconduct: false, complaint: true });
    },
  );

  test.each([
    '我老婆怀孕六个月 突然出血 止不住 快来人',
    '手被镰刀割了 血流不止 按都按不住',
    '拆房子的已经开始砸窗户了 我爹还在屋里',
    '两帮人拿着铁锹 眼看就要动手了 在村口',
  ])('an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    '那根老电线 迟早还得断 能不能换根新的',
    '天然气又断了 一整天做不了饭',
    '昨晚梦见发大水 吓醒了',
    '群里那个着火的视频是哪里的 不是咱这吧',
    '后墙塌了一角 幸亏没人在那屋',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each(['有冇人晓得镇上哪里补轮胎的', '帮我写个请假条 给孩子老师的', '做了个梦 梦到房子塌了 吓死我了'])('chatter is not filed: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });

  test.each(['我家昨晚被偷了两头猪 请帮忙联系派出所', '我被骗了三千块 是个假客服 帮我报警', '我家厨房那面墙 下雨泡软了 一抠就掉土'])(
    'a loss or harm to the writer reads as a complaint: %s',
    (text) => {
      expect(readsAsComplaint(text)).toBe(true);
    },
  );
});

describe('understand: after holdout7, a house creaking over sleepers; asides and jokes among neighbours', () => {
  test.each(['老屋的房梁半夜咯吱咯吱响 墙裂了口子 一家人不敢在屋里睡', '房顶嘎吱嘎吱的 墙都歪了 娃们晚上不敢在家睡'])('an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each(['天热了 莫让娃们去河里游泳 大人多看着点', '哈哈 我家狗掉进菜窖了 爬出来一点事没有'])('chatter is not filed: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });

  test.each(['莫让娃去塘里洗澡 塘边连个护栏都没有 村里也不管', '我家猫让隔壁的狗咬死了 哈哈 笑不出来 他家的狗天天不拴'])(
    'a complaint beside an aside still reads as one: %s',
    (text) => {
      expect(readsAsComplaint(text)).toBe(true);
    },
  );
});

describe('understand: the emergencies holdout8 missed, each in several wordings, and their look-alikes', () => {
  test.each([
    ['胸口疼得厉害 满头大汗 120打不通 谁家有车 快', 'medical'],
    ['俺爹捂着胸口喘不上气 嘴唇发紫了 快来人', 'medical'],
    ['俺娘在地里晕倒了 怎么叫都叫不醒 谁家有车', 'medical'],
    ['隔壁小伙子抽过去了 口吐白沫 咋办', 'medical'],
    ['大家帮忙找找 俺家孙子 六岁 穿红羽绒服 下午三点就不见了 到现在还没回来 天快黑了 卧虎镇这边的都帮着看看', 'other'],
    ['我闺女放学到现在还没回家 天都黑了 大家帮着找找', 'other'],
    ['井里叫人投了药 今早喝水的三户都上吐下泻 有个老人已经送医院了 还有人在打这井的水', 'water'],
    ['村东那口井被人投了毒 好几家喝了都拉肚子 快告诉大家别喝了', 'water'],
    ['校车司机喝了酒 现在正开着车拉孩子呢', 'education'],
    ['讨薪的工友爬上塔吊了 说不给钱就跳下来', 'wages'],
    ['城管在菜市场打人了 把一个卖菜的老太太按在地上 还在打 谁赶紧管管', 'misconduct'],
  ])('an emergency: %s → %s', (text, category) => {
    const u = understand(text);
    expect([u.emergency, u.complaint, u.category]).toEqual([true, true, category]);
  });

  test.each([
    '我家老头子胸口闷得慌 一直冒冷汗 救护车咋还不来',
    '俺家老爷子中午出去放羊 到现在没回来 天要黑了 他有点糊涂',
    '接孩子的面包车司机喝得醉醺醺的 还在开着车往学校走',
    '没粮没炭了 零下二十多度 老两口冻得话都说不出来了',
    '五保户老张家没煤没柴了 零下十几度 冻得直哆嗦',
    '有个人站在楼顶上 说再不还他钱就跳下去 快来人',
    '我嫂子拿着农药瓶子说要喝 快来人劝劝',
    '两个保安把人摁在地上踢 快报警',
    // Someone unconscious, however the calling is told.
    '有个人躺在路边 怎么喊都不醒',
    '俺爷爷躺在炕上 喊他也不醒 脸色发白',
  ])('also an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    '去年俺爹胸口疼 后来做了支架 现在好了',
    '孩子昨天跑丢了一会儿 后来在姥姥家找到了 没事了',
    '新闻说外地有个校车司机酒驾被抓了',
    '今年冬天冷 炭价又涨了',
    '他说不给钱就去跳楼 气话 别当真',
    '刚看个视频 一个人在马路上抽过去了 好吓人',
    '昨天吃了剩菜 上吐下泻一晚上 今天好多了',
    '刚才谁在群里喊着火了？吓我一跳 是老周家烧秸秆冒的烟 没事了没事了',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    '举报：汽车站街道城管队员在菜市场没收商贩的菜，拿回家自己吃',
    '说好每户发两袋化肥 到手一袋 另一袋呢？问会计 会计说上面就给了这么多',
    '村长说这事归镇上管 镇上说归村里管 结果当天晚上俩人在一桌喝酒',
  ])('an accusation with an official named reads as a complaint: %s', (text) => {
    expect(readsAsComplaint(text)).toBe(true);
  });

  test.each(['村书记在群里发通知了 明天开会', '村长说了 明天上午九点村部开会'])("an official's notice is chatter: %s", (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });
});

describe("understand: holdout8's accusation kinds (the round after it), each in several wordings, and their look-alikes", () => {
  test.each([
    // Mock praise beside the cadre's gain.
    '咱村主任真是能人 干了五年 闺女在市里买了楼 儿子开上了宝马',
    '书记一心为民啊 为民为到自家门口 水泥路修到他家院里 别人家门口还是土路',
    // A surname filling a roll.
    '低保名单贴出来了 八户里头五个姓刘的 都是一个院的 真巧',
    '护林员名单 三个全是姓赵的 一大家子',
    // Goods or money arriving short, the rest "kept by the village".
    '文件上写每户发三袋米 到手就两袋 另一袋呢 问了没人说',
    '说是每户补贴五千 到户才两千 剩下的说是村里统一修路了',
    // A stranger on a benefit's roll.
    '五保名单上有个叫李满仓的 俺们屯几十年了 谁也不认识这人',
    '贫困户名单里有两个 根本不是我们村的 也不知道咋上去的',
    // A clinic billing care never given.
    '卫生院的报销单上写着打了五天针 俺娘压根没打过针',
    '村医开的单子上有两样检查 俺从来没做过 医保卡里钱扣了',
    '镇卫生院记了七天住院 其实就住了两天',
    // Paid tutoring, and those who stay away punished.
    '班主任自己办辅导班 一个月六百 没报的孩子上课就被罚站',
    '数学老师让周末去她家补课 不去的就不给批作业',
    // A photo-op visit.
    '包户干部来了就是拍个照 让俺站门口 拍完就走 啥也不问',
    '驻村的每次来都拍几张照 啥都不干 回回这样',
    // A public car outside a restaurant on days off.
    '村里的车一到周末就停在镇上农家乐门口 谁开去的',
    // Works measured short, or billed far above cost.
    '公示牌上写修了两公里水渠 俺们拿尺子量了 一公里都不到',
    '每户报了八千的改厕钱 找师傅问了 成本也就两千',
    // A petitioner's name given to the accused.
    '我举报了会计 结果镇上的人直接把我的名字告诉他了',
    '你们咋把我的电话给了他 他现在天天骂我',
    // Land or loans put in a cadre's or others' names.
    '俺家三亩地的补贴 被村长报在他自己名下了',
    '组长拿着俺们的身份证去贷了款 俺们一分钱没见着',
    // A gift as the condition of a benefit.
    '去问补助 办事的说得请他吃顿饭才好往上报',
    '评残疾等级 那人说意思意思 不然只能评个四级',
    // Figures to be invented; a facade for an inspection; the case passed between offices.
    '上面让报收入 必须报到一万以上 报不到的就自己编',
    '合作社平时不开工 上面来检查就拉我们去坐着装样子',
    '这事乡里说归村里管 村里又说归乡里管 推来推去',
    // Gifts exacted; a guard pushing a petitioner; goods confiscated and taken home.
    '村长家办事 每户都得去随礼 不去的以后有事别找他',
    '去县信访局反映 门口保安不让进 还把我推倒了',
    '城管没收了俺的水果 转头就拿回家了',
  ])('misconduct: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    // Praise with no gain beside it.
    ['书记真是能人啊 招来个厂子 村里年轻人不用出去打工了', false],
    ['咱村主任一心为民 半夜还帮俺家找牛', false],
    // Surnames with no tie or roll.
    ['咱屯一半人家都姓刘 哈哈', false],
    // A share arriving in full, or short with the reason told.
    ['说好每户两袋化肥 到手两袋 挺好', false],
    // A clinic's bill questioned without a charge of billing care never given.
    ['卫生院开的药太贵了 能报多少啊', true],
    // Tutoring with no punishment; a photo for the file with help given.
    ['帮扶干部来拍照建档 还帮俺联系了买木耳的', false],
    // Someone giving their own name; a loan one took out oneself.
    ['我把我的名字告诉书记了 让他帮我报名', false],
    ['我用身份证在信用社办了贷款 利息多少啊', false],
    // A pharmacy, not an office.
    ['药店用医保卡刷生活用品 涉嫌套取医保基金', true],
  ] as const)('not misconduct: %s (complaint: %s)', (text, complaint) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    if (!complaint) expect(u.complaint).toBe(false);
  });
});

describe("understand: holdout9–11's kinds (the round after them), each in several wordings, and their look-alikes", () => {
  test.each([
    // Sarcasm about an office or public money.
    '村里修个公厕花了二十万 就几块砖 你品 你细品',
    '咱村干部办事真厉害 低保报上去半年 回个话说材料丢了',
    // Gifts as the custom of an office.
    '评困难户那会 送了礼的都评上了 没送的一个也没有',
    '去办准生证 那人暗示要意思一下 不然就拖着',
    '评低保 组长说评议组的人得每人送一条烟',
    // A benefit stopped after a complaint.
    '上个月俺反映了村里乱收费 后来俺家的耕地补贴就给停了',
    // Fees against the rules; money taken for a service never done.
    '供电所的人来换表 收了两百 上面明明规定免费',
    '会计收了俺五百块 说帮俺办残疾补贴 一年多了 啥都没有',
    // Offices absent or stalling.
    '找了他四回了 每回都说下礼拜 到现在也没个影',
    '去乡里盖章 说下班了 俺一看才两点半',
    // Public goods to a cadre's home; a feast on the books; relief shared among them.
    '村里的空调装到书记家去了 村部夏天热得没法待',
    '村干部年底聚餐 发票开成办公用品报了',
    '救灾的米面 又让村干部给分了 俺们受灾的一袋没有',
    // The well-off on a roll; a name drawing pay while away.
    '低保名单上有开宝马的 俺们真困难的没份',
    '公益岗名单上有俺儿子 他在外地三年了 钱被人领了',
    // A clinic billing visits never made; patients sent to kin's shop.
    '村医拿俺的医保卡刷了十几回 俺一回都没去过',
    // Teachers charging with punishment for their own gain (round 43: a teacher selling the school's workbooks with a penalty is the
    // school's matter, as most writers file it — 169 corpus rows against 31 — below).
    '老师让买她亲戚书店的资料 不买的孩子就罚站',
    // A petitioner detained; a forged signature; money skimmed.
    '去市里上访 被镇里的人拦回来 关在宾馆两天',
    '补贴表上的签字不是俺签的 钱也没见着',
    '危改补助一万二 到手才六千 剩下的说是手续费',
  ])('misconduct: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    // Officials as victims, impostors, kin in an ordinary business, a fee at a school or a shop.
    ['会计昨天在集上被人打了 派出所来了', null],
    ['来电人反映：其为村委会主任，调解纠纷时被村民辱骂推搡，要求派出所处理。', 'dispute'],
    ['村长家儿子在县城开了个饭店 生意挺好', null],
    ['有个人说是镇民政办的干部 上门收低保手续费 俺娘给了五百 人跑了 咋办', null],
    ['学校让交一百块资料费 也不给收据 这合理吗', 'education'],
    ['老师让买她推荐的资料 不买的孩子就罚站', 'education'],
    ['我怕被打击报复 反映问题能不能不留名字', null],
  ] as const)('not misconduct: %s', (text, category) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    if (category) expect(u.category).toBe(category);
  });

  test.each([
    '来电人咨询残疾证换证需要的材料，已告知，无其他诉求。',
    '上回我报的那个路灯的事 现在搞到哪一步哒',
    '好的 屋里有人',
    '俺家里没人 在外面打工 有事电话联系',
    '镇上新开了一家包子铺 味道还可以',
    '这天 一个月没下雨了 愁人',
    '感谢咱村赵书记 大半夜帮俺把老人送到医院 好人啊',
    '刚才那股烟是王家在烧田埂 不是着火 大家莫慌',
    '俺家丫头刚才找不着了 原来在她奶奶家 没事了',
    '救命啊 这天热死了',
    '有人冒充社保局的打电话要卡号 俺没给 提醒一下大伙',
  ])('chatter: %s', (text) => {
    const u = understand(text);
    expect([u.complaint, u.emergency]).toEqual([false, false]);
  });

  test.each(['有人冒充民政的 骗走了俺娘八百块 请派出所查一下'])('a complaint despite the warning: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    '路边的水管爆了 水哗哗流 快来人关阀门',
    '房顶塌了一角 人都搬到堂屋住了 想申请危房改造',
    '院墙倒了 砸了菜园子',
    '两个组为了地界吵了好多年 赶紧来人调解',
    '你们管不管救命的事 就问问 现在没事',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each(['暖气不热 屋里才九度 老人冻得直哆嗦', '自来水放出来是黄的 一股铁锈味 孩子喝了拉肚子', '食堂的饭菜里有虫子 几个孩子吃了肚子疼'])(
    'a utility or a complaint, not an emergency: %s',
    (text) => {
      const u = understand(text);
      expect([u.emergency, u.complaint]).toEqual([false, true]);
    },
  );

  test.each([
    '大风把广告牌刮倒了 压住了一辆车 里面好像有人',
    '树倒了砸在车上 车里还有人',
    '镇东头的鞭炮厂炸了 响了好几声',
    '没煤没柴了 零下二十度 老人冻得说不出话',
    '井里叫人投了毒 喝了水的都在吐 有个老人晕过去了',
  ])('an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

describe("understand: holdout12–15's kinds (the round after them), each in several wordings, and their look-alikes", () => {
  test.each([
    '困难户名单里有两家开着小轿车 俺们真困难的没份',
    '这回的分红 有人领了两份 有人一份都没有',
    '收了每户八十的保洁费 路上的垃圾一个月没人扫 钱呢',
    '文件上说的是每人三百 到手变成一百五',
    '办个准迁证 窗口的人让拿两条烟',
    '村里吃饭的钱 让会计开成了买办公桌的发票',
    '花名册上有俺的名字和手印 可俺一分没领到',
    '选举那天票箱是村长侄子抱着挨家挨户转的',
    '换届前挨家送油 选谁心里有数',
    '老师上课不好好讲 让孩子放学去他家补课 一个月六百',
    '驻村干部人都不来 签到表上却天天有名字',
    '书记说了 谁举报就查谁家',
    '协警接报案 眼皮都不抬 说这点小事还报啥案',
  ])('misconduct: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    '选举那天大家都去投票了 挺热闹',
    '老师免费给孩子补课 真好',
    '俺家承包地被登记到别人名下了 咋办',
    '老师体罚学生 打手心 学校管不管',
    '低保名单贴出来了 俺家在上面',
  ])('not misconduct: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each([
    '俺爷有老年痴呆 上午出门到现在没回来 大家帮忙找找😭',
    '来电人称其父突发晕厥，意识不清，请求派车。',
    '隔壁那人拿着汽油说要点了房子',
    '有人喝农药了 正往医院送',
    '怀孕六个月 突然出了好多血',
    '邻居在打老婆 女的一直喊救命',
    '工人的手被机器绞住了',
    '小孩掉进路边的化粪池了',
    '煤气罐阀门坏了 一直在漏 关不上',
    '俺爹中风了 去年犯过 这回更厉害 话都说不出',
    '我爸一个人在家 有高血压 打电话一直没人接',
  ])('an emergency: %s', (text) => {
    const u = understand(text);
    expect([u.emergency, u.complaint]).toEqual([true, true]);
  });

  test.each(['俺家煤气罐去年漏过一回 现在换成电的了', '救命 今天又胖了三斤', '新闻说外地有人喝农药了'])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    '【乡民政办】请低保户本月底前到村部年审。',
    '【低保公示】拟纳入低保户名单如下，公示七天。',
    '上礼拜我说的那个事有进展没',
    '来电人称此前反映的停水问题已解决，表示感谢。',
    '请问残疾补贴啥时候发',
    '这通知是假的 镇上没发 别乱转',
    '书记辛苦了 守了一宿河堤',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

describe('understand: after holdout9 was measured, smoke blowing back with people feeling it (coal gas by its signs)', () => {
  test.each([
    '就是那个 烟囱倒烟 俺家一家三口 头疼 想吐',
    '炉子返烟 屋里老人头晕 站都站不住了',
    '俺家火炕倒烟 孩子吐了两回 迷迷糊糊的',
    '屋里烧炉子 烟囱堵了 俺妈头疼得厉害 刚才晕倒了',
    '炕洞子冒烟 一屋子人都头晕想吐',
    '一家人都头疼想吐 我看是烟囱倒烟了',
  ])('an emergency: %s', (text) => {
    const u = understand(text);
    expect([u.emergency, u.complaint]).toEqual([true, true]);
  });

  test.each(['烟囱老倒烟 熏得墙都黑了 谁会修', '去年冬天炉子倒烟 全家头疼 后来换了烟囱就好了', '烟囱倒烟 呛得直咳嗽 想找个人来通通'])(
    'not an emergency: %s',
    (text) => {
      expect(understand(text).emergency).toBe(false);
    },
  );
});

describe('understand: round 21 (dev16–20), emergencies told by their signs and their look-alikes', () => {
  test.each([
    '俺爹心口疼得直打滚 谁家有车 快',
    '俺家老头子心口疼 疼得满头大汗 嘴唇都紫了',
    '老伴犯心脏病了 捂着胸口直冒汗 药吃了不管用',
    '来电人紧急求助：一名孕妇在家大量出血，家里没车。',
    '儿媳妇怀孕八个月 刚才流了好多血 咋办',
    '俺家小丫头五岁 刚还在院里 现在找不着了 大伙帮着找找',
    '来电人反映：其母亲八十岁，早上出门至今未归，家人正在寻找。',
    '孙子放学到现在没回来 天都黑了 电话也打不通',
    '娃把防冻液喝了 嘴边都是绿的',
    '俺爹误喝了消毒液 现在直吐',
    '自来水一股汽油味 好几家喝了头晕',
    '屋里没暖气 老娘冻得直哆嗦 嘴唇发紫 说话也不利索了',
    '孩子高烧四十度 抽起来了 翻白眼',
    '塘里有个伢子掉进去哒 快来人',
    '路边一个老头一头栽倒了 叫不醒 脸憋得通紫',
    '西屋墙裂了条大缝 不停掉土 俺爹还在屋里睡',
    '厂房里轰的一声 冒黑烟 有个工人还在里头',
    '锅炉那边嘭的一声 冒白烟 烧锅炉的人没出来',
    '后墙裂了大口子 一直往下掉土 一家子都在屋里',
  ])('an emergency: %s', (text) => {
    const u = understand(text);
    expect([u.emergency, u.complaint]).toEqual([true, true]);
  });

  test.each([
    '俺爹心口疼好几年了 开的药报销不了',
    '去年犯了心脏病住了一个月院 医药费到现在没报',
    '孕妇产检的钱能报销不',
    '俺家狗三岁了 找不着了 谁看见说一声',
    '孩子找不着了 后来在他姥家找到了 没事了 虚惊一场',
    '自来水一股子汽油味 还没敢喝 赶紧来查查',
    '车里汽油味大 闻着头晕',
    '骑车栽倒了 膝盖擦破点皮 没啥事',
    '暖气不热 老人冻得直哆嗦 找了几回没人管',
    '听他说话 俺直翻白眼',
    '刚才喊救命那个是俺孙子跟他爹闹着玩呢 没事没事',
    '刚才有人喊着火了 原来是老李家杀猪燎猪毛呢',
    '明天几点领那个一氧化碳报警器',
    '前天喝农药那个大爷抢救过来了 转到普通病房了',
    '泥石流那是十年前的事了 后山种满树了',
    '烧秸秆的烟太大了 呛得人喘不上气 孩子一直咳嗽',
    '来电人称家中被盗，询问报案流程，已告知拨打110。',
    '墙裂了个缝 一直掉土 谁会补',
    '砰的一声 三轮车胎爆了 吓一跳',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each(['刚才喊救命的是俺孙子 掉水里了 快来人', '一氧化碳报警器响了 俺妈头疼恶心 快来', '燃气报警器一直叫 屋里一股煤气味'])(
    'still an emergency: %s',
    (text) => {
      expect(understand(text).emergency).toBe(true);
    },
  );
});

describe('understand: round 21 (dev16–20), accusation forms and their look-alikes', () => {
  test.each([
    '补助钱俺没见着 俺的名让人签了',
    '那张领款单根本不是我签的 村里说我领了一千五 我一分没见',
    '签字表上的名字都是一个笔迹 误工费发了十五个人',
    '选民名单上有死人 俺三叔死两年了还在名单上',
    '村干部借名贷款 俺家名下有三万贷款 钱一分没见着',
    '会计收了俺家的医保钱 看病才发现没参保',
    '危房改造款每户扣了八百 说是管理费',
    '村医把免费发的药拿到自己诊所卖钱',
    '卫生院看病得先给红包 不给就让你等着',
    '办残疾证 说要表示表示才能评上',
    '上回在群里说了低保的事 第二天俺家帮扶就没了',
    '镇里来检查 中午摆了三桌 单子是村委签的',
    '不给老师家干活 就给孩子穿小鞋',
    '谁家不投他 他说以后办事别找他',
    '镇上民政所那个人骂骂咧咧的 问两句就不耐烦',
    '窗口那个女的态度老横了 让俺跑了三趟',
    '第一书记一个月来村里不到三天',
    '副镇长天天在棋牌室打牌 输赢好几千',
    '村干部开着公车送孩子上学',
    '公章在村主任兜里揣着 想给谁盖就给谁盖',
    '网格员谁家不给他送点山货 谁家的事就往后压',
  ])('misconduct: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.category, u.complaint]).toEqual([true, 'misconduct', true]);
  });

  test.each([
    '你们看新闻没 隔壁县有个村书记被抓了 说是贪污',
    '孩子在学校不听话 老师给他调了座位',
    '书记说选举名单贴出来了 有问题找他',
    '谁家不投票 书记说要挨家挨户动员',
    '他帮俺家干了一天活 得表示表示 请他吃个饭',
    '村里收医保了 谁家还没交上的抓紧',
    '村主任说补贴名单报上去了 过几天公示',
    '书记的孙子考上大学了 摆了三桌',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 22, what the learned emergency net may not call a rescue, and the rescues beside it', () => {
  // Kept from the learned net (noRescue): a quarrel with no weapon, no blood and no fight on; a wall or house failing with
  // nobody in or under it; ground sinking with nobody hurt or trapped. The rules still read weapons, blood and people inside.
  test.each([
    '俺们屯跟东屯为了分鱼塘的钱吵翻了 都快打起来了 村里也不管',
    '俺跟俺哥为老宅子闹翻了 他把门锁了不让俺进 还骂俺媳妇',
    '俺想找个人调解一下 俺闺女跟女婿闹离婚 外孙不让俺们见',
    '后院那家的院墙往俺家这边歪了一尺多 底下也空了 他家人在外地打工',
    '俺二姑家那老房子趴架子了 人都挪出来了 现在住在俺家',
    '村南那片坡地下沉了 裂了好几道口子 听说下面早年挖过煤',
    '后山有人挖沙 挖了个十几米的沙坑 下雨就积水 担心把地挖坏了',
  ])('not an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    '两家为宅基地吵起来了 一个拿着铁锹在追人 快来人',
    '俺大伯跟人吵着吵着打起来了 头上都是血',
    '北屋的墙裂了大缝 一直往下掉土 俺娘还在炕上躺着',
    '路面塌了个大坑 一辆摩托连人掉下去了 人出不来',
  ])('an emergency: %s', (text) => {
    const u = understand(text);
    expect([u.emergency, u.complaint]).toEqual([true, true]);
  });
});

describe('understand: round 22, accusation forms (dev19) and their look-alikes', () => {
  test.each([
    // a signature forged on a payout (假冒 is no impostor here)
    '有人假冒俺的签名 把俺家的耕地补贴领走了 俺从没签过',
    // eager for superiors, busy for villagers
    '县里来人了 村长跑得比谁都快 俺们找他办事 他比谁都忙',
    // contempt at an office's door, the one sought always out
    '去镇政府办低保 进门就得看人脸色 要找的人永远说下乡了',
    // goods handed out for a photo and taken back
    '帮扶干部拎了两桶油来 拍完照又拿回去了 说下一家还要拍',
    // meetings and photos in place of work
    '村里一个礼拜开三回会 签到拍照 修路的实事一件都没干',
    // figures inflated on a cadre's word
    '书记让各家把人均收入往高了报 说不然考核过不了',
    // villagers made to pay for officials' gifts
    '村干部让每户交一百给驻村工作队买礼物 说是表达感谢',
    // a case left alone for somebody's kin, hinted
    '俺家的羊让人偷了 报了案一直没人管 听说偷羊的是副镇长的外甥 你懂的',
    // a police station brushing a report off
    '去派出所报案 那个民警说这点事不值当立案 让俺回家等着',
    // a public clinic's or a station's staff asking for a gift before they act
    '卫生院的护士说要先塞两百块红包才给安排床位',
    // a charge made twice by the village
    '村委会上个月收过一次卫生费 这个月又收 重复收费',
    // an honour kept in the cadre's family
    '年年的五好家庭都是主任他兄弟家 年年评 年年领奖金',
    // a 村官 at play in office hours
    '那个大学生村官天天在村部玩手机 找他办事就说没空',
    // a cadre's dog "worth more than us"
    '书记家的狗都比咱老百姓金贵 咬了人还说是人惹它',
    // a public car on a private errand still is one
    '村主任开村里的车送他老丈人去赶集 油钱找村里报',
  ])('misconduct: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.category, u.complaint]).toEqual([true, 'misconduct', true]);
  });

  test.each([
    // a public car on an errand of mercy is a good deed
    '昨天老王突发脑梗 村主任开着村里的车把他送到县医院 多亏了他',
    '书记开村里的车把摔了腿的五保户送到卫生院 真是好人',
    // a water station's or a property manager's fee is no village levy
    '水站每户收了五十 说是管理费',
    '村里的水站每户收了五十 说是管理费',
    '物业每户收了两百管理费 也不给收据',
    '自来水公司重复收费 去年交过一次了今年又收',
    // look-alikes of the new forms
    '发米面油的时候拍了照 说要上报',
    '老师让孩子作文往多了写',
    '同学们每人出二十给班主任买礼物',
    '丢的牛找着了 是我自己亲戚牵错了 你懂的 哈哈',
    '派出所说这个够不上立案 让俺去法院起诉',
    '在婆家过日子天天看脸色',
    '书记干活比谁都快 人家是真能干',
    '俺家狗都比俺有面子 天天吃肉',
    '先进典型评出来了 是老张家 大家去看看',
    '有人冒充镇干部打电话让交钱 大家别信',
    '与邻居因院墙滴水多次发生口角 对方辱骂我家人 请求村委会调解',
    '谁家有玉米脱粒机 明天借俺用半天 给油钱',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 22b (dev21), praise, hinted accusations and standing hazards, with their look-alikes', () => {
  test.each([
    '咱村主任真是好干部 半夜下雨挨家挨户查危房',
    '网格员小王真上心 俺娘的医保卡都给办好了',
    '谢谢包村的李干部 一个月来了好几趟 俺家低保给办下来了',
    '俺们组长真没说的 自己掏钱给孤寡老人买米',
    '本群禁止拉票、禁止发广告，请大家遵守。',
    '选举前严禁拉票贿选，发现请举报。',
  ])('praise or a notice, no accusation and no complaint: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    expect(u.complaint).toBe(false);
  });

  test.each(['主任真负责啊 收了俺两条烟才给盖章', '村长真没说的 低保全给他家里人了', '咱书记真没说的 村里的钱他一个人说了算 账从来不公开'])(
    'praise beside an accusation is mock praise, a misconduct complaint: %s',
    (text) => {
      const u = understand(text);
      expect(u.misconduct).toBe(true);
      expect(u.complaint).toBe(true);
    },
  );

  test.each([
    // sarcasm and real vote-buying stay accusations
    '咱书记真清廉啊 家里三套房',
    '书记可真负责啊 负责到自家门口了',
    '有人挨家挨户给钱拉票 让我们选他',
    // hints
    '大家心里有数 今年的低保名额都给了谁家 俺就不点名了',
    '懂的都懂 公益岗给谁了 俺不点名',
    '办个宅基地证 窗口的人说得找人 意思就是让俺送礼',
    '去镇上办证 人家说这事得找人 说白了就是要送东西',
    '派出所那个户籍窗口一直拖着不办 明摆着等着要红包',
    '乡里办事大厅一拖再拖 摆明了要好处',
    '驻村工作队那个队长一年在村里待了两三天 考勤表上天天都在',
    '第一书记半年来村里住了没几天 打卡记录上天天都有',
    '他当上村长以后 家里的楼一年比一年高 小舅子的车也换了',
    '有的人当了书记之后 亲戚家的房子一栋比一栋大 大家自己品',
    '村干部天天忙着打麻将 找他办事就说没空',
    '书记忙着喝酒 老百姓的事往后放',
    '账上光是修一个公厕就报了二十万 总共就两个蹲位',
    '查查村里的账 光买路灯就报了十几万 统共就二十盏',
  ])('an accusation and a complaint: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.complaint).toBe(true);
  });

  test.each([
    '低保名额今年给谁了 有没有公示 问一下',
    '你这明摆着要下雨了 赶紧收苞米',
    '我一年在家住了几天 都在外地打工',
    '他当上村长以后 村里的路修好了 大家都说好',
    '俺家老头子天天忙着打牌 地都不管',
    '光是买树苗就花了三千 种了一百多棵 公示栏贴着呢',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each([
    '村西头那个大坑 修路挖的 一直没填 孩子在边上玩 太危险了',
    '路中间的井盖丢了 我用砖头围上了 赶紧来人盖上',
    '村口的小桥 车过的时候晃得厉害 找人来看看',
    '小河沟上那座木桥断了一根木头 人走上去晃得很',
    '电线杆子歪了快一个月了 电线耷拉得很低 拉草的车都刮着了',
    '自来水主管道漏了 水哗哗流 半个月没人修',
    '刚才谁在喊救命 原来是孩子在看视频',
    '那个说大坝决口的视频是外地的 咱这好好的 别转了',
    '小河上那个漫水桥 一涨水就淹 娃上学得蹚水',
    '两个组为了分地吵翻了 都快打起来了 镇上得来人管管',
    '俺家院墙又让邻居给推倒了 这事得有人管',
    '孩子放学没回家 八岁 后来在同学家找着了 没事了',
    '去年仓房电线短路着了 烧了点柴火 能申请补助不',
  ])('a standing hazard or a false alarm, no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    '孩子掉进村西头修路挖的大坑里了 快来人',
    '井盖丢了 有个老人掉下去了 快来人',
    '桥塌了 车掉河里了 人还在车里',
    '电线杆子倒了 电线掉地上冒火花',
    '厨房燃气管道漏气 一股味 头晕',
    '刚才谁在喊救命 去看了 老李掉井里了',
    '河堤决口了 水往村里灌 快跑',
    '河水涨上来了 漫水桥上有个娃被冲走了',
    '两个组为分地打起来了 有人拿着铁锹 头上流血了',
    '邻居家的墙塌了 把他家老人压在底下了',
    // two the learned net alone had read, now rules
    '仓房后头窜出好多烟 电线短路着了 挨着住人的屋',
    '俺孙子放学没回家 八岁 穿蓝棉袄 谁看见了说一声',
    '俺家妞妞四岁 刚才在院里玩 一眨眼不见了 大家帮着找找',
  ])('an emergency beside it: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

describe('understand: round 22, emergencies holdout22 showed unread after its one untuned run (an overdose, Hunan speech), and their look-alikes', () => {
  test.each([
    '我表哥跟他老婆吵完架 吞了一瓶安眠药 人已经昏昏沉沉的',
    '我妹妹吞哒一把安眠药 现在人迷迷糊糊的 在送医院路上',
    '俺娘想不开 把一整瓶降压药都吃了 快来人',
    '隔壁婶子吃了一大把安定 叫不应了',
    '我屋老娘早上讲脑壳痛得要命 然后就吐 现在叫她冇得反应',
    '喊他半天没有反应 躺在地上一动不动',
    '我屋隔壁的嗲嗲 早上出去放牛到现在冇回来 八十几岁哒 天快黑哒',
  ])('an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    '医生给开的安眠药 一次吃一片 吃了一瓶了还是睡不着 能换个药不',
    '安眠药吃多了会不会上瘾 俺娘天天吃',
    '村里卫生室的降压药一盒要八十 比外头贵',
    '叫他半天没反应 原来戴着耳机打游戏',
    '我屋伢子放学冇回来 原来在同学屋里做作业 冇事哒',
    '去年冬天我屋老倌子吃错药哒 住了半个月院 医药费报销冇到位',
  ])('no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
});

describe('understand: round 23 (dev22), accusations and their look-alikes', () => {
  test.each([
    '镇里那个管土地的 俺们去问宅基地审批 他说得先上他那喝顿酒再说',
    '俺去村部开证明 会计说得先请他吃顿饭再说 这叫啥事',
    '恁说说 找管林业的批个砍伐证 他讲要先喝顿酒才给办',
    '来电人反映：其到镇国土所办理宅基地手续，工作人员称须先请其吃饭才给办理。',
    '和亲村 村委会换届的时候 选票上的名字有人事先就给填好了 俺们去了就让签个字',
    '选村主任那天 发下来的选票早就写好了名字 叫我们按个手印就行',
    '我们村选举 选票都提前填好哒 我们就是去打个勾',
    '那个田间道路项目 路根本没修 照片是拿别村的路拍的 验收居然还过了',
    '修水渠的项目压根没动 上报的照片是用隔壁村的渠拍的',
    '村里说路修好了 拿邻村的路拍照片应付验收 俺们这还是土路',
    '上回有人去纪委举报哒 结果呢？举报信转回到村里，第二天就找上门哒',
    '俺往县里写了举报信 信转到村里了 第二天书记就上门找俺麻烦',
    '来电人反映：其向镇纪委举报村干部问题后，举报材料被转回村里，村主任随即上门辱骂。',
    '亲戚？提着两箱酒两条烟的亲戚 去年刚批的那几个危房改造户 巧了 都在里头',
    '今年评上低保的那几家 都是拎着两箱酒去过书记家的 巧了',
    '俺家的地被修高速占了 补偿款说是打到村里账上了 一年多了俺一分没见',
    '征地款打到组里的账户上哒 两年了 一分钱都冇发到我们手里',
    '来电人反映：其家青苗补偿款已拨付至村集体账户，至今未发放到户。',
    '村里新修的那个厕所 验收的时候镇上来人吃哒一顿就签字哒 现在门都关不上',
    '桥修得歪歪扭扭 检查组来了喝顿酒就签字了',
    '辛苦么子咯 发个通知就走 我们组一年到头冇看到过他人影，有事打电话从来不接',
    '包村的干部 一年到头没见过他人影 有事打他电话从来不接',
    '装路灯那个老板就是村主任的同学 你以为呢😏 质量好才怪',
    '修村道的包工头是书记的战友 路修成这样 难怪呢',
    '公安村的 今天去办户口 派出所那个小年轻态度老差了 问一句就说墙上贴着自己看',
    '去乡政府办事 那个办事员问一句就说墙上写着自己看 头都不抬',
    '我们组修村道的钱 每户出工五天抵钱 结果干活的都是外地人 出工费去哪哒 懂的都懂',
    '又是那几个人吃到低保 去问就讲名额满哒 名额是给么子人留的 大家心里有数',
    '低保名额留给谁 大家心里都有数 俺就不点名了',
    '我们村书记让大家把补贴打到他指定的卡上 说统一管理 到现在没退 我怕他报复',
    '村会计叫我们把分红转到他个人微信上 说他统一发 到现在没见钱',
    '评低保 组长说评议组的人得每人送一条烟',
    '村里发的救济粮 头天晚上就让人拉走一车 拉哪去了 第二天发的时候不够了',
    '上面发的慰问米面 半夜叫人搬走了一半 发的时候就不够了',
    '我们组的鱼塘承包合同到期哒 村里直接续给原来那个人 都冇公开招标',
    '村里的机动地包给主任的朋友了 根本没招标',
    '来电人反映：村主任将集体林地承包给他人，未经村民代表大会讨论。',
    '包村的镇干部喝醉了来我屋里吵 要我签保证书不再反映',
    '村支书逼俺写保证书 再不许往上告',
    '镇上盖章那个人 后来别人教我夹两包烟在材料里 第二天就盖好哒',
    '村主任让每户出两百修路 说是上面只拨了一半 可公示的是全额拨款',
    '评议会就他们几个村干部在屋里开的 人家早定好了 你去不去都一样',
    '来电人反映：村支书要求其先送两条烟打点，否则不予上报。',
    '镇上民政所那个办事员 俺去问补贴的事 说完就去吃饭了 才十一点',
    '乡政府窗口的人 才三点多就下班了 俺白跑一趟',
    '村干部都有分工 你要办事就得找对人 找对了就是钱的事',
    '那个网格员 说我们家的补贴是他帮忙要来的 要我们请他吃饭',
    '来电人反映：村主任与外地老板私下签订土地流转合同，村民怀疑其从中获利。',
    '主任过年在村部开会 拿村里的钱买了好几箱酒 开完会一人拎两瓶回家',
    '那书记家的大棚 用的是扶贫项目的钱盖的 其实就是他自个家的',
    '俺们村支书把俺们的地流转给老板了 钱他收了 俺们一分没见着',
    '补偿标准公示的是一千二 村干部私下跟我们签的是八百 差的钱呢',
    '俺隔壁那家 儿子开着小轿车 还吃着低保 人家跟会计是老表',
    '当初说一年三千 现在七百 钱都让谁弄走了 村里也不公开个账',
    '卫生室的村医是村主任的弟弟 根本没有行医资格证',
    '我们村支书家的地 测量的时候多算了三十多亩 补贴多拿了',
    '前寨村 村主任他兄弟承包了村里的二百亩地 一亩才给一百',
    '来电人反映：村委会向申请危房改造的农户每户收取协调费，未开具任何收据。',
    // other wordings: Hunan 餐/再讲, a hotline record, a counter named by its job (管户籍那个)
    '找民政所的人办残疾证 他讲要先请他吃餐饭再讲',
    '俺去镇上办准生证 管户籍那个说得先喝个酒才好办',
    '来电人反映：其所在村换届选举时，部分选票在发放前已被填写候选人姓名。',
    '村里上报的危房改造照片 是拿别人家的房子拍的',
    '我在网上举报了村书记 没过几天举报内容就转到他手里了 他上门把我骂了一顿',
    '来电人反映：其向县纪委反映村干部问题后，举报信被转回村委会，次日村主任到其家中威胁。',
    '送了烟酒的那几户 今年低保全评上了',
    '恁看看 拎着两桶油去书记家的 今年都评上贫困户了',
    '俺家那二亩地的补偿款 镇上说拨到村委的账户上了 俺去问 村里说还没到 拖了一年',
    '村里的桥验收 镇上来了几个人 吃了顿饭就签字了 桥墩子都裂了',
    '俺们屯那个包片的 一年到头见不着人影 打他电话也不接',
    '那个路灯是书记的发小装的 一年坏一半 你品',
    '去派出所开证明 窗口那个小姑娘问两句就说门口贴着自己看',
    '修路的工钱 说是每户出工抵钱 结果都是外面的人干 误工费去哪了',
    '低保名额到底留给谁 大家心里都有数 我就不点名了',
    // the look-alikes below with an accusation beside them
    '帮扶干部换了人 新来的那个 把俺家的扶贫牛过户给他亲戚了',
    '有人说我造谣 其实书记就是把修路钱揣自己兜里了',
    '工地欠俺们工钱 包工头是村主任的小舅子 书记还说不归他管',
    '敬老院院长把五保老人的伙食钱扣下一半',
    '在村委会旁边那个仓库里 救灾的米面都让书记拉回自己家了',
  ])('an accusation, a misconduct complaint: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.complaint).toBe(true);
  });

  test.each([
    '请问一下 你们这个平台反映的问题 会告诉村干部是谁反映的吗 我怕他们打击报复',
    '想问下 俺在这反映的事 会不会让村里知道是俺说的 怕被穿小鞋',
    '我们村那个敬老院 请来的厨子把老人的伙食克扣得冇得样子 老人饿得晚上睡不着',
    '来电人反映：其母亲居住在乡敬老院，敬老院工作人员对老人态度恶劣，曾对其呵斥推搡。',
    '养老院的护工对俺爹说话可凶了 还推他',
    '那个扶贫项目的大棚 建了二十个 现在就剩三个在用 剩下的全荒着 钱都花哪去了 当时是谁拍板的',
    '村里前几年修的那个冷库 一直闲置着 几十万就这么白花了 钱花哪去了',
    '有个人自称是县扶贫办的 打电话说我家可以领五千块补贴 要我先交一千手续费 这是真的吗',
    '我们隔壁那个大叔说他是县里的领导 帮人办低保收钱 其实他就是个普通农民 好几个人被骗了钱',
    '有没有人一起去县里 明早六点 俺开车 捎三个人 给个油钱就行',
    '明儿个俺开车去市里 能捎两个人 给点油钱就中',
    '来电人反映：隔壁住户逐年向其地内侵占，双方多次发生口角，村委会调解未果，要求上级出面确权。',
    '俺家跟邻居为地边吵了好几回 村里调解了几次也没用 他还往俺地里占',
    '村里那个喇叭是书记定的时间 他起得早 他说了算呗🙄 你去说说看',
    '俺家来客人了 得先喝顿酒再说 明天再去地里',
    '今天去镇上办事 办完了跟老同学喝了顿酒',
    '你们看这照片是拿隔壁村的路拍的吧 咱村的路可没这么好',
    '补偿款已经打到村里账上了 明天发 大家带身份证来领',
    '验收组来了 中午村里管了顿饭 下午仔细看了 说有三处要返工',
    '书记说下礼拜的喇叭改到七点放 大家早点起',
    // a cadre thanked or a victim, a teacher, a doctor or a boss, a villager's debt, notices and news
    '谢谢村主任 俺家的低保给办下来了 还亲自送到家',
    '书记昨天在村口被人骂了一顿 说他分地不公',
    '学校的老师让学生买他推荐的辅导书 一本八十',
    '卫生院医生态度不好 问两句就不耐烦',
    '包工头拖欠工钱 说老板还没给他结账',
    '隔壁老王借了俺两千块 说好年底还 现在不认账',
    '我们村的鱼塘明天公开招标 有意向的到村部报名',
    '明天早上九点村部开会 大家都来',
    '我跟村主任是老表 想问下低保咋申请',
    '下午三点多就下班了 明天再来吧 超市的人说的',
    '村里用集体的钱买了水泥 把村道修好了 感谢',
    '俺兄弟在外地打工 过年回来',
    '俺在镇上饭店请老同学吃饭 喝了顿酒',
    '听说镇上要收水费 一户十块 不知道真的假的',
    '选举那天大家按时去投票 选票自己填 别让人代填',
    '老李头家的羊丢了 半夜被人拉走了 派出所来看了',
    '俺家来亲戚了 得先喝顿酒再说 地里的活明天干',
    '想问问 俺在这说的事 会不会告诉村里是俺说的 俺怕被找麻烦',
    '这个平台匿名吗 我怕被报复',
    '养老院的护工手脚不干净 老人的钱丢了几回',
    '敬老院的厨师做饭太难吃了 老人都吃不下',
    '村里的光伏电站早就坏了 一直荒着 当初花了几十万 钱都白花了',
    '有个自称是民政局的人打电话 让交钱办补贴 大家别信',
    '有人说他是镇上的领导 帮人办低保 其实是个骗子 好几家被骗了钱',
    '明天谁去县城 我开车 带两个人 给点油钱就行',
    '俺家跟邻居为宅基地吵 经村里调解还是不行 他还往俺这边占',
    '村里广播几点放是主任说了算 大家习惯就好',
    // a new 帮扶干部 not yet come, a cadre defended, the office as a landmark, a boss's wages, a gift free
    '我们屋的帮扶干部换人哒 新来的冇来过 屋里的药材卖不出去',
    '网上有人造谣说我们村主任收了红包 主任已经报警了',
    '村主任让人骂了 说他不给评低保 其实是那家不符合条件 大家别乱传',
    '俺家老头摔了 起不来 在村委会后面那趟房 快来人',
    '包工头欠俺工钱半年了 找村长 村长说这事不归他管 让去找劳动监察',
    '来电人反映：其所在敬老院长期存在克扣老人生活费的问题。',
    '村长家的狗下崽了 谁要去抱 不要钱',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 23 (dev22), emergencies, chatter and categories, with their look-alikes', () => {
  test.each([
    '俺家老爷子一早出去放羊 到这会儿还没回来 七十多岁了 天都黑了 大伙帮着找找',
    '我屋娭毑下午出去打猪草 到现在冇回来 八十岁哒 天快黑哒',
    '来电人反映：其祖父（82岁）上午外出放牛至今未归，未带手机，家属寻找无果，请求协助。',
    '两口子干仗 男的抡着铁锹撵媳妇 快来人',
    '爷俩喝完酒干仗 儿子抄起菜刀了 快让派出所来人',
    // look-alikes of the false emergencies below that are rescues
    '桥板掉了好几块 刚才有个孩子掉下去了 在水里扑腾',
    '火星子把炕席点着了 烧起来了 快来人',
    '坝子渗水越来越大 冒浑水了 下面几户人家 快来人',
    '房子塌了半边 老人压在里面了 快来人',
    '液化气罐阀门关不上 呲呲往外冒气',
    '食堂吃了午饭 好多孩子上吐下泻 有两个晕倒了',
    '水管爆了 水淹到屋里 插线板泡在水里',
    '谁家孩子掉水塘里了 快来人',
    '水池子让人倒了药 鱼都翻白了 好几户吃的都是这个水',
    '小孙子把消毒液当饮料喝了 一直吐',
    '坝子渗水越来越大 下面就是村子',
    '桥刚冲塌了 一辆三轮掉下去了 人在水里',
    '有人把老太太推倒了 头磕破了 流了好多血',
  ])('an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    '村口那座桥护栏掉了 晚上黑 谁掉下去咋整',
    '那个木桥板子烂了好几块 哪个掉下去么办',
    '来电人反映：其与邻居宅基地纠纷多年，其砌的墙被对方多次推倒，请求土地所确权。',
    '刚才差点着火 炉子里蹦出火星子 好在发现得早',
    '危房改造名额 俺家房子塌了半边都没评上',
    '那条渠又决口了 水都漫到地里 年年修年年决',
    '山塘的堤裂了一条缝 现在还冇事 就怕落大雨顶不住',
    '坝子底下在渗水 现在还没事 就怕下大雨扛不住',
    '去年冬天他家煤烟中毒 后来人救过来了 想问问保险能赔不',
    '热死了热死了 再晒下去人都化了 救命啊',
    '家里液化气罐阀门老化了 担心漏气 没闻到味 燃气公司能上门查不',
    '卫生院门口装了个救命的AED 谁会用',
    '电杆子歪起哒好几个月哒 风一吹就晃 么子时候来扶正',
    '电线杆子歪了 斜的老厉害了 风一刮直晃悠 瞅着吓人 找人来看看吧',
    '饮水机好久没换滤芯 水有怪味 好几个孩子拉肚子',
    '食堂饭里有虫子 好几个孩子吐了',
    '来电人反映：村口桥梁桥面开裂，仍有车辆通行，存在安全隐患，请求检查。',
    '通组公路塌方哒一截 晚上看不清好危险 能不能先插个牌子',
    '俺孙子夜儿个掉坑里了 幸亏旁边有人拉上来 这坑恁不管管',
    '俺男人从架子上摔下来了 腿断了 包工头给了三千就不管了',
    '俺家后墙夜儿个下雨塌了 好在人都在前屋 木砸着人',
    '明天有大风 各家把房顶上的东西压好 别刮下来砸着人',
    '这风把俺家彩钢瓦全掀了 电动车也刮倒了 真是服了',
    '井盖被人偷了 就在小学门口 赶紧来个人盖上',
    '道上全是冰溜子 好几个人滑倒了 也没人撒点沙子',
    '谁家小孩丢了？有个三四岁的丫头在超市门口哭 问不出家在哪',
    '我爸去年被车撞了 现在好多了 赔的钱还差两万',
    '水管爆哒 水喷半天高 路都淹哒 自来水公司电话打不通',
    // and the fit's false emergencies over the corpus, as kinds
    '路灯杆子歪了 眼看要倒 砸着人咋办 你们来看看',
    '那个池塘没有围栏 早晚得淹死人 能不能装个栏杆',
    '那条河年年都淹死人 就是不装护栏',
    '电线杆子歪了 斜着好几个月了 风大就晃悠 得来人看看',
    '镇里来的人强拆俺家猪圈 还把俺爹推倒了',
    '院墙塌了 砸坏了邻居家的车 现在邻居让俺赔',
    '俺家仓房让雪压塌了一半 能不能给点补助',
    '两家为放水打起来了 现在还在吵 派出所来过了',
    '求助的话 是打你们这个还是打110',
    '手机信号太差 出了事都没法打120',
    '自来水一股消毒药味 孩子都不敢喝',
    '加工厂排的黑水流进河里 鱼都翻白了',
    '水库大坝有点渗水 不多 但心里不踏实 能不能派人来检查',
    '桥冲坏了 孩子上学要绕十里地',
    '那座石板桥塌了一个角 人过可以 车过不了 得绕远',
  ])('no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    ['俺爹烧炕 煤烟中毒 叫不醒 嘴唇发紫', 'other'],
    ['我妈屋里烧煤炉子 早上叫不醒了', 'other'],
    ['我嫂子拿着农药瓶子说要喝 快来人', 'other'],
    ['偏厦子塌了 俺奶在里头 快来人', 'housing'],
    ['窨井盖没了 有个孩子掉进去了 快来人', 'infrastructure'],
    ['桥刚塌了 一辆三轮车掉河里了 人在水里', 'infrastructure'],
    ['两家为地界打起来了 拿着镐头 有人受伤了', 'dispute'],
    ['有人打架 拿着刀呢 已经有人流血了 快来人', 'dispute'],
    // look-alikes: poison drunk and a heart attack are the clinic's
    ['俺娘喝了农药 正往医院送 快来车', 'medical'],
    ['俺爹心口疼得直打滚 满头大汗 快叫救护车', 'medical'],
  ])('an emergency in its owner: %s', (text, category) => {
    const u = understand(text);
    expect([u.emergency, u.category]).toEqual([true, category]);
  });

  test.each([
    '@村声 俺那养老金咋还没到账 往常每月十号就到了',
    '种粮补贴啥时候发 往年这时候早到卡上了',
    '问一下取暖补贴啥时候发 俺家一直没收到',
    '在超市买的米 回家一称只有九斤 袋子上写的十斤',
    '对门的狗天天夜里叫 叫到两三点 我还要上早班',
    '环保局来看过 讲整改了 结果今天照样排',
    '正常沉降？我屋墙上的缝能塞进去一根手指头',
    '哪个晓得 伢子全身起红疹子 脸都肿哒 要去哪个医院',
    // look-alikes of the chatter forms below
    '投诉一下村主任 天天喝大酒 不办事',
    '两家已经和解了 可说好赔的钱到现在一分没给',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    '投诉一下俺家那口子 天天喝大酒 不着家 哈哈哈',
    '举报我家老头子 天天打麻将 😂',
    '网上刷单被骗了两千 我自己的错 就问问还能追回来不',
    '昨晚风把苞米楼子顶掀了 自个儿修吧',
    '上礼拜那个打架的事 两家已经和解了',
    '掉水里那孩子救上来了 在医院观察一宿 今儿没事出院了',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

describe('understand: round 23b (dev23–26), accusations and their look-alikes', () => {
  test.each([
    '王奔镇农机补贴 俺买的拖拉机申请了一年没批 人家跟站长沾亲的 今天报明天就批',
    '俺家低保材料交上去大半年了 没信儿 人家老张家跟村长是亲戚 几天就批下来了',
    '来电人反映：其申请宅基地证已一年有余，屡称缺少印章，而同村李某半个月便办下来。',
    '我屋里的危房改造报上去一年多哒 冇得消息 人家有关系的一个礼拜就批哒',
    '去年水毁道路补助款下来了 道没修 钱也没了 问村里说拿去还旧账了',
    '修桥的钱早就拨下来哒 桥到现在冇动 钱也冇得了 问就讲还账去哒',
    '恁说说 打井的资金到位仨月了 井还没打 钱都没影了',
    '我们社区的网格员拿我们登记的电话号码卖给搞装修的 一登记完就天天有人打电话',
    '俺屯网格员把俺们填的身份证号卖给搞贷款的了 天天来电话',
    '安置房选房 讲好的抽签 最好的几套早就冇得哒 听讲是给街道某些人的亲戚留起的',
    '分宅基地 好位置都是给村里干部的亲戚留的 俺们只能要边角',
    '白泉镇和平村的包村干部一年来村里不超过三回 来了就在村部喝茶看手机 老百姓的事一件不问',
    '俺们包片的干部 一年就来两趟 来了坐村部喝茶玩手机',
    '羊册镇上那个便民服务大厅 一个女嘞上班时间刷抖音 俺问话她头都不抬',
    '民政所那个人上班时间玩手机 俺问三遍才搭理',
    '镇里来的扶贫干部 来一趟就拍几张照片 照片发出去说是帮扶了',
    "网格员每个月来拍张照就走 我屋里娭毑摔了一跤躺了两天 他报上去的是'走访正常' 😂",
    '咱屯那个网格员 打电话问个事张嘴就骂 说你们这帮老东西事儿贼多',
    '社区主任讲话好难听 我去问廉租房的事 她讲你们咯种人就是想占便宜',
    '镇里管低保的那个人 俺去问个事 他让俺在走廊站了一上午 最后说下班了明天来',
    '选村主任头两天 有人挨家挨户送米送油 完了选出来就是他',
    '候选人名单还没公布 书记他儿子就已经开始挨家挨户拜年了 这选举 呵呵',
    '吉星村的选举 选票都是会计挨家挨户去收的 说帮你填 填完拿走',
    '选村委会的时候 票箱都冇封 唱票的是主任的亲戚',
    '我上次反映哒村里账目的事 结果今年我屋里的低保就冇得哒 哪有这么巧咯',
    '俺去镇上告了一状 没多久俺家的补贴就给停了',
    '丰宝村的书记 谁家举报过他 他就在低保评议会上带头投反对票',
    '自从俺在群里问了一句账目的事 村主任他儿子就天天开车在俺家门口转悠 还让俺小心点',
    '危房改造验收哩时候 镇上来人吃了一顿 走哩时候每人拿了一条烟',
    '网格员每次来我屋里登记 都要呷一顿饭 不留他呷饭就给你乱填',
    '开春分化肥 名单上写的是三袋 签字的时候就让签个名 不让看数',
    '我屋里征地的补偿款 村里扣了三成 讲是集体提留 别个组都冇扣',
    '我们小区拆迁评估 跟街道有关系的评一万二一平 我们评七千',
    '俺家房子裂成那样了没评上 会计家那新盖嘞两层楼评上了',
    '村里讲危房改造名额有限 结果名额都给了会来事的',
    '俺庄今年哩低保名单贴出来了 恁自己看看 跟支书不沾亲哩有几个',
    '你们都说书记好 那是你们没去找他办过事 不拎东西连门都进不去',
    '咱村那个公章啊 得等书记回来才能盖 看他心情 也看你懂不懂事',
    '俺庄支书哩规矩 办事先看烟 中华哩中 红旗渠不中',
    '玻璃山镇合心村的书记 过年挨家要鸡要鹅 说是慰问上级',
    '每到年底社区就来拉赞助 给少了就讲消防不合格要整改',
    '社区搞老旧小区改造 换的水管比原来的还薄 施工队是哪个找的大家心里都有数 😏',
    '恁们见过吗 村卫生室哩药 支书他媳妇一箱一箱往家搬',
    '咱们村长的车真好看 奥迪 不知道他一年工资多少啊',
    '合作社理事长就是俺们村书记 年年说亏 可他家今年换了辆新车',
    '村里统一发嘞麦种 是陈种子 出苗不到一半 供种子嘞是村主任他连襟',
    '我和邻居吵架 村里的调解员是他表叔 调解的时候全向着他',
    '我屋里申请危房改造 村干部讲要先交三千块押金 哪有这个规矩咯',
    '派出所办户口的那个人 说得交五百 俺问要发票不 他说恁还想要发票',
    '泰山庙镇计生办那个人 俺去开个证明 非让俺先请他吃顿饭 说不吃饭就慢慢等',
    '乡里来核查危房的那个人 说俺家房子不危 转身去了隔壁 隔壁请他喝酒 隔壁就评上了',
    '居委会的人帮开发商劝我们签延期交房的协议 不签就讲以后安置房选不到好的',
    '咱们镇长真关心群众 每次来都是开车从村口过一下 连车窗都不摇下来',
    '土地流转 村里说每亩租金六百 俺去合作社问 人家说给村里哩是八百 那二百呢',
    '村里收垃圾费 每户每年一百 说是给保洁员开工资 保洁员说他一年才拿三千 剩下的呢',
    '城管执法的时候把卖菜娭毑的菜全部倒在地上踩 咯也太过分哒',
    '恁知道为啥俺庄修路哩活都是那一家哩不 人家跟镇上某某是连襟',
    '拆迁补偿我屋里量出来一百二十平 只按八十平算 隔壁组长屋里比我小 按一百五算的',
    '社区跟物业签的协议从来冇给业主看过 要看就讲保密',
    '邻居老王家半个月就办下来了 俺家材料交了一年多还没信',
    '选主任前几天 有人挨家挨户发烟发红包 让选他',
    '来电人反映：村委换届选举前，候选人挨家挨户发放米面油。',
    '俺在会上提了一句账目不清 第二年俺家的补贴就被取消了',
    '我举报过村主任 他就在评低保的时候卡着我家不给',
    '上面来验收 村里请吃了一顿 每人还拎走两瓶酒',
    '来电人反映：村委会代为填写选票，填完即收走。',
    '我们这选村长 票都是组长拿着挨家收的 说帮你写',
    '俺申请的养殖补贴等了快两年了 镇上说还在审 跟站长是亲戚的那家 一个月就下来了',
    '我屋里的低保申请交了半年 冇得回音 村长的老表两个礼拜就批哒',
    '咋整啊 俺家宅基地手续跑了一年多 次次说缺材料 人家书记小舅子几天就办完了',
    '来电人反映：修路资金已于去年拨付到村，道路至今未修，资金去向不明。',
    '恁说这中不中 修渠的钱下来半年了 渠没动 钱也不知道哪去了',
    '村里网格员把大家登记的信息卖给卖保险的了 天天有人打电话推销',
    '社区登记的手机号 被网格员拿去卖给中介哒',
    '来电人反映：社区工作人员将居民登记的个人信息出售给装修公司。',
    '俺们那个包村干部 一年到头来不了两回 来了也是坐村部玩手机',
    '驻村干部一年就来三四次 来了就在村委会喝茶 啥事不管',
    '乡政府那个办事员 上班时间在窗口刷视频 喊她半天不理人',
    '拆迁安置房 好楼层都给村干部的亲戚留着 我们抽签只能抽剩下的',
    '低保名额都留给村干部的亲戚 俺们这些真困难的评不上',
    '来电人反映：该村自2020年以来从未公示集体资产承包收入，村民要求查账被拒。',
    '俺们村这几年账目从来没公开过 想查账 会计说账在镇上不给看',
    '我们组的账 好几年冇公布过 问起来就讲在整理',
    '土地确权量地 村干部把俺家五亩量成四亩 少的那一亩记到他自己名下了',
    '村会计拿村里的公章给他亲戚担保贷款 现在银行来村里要钱',
    '换届那天 投票箱让人抱到书记家搁了一晚上',
    '我去年举报过村主任 今年评低保就不叫我去开会了',
    '想开个证明 得先给书记家送只鸡 不然不给盖',
    '办个低保 得先给村里表示表示 不然材料不往上报',
    '咱村那个支书 一有县里检查才露面 平常十天半月见不着',
    '检查的一来就刷墙摆花 检查的一走就没人管了',
    '去年每户收了两百 说是修路 路没修 钱也不退',
    '低保评的时候 不开会不公示 村长一个人写写就报上去了',
    '书记家一个月工资才三千 两年盖了三层小楼 你品',
    '村会计把他岳母评成了低保户 人家有两套房',
    '合作社的补贴全让村主任领了 机器也在他家用',
    '镇上窗口那个人说材料不全 问他缺啥 他说你自己回去琢磨',
    '俺跟组长吵了两句 他就说俺家的低保还想不想要了',
    '扶贫羊村干部说统一养 一年了羊没见着 问就说死了',
    '城管收我们摊主每个月两百块钱 讲交了就可以摆 也冇得收据',
    '俺们村那个妇女主任 前些年收了俺家三千块罚款 没给收据',
    '上边给的是每户一千二 村里说只有八百 差的钱谁拿了',
    '地流转出去三年了一分钱没见着 找支书说钱在合作社 合作社说钱给村里了 到底钱在谁手里',
    '俺庄会计管账十几年 账本从来没人见过',
    '咱屯修路的活为啥又是村主任他小舅子干的 一开春就裂了',
    '村部的公车 天天停在村长屋门口 他崽开去城里上班',
    '包村干部一年来俺们村两回 一回是检查 一回是拍照',
    '讲句不好听的 停车场收的钱进了哪个的口袋 从来冇公示过',
    '来电人反映：包村干部全年到村不足三次，到村后在村部喝茶看手机，不过问群众诉求。',
    '来电人反映：安置房好楼层被预留给街道工作人员亲属，群众抽签只能选剩余房源。',
    '来电人反映：其申请农机购置补贴一年未获批，而与站长有亲属关系者当天申报次日即批。',
    '来电人反映：网格员将居民登记的手机号码泄露给装修公司，居民频繁接到骚扰电话。',
    '【短信】俺村水毁路补助款到了半年 路没修 钱也没了 村里说还账了',
    '来电人反映：村里收取每户一百元修路费，道路未修，费用也未退还。',
  ])('misconduct: %s', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });

  test.each([
    '俺想给俺们村书记送面锦旗 他帮俺家要回了拖了两年的工钱 锦旗上写啥好',
    '俺们村书记昨儿个去劝架 让人给推倒了 胳膊骨折了 打人的还在屯里晃悠',
    '昨天村主任去劝架 被喝多的老孙一酒瓶子砸脑袋上了 缝了六针 打人的还在家睡大觉',
    '村里会计上个月叫人打了 就因为他不给人家多报补贴 打人那家伙现在还挺横',
    '网格员小谢今天上门核查 被楼下那户的狗咬哒一口 那户还骂人',
    '有没有人知道郑家屯街道那个社保窗口周六上不上班',
    '俺举报 俺孙子考试考了一百分 回来就要买手机 😂',
    '东丰县沙河镇中心校每个学生收二百块资料费 问干啥用的不说 也不给收据',
    '我们厂的老板克扣工资 说迟到一次扣一百 上厕所超过五分钟也扣',
    '工地上那个包工头克扣俺们工钱 干了三个月只给一半',
    '俺家低保材料交上去大半年了 人家说半个月就能批下来 再等等吧',
    '修路的钱下来了 下个月就开工 大家再等等',
    '包村干部小孙一个礼拜来三趟 挨家挨户问 这样的干部好',
    '装修公司把我的电话号码卖给别人了 天天骚扰',
    '我儿子一年就回来两趟 过年都不一定回',
    '选村主任那天 大家都去投票了 挺热闹',
    '想给村长送个锦旗 他帮俺家把低保办下来了',
    '俺家低保材料交了一年了 人家说半个月就能批下来 让再等等',
    '我家孩子上户口 跑了一年 今天总算办下来了',
    '老李家半个月就把房子盖好了 俺家盖了一年',
    '选村委那天 大家挨家挨户喊人去投票',
    '社区今天挨家挨户送温暖 送了米和油',
    '网格员来登记 说登记的电话号码不会泄露 放心',
    '村里修路的钱下来了 下个月就开工',
    '俺问了一句低保的事 结果人家说今年低保要重新评 让准备材料',
    '过年社区挨家挨户送对联',
    '上班时间老板天天玩手机 也不管事 我们这些打工的累死',
    '俺家承包地被登记到别人名下了 咋改回来',
    '村里的账目每季度都公示 贴在村部门口 大家可以去看',
    '俺家房子盖了三层 一个月工资才三千 房贷压得喘不过气',
    '合作社今年亏了 分红没有 大家再坚持一年',
    '村主任说这次检查完了还会再来 让大家配合',
    '想给孩子开个证明 得先找村里盖章 再去镇上',
    '快递公司收的运费 也冇得收据 咋回事',
    '讲句不好听的 这天冷得邪乎 大伙多穿点',
    '修路的活又是那个外地老板干的 去年就修得不好',
    '来电人反映：其父于昨日走失，至今未归，请求协助寻找。',
    '来电人咨询：安置房抽签时间及所需材料。',
    '来电人反映：网格员上门登记信息，态度很好，表示感谢。',
  ])('no misconduct: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each([
    '网格员刚来登记过了，说是防返贫动态监测，没啥事',
    '我们组长讲哒 下个月要统一换电表 换的时候会停一下电 莫担心',
    '我以前当过村干部，这活不好干，谁干都挨骂',
    '俺以前也当过组长 知道这里头的难处',
    '书记说了 这回的补贴下礼拜就到 大家莫担心',
    '社区的人刚来统计过 问了家里几口人 冇得事 大家莫慌',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });

  test.each([
    '村长说了 莫担心 可是低保都停了三个月了 到现在也没人管',
    '网格员刚来登记过了 说没啥事 可俺家低保停了三个月了 他也说不清',
    '我以前当过会计 这账明明就不对 二十万去哪了',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe('understand: round 23b (dev23–26), emergencies, chatter and categories, with their look-alikes', () => {
  test.each([
    // a child pulled out of water not breathing; a small child who swallowed a pill, a battery or a magnet
    '俺庄大坑里淹着个孩子 捞上来了 不喘气了 谁会救',
    '塘里淹着个伢子 拉上来哒 冇得呼吸了 快来人',
    '河里捞上来个人 没呼吸了 谁会做人工呼吸',
    '我屋伢子一岁多 把一颗药吞下去哒 不晓得是么子药 现在在哭',
    '孩子把纽扣电池咽下去了 一直哭',
    '俺孙子两岁 把他奶奶的药片吞了 不知道是啥药 嘴边白白的',
    // look-alikes that stay emergencies: a fire still burning, a fight with blood, earth still sliding
    '打人的还在 老板娘满头是血 快来人',
    '昨夜落大雨 屋后山上的土滑下来哒 灶屋冲垮一半 人冇得事 土还在往下滑 快派人来',
    '着火了 人还在里面 还好消防快到了',
  ])('emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    // a person pushed down, hurt, told after; the assailant at large; a hotline asking that staff be dealt with
    '俺们村书记昨儿个去劝架 让人给推倒了 胳膊骨折了 打人的还在屯里晃悠',
    '村主任去劝架 被老孙一酒瓶子砸脑袋上了 缝了六针 打人的到现在还在家睡大觉',
    '来电人反映：城管队员清理占道经营时将一名七十岁老人推倒在地，老人手腕受伤，要求对相关人员进行处理。',
    // a near miss; nothing burning; money not returned
    '外墙一块一块往下掉 上个礼拜差点砸到人',
    '大风把树刮倒压线上了 没着火 就是全屯子没电',
    '挪用的扶贫款至今未归还',
    // a fire out with nobody hurt, told after or heard of
    '昨天晚上社区那边着火哒 还好消防来得快 人都冇事 就是烧了一个门面',
    '昨天网上讲邵东那边着火哒 烧了好大一片厂房 还好冇伤到人',
    '我刚才看到有人讲资江边有人落水 是真的假的',
    '喂 我想问一下 我们村昨天着火那个屋 有冇得人受伤 我在外地打工 屋里电话打不通',
    // warnings and the police already come
    '开春了 河套的冰都酥了 大伙看好自家孩子 别让往那边跑',
    '楼下KTV每天唱到两三点 打110来了一回 第二天照样唱',
    // a clinic with no doctor at night, the child taken elsewhere
    '卫生院晚上没大夫 孩子半夜发烧 敲门半天没人应 只能往县里跑',
    '铜山乡卫生院晚上冇得医生值班 伢子烧到三十九度 只好送到县里',
    // a dog chasing, a tool waved and the two pulled apart, a swelling seen at hospital
    '村口那几条野狗 见人就追 昨天追着个细伢子咬 裤子都咬烂了',
    '两家为屋场界线又吵起来 拿锄头比划 被人拉开哒',
    '打完针手肿得好大 村医讲是正常反应 到医院一看是感染哒',
    // hazards feared for later, a repair asked now; stones whenever it rains; a ditch over a road
    '坝上有好几条裂缝 哪年涨大水怕是要出事 趁现在枯水赶紧给修修吧',
    '挡土墙裂了 雨大点就往下掉石头 后墙都让砸出坑了',
    '涵管被压碎了 渠水全漫到路上 地里浇不上',
    '老屋子墙都歪哒 随时要倒 边上就是细伢子玩的地方',
    // past, praise, jokes
    '前个月有个人连车带人掉沟里了 那桥护栏到现在也没修',
    '发大水那几天他在俺们屯住了一个礼拜 挨家挨户帮着搬东西 这样的干部好',
    '今儿早上在冰上摔个大腚墩 差点喊救命 拍拍灰接着走😂',
    '救命 我屋猫跑到楼顶上去哒下不来 😹',
    '屯边上那个小厂子一天到晚冒黑烟 窗台一层黑灰',
  ])('no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    ['俺老叔喝多了倒在雪地里 身上冰凉 叫不醒 快来人', 'other'],
    ['老张头喝醉了躺道边雪地里 脸都冻紫了 叫不醒', 'other'],
    // look-alikes: a fall at home is the clinic's when a stroke is told; a house down on people is housing
    ['俺爹突然倒地上 半边身子动不了 说不出话', 'medical'],
    ['偏厦子塌了 俺奶在里头 快来人', 'housing'],
  ])('an emergency in its owner: %s', (text, category) => {
    const u = understand(text);
    expect([u.emergency, u.category]).toEqual([true, category]);
  });

  test.each([
    // a service out for days, repairs queued or promised again and again
    '我屋里宽带断咯三天哒 报修了讲排队 我在屋里上班的',
    '取暖费交了 暖气管子还是凉的 打了八遍电话都说明天来',
    '俺们屯一个礼拜停了四回电 每次都说检修',
    // noise in the night, dust with a cough, hurt on a bad road
    '大半夜的 屯子里有人放炮仗 连放一个钟头 孩子吓得直哭',
    '石材厂天天磨石头 粉尘大嘞很 晒的衣裳都是白的 俺孙子老咳嗽',
    '那段道大坑一个挨一个 俺家老三骑摩托摔了',
    // paid and said unpaid, overcharged, sold short, struck in care, left out, wrong medicine, an agreement denied, "voluntary"
    '水库放水不放到我们组 讲我们冇交水费 我们交了的 有收据',
    '医院收费处多收了我一百块钱',
    '收费处多收了俺五十块 她说是俺自己看错了',
    '医生开的药太贵 俺问有没有便宜的 他说那你别看了',
    '集上买了二斤肉 回家一称一斤六两',
    '俺爹在敬老院 护工打他 胳膊上青一块紫一块',
    '暖房子工程给别家都弄了保温 就俺家没弄',
    '社区卫生服务站那个医生 上回药还开错哒',
    '我老弟跟我争菜地 我有当年的字据 他不认',
    '学校讲研学是自愿 不去的伢子要写检讨 咯叫自愿',
    // look-alikes of the procedure form: a hardship, a wait or a referral told
    '俺老伴瘫在床上 家里揭不开锅了 低保咋申请',
    '高龄补贴 俺娘满八十了 咋还没有 要去哪办',
    '村干部让我来问问 残疾人两项补贴怎么申请 需要什么材料',
    '孩子考上大学了 听说有助学贷款 去哪办',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    // a plain question how a procedure is done
    '你好 双辽市民政局电话多少 俺想问问低保咋申请',
    '恁好 俺孩子在外地上大学 学校嘞助学金咋申请 要村里开啥证明不',
    '我家孩子要转学到小孤山镇 需要开什么证明 找谁开',
    '你好 请问办居住证要带么子材料 在哪里办啊',
    '想问问春耕贷款咋贷 得啥手续',
    '我想问 我屋伢子上幼儿园有冇得补贴',
    '老家的房子不住了 想问拆了复垦有补贴不',
    // news from elsewhere and news over
    '咱们县电视台报道了 隔壁镇有个敬老院院长贪老人的伙食费 已经被处分了',
    '网上说今年农民工工资拖欠的能找劳动监察 真有这么好？',
    '夜儿个俺庄麦秸垛着火了 幸亏救得快 没烧着房子 现在灭透了 大家伙以后都注意点',
    '夜儿个报警那事弄清楚了 是俺家小狗跑丢了 找着了',
    '宅基地确权哩人来了 在村部 谁家还没确权哩赶快去',
    // look-alike: the mistake owned by the writer
    '刚才说超市多收钱 是我自己看错了 没事了',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

describe("understand: round 23, the lead's probes (money taken on a promise of a benefit, cards at the office, works' money gone with the works half done), and their look-alikes", () => {
  test.each([
    '村主任说帮我办低保 要先交两千块 结果被他骗了两千 低保也没办',
    '村会计说能帮俺办危房改造 收了三千 结果被他骗了',
    '组长讲帮我屋里评低保 要我先给他一千块 钱给哒 低保到现在冇下来 钱也不退',
    '来电人反映：村主任称可帮其办理危房改造，收取其现金三千元，至今未办理也未退还。',
    '支书说帮俺儿子安排个公益岗 收了两条烟 岗也没影',
    '镇上的人来了就在村部打牌 啥事不管',
    '乡里的干部一来就在村委会喝大酒 啥事不管',
    '村里修路的钱 说是用完了 路才修了一半',
    '修桥的钱讲是用完哒 桥只修了一半',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    // an impostor's fraud, a husband at cards, money the villagers raised themselves, a gift refused
    '大家注意 有人冒充镇上的干部 说能帮办低保 先交五百 已经有人被骗了',
    '我老公天天打麻将 家里啥事不管',
    '过年在家跟亲戚打麻将 输了两百 啥事不管了',
    '村里修路的钱是大家凑的 用完了 还差一点 大家再凑凑',
    '村主任帮我办了低保 我给他送了两斤鸡蛋表示感谢 他没要',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 23, emergencies the untuned holdout showed unread after its one run, and their look-alikes', () => {
  test.each([
    // a head bleeding inside (a bursting headache with vomiting and the person barely answering; a knock days ago, now vomiting
    // or muddled), and a fever with a fit
    ['俺娘 刚才突然说头疼得要炸了 吐了两回 现在叫她光哼哼 眼睛都不睁', 'medical'],
    ['恁快来 俺妈说头疼得受不了 接着就吐 现在喊她也不应 中不中派个车', 'medical'],
    ['我屋娭毑讲头痛得要裂开哒 吐哒一地 现在叫她不答应 眼睛不睁 么办', 'medical'],
    ['来电人反映：其母亲突发剧烈头痛后呕吐，现叫其不应，眼睛不睁，请求急救。', 'medical'],
    ['俺爹前天去房后摔了一跤 磕着脑袋了 当时挺好 今儿起来就吐 说胡话 不认人了', 'medical'],
    ['我家老头大前天骑车栽了 碰着头了 今天一直吐 说话都不清楚了', 'medical'],
    ['俺大伯前两天让木头砸着头了 今儿个吐了 人都糊涂了 叫他也不认人', 'medical'],
    ['孩子发高烧 三十九度多 突然抽筋了 眼睛往上翻 咋整', 'medical'],
    ['恁快来 俺孙子烧得滚烫 抽风了 翻白眼', 'medical'],
    ['伢子发烧四十度哒 抽起来哒 眼珠子往上翻 么办', 'medical'],
    ['来电人反映：其孩子（2岁）高烧后抽搐，眼睛翻白，请求救护车。', 'medical'],
    // someone gone into the hills or the fields, due back hours ago, dark now and the phone dead; a fall with the head struck,
    // lying still or bleeding hard
    ['俺爹早上进山砍柴 说晌午就回 天都黑透了 手机打不通 七十多了', 'other'],
    ['俺爹上山放羊 天都黑了 打电话没人接', 'other'],
    ['俺爹从房上摔下来 人不动了', 'other'],
    ['俺娘下地打猪草 说中午回来 现在天黑了 电话也打不通 恁帮着找找', 'other'],
    ['我屋嗲嗲上山挖药 讲好下午回 天都黑哒 手机关机', 'other'],
    ['老爷子上山采蘑菇 天都黑了 电话一直没人接 八十了 谁去找找', 'other'],
    ['我爷在院里滑倒了 头磕台阶上 流了一地血 一动不动', 'other'],
    ['俺爹从梯子上栽下来 脑袋撞墙上了 一动不动 咋整', 'other'],
    ['来电人反映：一老人在家门口摔倒，头部撞到石头，一动不动，地上流了一地血。', 'other'],
    ['老王头喝完酒回家摔了 脑袋磕石头上 血止不住 谁有车', 'other'],
    // a fight on between families with shovels, hoes or "家伙" taken up
    ['老李家和老张家为地界又打起来了 都抡着锹 谁去拉一下', 'dispute'],
    ['两家又干仗了 都抄家伙了 在道上 快来人', 'dispute'],
    ['俺们组两家为水渠的事干起来哒 都抡起锄头哒 快来', 'dispute'],
    ['来电人反映：两户村民因宅基地纠纷正在打架，双方都拿着铁锹。', 'dispute'],
  ])('an emergency: %s (%s)', (text, category) => {
    const u = understand(text);
    expect([u.urgency, u.category]).toEqual(['emergency', category]);
  });

  test.each([
    // a headache and vomiting from a cold or drink or already seen to; a knock on the head that has mended; an old man late
    // from the hills but home, a son away at work; a fever with no fit, a fit years ago, a leg cramp; a nosebleed, a pig
    // slaughtered; a quarrel with words only, a shovel carried or swung at work, a fight nearly come to years ago
    '俺娘感冒了 头疼 吐了两回 上卫生院看过了 开了药',
    '俺爹昨晚喝多了 今早头疼得要裂开 吐了一地',
    '我头疼得要炸了 吐了 是不是着凉了 现在好多了',
    '俺爹上礼拜摔了一跤 磕着头了 起了个包 现在没事了',
    '我家老头前天在院里摔了 磕着后脑勺 去医院拍了片子 没事',
    '俺爹进山捡柴火 天黑了才回来 累够呛',
    '老头上山采药 天都黑了 手机打不通 急死了 刚才回来了 没事',
    '俺儿子在外面打工 天都黑了 电话打不通 也不知道忙啥',
    '孩子去年发烧抽过一回筋 今年得打啥疫苗',
    '伢子发烧哒 三十八度五 冇得抽筋 精神还好',
    '我半夜腿抽筋 疼得睡不着 发烧倒是没有',
    '孩子流鼻血 流了一地血 止住了',
    '过年杀猪 血淌一地 谁家要猪血',
    '俺爹前几天摔倒了 脑袋磕破了 缝了几针 现在好了',
    '老曲家和老邢家为道的事又吵起来了 骂得可难听了 谁去说说',
    '俺扛着锹去地里 路过老张家 他俩又吵吵',
    '他抡锹干活贼有劲 一天挖了半亩',
    '两家为地界吵了好几年了 去年还差点动了家伙',
    '来电人反映：其父亲头痛呕吐两天，已在镇卫生院就诊，要求报销药费。',
    '孩子磕着头了 哭了一会 吐了口奶 现在睡着了',
    '俺老公出去喝酒 天都黑了 电话打不通',
    '电动车摔了一下 不动弹了 得修',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 24 (dev27), false emergencies, chatter, dropped complaints and owners, with their look-alikes', () => {
  test.each([
    // a brazier asked for or lent, smoke from a neighbour's chimney, a swelling after a drip, a pier that shakes, crops drowned
    '谁家有闲着的火盆 借俺用两天 家里来亲戚了',
    '炭盆子在集上多少钱一个 想买一个',
    '对门老刘家烟筒正对着俺家窗户 一烧炕屋里全是烟 说了好几回不改',
    '隔壁油烟天天往我屋里灌 熏得眼泪直流',
    '在卫生院挂完水 手背肿得老高 大夫说过两天就消',
    '西河那座桥 桥墩子底下让水掏空了 人一走上去就晃',
    '上游水库放水 俺家稻子全淹死了 也没人说赔',
    '他家鱼塘水一直往我田里渗 禾苗都泡死哒',
    // a fire asked "what if", a kang fallen in, a wall down on a shed, a line down with the power out
    '咱屯道这么窄 万一着火了咋办 消防车都进不来',
    '俺家炕塌了一块 烧不了火 冻得够呛',
    '屋后那截院墙让雨泡倒了 砸着他家柴垛了',
    '大雪把电线压断了 全屯子没电 啥时候能来修',
    // a car into a gate, rubbish and manure dumped, a near miss at an open manhole, a dropout
    '拉沙的车倒车 撞了俺家门楼 司机跑了',
    '有人半夜把建筑垃圾倒在俺家苞米地里',
    '下水井盖子丢了好几天 昨天刚刚俺孙子差点掉进去 赶紧来人盖上吧',
    '俺外甥十五了 不上学了 天天跟社会上的人混 家里管不住',
    // water that smells, hens in the garden, filth running into the river people drink
    '井水这几天有股子臭味 喝着嗓子不得劲',
    '谁家的鸭子又钻到我菜地里了 白菜都踩烂了 快来赶回去',
    '养猪场的粪水顺着沟流进河里 下边好几个屯子吃这水',
    // a slope that slid before and sheds earth when it rains
    '屋后山坡前年滑过一回 下雨就往下掉土 晚上睡觉都不踏实',
  ])('no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    // the same things when someone is in danger now
    '屋里生着炭盆 门窗关得死死的 俺娘头晕想吐',
    '邻居家烟囱倒烟冲俺家 俺家孩子头晕 吐了',
    '打完针脸肿得厉害 喘不上气了 快叫救护车',
    '桥墩子冲空了 桥已经塌了 有辆三轮车掉河里了',
    '大风把电线刮断了 耷拉在道上 还冒火星子',
    '车撞了俺家大门 人卡在车里出不来',
    '井盖子丢了 俺家孙子掉进去了 快来人',
    '雪把电线压断了 全屯没电 断的线搭在俺家铁门上',
    // a person down a well told with fillers; someone lying by the road not moving
    '喂 快 有个孩子 掉 掉那个 那个机井里了 够不着',
    '大道边上躺着个老头 一动不动 脸都冻紫了',
  ])('emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });

  test.each([
    // owners: a well or manhole is the works'; a person frozen by the road, coal smoke from a fire for warmth, water that
    // knocked a wall down are the township's; a sting with the breath going is the clinic's
    ['快来人 小区门口 有个孩子掉 那个 污水井里了', 'infrastructure'],
    ['路边雪地里趴着个人 不会动了 脸都冻青了', 'other'],
    ['俺爹在屋里烤火 窗户关得严严的 刚才一看叫不醒 嘴唇发紫', 'other'],
    ['山水下来了 把俺家院墙冲倒了 水进屋了 老人在炕上出不去', 'other'],
    ['俺叔让野蜂子蛰了 脖子肿起来了 喘气都费劲', 'medical'],
  ])('an emergency in its owner: %s', (text, category) => {
    const u = understand(text);
    expect([u.emergency, u.category]).toEqual([true, category]);
  });

  test.each([
    // an elder's card kept by kin is a family dispute; the benefit itself stays welfare
    ['俺爹的养老金卡让俺弟拿着 钱取了不给俺爹花', 'dispute'],
    ['我奶奶的低保存折叫她大儿子拿走了 一分钱都不给', 'dispute'],
    ['俺娘嘞养老金这个月少了五十块 为啥', 'welfare'],
    // lexicon: a homophone of 高龄补贴, the farmland subsidy by its everyday name, a bus line, a ditch's cover slabs
    ['俺爹九十了 高领补贴今年一直没发', 'welfare'],
    ['今年的地补咋还没到卡上 别的村都发了', 'poverty_policy'],
  ])('category: %s', (text, category) => {
    const u = understand(text);
    expect([u.complaint, u.category]).toEqual([true, category]);
  });

  test.each([
    // harms told without a demand: a payment short by an amount, wages held for the boss's money, a benefit promised and not
    // paid, a dog let loose biting again, a rigged scale, a fee too much, paid and not given, a clinic shut for days, a line
    // out for days, a drunk at the wheel, crops killed, a refusal punished, a relocation house mouldy
    '俺的低保这回咋少了三十块',
    '今年粮补发的比去年少二百多 问谁谁不知道',
    '在砖厂干了俩月 包工头说等老板结了账再发',
    '去年说好给五百块的取暖补贴 到现在也没有',
    '他家狗从来不拴 前天又咬了俺孙子 打疫苗花了四百多',
    '收猪的那个秤不准 一头猪少了二十多斤',
    '粮库扣水分扣的忒狠 二十的非说二十八',
    '物业费咋收这么多 电梯一年坏半年',
    '交了三百块暖气费 屋里还是不热',
    '村卫生室关门好几天了 拿药得跑镇上',
    '俺们组网又断了三天 孩子上网课都上不了',
    '跑客运的那个司机喝了酒照样开车 车上全是学生',
    '隔壁打的除草剂飘过来 俺家苞米苗都药死了',
    '学校讲买校服是自愿 不买的学生就站后头',
    '移民房住了两年 墙上全长霉了',
    // a fraud tried on one's mother, the fraudsters to be caught; a teacher changed four times
    '有人冒充社保局打电话给俺娘 让她交钱激活 这帮人该好好查查',
    '俺闺女那个班 一学期班主任换了三个 娃都不想念了',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    // look-alikes that stay chatter: a price sigh, a bill wondered at, a dog's vaccination notice, a bite told as a warning,
    // advice not to drink and drive, a card lost and how to reissue it, which card a benefit goes to, the weather
    '今年苞米卖了九毛 比去年少一毛 种地真不挣钱',
    '这个月电费咋这么多 得回去看看电表',
    '明天上午村部门口给狗打狂犬疫苗 谁家有狗牵过去',
    '昨天在道上让狗咬了一口 打了疫苗 大伙晚上出门注意点',
    '喝了酒就别开车了 叫个代驾 安全第一',
    '俺的社保卡丢了 咋补办啊',
    '工资卡丢了 去哪挂失',
    '俺爹的高龄补贴发到哪张卡上 他记不清了',
    '今年的雪下得真大 好多年没见过了',
    // a status asked, the group's own spam, an outage over, a heart poured out, an offer, a brazier borrowed, hens to fetch
    '俺上个月报的那个路灯的事 现在咋样了',
    '谁天天在群里发卖货的链接 群主管一管',
    '昨儿个说停电那事 是变压器跳了 已经来电了',
    '心里憋屈 跟你们唠唠 老头走了一年了 不说了 你们忙吧',
    '俺想给村小学捐点书 找谁联系',
    '谁家有多的火盆 借俺一个 今晚来客',
    '谁家的羊跑到俺院子里了 快来牵回去',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

describe('understand: round 24 (dev27), accusations missed and false, as kinds, with their look-alikes', () => {
  test.each([
    // money asked or taken for a benefit, the outcome not yet told
    '村里那个网格员讲 交三百块钱就能帮我屋里评上低保 钱交哒两个月冇得消息',
    '组长说只要给他五百 就能给俺娘弄个五保',
    '来电人反映：村会计称交一千元即可帮其办理危房改造，其已交钱，至今无音讯。',
    '支书收了俺八百块 说能给俺闺女安排个公益岗',
    // the benefit paid into a stranger's card once the cadre had the papers
    '村干部拿了俺的身份证和存折去办补贴 后来补贴发到别人的折子上了',
    // a poverty loan or fund spent on the cadre's own family
    '管扶贫的那个 扶贫款下来给他闺女盖房了',
    '俺屯管项目那谁 真是扶贫扶到自个家了 低保户一个没落着',
    // works "paved with gold"
    '村里修那条路 两公里花了三百万 铺的是金子吧',
    // a stamp or a paper that will not come without a gift
    '没给他送两瓶酒 那个证明硬是开不出来',
    '冇拎烟去 章子就是盖不到',
    // a complainant told things will be hard from now on
    '我去县里反映了一回 第二天组长就上门讲 以后我屋里办么子事都难',
    // the run-around, each promised day answered with another
    '去镇上盖个章 办事的说明天来 明天去了又说后天来 跑了三趟',
    // a 评议 panel of one family
    '评低保那个评议组 全是村长屋里的亲戚',
    // a sum each household must bring him, or a threat for those who do not
    '管规划哩那个 俺们谁家盖房 每户都得给他拿两千',
    '镇上管土地的说了 不送的 他就讲你屋是违建 要拆',
    // a levy or a deduction with no meeting held
    '修水渠每家摊三百 说是村民大会定的 会都没开过',
    '低保金里扣了五十 说是卫生费 谁定的？也没开会',
    // a cadre at cards in working hours
    '镇上包片的干部 工作时间泡在棋牌室 找他签字得去那找',
    // the collective's income asked after for years, "still being counted"
    '合作社分红的账 问哒两年 会计就讲还在算',
    // a counter: a clerk on the phone, an hour's wait and "come tomorrow"; contempt
    '乡政府大厅那个男的 坐那刷抖音 俺等了俩钟头 他说下班了明天再来',
    '社区办事那个大姐 问两句就讲自己去看 头都不抬',
    '民政所那个人 扔给俺一张单子 爱搭不理',
    // a service the office let run by a cadre's kin, run badly
    '物业公司的老板是街道书记的外甥 电梯停了一个月没人修',
    '水站的负责人就是村主任他侄子 水费乱收',
    // our subsidy drawn by the cadre
    '组长把我屋里的低保金领走哒 问他就讲替我存着',
    // refused for years, approved the year kin became a cadre
    '张家那危房报了好几回都不批 去年他家女婿进了村委 今年一报就批下来了',
    // two figures for one thing: the village's against the buyer's, the books' against the rate paid
    '组里把那块荒地租出去 讲是一年三千 我问了租地的老板 他讲他一年给的是五千',
    '修路请的小工 每天一百五 报账写的是每天两百八',
    // kin on a benefit's list, told with a laugh
    '公益岗名单出来了 头一个就是会计他娘 😂😂',
    // kin of a cadre with the village's works
    '村里的工程都包给主任的亲外甥 质量差得很',
    // a public car driven by the cadre's son for fun
    '村委那台车 讲是办公用的 天天是书记他儿子开着去兜风',
    // papers "sent up" that never arrived
    '村长讲申请早就报上去哒 我到镇民政办一问 人家讲根本冇收到',
    // our land taken for the cadre's building, nothing paid
    '村主任把俺家的自留地圈了盖养猪场 一分钱没给',
    // a fee per household for a registration
    '社区网格员入户采集信息 每人收十块',
    // works booked twice
    '俺们村那条渠 报了两回账 县里拨一回 镇里拨一回',
    // a benefit's place sold at a price
    '听说公益岗名额卖哩 一个两万',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    // an insurance premium, an impostor, no money, a relative who is no cadre
    '网格员说交三百八就能办上医保 大家抓紧',
    '有人冒充镇上干部 说交五百就能办低保 大家别信',
    '俺表哥说给他两千就能帮俺弄个低保 俺没信',
    // the cadre helping after a bank's mistake; one's own loan
    '俺用扶贫贷款给俺儿买了辆三轮 现在还上了',
    // one's own costly yard; a paper refused for a missing document; a stamp that came without a gift
    '俺家那小院铺了地砖 跟铺了金子似的 花了两万',
    '没拿身份证 章盖不了 明天再去',
    '不送礼 证照样办下来了',
    // a fear, not a threat; a repairman's run-around
    '我怕反映了以后办事难',
    '修空调的师傅说明天来 明天又说后天来',
    // a panel chosen fairly; a fee asked about; a fee agreed at a meeting
    '评议小组都是村民代表选出来的 大家放心',
    '卫生费谁定的标准 我想问问',
    '村里开会定了 每户交五十修路 收据都给了',
    // someone's husband at cards; a pension office still computing
    '俺家老头天天在麻将馆 饭都不回来吃',
    '我的养老金问了两年了 社保局讲还在算',
    // the two figures agree
    '村里卖树说是卖了八万 买树的老板说他给了八万 账对得上',
    '小工一天一百五 账上写的是一天一百五',
    // a laugh with no cadre's kin on a list; a cadre's kin at a feast
    '低保名单贴出来了 俺娘也在上头 😂 总算批了',
    '支书他娘今天八十大寿 😂 全村都去吃席',
    // a public car on an errand of mercy; a private car
    // papers sent and received
    '村长讲申请报上去哒 我到镇上一问 人家讲收到哒 在审',
    // a neighbour's encroachment
    '隔壁老王占俺家地盖仓库 不给钱',
    // a works' papers refused twice; a villager's own hog sold
    '这条路报了两回都没批下来',
    '低保户卖了一头猪 三千块',
    // the official as the victim: arson, a brick thrown
    '村长家的柴火垛让人半夜点着了 报警了',
    '有人喝醉了拿砖头砸村委会的窗户 王书记手也划破了 这人得抓',
    // an impostor asked about, an office's warning of impostors
    '有人发短信说是县民政局的 要交三百保证金才发补贴 是真的吗',
    '大家注意 有人假冒社区工作人员上门收燃气费 都是骗子 别上当',
    // a cadre defended in earnest; a seam read without spaces
    '说句公道话 咱村长真办事 别老在群里骂人家',
    '电线掉在地上 供电所一直没人来 怕电着人',
    // a school's own tutoring fee
    '镇中学搞补课 一个月收四百 不交的坐后排',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 24 C (dev30–31), accusations and their look-alikes', () => {
  test.each([
    // a fine with no receipt, pocketed, settled by money slipped or raised for arguing
    '秸秆禁烧罚了我家三百 连个收据都冇得 问他要票 他讲要么子票',
    '镇里来查烧秸秆的 罚款五百 罚完票也不开 钱直接揣兜里走了',
    '巡逻队说我烧了麦秸 要罚一千 我塞了两百 他们就走了',
    '乡里来的人罚我八百 我多问了一句 他讲再啰嗦罚两千',
    // a gift per service, a red packet before a signature
    '民政所的人来家里登记一回 就得给他一条烟',
    '去村部盖个章要两条烟 不然就拖着',
    '村卫生室那个大夫 办慢病卡先要三百红包 不给就不办',
    // kin on the list told as a riddle; gifts before the list; places "full" and the cadre's kin in
    '俺屯吃低保的 你掰手指头数 他老丈人 他小舅子 他亲妹 都是管事那家的',
    '我们组的低保 组长他娘 他姐 一屋人全吃上哒',
    '谁家过年给组长拎了酒 明年补贴名单上就有谁',
    '讲是名额冇得哒 那主任他外甥咋评上的',
    // money said paid and never there, a signature claimed
    '征地款 镇上讲早拨到村里哒 村里讲冇收到 我们几十户一分冇见',
    '会计讲补贴早就打到卡里哒 我去银行查 一分都冇',
    '村里说俺签过字领了 俺根本没签过',
    '医保钱交给组长了 他讲忘记报上去了 那我的钱呢',
    // kin paid for work others do; a household's goods in the cadre's own farm
    '书记他闺女在村卫生室挂个名 一个月两千 活都是别人干的',
    '发给贫困户的牛 让书记牵到他自己养殖场去了 说好的分红一分没有',
    // a mediator who took the other side's gifts; a gift delivered on a promise and no news
    '司法所调解那回 他收了对方两条烟 处处向着人家',
    '书记讲帮我把低保办下来 酒也送了两瓶 到现在冇得一点消息',
    // rude at the counter
    '社保所那个女的 说话恁难听 问两句就翻白眼',
    // a card kept and not returned; ballots filled in; votes shown cast; a vote that changes nothing
    '我屋里的社保卡被组长收起来了 讲帮忙保管 两年哒都不给我',
    '换届的时候 选票都是组长挨个替我们填好的',
    '我屋里三个人都冇去投票 名单上显示都投了',
    '评低保开了个评议会 投票投完 名单还是原来那几户',
    // honours to cadres' families; the accounts asked after; a dead father's benefit still drawn
    '今年的星级文明户 评上的全是村干部家的',
    '我们村的账目究竟什么时候才公开',
    '我爹前年就走了 组里还一直替他领着低保',
    // an office sending villagers to its kin's shop
    '派出所办户口 非让去对面照相馆照 照相馆是所长他老婆开的',
    '卫生院的医生开了单子 让我们只能去他指定的药店买药',
    // a benefit gone after a question; mock thanks for an outlay; a levy and no works
    '我在会上说了两句修路款的事 第二年我家的地力补贴就停了',
    '谢谢乡里给我们修的全镇最贵的公厕 二十万 一年到头锁着没人用 真舍得',
    '前年修渠每家交了两百 渠呢 到现在连个影都没',
    '去年打井每户摊了三百 井在哪',
    // a paper held for a signature; the works to kin; visits written, never made; service by who comes with you
    '我的低保申请在乡里压了大半年 讲等领导批',
    '村里这几年的工程都是书记他外甥的施工队做的',
    '扶贫手册上记着包户干部来了八次 我们屋里一次都冇看见过他',
    '在镇上办事 全看你认识谁 跟着书记一起去啥都好办',
    // free goods adulterated; compensation unpaid by the group; a fee with no slip; 五保 for a man with sons; a receipt short
    '村里发的免费化肥 领到手一看 半袋是沙子',
    '来电人反映：其所在组至今未足额发放土地流转费，多次询问无果。',
    '村卫生室输个液收八十 讲是上面定的 给个单子都冇得',
    '评五保 组长他叔三个儿子都在外头挣钱 也评上哒',
    '社区收了两百四的卫生费 收据上开的是一百八',
    // mock praise stays mock; a real accusation beside "别听他瞎说"
    '张会计真是好人 自家小楼一年起一层',
    '别听他瞎说 村主任收了我两千块才给批低保',
    '扶贫款去哪了 问会计他说不知道',
    // more wordings of the kinds
    '城管罚了俺摊子两百 票都不开',
    '找组长签个字 得先给他买两条好烟',
    '那个村医 开个转诊单要一百块红包 不给就不开',
    '谁给会计送了两只鸡 谁家就评上贫困户',
    '组长说补贴早就打到俺折子上了 俺去信用社查 一分没有',
    '低保评议 投了也白投 名单早就定了',
    '俺娘死了两年了 村里还在替她领高龄补贴',
    '办证的窗口让去门口复印店复印 复印店是他小舅子开的',
    '宅基地批文在镇上压了一年多 说等书记签字',
    '帮扶记录本上写的他来了六回 俺家一回也没见着',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    // a fine with its ticket, a notice of fines, a parent's threat
    '交警罚了我二百 给了罚单 我认了',
    '禁烧期间焚烧秸秆 罚款二百到五百 请大家相互转告',
    '老师说再吵就罚你抄课文',
    // a wedding's drink, a neighbour's hardship, a wedding's gifts
    '孙子结婚办酒 亲戚拿了两箱酒来',
    '俺邻居家可怜 他娘瘫了 他媳妇也病了 能不能给申请个低保',
    '谁家送了礼 礼单上就有谁家',
    // a bank's transfer, a subsidy that came, a gift refused
    '银行说钱早打卡上了 我再查查',
    '会计说补贴早打卡上了 我一查 果然到了 谢谢',
    '调解的时候对方送了两条烟 村主任当场就退回去了',
    '俺婆婆说话可难听了 天天翻白眼',
    // a funeral grant
    '我爹走了 村里还帮他领了丧葬补助 办了后事 谢谢村里',
    '超市是他媳妇开的 东西还挺便宜',
    '老师让我们只能去他指定的书店买教辅',
    '我问了一嘴补贴的事 后来补贴就发了',
    '感谢镇领导给修了路 花了八十万 路又宽又平 真是大手笔',
    '修路每户交了一百 路修好了 又平又宽',
    '罚款的事 镇上说下礼拜开会讲',
    '公司说钱早打给村里了 村里说收到了 下礼拜发',
    '我的证在镇上等了一个月 今天领到了',
    '感谢书记 这回修的桥 花了三十万 结实得很',
    '说是免费发的化肥 到手一看挺好 谢谢政府',
    '村务公开栏什么时候更新 想看看通知',
    // impostors warned of or asked about, a rumour denied, a cadre defended
    '注意：有人冒充县医保局工作人员 说交五百就能多报销 千万不要相信',
    '昨天有个人讲他是县里扶贫办的 让我交三百块钱办贷款 是真的假的',
    '有人说书记把救灾款贪了 纯属瞎说 账都贴在墙上',
    '群里天天讲组长的坏话 他半夜帮我们抢收稻谷 你们良心过得去吗',
    // an official as witness; sincere praise
    '邻居家狗咬了我家鸡 他还骂人 村主任在旁边看着呢 能给作证',
    '俺们屯的张会计 真是好人 俺家房子漏 人家自己掏钱买的油毡',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 24 D (dev30–31), emergencies told by their signs or in Henan speech, and their look-alikes', () => {
  test.each([
    // pesticide taken in while spraying, told by its signs
    ['俺男人在棉花地喷药 回来手一直哆嗦 眼睛看东西模糊 浑身冒虚汗', 'medical'],
    ['我屋老倌打完药 讲头晕想吐 站不住 流口水', 'medical'],
    ['来电人反映：其子在大棚内喷洒农药后全身发抖，眼睛看不清，大汗淋漓。', 'medical'],
    // heat stroke with the person down, fitting or not answering
    ['俺叔在场里晒麦 中暑了 一头倒那了 叫不应', 'medical'],
    ['割稻子的老张晕倒在田里 怕是中暑 喊不应 快来人', 'medical'],
    ['工地上一个小伙子中暑 浑身直抽 脸煞白', 'medical'],
    // a swimmer who went under and has not come up (Henan 木有 for 没有)
    ['俩孩子在坑塘里洗澡 一个扎下去就木有上来', 'other'],
    ['我孙子在水库边游泳 潜下去好一会了 还没有上来', 'other'],
    // a stroke by two of its signs, in any order
    ['俺娘刚才还好好的 嘴突然歪了 舌头发硬 说话含糊', 'medical'],
    ['我爸说话不清楚了 右边胳膊抬不起来 是咋回事', 'medical'],
    ['俺奶奶吃着饭碗都端不住了 嘴角歪了 流口水', 'medical'],
    // pills a child ate: a handful, or an adult's medicine
    ['孙女趁没人把她奶奶的安眠药吃了 现在迷迷糊糊的', 'medical'],
    ['俺孩儿把一板感冒药全吃了 这咋弄', 'medical'],
    ['娃把药丸当糖豆嚼了好几颗 是他姥爷的降糖药', 'medical'],
    // an old woman out since morning, not back (Henan 木), muddled
    ['俺娘一早出门赶集 到这会还木回来 八十了 有点糊涂', 'other'],
  ])('an emergency: %s (%s)', (text, category) => {
    const u = understand(text);
    expect([u.urgency, u.category]).toEqual(['emergency', category]);
  });

  test.each([
    // spraying: a warning, crops hit by drift, a mild headache long gone
    '打药的时候都戴上口罩 不然头晕',
    '无人机打药飘到俺家菜地里了 菜都打死了 找谁赔',
    '去年打药晕过一回 今年俺雇人打',
    // heat: a warning, a heat-stroke long ago, a mild one mended
    '天热 大家下地防中暑 别晕倒在地里',
    '去年收麦中暑晕过一回 今年俺不去了',
    '中暑了有点头晕 喝了藿香正气水好多了',
    // a stroke's after-effects, drink, a child slow to talk
    '俺爹中风后遗症 说话不清楚 手拿不住东西 想办个残疾证',
    '他昨晚喝多了 说话都说不清了 筷子都拿不住',
    '孩子三岁了说话还不清楚 是不是舌系带短',
    // a course of medicine prescribed; medicine spilt, not eaten
    '孩子一板感冒药吃了一个礼拜了 还咳嗽',
    '孩子把奶奶的药瓶打翻了 药撒了一地',
    // wood is not Henan 没
    '木头堆在路边没人管 挡道',
    '他木有事 就是摔了一跤 爬起来走了',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 24 D (dev30–31), what nobody needs rescuing from now, and the rescues beside it', () => {
  test.each([
    // a rescue made and thanked or praised
    '感谢李主任 上个月半夜是他背着俺娘送到卫生院的 好人啊',
    '表扬一下老赵 昨天从塘里救了个小孩 自己呛了好几口水 大家点个赞',
    // children warned after a death heard of elsewhere; a death told with the railing it calls for
    '听说邻村昨个有孩子掉水库里淹死了 大伙都看好自家孩子 别让往河边去',
    '前年俺们组有个娃在那个塘里淹死了 到现在还没个护栏',
    // the weather cried about
    '救命 热死个人了 空调还坏了',
    '救命啊 屋里冷死人 暖气片一点不热',
    // an accident as the cause of a hardship; an injury an employer paid little for
    '俺家老头前年出了车祸 落下残疾 家里欠了一屁股债 能不能评个低保',
    '我男人在工地上摔伤了腿 包工头只给了三千块 说不是他的责任',
    // someone hurt and in care now
    '俺兄弟昨天让人打了 头上开了口子 现在在县医院缝针呢 打人的跑了',
    // a scare explained
    '没事了 刚才那股烟是老王家在烧锅 大家别慌',
    // a stench from a farm or a dump; well water smelling with a mild illness
    '后头那个养鸡场 臭得熏得人头疼 苍蝇一堆一堆的',
    '村里那口井的水有股怪味 喝了有点拉肚子',
    // a hole in a roof patched, a benefit asked
    '俺家房顶塌了个大洞 拿彩条布盖着 能给危房改造不',
    // a bank crumbling where children pass; a ditch leaking onto fields; a family burnt out and the neighbours collecting
    '学校边上那个沟 沟沿的土老往下塌 孩子天天从那过',
    '水库下边的干渠漏了 俺家麦地全泡了',
    '老李家前几天着火 烧得一干二净 大家有旧被子旧衣服的捐一点',
    // rubbish dumped; a fight over and done; a wall cracked by a neighbour's digging; compensation not paid
    '有人往塘里倒垃圾和农药瓶 水都臭了',
    '两个侄子为宅基地打了一架 现在见面不说话',
    '隔壁盖房挖地基 把俺家墙挖裂了好几道缝',
    '修路把俺家门楼推了 说好给赔 到现在也没赔',
    // a near miss
    '这段路太窄 上个月一辆三轮差点掉沟里 赶紧加个护栏吧',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });

  test.each([
    // the same kinds with someone in danger now
    '老赵从塘里救了个小孩 还没醒 快打120',
    '听说有孩子掉水库里了 现在还没找着 大家快去帮忙',
    '救命 热得俺爹晕倒在地里了',
    '后头养鸡场的味熏得俺娘晕倒了 叫不醒',
    '村里那口井的水有怪味 好几个人喝了吐了 送医院了',
    '房顶塌了个大洞 砸着俺娘了 流血了',
    '沟沿的土塌了 孩子掉下去了',
    '河上那座小桥快垮了 娃上学天天走',
    '两家又打起来了 拿着铁锹 快来人',
    '差点掉河里那辆车 现在人还在水里扑腾',
    '俺爹在卫生院输液 突然抽起来了 口吐白沫',
  ])('an emergency: %s', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe('understand: round 24 D (dev30–31), harms told tersely and chatter among neighbours, with their look-alikes', () => {
  test.each([
    // a service out in a word or two, Henan 木 for 没; out for days; again and again
    '木电了',
    '又停水了',
    '网',
    '俺们组木水了 从昨儿后晌到现在',
    '断网三天了 娃上网课上不成',
    '这个月第四回停电了',
    '自来水管子一滴也不出',
    // broken for months or soon after it was made
    '村口的路灯不亮了好几个月',
    '新打的水泥路 才俩月就裂了',
    '宽带修了三回还这样',
    // free as promised, then paid for or short
    '不是说体检免费吗 咋还收了五十',
    '说是免费发的树苗 一半都是死的 还掺了土',
    // pollution, noise and dust by their signs
    '砖厂的泥浆往沟里排 水黑得跟墨一样',
    '每天夜里两点就开始轰 拉石头的车',
    // livestock dead at once; a receipt for less; a pedlar's scam that cost us
    '俺家的羊一夜死了五只 不知道啥病',
    '俺交了二百 收据上写的一百五',
    '俺爹花了两千多买了个理疗仪 说包治百病 就是骗子',
    // a sneer, a wait, food with droppings, a place on a list lost
    '啥破网',
    '医保报销跑了三趟 都叫等',
    '娃说学校饭里吃出来虫子',
    '今年救济名单上俺家没在上面 去年还有呢',
    '山上野狗一群 见人就追',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    // a planned outage, rain that never came, honey "不掺假", a warning that others were taken in
    '通知：明天上午检修线路 停电约三小时 请大家提前准备',
    '天气预报说下雨 结果一滴都没下',
    '谁家要土鸡蛋 自家养的 不掺假',
    '有人冒充社保局的 说交三百就能多领养老金 已经有人上当了 大家注意',
    // hand-me-downs asked; a quarrel calmed; complainers scolded; a complaint given up
    '谁家有孩子用不着的旧书包 俺外孙上学用',
    '都是亲戚 别为了一棵树吵了 叫人家笑话',
    '整天投诉整天投诉 你们累不累',
    '反映过好几回了 算了 不指望了',
    // family news; a report's progress asked; where to buy; a near miss at home handled; a sigh about one's own child
    '俺儿今年回来过年 说厂里放假早',
    '我上次反映那个路灯的事 有回音没有 都半个月了',
    '哪个店有卖化肥的 要复合肥',
    '炖肉忘关火了 差点烧着 幸亏闺女回来闻着味了',
    '天天打游戏到半夜 俺家那小子可咋整',
    // a cadre's word passed on
    '下礼拜开始收医保 村长说的',
    // a lost dog, the neighbours asked to look out
    '俺家小黑丢了 谁瞅见了吱一声',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });

  test.each([
    // the same forms with a grievance, a demand or an accusation: complaints
    '别吵了 村书记把低保给了他小舅子 这事得管管',
    '俺儿今年回不来过年 工钱到现在还没结',
    '谁家有不用的旧棉被 俺家房子烧了 到现在没人管',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe("understand: round 24 D (dev30–31), emergencies' owners, and their look-alikes", () => {
  test.each([
    ['来电人反映：其父今晨起床后言语不清，左侧肢体无力，请求派车。', 'medical'],
    ['俺孙子把一块吸铁石磁铁咽下去了 肚子疼', 'medical'],
    ['俺家娃吞了个纽扣电池 一直哭', 'medical'],
    ['俺爹在院里滑倒了 后脑勺磕破了 流了好多血 起不来', 'other'],
    // (Round 29: the clinic's, as the corpus's writers label a child choking on a coin five times to one.)
    ['孩子吞了个硬币 卡住了 喘不上气', 'medical'],
    ['俺家那土坯房山墙裂开了 一个劲往下掉土 俺娘还在屋里躺着', 'housing'],
    ['两家打起来了 拿砖头砸 满头是血', 'dispute'],
  ])('an emergency: %s (%s)', (text, category) => {
    const u = understand(text);
    expect([u.urgency, u.category]).toEqual(['emergency', category]);
  });
});

describe('understand: round 24 F (dev28–29), emergencies, false emergencies and owners, with their look-alikes', () => {
  test.each([
    // someone slumping all at once with the breath going faint or no answer; the breath alone going faint
    ['俺娘刚才吃着饭 突然就软下去了 出气很弱 叫她也不应', 'medical'],
    ['我屋里嗲嗲坐在椅子上 一下子就歪过去哒 脸色发白 喊他不答应', 'medical'],
    ['老头躺炕上 只有出的气 没有进的气了 快来人', 'medical'],
    // an old person alone not seen for days, the door unanswered (hotline and spoken)
    ['来电人反映：其叔叔独居，已两天未见其出门，敲门无人应答，电话无人接听', 'other'],
    ['我屋边上的娭毑 好几天冇看到她出门哒 喊也冇人应', 'other'],
    ['隔壁张奶奶一个人住 三天没见出门了 敲门没人应', 'other'],
    // a dam or pond bank cracked and shedding or slumping now
    ['后山那个山塘 塘埂裂缝了 一直往下掉土 底下就是我们组', 'water'],
    ['水库大坝坝体裂开了 往下塌 下游好几个村', 'water'],
    // stairs down with someone stuck above
    ['三楼楼梯塌了 老太太下不来 在上面喊', 'housing'],
    // owners by signs: a stroke told by the mouth or tongue, a battery swallowed, a gas water heater, 打仗, a house cracked over people
    ['俺爹跌了一跤 喊他冇得反应 嘴巴歪起 快点派人', 'medical'],
    ['俺妈说头晕得站不住 说话舌头发硬 就她一个人在家 快去人看看', 'medical'],
    ['我孙子把一颗纽扣电池吞下去了 一直哭 咋办', 'medical'],
    ['俺媳妇在洗澡 燃气热水器开着 人晕在里面了 叫不醒', 'other'],
    ['后屯老李家两口子打仗 男的抄起菜刀了 快来人', 'dispute'],
    ['今早地面突然陷下去 房墙裂开了 屋里还有人不敢动 快派人', 'housing'],
    // one found and another still missing stays a search
    ['俩孩子不见了 一个已经找到了 还有一个没找到', 'other'],
  ])('an emergency: %s (%s)', (text, category) => {
    const u = understand(text);
    expect([u.emergency, u.category]).toEqual([true, category]);
  });

  test.each([
    // look-alikes: a fall with no harm, venting, an official not seen, an old woman away at her daughter's, a crack feared or mended
    '俺家老爷子一下子坐地上了 缓了一会儿自己起来了 没事',
    '他一生气就拿我当出气筒',
    '网格员三天没见人影 办事找不着人',
    '王大娘去闺女家住了 三天没见出门',
    '塘埂裂了条缝 前年就这样 年年说修',
    '水库坝顶去年裂缝 往下掉土 后来补好了',
    '楼梯扶手断了 老人下楼不方便',
    // a fault that sparks every time it thunders or rains, feared some day
    '每次下雨电表箱就噼里啪啦响 哪天要烧起来 害怕',
    '一打雷俺家电闸就冒火星子 早晚得着火',
    // put right already; an event dated by its day; a season past still unrepaired
    '昨天那个电线杆子倒了的事 供电所连夜来人修好了 谢谢',
    '村里发大水那天 书记在外地喝喜酒 第二天才回来',
    '河上那座桥 汛期那会儿冲垮了 到现在都没人修 娃上学绕远',
    // a ceiling soaked down from upstairs; a missing person found again (Hunan speech too)
    '楼上卫生间漏水 我家吊顶都泡塌了 找他家不管',
    '我老头不见了 找了一上午 后来在他战友屋里找到哒',
    '我伢子放学冇回来 刚才打电话讲找到哒 在同学屋里',
    // a fall feared; a strike that missed; a person's thing lost
    '老桥栏杆都断了 下雨天骑摩托的一不小心就栽河里',
    '塘边冇围栏 细伢子容易掉塘里',
    '屋后头山上的土滑下来一堆 还好没压着房子 村里来看过了 想问能不能砌个挡土墙',
    '求助大伙 谁家有初二的旧练习册 俺闺女的丢了',
    // the learned net: bitter water with a mild illness, a family's land quarrel, officials at cards
    '我们组那口井的水咸得很 喝了肚子不舒服',
    '老屋的宅基地 老二一个人霸着 爹还住在里头 他讲要等爹走了再分',
    '社区那几个人上班时间在里屋打麻将 一敲门全收起来了',
  ])('no emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(false);
  });

  test.each([
    // look-alikes that stay emergencies: sparks now, a fault back again, a child in the pond now, a ceiling down on a child
    '我屋里电线一开电饭锅就冒火花 噼里啪啦的 现在还在冒',
    '昨晚变压器冒烟 供电所来人修好了 今天又冒烟了',
    '那座桥夏天发水冲塌了 刚才有个人掉河里了',
    '楼上漏水 吊顶塌下来砸到孩子了 流血了',
    '刚才有个细伢子掉塘里了 快来人',
    '谁家看见俺孙子了 下午就不见了 天快黑了',
    '发大水了 那天的雨大 现在水还在涨 快来人',
  ])('still an emergency: %s', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

describe('understand: round 24 F (dev28–29), chatter filed and complaints read as chatter, with their look-alikes', () => {
  test.each([
    // a hotline's dropped call; a call withdrawn; a cadre defended; the bot asked; a report followed up; a retort; advice
    '来电人未说明诉求即挂机，回拨无人接听。',
    '不好意思 我刚才打电话说俺家娃不见了 已经回来了 麻烦你们了',
    '对不住啊 刚才讲屋里停水哒 原来是我自己把阀门关哒 不好意思',
    '别啥事都往村干部身上推 人家一个人管三个屯',
    '@村声 你是真人还是机器人 回得这么快',
    '我前两天反映的那个路灯的事 有人管没',
    '你家狗也没少咬人家鸡 一码归一码',
    '你先去司法所问问 让他们给调解',
    // a match-maker asked for; the neighbours asked who has something; a ride or a loan paid with fuel money
    '村声能不能帮俺儿子介绍个对象 三十了',
    '求助各位 谁家有不用的轮椅 俺爹腿摔了',
    '求助大伙 谁家明天去县里 捎个人 给油钱',
    '谁家有闲着的三轮 借俺使一下午 给油钱',
    // look-alikes of the harms below: a question, a shrug, good news
    '今年的补贴啥时候发',
    '早上路上全是冰 骑电动车的慢点 昨儿老刘就摔了一跤 没啥大事',
    '我的快递呢',
    '暖气来了 挺热乎',
  ])('chatter: %s', (text) => {
    const u = understand(text);
    expect([u.complaint, u.misconduct]).toEqual([false, false]);
  });

  test.each([
    // the chatter forms step aside for an accusation, a harm told after, the writer's own matter
    '别啥都往网格员身上赖 他收了俺家两百块钱不给办',
    '我前两天反映的路灯的事 有人管没 晚上俺爹在那摔了一跤 胳膊摔断了',
    '你先找村里反映 他家占了我家地三年了 我咋办',
    // left out while others got it; not seen this year; "where is mine"; a utility bad again, said bare
    '别人家都领了取暖补贴 俺家没领到',
    '今年的种粮补贴俺家到现在没见着 恁给问问',
    '我的养老金呢',
    '暖气又不热了',
    '路灯又坏了 东兴村',
    // kept waiting; a nuisance by night or by day; told and ignored; pay cut or a bill doubled
    '去社保局办个证 说要等半个月',
    '卫生院的大夫十点才来上班 老人排了一早上',
    '后面工地天天半夜打桩 觉都睡不了',
    '砖厂的灰满天飞 晾的衣裳收回来都是灰的',
    '跟他家讲了好几回 他不理',
    '护林员的补贴 从一千降到八百',
    '电费翻了一倍 我一个人哪用得了这么多',
    // hurt on a dark road; fish bombed; a buyer gone with the goods; livestock dying; a promise every year; wiring sparking at home
    '那段道黑灯瞎火的 昨天我爸在那摔了一跤',
    '有人天天在水库炸鱼',
    '收猪的拉走了五头猪 说过两天给钱 电话关机了',
    '俺家的羊一天死两只 咋回事',
    '这个坑年年说要修 到现在没动',
    '我屋里插座一插电饭锅就噼里啪啦打火',
    // what was changed is not a resolution when a harm or a demand follows
    '电表换了新的 电费翻了一倍',
    '他把院门锁换了 俺娘进不去家 这事谁能管',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe('understand: round 24 E (dev28–29), accusations told in stories, at the 社区 and with irony, and their look-alikes', () => {
  test.each([
    '来电人反映：其到村委会开具困难证明，村会计要求先交100元"手续费"，交钱后未开具任何收据。',
    '组长讲要先交三百块钱材料费才给报上去 钱交哒 收据冇得',
    '村里让俺们每户交五十块钱垃圾费 交了连个收据都没有',
    '镇上收了俺们每亩十块钱的测量费 没票 也不说是啥文件',
    '城管把我的三轮车拖走哒 罚了两百 罚单也冇开',
    '街道办让开个居住证明 还要先交五十块钱',
    '村委盖个章也要交二十块钱 这都啥年代了',
    '俺娘的养老金存折一直由会计保管 俺娘一回也没摸着过',
    '来电人反映：其父系低保户，低保卡长期由村组长代为保管，其父从未领到过现金。',
    '我婆婆的五保卡搁在组长屋里 要用钱得去求他',
    '评上的全是他们自家亲戚 俺们这号的连边都挨不上',
    '低保名单一看 净是村干部家的亲属',
    '人家跟村里会计是连桥 补贴年年有份 咱能比吗',
    '他家跟支书是亲家 危房改造名额当然有他家',
    '那个水渠是哪个的舅子包的 你去打听一下就晓得为么子一年就垮哒',
    '村委会一天到晚锁着门 牌子上写着值班 打电话没人接',
    '社区服务大厅天天锁门 有事都找不着人',
    '镇里来评危房的 车都没下 隔着车窗瞅了一眼就走了',
    '核查低保的人来了 门都没进 站在院外拍了张照片就走了',
    '我去村部开证明跑了四趟 每回都是这句话 书记不在',
    '上回在群里反映了路灯的事 没几天我家低保就说审核不通过了 真巧',
    '我投诉了组长 结果第二年困难补助就被刷下来了',
    '村里评困难户 非要俺们写感谢信 不写就不给发米面',
    '送了东西的都多算了面积 我们意思了的倒是多量了',
    '熟人去办残疾证当天就办好了 俺家等了半年还没信',
    '上面发的过年慰问的米面油 村长一车拉回他自己家了',
    '救灾发的棉被 组长搬回了自个儿家',
    '卫生室给俺开个慢病证明 开口就要一百 不给就不给盖章',
    '社区那个管低保的 问她啥都说不知道 让你自己上网查去',
    '镇上办事大厅那个大姐 说话跟吃了火药似的 嫌俺不识字',
    '包村干部来了一趟 拍张照就走了 俺家啥情况他都没问',
    '网格员说明天来 上周也说明天来 到现在也没影',
    '组长讲明天来看 上个月也讲明天来看 咯个明天是哪年的明天',
    '村长家房子才盖三年 今年也评上危房改造了',
    '村里的广播天天放村长家卖化肥的广告',
    '网格员天天在群里发走访照片 俺们这栋楼他一年都没敲过门',
    '去社保所办退休 等了一个月 问就是系统问题',
    '指挥部一个姓刘的讲 想多算也行 意思一下 我不肯 现在还少算十几平',
    '修水渠的包工头是村主任的舅子 你说这渠能修好',
    '街道那个主任讲帮你想办法 晚上一个人来我办公室坐坐 我一个女的哪敢去',
    '社区那几个 上班时间在办公室打扑克 一有人来就收起来',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    '网格员上门核查的时候被那户的儿子从楼梯上推下去了 腿摔断了',
    '有人冒充社区的工作人员 说交五十块钱就能办困难证明 交了人就跑了 大家别上当',
    '自称是县扶贫办的 打电话让交两百材料费 说不交就取消补贴 俺没理他',
    '派出所补办身份证交了二十块工本费 给了收据',
    '村里收了卫生费每户五十 收据都给了 公示也贴了',
    '我的存折由我儿子保管 他每个月给我取钱',
    '社保卡由社区统一发放 大家带身份证去领',
    '来吃席的全是他们家亲戚',
    '谁家小舅子会修电视 帮我问问',
    '村部今天锁门了 是不是都下乡了',
    '服务大厅周末锁门 周一再去吧',
    '我说了要去交材料 后来补贴审核没通过 是材料不全 我再补一份',
    '社区帮我们家度过难关 我写了封感谢信送过去',
    '熟人介绍的师傅当天就修好了 俺们等了俩月的水管终于通了',
    '上边送来的米面油 组长挨家挨户送到门口了 谢谢',
    '上边送来的米面油 我自个儿扛回家了 谢谢组长',
    '商店老板 开口就要一百 不给就不卖',
    '社区那个管低保的大姐 问啥都耐心 还帮俺填表',
    '我老伴说话跟吃了枪药似的 天天嫌我磨叽',
    '书记来俺家坐了半天 拍了几张照 回去就帮俺申请了救助',
    '我儿子说明天来 上礼拜也说明天来 这孩子',
    '他家房子刚盖两年 今年装修了',
    '村里大喇叭通知 书记说下午开会',
    '村里大喇叭喊 谁家的狗丢了',
    '网格员一年敲过好几回我家门 挺负责的',
    '问就是不知道 我家老头子就这样',
    '指挥部的人来量了 量得挺准 没少算',
    '俺家盖房请的包工头是村主任的舅子 干活挺细',
    '书记晚上出来跟大家一起吃个饭 庆祝丰收',
    '三个儿子互相推 老人没人管 请村委会调解一下',
    '兄弟几个踢皮球 老娘没人养 村里能不能给说说',
    '谁家有闲的三轮车 借俺使一下午 给油钱',
    '谁家明天去县城的车 捎个人 给油钱',
    '下水道堵了 物业说找社区 社区说找物业 踢皮球',
    '来电人反映：其子就读于某小学，学校收取资料费200元，未开具任何票据。',
    '别啥都怪书记 他也难 上面不拨钱他也没办法',
    '莫么子都往组长身上推 人家一个月才几百块钱',
    '网格员被人骂了 说她天天明早来 其实她一直在忙',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });

  test.each(['有事好好反映 别啥都往网格员身上赖 人家一个月两千来块钱管八百来户 你换谁来也白扯', '莫么子都往组长身上推 人家一个月才几百块钱 他也不容易'])(
    'a cadre defended is chatter: %s',
    (text) => {
      expect(readsAsComplaint(text)).toBe(false);
    },
  );

  test('a defence with an accusation after it stays one', () => {
    expect(understand('别啥都怪网格员 他也不容易 可低保名单上净是村干部家的亲属 这咋说').misconduct).toBe(true);
  });
});

describe('understand: round 24 E (dev28–29), the accusations the model read alone, as rules, and their look-alikes', () => {
  test.each([
    '来电人反映：村会计每月从其低保金中扣除50元，称为"管理费"，未给任何收据。',
    '组长把俺们的粮食补贴一块领了 说替俺们代领 到今天也没给',
    '来电人反映：其母去世后，村里仍以其母名义领取高龄补贴至今。',
    '社区里办事 熟人马上办 不熟的就慢慢等吧',
    '去镇上窗口办个准生证 跑了四趟 每次都差一样 一次说清楚不行吗',
    '组长他二哥家 确权的时候多出来十几亩地',
    '村主任他岳母才六十出头 高龄补贴名单上有她',
    '书记家门前的路灯亮堂堂的 俺们后街黑着一冬了 这待遇',
    '修桥的事村长说了五年了 年年说 年年没修',
    '那个副主任按安置价买了两套房 他又不是拆迁户',
    '村干部开公车接他孙子放学 天天这样',
    '佩服我们村书记 一年到头见不到人',
    '林业站那个人来看苗 不给他送两条烟就不给签字',
    '选村民代表那天 票都没投 就直接念名单了',
    '发慰问品 一户一桶油 组长家拿了三桶',
    '为啥他家评上了 后来他自己说漏嘴 送了五千块',
    '评困难户 结果全是他们家那几个',
    '土地流转承包方给的是每亩八百 村里只给我们五百 差价哪去了',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect([u.misconduct, u.complaint]).toEqual([true, true]);
  });

  test.each([
    '我儿子帮我代领了养老金 昨天给我送过来了',
    '邻居去世以后 家里人还用他的名字开着小卖部',
    '有的人家一头猪都没有 也想养 问问有没有补贴',
    '组长他二哥家今年盖了新房 大伙去帮忙',
    '书记说了三年要修路 今年终于修好了 感谢',
    '那套房是他按市场价买的 手续齐全',
    '药店老板说 不给钱就不给药 这很正常',
    '商场里的差价 都是商家赚走了',
    '网格员被那家的狗撞倒了 膝盖磕破了',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 24, drink (the lead, after the retrain)', () => {
  test.each(['喝醉了倒在沟里 冻得发紫', '俺家老头子喝多了 趴在道边雪地里 喊他不动', '我弟弟喝多了跟他媳妇打起来 把她头打破了 现在还在摔东西'])(
    'an emergency: %s',
    (text) => {
      expect(understand(text).urgency).toBe('emergency');
    },
  );
  test.each(['俺爹昨晚喝多了 今早头疼得要裂开 吐了一地', '他喝多了睡在路边 刚被人扶回家了 没事', '昨天喝醉了 今天一天都难受 头晕'])(
    'no emergency: %s',
    (text) => {
      expect(understand(text).urgency).not.toBe('emergency');
    },
  );
});

describe("understand: round 24, holdout24's emergencies read as kinds after its one run, and their look-alikes", () => {
  test.each([
    // an old person living alone out of reach for days
    '我奶奶一个人住在村里 三天了电话打不通 我在外地回不去 麻烦村里谁去看一眼',
    '来电人称其父独居，已两天联系不上，敲门无人应答，请求派人查看。',
    // chest pain with a cold sweat or blue lips
    '俺娘说心口疼 满头冷汗 脸煞白 快来人啊',
    '我老公胸口闷得慌 喘不上气 他有心脏病',
    // bedding or a stack on fire, a field fire blown at the houses
    '被子着了 屋里全是烟 快来人',
    '草垛着起来了 火还着着呢 离房子不远',
    '山火眼看就要烧到村后头的房子了 快打119',
    // a car stuck in the snow with people in it
    '车困在雪窝里了 车上有两个老人 手机快没电了',
    // flood water in the house, people trapped
    '大雨 水进了屋 没过膝盖了 俺们出不去',
    // a dam spouting muddy water
    '塘坝底下往外冒浑水 越来越大 下面就是村子',
  ])('an emergency: %s', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  test.each([
    '我爸一个人住 耳朵背 电话经常打不通 村里能不能隔几天去看看他',
    '俺娘一个人住 两天联系不上 原来是去俺姐家住了 没事了',
    '胸口疼了好几年了 老毛病了 卫生院开的药吃着呢',
    '去年烧荒的火差点烧到屯子 今年可得注意',
    '班车天天陷雪窝里 孩子上学太难了',
    '去年发大水 水进屋漫过炕沿 今年还没给补贴',
    '炕烧太热了 炕席都烤糊了 换了一张新的',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 25 A (dev32), accusations told by insiders, with irony and at the counter, and their look-alikes', () => {
  test.each([
    // a roll altered: names struck off and others written in, or changed behind the villagers' backs
    '俺在村部帮忙那天 瞅见会计把低保名单改了 划了老王家 加上的是他小舅子',
    '我亲眼看到组长把贫困户花名册改哒 划掉两户 写上去的是他屋里亲戚',
    '恁不知道 主任背着大伙把公益岗名单给换了 添上嘞全是他家人',
    '危房改造的公示贴出来第二天就被人偷偷改了 俺家名字没了',
    // a cadre's car or house set against his pay; "致富" for his own household; project money in a cadre's new car
    '会计家又起了栋小楼 一个月工资才两千多 钱咋来的 懂的都懂',
    '组长屋里刚换哒辆新车 二三十万 他一年补贴才几个钱 你品 你细品',
    '支书开上奔驰了 一年工资那几个钱 咱也不敢问',
    '恁看看村长 带领他一家先富起来了',
    '扶贫款哪去了？都变成书记儿子的新车了',
    // a paysheet's figure and less in the hand
    '护林员的工资单上写的是八百 到手才五百 剩下的说是扣了管理费',
    '表上签嘞是一千二 实际给俺嘞是九百',
    '花名册上写的每人两千 到户的只有一千五',
    // part of a payout kept by the village
    '征地补偿款只给了一半 剩下的组里说先留着 到现在也没个说法',
    '危房补助发了一半 那一半说是村上扣下修路了 路到现在没修',
    '补偿款赔了一部分 其余的讲是村里借去用了',
    // goods on a list, asked "in whose pen"
    '上面发的羊 名单上有俺家 羊进了谁家的圈 谁知道',
    '救灾的大米 一袋没见着 米在谁家仓房里呢',
    '说是给每户发化肥 化肥到了谁家院里 咱也不知道',
    // a vote nobody dared refuse, a result known before the count
    '选村委那天 主任站台上第一个举手 底下谁敢不举',
    '开会表决 书记往那一站 谁敢不同意',
    '选举 票都没开箱 名单早传出来了',
    '换届还没唱票 谁当选大伙早就知道了',
    // a benefit decided by a gift, money before a signature
    '组长收了他屋里两只鸡 他屋里就评上贫困户哒',
    '网格员收了两千块钱 第二天他家就批了低保',
    '俺们这不够条件的 全是没表示的',
    '去年没给他送烟 今年补贴就给停了',
    '说是自愿捐 你不捐试试 看明年还有没有你家补贴',
    '去卫生院办慢病卡 那医生说得先意思意思 不然不给签',
    '塞了五十块钱 他才肯给盖章',
    '送了两条烟 证明才开出来',
    // connections decide
    '有门路的都评上了 没门路的等着吧',
    '困难户谁评谁不评 还不是组长一句话',
    '拆迁补偿 凭啥他家多给 就因为他兄弟在镇上当干部',
    '有关系的一个电话就办了 没关系的跑断腿',
    // a benefit or a post lost after speaking up, called retaliation
    '我在会上提了意见 第二个月公益岗就把我换了 明摆着是报复',
    '俺打了市长热线 转过年低保就给停了 这不是打击报复吗',
    '就因为我问了一嘴账 今年补贴少算了 不是报复是么子',
    // a levy for a service hardly done, a fee "by the rule" the next village does not charge, a fine waived for less
    '组里每户收了一百五 说是修水渠 渠到现在一回都没修过',
    '村里让每家出两百电费 那个泵一年也没开几次',
    '兽医站打防疫针 一头牛收十块 说是国家规定 邻村都是免费的',
    '城管说罚五百 又说给三百不开票就算了',
    // shares the village made households buy, no dividend in years
    '前年村里动员每家入股三千搞光伏 说好年年分红 到现在一分钱也没见着',
    '书记叫俺们集资修桥 说年底分红 两年了一毛没分',
    '组里叫每户凑钱办合作社 都三年哒 一分冇分',
    // the dead still drawn for by the village
    '俺爹去世都一年了 组里还拿他的名字领高龄补贴',
    '我屋里娭毑过世两年哒 村上还在用她的名义领钱',
    '老人没了三个月 社区一直冒用他身份证领养老金',
    // a public meter in a cadre's house, or his line on the public one
    '广场那些灯的电表 接在村长家里',
    '村部的电表咋挂在会计家院里',
    '主任家的电是从路灯线上扯的',
    // public goods carried to a cadre's house, car or kin's farm
    '上面发的救灾棉被 一捆一捆往书记家拉',
    '防疫发给村里的消毒水 让驻村干部装他车上拉走了',
    '扶贫鸡苗 一半送到了乡长他小舅子的养鸡场',
    // collective land contracted by the cadre and sublet
    '村东那片鱼塘 主任自己五十块一亩包下 转手一百五租给外村人',
    '组长自个儿便宜包了集体的山 又倒手租给老板 一年挣好几万',
    '书记他家把村里的地承包下来 再高价转包出去',
    // a counter clerk idle or rude, papers lost and the blame passed
    '社保所那大姐 一边嗑瓜子一边跟人唠嗑 俺站半天没人搭理',
    '街道办那个女的 我看她刷了一上午快手',
    '镇政府办事的 磕着瓜子说今天办不了',
    '民政所那个男的说话贼冲 俺娘问两句就不耐烦',
    '乡政府窗口的 听不懂就别来 这是人话吗',
    '来电人反映：县不动产登记中心工作人员态度蛮横，将其材料弄丢后推卸责任。',
    // a private person ordered about and threatened by an official
    '派出所那个辅警让我帮他搬东西 我说没空 他说你信不信我抓你',
    '镇上的干部让俺给他家送菜 俺不去 他就说信不信我让你低保没了',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.category).toBe('misconduct');
  });
  test.each([
    '会计把名单上俺家名字写错了 今天给改过来了 谢谢',
    '低保名单公示 有异议的划掉重报 符合的再添上 请大家互相转告',
    '工资表上写的一千 到手九百七 扣的是社保',
    '表上写的六百 到手也是六百 没少',
    '表上写的八百 到手一千 多给了两百 咋回事',
    '分红发了一半 另一半开会定了村里留着做公积金',
    '补贴先发一半 另一半年底发 镇上通知的',
    '俺家的羊跑丢了 不知道跑到谁家圈里了 谁看见说一声',
    '大家举手表决修路的事 全票通过',
    '选举结果明天公布 大家等通知',
    '老师收了家长的红包 就给孩子评上三好学生了',
    '俺收了人家两条烟 就给他把院墙砌好了',
    '给了师傅两百块 他才肯来修水管',
    '给了他两千押金 他才签合同',
    '评谁不评谁 都是大伙打分 大伙说了算',
    '他家有人在镇上上班 消息灵通 早知道要修路',
    '跟邻居吵了一架 第二天俺家菜地让人踩了 这不是报复是啥',
    '我就怕说了以后被报复 低保没了咋办',
    '组里每户摊了五十 修水渠 渠修好了 水也通了',
    '饭店老板说 不开发票可以便宜五十',
    '合作社入股两千 今年分了三百 挺好',
    '我爹走了半年了 我们还在用他的名字交电费',
    '路灯的电表装在村委院里 谁去看看为啥不亮',
    '救灾物资到了 书记带着大伙往各家各户送',
    '扶贫的牛都拉到养殖场集中养了 年底分红',
    '组长说老张自己包的地 转手租给别人 不合规 要收回',
    '窗口大姐忙了一上午 连口水都没喝 辛苦了',
    '卫生院那个护士讲话好冲',
    '窗口的小姑娘被一个老头吼了半天 那老头说话贼冲',
    '我对那个送快递的说 你信不信我投诉你',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 25 A (dev32), what is no accusation (an impostor disowned, a rumour checked, a boss, a question, the official robbed), and the accusations beside it', () => {
  test.each([
    '有个开车的说是县林业站的 挨家罚款 我问了站里 站里说根本没派人 大家别给钱',
    '来了俩人说是镇上的 收什么环境费 我打电话问了 不是他们的人',
    '群里都在传会计贪了修路钱 我去镇上查过账 一分不差 大家别瞎传了',
    '有人讲组长吃了低保钱 我问了镇民政 人家是按标准发的 没这回事',
    '我在县城快递驿站打工 站长克扣我工资 说我丢件',
    '送外卖的站长扣钱 一单超时扣五块',
    '要是我打电话反映村里的事 村里会知道是我打的不',
    '实名举报的话 我的名字会不会泄露给组长',
    '给俺爹办残疾证 跑了四趟县残联 证还没办下来',
    '书记家昨晚遭贼了 丢了两千块钱',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  test.each([
    '说是镇执法队的 收了五十 没开票 我问镇上 镇上说是他们的人',
    '有人说书记贪了 我去问了 会计不让看账 这里头肯定有事',
    '镇上畜牧站站长 收了俺五百块才给开检疫证',
    '我举报以后 书记咋知道是我举报的 肯定有人透露了',
    '跑了五趟 还没办下来 每回都说领导不在',
    '会计把村里的公章拿回家了 办事还得去他家盖',
  ])('an accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe('understand: a call from township staff is no blow (打电话, 打听)', () => {
  it.each(['镇里拆迁办的人昨天给我打电话说下礼拜来量房子 俺家那个补偿到底咋算', '乡里征地工作组的人打听俺家几口人 说是登记补偿用的'])(
    '%s is not an accusation',
    (text) => {
      expect(understand(text).category).not.toBe('misconduct');
    },
  );
  it.each(['镇上征地的工作组来了 把俺爹按在地上打', '街道城管队员把摊子掀了还打人'])('%s still is', (text) => {
    expect(understand(text).category).toBe('misconduct');
  });
});

describe('understand: round 25 B (dev32), false emergencies read as kinds, with the emergencies that must stay', () => {
  test.each([
    // saved and well, 刚才 only when it happened; 脱离危险 is no danger now
    '俺家外甥掉河里了 刚捞上来 没事了 就是吓着了',
    '刚刚那个落水的老头让人救上来了 送卫生院看了 人没事',
    '来电人反映：前日其邻居家老人煤气中毒，经抢救已脱离危险，希望村里排查各户烟囱。',
    '咯只伢子昨天掉到塘里 幸好捞上来哒 在医院观察 冇得大碍',
    // hurt yesterday and in hospital already, the hazard asked fixed
    '昨天晚上有个人骑车掉那个没盖的井里了 送医院了 这井到底谁管',
    '村口那段路没有路灯 前天有个老头栽沟里了 送到卫生院了',
    // found and in hospital
    '走丢的王奶奶找到了 在玉米地里 冻得够呛 已经送医院了',
    '上午说的那个傻小子找着了 在河套那边 送镇医院了',
    // a death heard of elsewhere, the children kept home
    '听说隔壁村有个娃在水库淹死了 大家都把自家孩子看好 莫让去水边',
    '听人说邻屯有小孩掉冰窟窿里了 咱家孩子都看紧点 别让上冰面',
    // children cold waiting for the bus
    '学生等校车 在道边站一个钟头 冻得脸都紫了 能不能调一下时间',
    // a dam or pond seeping again, or leaking so the fields go dry
    '那个坝去年就往外渗水 今年又渗了 跟村里说了好几回',
    '俺们组那个塘 年年漏水 今年又漏了 田里插不上秧',
    '水库放水的那个渠漏了 地里浇不上水',
    // a flood gone down, crops lost
    '大水退了 俺家苞米全倒了 有没有补助',
    // a house down for years, a benefit asked; a pen down on the animals
    '房子塌了一半好几年了 一直申请危房改造 说不够条件',
    '羊圈让雪压垮了 砸死三只羊 能给补点不',
    // gas fixed, or aired out and gone
    '燃气公司来人给换了个减压阀 现在好了 谢谢大家',
    '厨房那股煤气味 开窗通风半天了 现在没味了 能不能派人来检查下管道',
    // a death there before, a fence asked
    '前年那个水塘淹死过一个小孩 到现在也没围 快放假了 赶紧给围起来吧',
    // moved out, nobody hurt, the road blocked
    '今天早上后山塌方了 人员已经全部撤离 无人员伤亡 道路堵了',
    // a fire only asked about beside a stack
    '隔壁把柴火垛码在我家房后 说了好几次不挪 着火了谁负责',
    // the next storm, a hazard feared
    '那棵大杨树往俺家房子那边歪 再刮大风就得砸下来',
    '挡土墙裂了口子 担心雨季塌下来 请派人看看',
    '下雨后山坡有裂缝 怕要滑坡 找人来看看',
    // 睡不醒 is no unconsciousness; a near miss; a scare taken back
    '孩子天天睡不醒 早上五点就得起来赶校车',
    '骑摩托差一点让拉煤的车刮着 那个弯太急了',
    '半夜咣当一声 以为是墙倒了 一看是柴火垛倒了',
    '楼道墙皮往下掉 刚才差点砸着俺家孩子 幸亏躲开了',
    // a road shut by snow or mud, a blizzard remarked, water late, a hole only supposed, a scam
    '雪太大 道封了 两天没车进来 菜都买不着',
    '开春路翻浆 三轮车陷里头了 拖拉机都拽不出来',
    '大烟泡刮了一天 啥也看不见',
    '说好今天上午来电 到现在还没来',
    '井盖叫人偷了 要是有人掉进去可就麻烦了 先找个板子盖上了',
    '有人上门卖保健品 结果是假的 俺妈上当了',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  test.each([
    '大雪压塌了羊圈 俺爹在里头喂羊 压住了',
    '刚才孩子掉河里了 救上来一个 还有一个没上来',
    '听说隔壁村有个孩子掉水库里了 到现在还没找着 大家帮着找找',
    '燃气公司来人给换了阀门 可是现在还有味',
    '厨房煤气味 开窗了还是有味 头有点晕',
    '去年那个坑淹死过孩子 刚才又有个孩子掉进去了 快来人',
    '山体滑坡了 人员已经撤离 但是山还在往下滑',
    '俺娘走丢了 找到了 可俺爹也出去找 到现在还没回来',
    '堤坝又渗水了 越渗越大 冒浑水',
    '校车翻沟里了 孩子冻得脸都紫了',
    '老人昨天摔倒送医院了 今天还没醒',
    '电线杆倒了 砸在房上 冒火花',
    '邻居柴火垛着火了 咋办 烟老大了',
  ])('still an emergency: %s', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe('understand: round 25 B (dev32), complaints read as chatter and chatter filed, as kinds, with their look-alikes', () => {
  test.each([
    // someone asked to come and look or mend, "总得有人管吧", "有人管冇", "你们能管吗"
    '路边那个广告牌松了 一刮风就晃 找人来修一下',
    '俺们组的水塔漏水 能不能派人来检查一下',
    '刚才屋里有股煤气味 开窗以后味儿散了 能来个人查查线路不',
    '那条沟年年堵 年年挖 这事总得有人管吧',
    '咯个卫生院的医生态度好差 这个有人管冇',
    '他借了俺三千块 现在电话也不接了 这个你们能管吗',
    // harms told tersely, as a question or in passing
    '社区供暖都一个礼拜了 俺家暖气还是冰的',
    '学校门口那盏路灯三个月没亮过了',
    '跑了两回社保局 都说系统坏了 白跑一趟',
    '后屯那个猪场 夏天那味儿没法闻 年年这样',
    '说是禁止往河里倒垃圾 照样有人倒',
    '造纸厂的废水直接排到河里 河水都黑了',
    '拉土的大车天天过 村里的水泥路都给轧坏了',
    '采石场放炮 震得俺家墙都裂了缝',
    '一场冰雹 俺家黄豆全打没了',
    '这个月水费一百多 就俺老两口 水表是不是有问题',
    '俺的高龄补贴咋停了',
    '六十岁满了 为啥还没开始发养老金',
    '借钱的那人把我给拉黑了 钱也不还',
    '花了两千买的种子 一棵苗没出 这算诈骗不',
    '上个月跟村里说过路灯坏了 这礼拜还是黑的',
    '村口那个大下坡 连个护栏都没有',
    '在外地住院 新农合报不了 全得自费',
    // look-alikes that must stay complaints
    '这事还没调解好 他又骂人了',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  test.each([
    // a hotline record closed, a quarrel made up, a deed praised
    '来电人称问题已自行解决，申请撤回此前的投诉。',
    '来电人咨询如何办理居住证，已告知办理地点及所需材料。',
    '前两天吵架那两家 村里来调解了 现在都和好了',
    '说句公道话 咱们网格员是真办事 为了俺家孩子上户口 跑了好几趟派出所',
    '必须夸一下咱村医 半夜跑来给俺娘打针 一分钱没要',
    // look-alikes of the new harms and demands that stay chatter
    '供电所说明天派人来修',
    '家里暖气挺热乎的 就是有点干',
    '那味儿是谁家在炖肉 香死了',
    '俺俩吵架了 现在和好了 哈哈',
    '这是不是诈骗短信啊 大家看看',
    '今年苞米怕是要减产',
    '被人拉黑了 不理他就是了',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  test.each(['感谢书记 帮着争取下来的钱 一半进了他小舅子的腰包', '我们村的干部是真给力啊 自己家盖了三层楼 栓Q'])(
    'praise that turns is still an accusation: %s',
    (text) => {
      expect(understand(text).misconduct).toBe(true);
    },
  );
});

describe('understand: round 25 C (dev33–34), accusations missed, as kinds in new wordings', () => {
  test.each([
    // public goods, water or equipment in a cadre's or his kin's home, put to private use (voice-to-text 祖长/就灾/防训 folded)
    '发下来的救灾大米 都码在组长家仓房里 他儿子拉到集上卖了',
    '防汛买的那台发电机 一直在书记他小舅子家院里 给他家养鸡场用',
    '村里那台抽水机 现在在村长家鱼塘边上 天天抽塘',
    '村里的冲锋舟 停在主任屋里 他崽拿去打鱼卖钱',
    '祖长屋里码哒好几袋就灾的米 他堂客拿到街上卖钱',
    // said gone, then found at the cadre's door
    '组长说慰问的米发完了 第二天俺看见他家门口堆着好几袋',
    // the office's car at a family wedding, its printer taken home
    '俺村书记闺女出嫁 用的村委那辆车当婚车 车上还贴着喜字',
    '会计把村部的打印机搬回家给他孙子用了',
    // a benefit stopped after the villager spoke up
    '上回俺在群里问了一句修路的钱 第二个月村里就把俺家的低保给停了',
    '自打我打了热线反映组长 组里就把我屋的五保给取消哒',
    '前阵子我去镇上告了一状 回来网格员就把俺家的补贴划掉了',
    // a gift as the condition of a grade, a place or a signature
    '残疾鉴定那个医生说 塞个红包就能评高一级',
    '想进敬老院 民政办的人说拿点东西才给排上 俺没拿 到现在没信儿',
    '验收的人说 得意思意思才签字',
    // a fee for what the rules say is free
    '换户口本 派出所窗口收了一百 我上网查了 政策上写的不收费',
    '村医上门量血压 一次收二十 我问了卫生院 人家说是免费的',
    // acquaintances served at once, the rest made to wait
    '认识的人去了直接就办了 我们在窗口等了俩钟头',
    '托了人的当天就批了 俺们没托人的等了三个月',
    '不找关系 就让你一趟一趟跑 找了关系 马上就盖章',
    // the run-around, nobody there, the door shut on a question
    '让俺下周来 下周来了又说领导不在 再去又说系统升级',
    '乡里民政所 连着四趟都没人',
    '到乡里社保所问养老金的事 那女的话没说完就把门摔上了',
    '去镇政府问补偿款 办公室那人撂下一句不归我管 就把门锁了',
    // a post held on WeChat
    '帮扶干部天天在群里走访 俺家他一年没来过',
    // a fine with no slip
    '城管把俺的三轮罚了二百 交了钱不给收据',
    // a service booked as done and never done
    '疫苗没打 登记本上倒写了',
    '我们家从来没人来做过随访 系统里记录了十几次',
    // a payout booked to us and never received
    '退耕还林的钱 打到一个俺们都不认识的账户上了',
    '公示名单上 我家居然享受了危房改造 房子根本没动过 钱到底是谁领的',
    // money raised for a purpose not done; relief booked short; a price far above the market's; a sum promised and cut
    '卖林子的钱说要修路 两年了路还是老样子',
    '上面拨来一百袋化肥 公示上只写了六十袋',
    '村里装的路灯 一盏报价2000 网上一样的才300 钱谁批的',
    '说好一亩补200 到手只有120 剩下的说是管理费 谁定的',
    // a cadre's business wrecking public works
    '村主任家开的采砂场 把河道都挖乱了 没人敢管',
    // kin listed on posts or a benefit, a benefit to an aunt or uncle
    '公益岗 一个是他闺女 一个是他亲家 还有一个是他干妈',
    '低保户里 她姑她舅都吃上了',
    '支书又把五保给他叔了',
    // the village paying the power for a private pond, the owner hinted
    '那几亩鱼塘 抽的是集体的井 电费都是村里出 谁家的 不说你也知道',
  ])('an accusation: %s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.category).toBe('misconduct');
  });
  test.each([
    '救灾的矿泉水先放在组长屋里 明天上午大家去他屋里领 一户两件',
    '村里的抽水机借给五组抗旱了 用完就还回村部',
    '书记闺女出嫁 借的她舅家的车当婚车',
    '上次我反映了低保停了的事 村里很快就给恢复了 谢谢',
    '自从我上回在群里说了路灯的事 村里就派人来修好了',
    '孩子评上了助学金 我们给老师送点东西表示感谢 老师没收',
    '在店里买东西 送点东西才肯打折',
    '超市老板说要交五十会员费 不交就不行 我问了别家是免费的',
    '村里的体检是免费的 问了卫生院 人家也说不要钱',
    '熟人介绍的师傅 直接上门修好了 我们省了不少事',
    '医生连着三天都不在 卫生院说他去县里培训了',
    '俺儿子跟俺吵了两句 说完就把门摔上了',
    '疫苗没打 本子上也没记 下周去补',
    '我从来没签过这个贷款合同 公司说我签了',
    '钱打到我儿子的卡上了 他帮我取出来了',
    '卖了树的钱说修村部 现在村部修好了 挺亮堂',
    '书记家开的砖厂招工 一天两百 想去的找他',
    '她妈她姨都吃上低保了 两个老太太确实困难 应该的',
    '说好一天300 到手250 扣了税 这是公司的事',
    '网上买的手机 一个报价3000 网上一样的才2000 我在店里买亏了',
    '上面拨来一百袋化肥 公示上写了一百袋 一袋不少',
    '村主任把慰问品给他姑送去了 他姑是五保户',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 25 C (dev33–34), false accusations as kinds: secrecy asked, a rumour cleared, a contractor, a fraud, a victim', () => {
  test.each([
    // confidentiality asked before a report
    '我要是举报了 会不会把我名字告诉组长 我怕以后难做人',
    '想反映点事 你们能不能不把我电话给村里',
    // a rumour checked and cleared
    '群里说会计贪了 我去看了公示 账清清楚楚 别乱传了',
    '有人传主任把修路钱揣兜里了 镇上来查了 没这事',
    // a contractors' chain passing the buck, a payslip's deduction
    '大包说钱早给二包了 二包说一分没到 俺们十几个人的工钱就这么拖着',
    '工资条上多扣了三百 说是水电费 招工时候说好不扣的',
    // a caller who claimed an office took the money and vanished
    '有个人说是县医保局的 让我交三百块激活费 我交了 现在电话打不通 被骗了',
    // the official as the victim of a drunk
    '有个醉汉把张书记家的窗户砸了 派出所来了',
  ])('no accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  test.each([
    '我举报了以后 镇上把我名字告诉村里了 第二天书记就上门骂我',
    '有人说会计贪了 我看不是谣言 账上就是对不上',
    '听说书记把低保给他亲戚了 别传了 你们懂的',
    '包工头说钱给村里了 村主任说没收到 俺们的工钱到底让谁揣兜里了',
  ])('still an accusation: %s', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe('understand: round 25 D (dev33–34), a child astray and a quarrel turned to weapons, with their look-alikes', () => {
  test.each([
    // a young child astray, with the time gone or the dark
    '三岁的小丫头在集上跑丢了 找了半个钟头了',
    '俺孙子六岁 在庙会上走散了 一下午了 天快黑了',
    '我屋伢子四岁 在超市门口走丢哒 两个多小时哒',
    // a quarrel turned to weapons
    '两口子吵起来了 男的操起菜刀了',
    '他们兄弟俩又打起来了 动刀子了',
    '屯东头两家为地界干起来了 有人抡上铁锹了',
  ])('an emergency: %s', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });

  test.each([
    // a child's thing lost; a child found; a child waiting safe
    '俺孙子的书包找不着了 找了一下午',
    '五岁的小子在集上跑丢了 找了一个钟头 后来在他姥姥家找到了',
    // a quarrel that nearly came to weapons; a tool used for work
    '两家吵起来了 差点动刀子 让人拉开了',
    '他家动斧子砍了俺家院边的树 也不打个招呼',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 25 D (dev33–34), what nobody needs rescuing from now, and the rescues beside it', () => {
  test.each([
    // relief counted after a flood or a fire
    '屋里进水泡坏了家具 说是每户补八百 到手才五百',
    '发大水冲走了俺家三头猪 能给点补助不',
    // the water gone down, the mess left
    '大水退了 院子里全是泥 井水也浑了 谁来给消消毒',
    '涨水过后村道上全是淤泥 半个月没人来清',
    // a breach unrepaired feared for the next flood; a house feared for the thaw; a drain blocked before rain
    '河坝去年冲开个口子 到现在都没修 下回再发水就淹到屋了',
    '老屋山墙裂了 开春化冻怕是要倒 能不能派人来看看',
    '明天又要下暴雨 俺门口的排水沟堵满了 上次就是它漫进院子的',
    // a tree threatened, not a person
    '修路的说要砍俺家门口那排杨树 一棵给二十块',
    // precautions told ahead
    '明天寒潮降温 大家记得把炉子封好 别煤气中毒',
    '这几天马蜂多 下地戴帽子 被蛰了别硬扛 赶紧去医院',
    // the bot asked what it covers; a past event asked after
    '你们这能管煤气中毒不 俺就是问问 以后好知道',
    '昨天掉河里那个老头咋样了 救过来没',
    // 救命 about an everyday matter
    '救命 明天考试 我一页书都没看',
    '救命啊 加班到十二点 老板还在群里发消息',
    // a road snowed in; a crack with 危改 asked; a hazard covered for now; a wall flaking
    '雪下了两天 屯里的道没人推 拉煤的车进不来',
    '后墙裂了好几道缝 下雨往屋里渗 报了危房改造一直没批',
    '村口井盖丢了 有人拿块木板先盖上了 赶紧找人换个新的',
    '卫生院那栋老楼外墙一直掉皮 也没人管',
  ])('no emergency: %s', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });

  test.each([
    // the same kinds with someone in danger now
    '大水还在涨 俺娘还在屋里出不来 快来人',
    '老屋山墙塌了 压着人了',
    '这几天马蜂多 俺爹刚才被蛰了一脸 现在喘不上气',
    '救命 俺娘晕倒了 叫不醒',
    '昨天掉河里那个孩子还没找着 大家快去帮忙找',
    '井盖丢了 刚才有个小孩掉下去了',
  ])('an emergency: %s', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe('understand: round 25 D (dev33–34), harms told tersely, politely, as a question or in a story, and chatter with their look-alikes', () => {
  test.each([
    // a wall gone soft; a charge questioned politely
    '屋后那面土墙泡了三天 墙根都酥了',
    '孩子拍个片子花了四百 是不是有点贵了',
    '水费咋这么贵 俺家就俩人',
    // nothing paid; less than the neighbours; an insurer's refusal
    '在砖厂干了三年 说关就关 一分钱补偿都没给',
    '俺们组的粮食补贴咋比隔壁组的少',
    '苞米叫风刮倒一大片 保险公司说不够赔',
    // lights out in dialect or at the same hour; our things carried off; smoke with a cough
    '后街的路灯又瞎了',
    '自来水一到中午就停',
    '他家来了几个人把俺家的三轮拉走了',
    '砖窑那烟一冒 屋里就呛得直咳嗽',
    // rubbish nobody clears; crops rooted up; fake goods; a rise unexplained; proof of payment
    '集上的垃圾堆了一礼拜冇人清',
    '獾子把我家玉米地全糟蹋了',
    '在镇上买的种子是假的 一亩地不出苗',
    '物业费又涨了 也没个通知',
    '合作医疗我在网上交了的 有转账记录 医院说查不到',
    // late against its usual day; back and forth; a bus packed; a repair not come; a deposit kept; a debt unpaid
    '低保往常都是十五号打卡上 这都月底了',
    '医保转移 县里说等市里 市里说等县里 两边来回推',
    '接孩子的面包车坐了十几个学生 太挤了',
    '电视信号报修五天了没人来',
    '驾校不退学费 说是合同写了',
    '邻居借俺五千 三年了不还',
    // earth on our house; a request asked as a question
    '山上冲下来的泥 俺家后窗都让泥堵住了',
    '村里啥时候给修修这条沟',
    '门口的水泥路压坏了 这有人管没',
    '下水道又堵了 污水漫到院里 谁来给疏通一下',
    '暖气费又涨了 一个月多收五十 也没个解释',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });

  test.each([
    // a tip passed on; a new work opened; a number asked
    '交医保可以在手机上交 不会弄的找孩子帮帮',
    '咱村的水泥路通车了 以后赶集方便了',
    '网格员的电话能发我一个不 我有事问问',
    // precautions told ahead; the bot asked; laughing
    '天气预报说后天有大风 大家把棚子压好 别出门',
    '恁这能管丢牛不 俺就是问问 以后好找',
    '投诉俺家老头子 天天打呼噜 震得房子响 😂',
    '求助 谁家有多的雪糕 热化了 嘿嘿',
    // a sum paid that was no loss; a child's shoes bought cheap
    '一分钱没花 村里给办好了',
  ])('chatter: %s', (text) => {
    expect(understand(text).complaint).toBe(false);
  });

  test.each([
    // the same forms with a grievance, a demand or an accusation: complaints
    '网格员的电话能给我一个不 俺家低保停了三个月了',
    '咱村的路通车了 可路边的沟没盖板 孩子掉进去了',
  ])('a complaint: %s', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe('understand: concrete falling (掉水泥块) is no one fallen into water', () => {
  it.each(['教学楼外墙掉水泥块 学生天天从底下过', '桥底下老掉水泥块 底下就是人行道', '楼道顶上掉水管子的锈渣'])('%s is no drowning', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each(['孩子掉水里了 快来人', '俺家老头掉水塘里了 快来人啊'])('%s still is', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe("understand: round 25, holdout25's emergencies read as kinds after its one run, and their look-alikes", () => {
  it.each([
    '谁在家 快去看看东头老赵太太 她闺女给我打电话说老太太两天没接电话了 门锁着',
    '俺二舅一个人在屯子里 三天了电话打不通 敲门也没人应 谁离得近帮忙去看看',
    '来电人称其丈夫酒后持菜刀在家中追砍其子，请求立即出警。',
    '他拎着斧子在院里追着砍他哥 快报警',
    '俺家孩子把纽扣电池吞了 两岁 咋整啊',
    '伢子把磁铁咽下去了 哭个不停',
    '偏厦子塌了 俺家老头在里头抱柴火 压里头了',
    '猪圈棚子塌下来了 俺爹在底下压住了 快来人',
    '喝了假酒 俩人眼睛看不着东西了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺妈两天没接电话 后来才知道手机坏了 没事了',
    '老李头三天没接电话 原来去他闺女家住了',
    '去年他拿着菜刀追砍他兄弟 判了三年',
    '孩子差点把硬币吞了 给抠出来了',
    '仓房塌了 幸亏没人',
    '村里小卖部卖假酒 喝了头疼 得查查',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 26, dev36's missed emergencies read as kinds (a homophone typed in a panic, goring, a shock, a child led off), and their look-alikes", () => {
  it.each([
    '快来人 有个小孩调河里了 在桥底下扑腾',
    '老孙头调井里了 喊不应',
    '俺家老头让牤子顶了 躺地上起不来 淌了好多血',
    '我舅被牛踩了 肚子上全是血',
    '配电箱那 有个小伙子被电打了 倒地上抽抽',
    '俺爹电着了 趴地上不动 谁懂电 快',
    '我家小子让一个生人领走了 刚才还在门口玩 往国道那边去了',
    '丫头被俩人拽上车了 白色面包车 快报警',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '这个调令下来了 河里的工程调到明年',
    '孩子让他姥姥领走了 过两天送回来',
    '闺女让人领走了 原来是她老姨接去玩了 虚惊一场',
    '去年俺爸被牛顶了 住了半个月院 医药费能报不',
    '俺家牛让人牵走了 三天了没找着',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 26, a cadre writing as the cadre, asking for help, accuses nobody', () => {
  it.each([
    ['大家好 我是前进村的会计 俺村十几户的耕地补贴卡号录错了 村里改不了 报上去二十来天了 麻烦上边给催催', 'misconduct'],
    ['@村声 我是东岗村的村主任 俺们屯两户因为宅基地吵到村部了 村里调解不下来 请司法所派人来', 'misconduct'],
    ['社区这边通报一下 三号楼后面的下水井堵了 我们找了两回市政 都说不归他们 请上级协调一下', 'misconduct'],
    ['喂 喂 我是石门村的村干部啊 我们村后山那条机耕道让雨冲断了 车下不去地 请乡里派个机械', 'misconduct'],
    ['来电人系某镇某村支部书记，反映该村敬老院锅炉老化，冬季供暖不足，请求民政部门协调更换。', 'misconduct'],
    ['我在杨树村当文书 有个老人来开证明 派出所说找村里 村里说找派出所 到底谁开', 'misconduct'],
    ['我是这片的网格员 二号楼楼道灯黑了半个月了 物业说没钱换', 'misconduct'],
  ])('%s is not misconduct', (text, not) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.category).not.toBe(not);
  });
  it.each([
    '我是村里的文书 书记让我在低保名单上多加两户 都是他家亲戚 我不敢不签',
    // A villager naming a cadre: the title is not the writer's (a space after the village).
    '我是新胜村的 村干部把上面分的化肥低价卖给了外村的农资店 钱揣自己兜里了',
    // An insider who gives their own title and tells money gone or a roll padded: the title is taken out, not the accusation.
    '我是村会计 上面拨的救灾款一半没发下去 钱去哪了 账上对不上',
    '我是村文书 去年的公益岗工资表上有三个人从来没来干过活 钱是别人领的',
    // Accounts that square, then a turn to another wrong: the wrong is read.
    '低保金到手也是六百 没少 可管事那个他小舅子家三口人都吃上了低保 楼都盖两层了',
    '补贴一分没少 就是评的时候 名单上全是村里那几家的亲戚',
  ])('%s still accuses one', (text) => {
    expect(understand(text).category).toBe('misconduct');
  });
});

describe("understand: round 26 F, a new writer's danger lines (dev40): missed kinds and their look-alikes", () => {
  // Caught: a person swept off by a river, a child not seen and searched for, labour with the road shut, heatstroke with fits,
  // a sprayer down sick, a self-inflicted cut bleeding, a child pulled out not breathing, a leg under a machine, a heart attack
  // by its signs; and the false emergencies' catches (a person at risk beside an animal, someone under it, sparks, a leak on).
  it.each([
    '大水把一个人冲走了 在桥底下 快喊人拿绳子',
    '港里冲走个伢子 顺着水往下漂 哪个会游泳快来',
    '俺孙子七岁 一晌午没看着了 村里村外都找了 帮俺找找',
    '小子不见了 仨钟头了 河沿上也找了 求大伙帮着找',
    '媳妇要生了 羊水破了 雪太大车开不出去 能派个车不',
    '工地老王中暑哒 倒在地上 叫不醒',
    '俺爹在地里喷药 晕倒了 直吐 脸煞白',
    '他劈柴把脚砍了 血止不住',
    '塘里淹着个娃 拉上来没气了 快来人',
    '叫拖拉机给轧断腿了 在大路边上',
    '俺妈胸口疼 出了一头冷汗 嘴唇发紫',
    '俺家牛掉菜窖里了 俺爹下去拽 也掉下去了 起不来了',
    '狗叫车撞了 俺孙子追出去 也叫车刮倒了 流血了',
    '那堵墙裂了 还在往下掉土 屋里还有俺娘 快来人',
    '听说俺村老张掉井里了 还没捞上来 快去帮忙',
    '昨天那家煤气中毒的 今天又晕过去了 叫不醒',
    '牛棚塌了 牛没事 俺爹还压在底下 快来人',
    '电线掉地上了 滋滋冒火花 孩子在边上',
    '刚才煤气漏了 关不上阀门 味越来越大',
    '救命 俺爹倒地上了 叫不醒',
    '后坡的泥冲下来把后墙推倒了 俺奶还在里屋 快派人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  // Not rescues: over and well, a past cost asked, a leak shut off, heard of in another village, a drill's staged cry, a call
  // advised, 救命 before an everyday request, an animal and no person, nobody inside, goods soaked, a past fire's damage, a
  // tingle and unplugged, still standing and feared, a repair before next season, a line low, thin ice and a sign asked,
  // a near miss told after, a wall pushed down by someone, a death awaited in a complaint, a child's thing lost.
  it.each([
    '去年河里冲走个人 到现在河边也没个栏杆',
    '河里冲走俩羊 谁家的',
    '孩子的身份证找不着了 都找了 急死了',
    '孩子不见了 找了半天 原来在他二姨家 找到了',
    '俺儿媳妇快生了 谁家有旧的小孩衣服 借两件',
    '割韭菜把手割了个小口子 出了点血 贴了创可贴',
    '老两口前儿个煤气中毒 送到县里 现在都醒过来了 没啥大事 谢谢大伙',
    '上礼拜中暑晕倒那个小伙子 现在能下地干活了',
    '昨晚俺娘心口疼 送卫生院看了 说无大碍 报个平安',
    '那次触电俺家花了两万多 这事到底谁负责',
    '灶上煤气漏了 赶紧关了阀门开窗 人都没事 就是想问问管子谁来换',
    '听说东湖村前天有个人在水库淹死了 唉',
    '说是王庄昨天有个娃掉井里了 有人知道是谁家的不',
    '明天下午搞消防演练 到时候会有人喊着火了 大伙别害怕',
    '天冷了 炉子封火前检查烟筒 有情况及时打120',
    '救命 谁家有发面的碱 借俺一点',
    '救救我吧 这个医保的表格怎么填 看不懂',
    '救救孩子吧 资料费一学期又要三百',
    '俺家羊掉沟里了 出不来 人都没事 来个人帮着拽一下',
    '母猪难产 猪崽生一半卡住了 兽医电话打不通',
    '俺家猫叫车轧了 还有口气 谁会弄',
    '雪把柴棚压塌了 幸好没人在里头',
    '车库进水了 电动车全泡了 物业不管',
    '前年房子着火烧了半边 现在还漏雨 能不能给修修',
    '洗衣机漏电 手麻了一下 赶紧拔了插头 找谁修',
    '那堵墙还没倒 就是裂了 说不定哪天 汛期咋整',
    '村口那棵老槐树快倒了 一刮风就晃 林业站也不管',
    '下个雨季前把那个水库坝加固一下吧 今年就渗水',
    '电线耷拉得太低 收麦的车都挂着了 快来弄弄',
    '河上的冰还没冻结实 孩子们就上去玩了 能不能立块牌子',
    '昨天那块冰面裂了 俺差点掉下去 大家都别去了',
    '挖掘机把俺家院墙推倒了 说给赔 到现在没人来',
    '围墙裂了好几道缝 往路上歪 学生天天从那过 报了没人管',
    '电梯的事解决了 人出来了 可老出毛病 非得等出人命啊',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 26, dev39's terse panic lines (words typed by sound, a hill down, a roof and a jump, a wire as the doer, a birth bleeding, a child unseen), and their look-alikes", () => {
  it.each([
    '着货了 柴火垛子 快来人',
    '快 快 着货啦 老周家',
    '俺娘摔了 到地上不动了',
    '救明 有人掉塘里了',
    '山垮了 把道埋了 底下好像有人',
    '有个人站桥上 说要跳河',
    '变压器那 电打着人了 倒那不动了',
    '刚生完 血止不住 卫生院说送县里',
    '俺孙女 五岁 半天没见了 别唠了 求求大家帮找找',
    '老太太摔倒了 躺地上不动弹',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '他到了县里 不动产登记还没办',
    '救明天的火车票 谁会抢',
    '摔了一跤 腿疼 走不动了 卫生室关门了',
    '路边坡垮了一块 车过得贴里边走',
    '站楼顶上晒被 风大差点跑了',
    '生了个闺女 六斤八 都挺好',
    '着货的那家店说明天补发',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 26, the lead — new writers' emergencies the fit still missed, as kinds, and their look-alikes", () => {
  it.each([
    '伢子吃了山上摘的野蘑菇 吐了好几回 嘴唇发紫',
    '哈哈 不唠了 哎不对 后院冒烟了 老李家柴火垛着了 火越烧越大',
    '笑死 刚才那个视频 等等 对门煤气味好大 敲门没人应 屋里好像有人',
    '打雷把牛棚点着了 人都出来了 火越烧越旺 旁边就是粮仓和三户人家',
    '煤烟 俺妈都迷糊了 站不住了 刚扶到外头',
    '水库离坝顶就剩半尺了 闸门提不起来 下游都是人家',
    '河上那座小桥断了 一辆三轮卡在断口 开车的还在车上',
    '狼群下山了 在屯子东头道上 孩子们还在外头玩',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '野蘑菇能不能吃 谁认识 拍个照给你们看',
    '哈哈 今天这雪真大 不说了 扫雪去',
    '河水涨得挺快 离坝顶还有一米多 明天要是再下就悬了',
    '前年那场火 人都出来了 房子烧没了 到现在补助也没下来',
    '桥断了 车过不去 得绕十里地',
    '听说山里有黑熊 上山采蘑菇的注意点',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 26, holdout26's emergencies read as kinds after its one run, and their look-alikes", () => {
  it.each([
    '河水漫过桥了 一辆面包车冲下去了 人还在车顶上扒着',
    '西屋的墙塌了 俺爹还睡在里屋 门推不开',
    '房子裂了好几天 刚才轰一下倒了一面 奶奶还在床上',
    '俺妈中风 在镇医院 要转县里 120说一个多钟头才能到 谁家有车',
    '三个孩子下水库游泳 就上来俩',
    '骑电动车的撞电线杆上了 躺那不动了 一脸血',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年桥上冲下去一辆车 人救上来了 桥到现在还没修',
    '西屋的墙塌了一半 幸亏没人住',
    '俺爸前年脑出血 现在能走了 就是医药费报不了',
    '孩子们下河游泳 上来了 都没事',
    '撞树上了 车头瘪了 人没事 保险咋报',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 26's model (about 900 quiet accusations learned from fourteen new writers, and the accusation model beside the
// category model) reads these three earlier look-alikes the other way; no guard for their kinds was found that did not cost
// accusations on the new writers' splits. Each is a known misreading, and fails here (so must move back) once read right.
// (The third, a transfer fee the company says was paid and the village says never came, read right from round 27 to round 31,
// is in the counted block below since round 32's retrain flipped it back.)
describe("understand: round 26's model, known misreadings", () => {
  // Round 31's network reads this one right.
  test('no accusation: 高龄补贴什么时候能领 去村委问 他们都说不知道', () => {
    expect(understand('高龄补贴什么时候能领 去村委问 他们都说不知道').misconduct).toBe(false);
  });
  // Round 34's model reads this one right, and round 35's (its first retrain did not); round 36's did not again (a gift with a
  // benefit in one message: the network's). Round 39 reads it by a kind, the money explained as a betrothal gift (keywords.ts).
  test('no accusation: 他家评上了 他说自己是按条件评的 送了五千块是给他闺女的彩礼 跟这没关系', () => {
    expect(understand('他家评上了 他说自己是按条件评的 送了五千块是给他闺女的彩礼 跟这没关系').misconduct).toBe(false);
  });
});

describe("understand: round 27, the new writers' missed emergencies read as kinds, and their look-alikes", () => {
  it.each([
    '俺妈说话一下子就含糊了 拿不住碗 是不是累的 要不要明天再去医院',
    '我爸突然胸口疼 喘不上来气 脸都白了',
    '桥上有个女的翻到护栏外头了 一直哭',
    '河上冰面咔咔响 裂了 几个孩子还在上面滑冰',
    '俺爹在山上放牛 腿摔断了 天快黑了 走不了',
    '后坡裂了道大口子 土一直往下出溜 屋后就是俺家',
    '坝顶裂了 往外渗水 水是浑的 越来越多 下面一屯子人',
    '东屋墙往外鼓 眼看就要倒了 俺奶奶死活不肯出来',
    '砖窑塌了 有个工人被压在底下 大伙在用手挖',
    '粉碎机把他胳膊绞进去了 血止不住',
    '生炉子睡的 早上起来屋里一股味 俺男人叫不醒 我也迷迷糊糊的',
    '哈哈 你们还在那唠嗑呢 俺家后墙塌了 俺婆婆压在底下了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺爸说话不利索好几年了 脑梗后遗症 能办残疾证不',
    '有人站在桥栏杆外面钓鱼 太危险了 能不能管管',
    '冰面裂了 幸亏孩子们都上岸了',
    '腿摔断了 在县医院住着呢 医药费咋报',
    '墙往外鼓了好几年了 啥时候能给危改',
    '去年粉碎机把手绞了 现在手指头还不能弯 工伤能认定不',
    '炉子有股味 开窗通风了 现在没事了',
    '求助 谁有搭电线 车打不着火了 零下二十度',
    '俺老公出去喝酒 天都黑了 电话打不通',
    '说是滑坡区 要搬 搬哪去也没个准信',
    '这几天后山老有石头往下滚 镇上来人看了 说是有人捡石头 不是山松了 心才放下',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 27, what a group passes on (news of a cadre punished elsewhere, a rumour denied, an impostor asked about) accuses nobody', () => {
  it.each([
    '转发：县纪委通报 邻县一个村书记挪用危改款被双开了',
    '外地有个会计贪了扶贫款被判了五年 大伙看看',
    '【辟谣】网传我镇低保要全部重评 经核实无此事 请勿轻信',
    '辟谣：有人说村里收每户三百修路钱 此为不实消息 村民无需交纳任何费用',
    '有个自称县民政局的打电话 说能给俺办低保 先交五百 这是真的假的',
  ])('%s is no accusation and no ticket', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    expect(u.complaint).toBe(false);
  });
  it.each([
    '辟谣说不收钱 可今天网格员挨家收了五十 也不给收据',
    '外乡有个会计挪用低保金被开除了 俺村会计也挪了咋没人管',
    '村主任挪用低保金被纪委通报了 可钱到现在也没退给俺们',
    '说是谣言 可低保名单上确实都是书记家亲戚',
    '有人说会计贪了 我看不是谣言 账上就是对不上',
    // (review: a villager who quotes a notice or the news and then tells their own wrong is never dropped as passing it on)
    '纯属谣言？村主任他小舅子家三口人都吃上低保了 大伙看看',
    '外地有个书记贪污被抓了 俺们这书记把救灾款发给他亲戚 谁管',
    '转：县纪委通报 外乡会计挪用低保金被开除 咱这儿会计也有这毛病',
  ])('%s still accuses', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['群里说低保要重评是假消息？俺家低保就被停了 咋回事'])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe('understand: round 27, everyday words the accusation forms read as a wrong, and the accusations told in the same words', () => {
  it.each([
    '有个村民因为宅基地对上门调解的村主任进行辱骂 还把他衣服撕了',
    '俺们屯那个光棍 天天去村部闹 昨天把会计桌子砸了',
    '我是村妇女主任 有人在群里说我贪了他家救助款 我没贪 账都在',
    '屯长家闺女下礼拜结婚 去的提前说一声 好安排车',
    '明天谁去县里 捎俺一段 俺给油钱',
    '俺在外地打工 选举那天得提前买票回去',
    '谁有驻村工作队小王的微信 推我一下',
    '俺收了人家两条烟 就给他把院墙砌好了',
    '救灾的大米先放在组长家 明天上午大家去他家领 一户一袋',
  ])('%s is no accusation', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '村主任带人到俺家威胁 说再往上告就让俺在村里待不下去',
    '书记家儿子结婚 全村干部都去了 酒席钱听说是从村账上走的',
    '支书家办满月酒 挨家挨户打电话让去 不去的往后发东西就没你份',
    '我收了他家二百块 就给他把低保报上去了',
    // (review: the abuse is an official's when an official does it — "by a villager" is the kind)
    '书记骂了会计一顿 转头把低保账本拿回他自己家了',
    '镇长对网格员进行辱骂 还让他把上访的人名单交出来',
    // (review: a cadre the rumour names who then names another official as the doer accuses that one)
    '网格员说我贪了 我没贪 钱都让书记拿走了',
    '救灾的大米放在组长家 一个月了也没让去领',
  ])('%s still accuses', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe("understand: round 27, holdout27's emergencies read as kinds after its one run, and their look-alikes", () => {
  it.each([
    '对门大爷三天没见出门了 院里的雪都没扫 敲门也不应',
    '锅炉那个罐子憋得鼓起来了 压力表打满了 眼看要爆 人都出来了',
    '俺爹早上上山砍柴 晌午就该回来 天都黑了 电话打不通 大伙都去找了',
    '沟里的水倒灌进屋了 隔壁老两口还在屋里 门推不开',
    '仨孩子去水库那边玩 俩回来了 还有一个没回来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '邻居老太太没动静两天了 敲门不应 后来问了 去她闺女家住了',
    '俺家锅炉压力表老是打到头 怕哪天炸了 能不能来人看看',
    '俺家老太太上山采蘑菇 还没回来 刚打电话说在她妹家吃饭呢',
    '去年那回水倒灌进屋 俺们都跑出来了 今年汛期前能不能把涵洞修了',
    '俩孩子去河边玩 一个找到了 还有一个没回来 后来在他姥姥家找着了 没事了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 28, new writers' missed emergencies read as kinds (winter, the phone, a threat posted), and their look-alikes", () => {
  it.each([
    '俺爹去甸子上找牛 刮白毛风了 打电话说迷路了 啥也看不见 手机快没电了',
    '闺女放学没回家 天都黑了 老师说早放了 大伙帮忙找找',
    '班里有个孩子在群里发了遗书 说今晚就不活了 谁认识他家长',
    '锅炉干烧了 炉膛都烧红了 烧锅炉的不在',
    '有个老太太在桥头雪窝里坐着 说不清家在哪 手都冻紫了',
    '俺娘打电话说了句摔了 然后就没声了 电话还通着',
    '孩子他爹喝多了要动手 俺领着孩子躲屋里把门插上了 他在外头砸门',
    '孙子把杀虫的药喝了一口 吐了',
    '房顶让雪压塌了 俺跟老伴在屋里 门挤住了出不去',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '那个说要跳河的小伙子找着了 在他姥家呢 没事 大伙放心',
    '俺爸去地里 下大烟泡了 迷道了 后来自己摸回来了',
    '孩子放学没到家 原来去同学家写作业了 找着了',
    '锅炉水烧干了 炉子烧坏了 得换个新的 多少钱',
    '俺妈摔了一跤 没事 电话里还说说笑笑的',
    '前夫喝完酒就上我家闹 砸门 报了好几回警了 能不能管管',
    '这抖音直播真上头 看了一宿',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 28, look-alikes the retrained model read as accusations, as kinds, and the accusations told in the same words', () => {
  it.each([
    '养老院的护工对俺娘说话难听 还推她',
    '屯里那个冷库 建好就闲置着 几十万白花了 钱花哪去了',
    '那人说他是镇上的干部 帮人办低保收钱 其实就是个骗子',
    '书记家的猫下崽了 谁要去抱 不要钱',
    '组长说老王把承包地转租了 不合规 要收回',
  ])('%s is no accusation', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['敬老院接收的头一个是镇长他老丈人 人家有退休金有仨儿子', '书记家儿子结婚 酒席钱听说是从村账上走的'])('%s still accuses', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe("understand: round 28's model, known misreadings", () => {
  // A fee the notice said was not due, charged anyway: no rule reads it and the complaint model doubts it (0.42–0.47), with or
  // without the notice named (辟谣通知说 / 通知说) — not the passed-on kinds' doing.
  test.failing('a complaint, read as chatter: 辟谣通知说不用交钱 俺家昨天还是被收了二十块修路钱', () => {
    expect(understand('辟谣通知说不用交钱 俺家昨天还是被收了二十块修路钱').complaint).toBe(true);
  });
  // A road claimed built and paid for, still dirt: the corpus's own wording ("村里说去年修了 …俺就不明白修哪去了") reads as an
  // accusation; without 村里 the model reads a road complaint.
  // Round 31's network reads it (修哪去了 after 钱也拨了) as one.
  test('an accusation: 路说是去年修了 验收也验了 钱也拨了 可那路还是土路 修哪去了', () => {
    expect(understand('路说是去年修了 验收也验了 钱也拨了 可那路还是土路 修哪去了').misconduct).toBe(true);
  });
});

describe("understand: round 28, holdout28's emergency read as a kind after its one run, and its look-alikes", () => {
  it.each(['俺婆婆跟俺吵架 说要喝药 瓶子都攥手里了 快来人', '老两口打仗 老太太闹着要喝敌敌畏 药瓶都拧开了 拦不住'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年他说要喝农药 瓶子都拿手上了 被俺们劝下来了 现在好了',
    '上回吵架她说要喝药 瓶子让我夺下来了 现在回娘家了 谁能给调解调解',
    '俺家农药瓶子放哪了 拿手上找半天',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 29, holdout28's false emergencies read as kinds after its one run, and the emergencies told in the same words", () => {
  it.each([
    ['我们村打的那眼新井 抽了半个月就不行了 水越来越小', 'a well pumped for half a month (抽了 is no fit)'],
    ['电动车充电那个棚子拆哒 现在家家户户从楼上吊根线下来充 迟早要出事', 'a line hung from upstairs (上吊 is no hanging)'],
    ['无人机打药从俺家菜园子上头过 辣椒茄子全打死了 找那个打药的 他说不是他', 'crops killed by a spray'],
    ['挖沙的把河底挖成一个一个大坑 今年已经淹死一个娃了 还在挖', "a hazard's toll told"],
    ['差点吓死 俺孙子刚才在塘边滑下去了 幸亏他爷在跟前一把拽上来了 这个塘边得围个栏杆啊', 'pulled out just now, nobody hurt'],
    ['我是莲荷村的 屋里田被淹哒 早稻全冇哒 有冇补助', 'fields flooded, relief asked'],
    ['来电人反映：竹园村通往乡里的漫水桥被洪水冲毁一半，目前村民只能蹚水过河，老人小孩出行困难，要求尽快修复。', 'a bridge washed out, a repair asked'],
    ['电线杆昨晚被大风刮歪 电线垂下来离地一米多 担心放暑假的小孩碰到', 'a line hanging low, feared'],
    ['我哥是精神病 一犯病就打人 家里俩老的管不了 能不能给送医院治治 家里没钱', 'an illness that flares, care asked'],
    ['爱莲街道那边是不是又淹哒 我朋友圈看到的 好吓人', 'news seen on 朋友圈'],
    ['@村声 古城村那个找不着的小孩找着了没 俺们在外地干着急', 'whether a missing child was found, asked'],
    ['下大雨那阵子后墙泡了 现在往外鼓 那屋都不敢睡人了', 'a room given up'],
    ['俺家水井塌了 井壁往里掉土 打不上水来了', 'a well caving in'],
    ['翻身村河边上谁扔的死猪 好几头 都臭了 下游还有人饮牛', 'carcasses dumped'],
  ])('%s is no emergency (%s)', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '挖沙的大坑里 刚才又掉下去一个娃 还没上来 快来人',
    '俺爹刚才犯病了 抽了 口吐白沫 叫不醒',
    '俺叔在仓房上吊了 刚发现 快来人',
    '邻居拿刀把人打死了 还在院里 快报警',
    '俺孙子刚才掉塘里了 拽上来了 脸发紫 不喘气',
    '水还在涨 田淹了 屋里也进水了 俺娘在炕上下不来',
    '桥被洪水冲垮了 有个车冲走了 人在车里',
    '电线断了掉地上 还冒火花 孩子在边上',
    '我哥精神病犯了 拿着刀追我爸 快来人',
    '屋里那面墙鼓了 刚才塌了 俺娘压在下边了',
    '俺家娃掉井里了 井壁还在掉土',
    '孩子找不着了 天黑了 还没找到 大伙帮忙找',
  ])('%s is still an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '挖沙的把河底挖成一个一个大坑 今年已经淹死一个娃了 还在挖',
    '差点吓死 俺孙子刚才在塘边滑下去了 幸亏他爷在跟前一把拽上来了 这个塘边得围个栏杆啊',
    '我是莲荷村的 屋里田被淹哒 早稻全冇哒 有冇补助',
  ])('%s stays a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe("understand: round 29, holdout28's chatter filed read as kinds after its one run, and the complaints told in the same words", () => {
  it.each([
    '喂 那个 我想问一下哈 我上礼拜打过电话 就是反映那个路灯的事 有没有人管啊 我就问问进度',
    '有会修水泵的没 我家那个抽不上水了 给钱',
    '听说脱贫户的政策过渡期快结束了 以后还有没有帮扶 有知道的没',
    '要给我们和谐路社区的小刘点个赞 我屋里老人家住院 她帮忙跑医保报销 跑哒三趟 一口水都冇喝我们的',
    '@村声 我想问下 反映问题是不是要实名 不实名管不管',
    '【马鞍社区】近日网上有人传言社区截留困难群众救助金，经核实，上半年临时救助共发放12户，名单已在公示栏公示，欢迎居民监督。',
    '@村声 古城村那个找不着的小孩找着了没 俺们在外地干着急',
    '爱莲街道那边是不是又淹哒 我朋友圈看到的 好吓人',
  ])('%s is chatter', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(false);
    expect(u.misconduct).toBe(false);
  });
  it.each([
    '有会修水泵的没 村里那个机井水泵坏了半年没人管 地都浇不上',
    '反映问题是不是要实名 我要举报村会计把低保钱贪了',
    '有知道的没 俺家低保咋停了',
    '要给小刘点个赞 不过社区那个主任天天不在岗 盖个章找不着人',
    '网上有人传言社区截留救助金，经核实，名单已公示，欢迎监督。可俺家的临时救助到现在一分没见 咋回事',
    '古城村那个丢了的小孩找着了没 都一天一夜了 派出所到底管不管',
  ])('%s stays a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe("understand: round 29, holdout29's missed emergencies read as kinds after its one run, and their look-alikes", () => {
  it.each([
    '大豆垛子着了 风贼大 往屯子这边刮 快叫消防车 合力村',
    '找人 我爸六十八 有点糊涂 昨天去赶集没回 骑个三轮 车上拉着两只鸡 在郭集一带 谁见了联系15237596402',
    '电线杆子让车撞歪了 线都快贴地了 噼里啪啦响 就在学校门口 长甸村',
    '俺娘老年痴呆 早上出去遛弯 到现在找不着了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年豆垛子着了 风大 烧了半个院子 保险不赔',
    '豆垛子怕着火 风大 大家注意',
    '俺爸有点糊涂 昨天去赶集没回来 在他姐家住下了 打电话说了 没事',
    '俺妈有点糊涂了 老忘关火 能不能申请个护理补贴',
    '电线杆子让车撞歪了 线还挺高 没啥事 供电所说明天来扶',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 29, the new writers' emergencies the retrained fit missed, as kinds, and their look-alikes", () => {
  it.each([
    '河里有人 快',
    '煤气 煤气 满屋子都是 我老伴晕了',
    '我娘吐血了 吐了好多 村医不在家 谁能帮着送一下',
    '暴雨中一根10千伏线路断落于村道积水处，附近有村民蹚水经过',
    '山塘水位已漫至坝顶，坝体中部出现裂缝并渗出浑水',
    '我儿子在工地干活 老板欠他工钱 他刚给我发信息说不活了 电话不接 我好怕',
    '被拖欠工资两年 现已在家中准备好农药 再不给钱就死给他们看',
    '墙倒了半边 剩下半边还在掉砖 底下就是娃们放学走的路 正放学呢',
    '村里的水塔歪了 底座裂了大缝 下面是几户人家',
    '水都漫到院墙根了 村部仓库的沙袋锁着 管钥匙的电话不接 上个月他拉了两车去自家鱼塘 这会儿要出人命了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '河里有人电鱼 快管管吧 鱼都电绝了',
    '去年煤气中毒晕倒过一回 今年装了报警器',
    '我屋里燃气卡充哒钱 插进去冇反应 燃气公司电话打不通 今天一天冇得火煮饭',
    '上个月俺爹吐血住了院 医保报了一半',
    '他喝多了说不活了 电话不接 睡着了 没事',
    '准备好农药了 给果树打的 明天上午打',
    '你要再不给钱 我就死给你看 哈哈 开玩笑的',
    '墙倒了半边 剩下半边还在掉砖 没人住 啥时候来拆',
    '水塔有点歪 底座裂了条小缝 下面是空地 找人来看看',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it('blood vomited is the clinic’s', () => {
    expect(understand('俺妈吐血了 一大口一大口的 120让俺们自己往外送 道上全是冰').category).toBe('medical');
  });
});

describe("understand: round 29, holdout29's false emergencies, chatter filed and false accusations read as kinds after its one run, and the real ones in the same words", () => {
  it.each([
    '镇上开会说的 谁家有意见可以提 俺提了 结果俺家那养殖补贴就卡住了 恁想想咋回事',
    '村里的账三年没公开了 俺们问 会计说账本叫水淹了',
    '救命 明天要下大暴雪 天气预报说的 赶紧囤菜',
    '【冬季安全提醒】近期气温骤降，请大家不要在密闭房间内使用木炭、煤炉取暖。如发现有人头晕、恶心、意识不清，立即开窗并拨打120。——高邑镇应急办',
    '下冻雨把我屋顶上的瓦压垮了几片 漏雨漏到床上 我一个老婆子爬不上去',
    '我家那个祖坟旁边 邻居在那挖沙 挖得好深 坟都快塌了 说他他不听 你们派人来看看',
    '听说石家园社区那边冻雨把树压倒了一大片 有人去看了没',
    '路中间挖开的排水沟未回填，前晚已有村民骑摩托车跌入受伤，要求尽快回填。',
    '俺们八个人在南阳给人家装钢结构 老板说甲方没给钱 一人欠一万多 过年他回来了 就是不给 恁说这咋弄',
    '楼下开了个麻将馆 从下午开到凌晨三点 还有人在门口吐痰骂街 这种能不能管',
    '支书被人打了 就为宅基地没批下来 打人的已经叫派出所带走了 唉',
    '镇里统一订的煤 到现在还没送 都零下二十度了 好几户老人屋里靠捡点树枝子烧',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '孩子卡住了 喘不上气 脸都紫了',
    '上游水库坝上有裂缝 让下游撤 好多老人走不动 快来人',
    '要账的来了 七八个人 把我家门砸了 拿着棒子 我老婆孩子在屋里',
    '老两口烧煤炉子 早上来一瞅俩人都迷糊了 已经抬出来了 120咋还没到',
    '大喇叭喊水库那边不行了 让往高处走 俺们这好几个老人走不动道 咋整',
    '排水沟没回填 刚才有人骑摩托掉进去了 现在还躺在沟里起不来',
    '坟地那边挖沙的坑塌了 把挖沙的人埋里头了',
  ])('%s is still an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '村里光伏收益今年每户八百 昨天打卡上了 大伙查查 有没到的来村部说',
    '今天镇里开会说了 年底前把拖欠农民工工资的事清一遍 有被欠的到村里登记 带上欠条或者聊天记录',
  ])('%s is chatter and accuses nobody', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(false);
    expect(u.misconduct).toBe(false);
  });
  it.each([
    '喂 我要告我家老二 他不给我养老钱 我八十一了 他说地给了老大 叫老大管 老大说老二 两个推来推去',
    '来电人反映：暖气片长期不热，室温仅十度左右，物业称系热力公司供热不足，热力公司称系小区管网问题，双方推诿已半个月。',
  ])('%s accuses no official', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.misconduct).toBe(false);
  });
  it('a list looked up accuses nobody: 村里低保名单咋查 网上能查着不', () => {
    expect(understand('村里低保名单咋查 网上能查着不').misconduct).toBe(false);
  });
  it.each(['村里低保名单咋查 名单上咋没有俺 都是他亲戚', '书记他哥和他弟推来推去 谁也不管', '社区主任跟物业推来推去 暖气片到现在不热'])(
    '%s still accuses',
    (text) => {
      expect(understand(text).misconduct).toBe(true);
    },
  );
});

describe("understand: round 30, the new writers' emergencies the retrained fit missed and holdout30's one, as kinds, and their look-alikes", () => {
  it.each([
    '喂你好我要报那个 吴家老太太 在河沟里 在河沟里趴着 哎呀你快点',
    '停电 俺爹那个呼吸机靠充电宝顶着 顶不了多久了 求求谁给想个办法',
    '电停了 家里冷 老头子吸氧机用不了了 快给来电 强国村',
    '我前夫把女儿从学校接走了 说要带去外地 我给他打电话他不接 他之前喝酒打过孩子 现在不知道在哪',
    '老舅家中煤烟了 人拉出来了 嘴唇发紫 还有气 120到哪了 谁去路口接一下',
    '我媳妇怀孕七个月 突然出学止不住 车陷雪窝子里了',
    '老板欠俺四万二 要了两年 俺现在就在楼顶上 今天不给钱俺就跳',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '鸭子在河沟里趴着不动 是不是病了',
    '呼吸机坏了 想问问医保能报不',
    '俺家停电了 俺老伴用那个制氧机 现在用的是备用的氧气瓶 还有一瓶 能不能先给俺这片送上',
    '前夫把孩子接走过周末 周日送回来',
    '楼顶上晾的被子让风刮跑了 就跳到隔壁院了',
    '广场舞在楼顶上跳 吵死了',
    '去年煤烟中毒 人拉出来了 现在好了',
    '煤烟了 人拉出来了 没事了 就是头疼',
    '我出学了 考上大学了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it('a breathing machine without power is the power office’s', () => {
    expect(understand('电停了 家里冷 老头子吸氧机用不了了 快给来电 强国村').category).toBe('infrastructure');
  });
});

describe("understand: round 30, holdout30's false emergencies, chatter filed and false accusations read as kinds after its one run, and the real ones in the same words", () => {
  it.each([
    '@村声 昨晚上西边那片地着火了 烧了得有二三十亩荒地 后来消防来给打灭了 现在还冒烟呢',
    '今天早上的那个煤气味是楼下装修的油漆 已经没事了 大家别担心',
    '水缸村这边有人放火烧荒 风一刮烟都进屋了 老人咳嗽一宿',
    '俺家大儿子在外头开大车 出车祸没了 就剩俺老两口带俩孙子 这日子咋过',
    '我们屯子有几户人家的房子就在河沿上 每年开春冰排一下来就吓人 去年还冲走了一个仓房',
    '俺家那老房子 冬天压了一冬天雪 房盖往下塌了一块 檩子都断了 天暖和了得赶紧修',
    '6号楼单元门口那井盖子没了 黑乎乎一个大窟窿 晚上谁瞅得着啊 赶紧来人整整',
    '何庄那个养猪场 雨一下粪水全冲到沟里 臭得人没法活 举报多少回了',
    '停水三天了 说是水厂泵站叫淹了 啥时候能来水',
    '沈庄村小学的围墙 叫雨泡倒了 今儿幸亏放假 开学前能修好不',
    '七里岗那边办喜事 放炮放了一个钟头 差点把人家麦秸垛点着 纸屑子到现在还没人扫',
    '泉河村嘞 今天有人在泉河边上炸鱼 轰一声 吓死人了',
    '桥南社区地底下自来水管子冻裂了 一化冻往外冒水 道上都成冰了 也不见有人来修',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '西边那片地着火了 消防还没来 火往屯子这边烧',
    '煤气味越来越大 楼下装修的说不是他们 老太太在屋里晕了',
    '有人放火烧俺家柴火垛 火都上房了 快来人',
    '俺儿子出车祸了 人还在车里 卡着出不来',
    '冰排下来了 河沿上那几户房子进水了 老人还在屋里',
    '房盖塌了 俺娘压在底下了',
    '井盖子没了 刚才有个孩子掉进去了 快来人',
    '地下室水管子爆了 水喷的哗哗的 电闸也在那 俺不敢下去',
    '围墙叫雨泡倒了 砸着两个学生',
    '放炮把人家麦秸垛点着了 火越烧越大',
  ])('%s is still an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '你好 我想投诉 但是不知道该找谁 我先问问你们能管啥',
    '假的 别信 昨天那个说镇长让交钱办什么养老补贴的 是骗子 冒充的 已经报警了',
    '咱屯子谁知道 这合作社入股的分红今年还有没有了 去年给了三百',
    '各位家长：暑假将至，严禁学生私自下河下塘游泳，请看管好自己的孩子，发现险情及时拨打110。',
    '下湾村那个书记 人是真不错 去年冬天俺家没煤了 他自己拉来半车',
  ])('%s is chatter and accuses nobody', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(false);
    expect(u.misconduct).toBe(false);
  });
  it('an impostor asked about accuses nobody: 有人挨家挨户说是民政局的 …还要交50手续费 是真的不', () => {
    expect(understand('致富村有人挨家挨户说是民政局的 给登记高龄补贴 要身份证和银行卡 还要交50手续费 是真的不').misconduct).toBe(false);
  });
  it.each([
    '咱屯子谁知道 合作社的分红今年还有没有了 会计说钱都垫了村部的账 俺们一分没见',
    '下湾村那个书记 人是真不错 就是低保名单上全是他亲戚',
    '村里通知让看管好自己的孩子 可村主任自己家的鱼塘连个栏杆都不围 去年淹死一个',
  ])('%s still complains', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

describe('understand: review of rounds 27–30, an accusation told beside the new look-alikes still accuses (the accused township must not get it)', () => {
  it.each([
    // a payout announced, then one's own share kept back
    '每户八百 昨天打卡上了 有没到的来村部说 会计把俺家的扣下了',
    // what the office covers asked after the accusation
    '村主任贪了低保钱 我先问问你们能管啥',
    // a cadre's kin praised for the work, with the favour told
    '会计把低保名额给了他闺女 他闺女干活挺利索',
    '村主任让他小舅子包了修路的活 活干得挺漂亮 钱是别人的三倍',
    '包工头是书记的舅子 干活挺细 就是村里修路的钱他多要了一倍',
    // kin or companies passing a fault, with an official's take told
    '老大老二推来推去 村主任收了老大两条烟 说不用他管',
    '物业跟开发商推来推去 开发商是书记的小舅子 收了好处',
  ])('%s', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(true);
    expect(u.complaint).toBe(true);
  });
});

/**
 * Round 31 replaced the logistic regressions of category, complaint and accusation with a network of one hidden layer
 * (linear.ts), chosen because on writers held out of training it read 3–5 points more categories right, caught more
 * accusations and dropped fewer complaints for about as many false flags and as much chatter filed (docs/classifier.md,
 * "Round 31"): on four new writers asked for exactly these look-alikes (cadres named and nobody accused, private doers,
 * private life, meals and money; dev81–84) it flagged 43 of 373 falsely against the regression's 53 of 345. It is surer than
 * the regression was of short plain lines naming a cadre or a benefit, and these probes from earlier rounds, which the
 * regression read right (mostly by doubting they were complaints at all), lie on its boundary: which of them it misreads
 * changes from one training to the next (two trainings with the same settings, a few rule features apart, disagreed on 15),
 * so they are held as a count, not one by one. The count is the shipped model's; a retrain that misreads more fails here.
 * (Requiring a grievance or a question of the network's readings alone read 16 of 30 of them right but cost 22 of 397
 * accusations on dev74–77 for 4 false flags fewer: not taken.)
 */
const ROUND31_PROBES: [text: string, reading: 'no accusation' | 'an accusation' | 'a complaint' | 'chatter' | 'no emergency'][] = [
  // Round 33's own look-alike, flipped by its second retrain (the model, not the rule, reads the 停 of a father's threat).
  ['儿子不听话 就停他零花钱', 'no accusation'],
  ['我跟村主任是亲戚 他说这事归镇里管', 'no accusation'],
  ['这事不是我签的字 你找会计去', 'no accusation'],
  ['这个月事多 实事一件没干成 光忙着秋收了', 'no accusation'],
  ['这事得找人 你去找村会计 他管这个', 'no accusation'],
  ['俺儿子一年到头没见过他人影 打电话从来不接 养儿有啥用', 'no accusation'],
  ['选举注意事项：选票由本人填写，不得代填代投。', 'no accusation'],
  ['书记一年到头在村里 一年开两次会', 'no accusation'],
  ['会计把俺家地补领了 转头就给俺送来了', 'no accusation'],
  ['侄子当上村委委员了 今年请全家吃饭', 'no accusation'],
  ['村主任把俺家的补贴领了 给俺送家来了', 'no accusation'],
  ['物业经理是社区主任的侄子 灯坏了当天就换', 'no accusation'],
  ['银行把俺的补贴打到别人卡上了 网格员帮俺去银行查了', 'no accusation'],
  ['交了三百 收据上写的三百 没问题', 'no accusation'],
  ['厂里迟到一回罚五十 罚完票也不开', 'no accusation'],
  ['我去医院跑了五趟 每回都是这句话 让多喝水', 'no accusation'],
  ['评上的都是真困难的 俺们服气', 'no accusation'],
  ['一年到头见不到人的是我那在外打工的儿子', 'no accusation'],
  ['书记他儿子在外头开厂 买了辆新车 一年挣几十万 人家有本事', 'no accusation'],
  ['俺家电表挂在主任家墙上 那一排的表都在那', 'no accusation'],
  ['我在窗口排队 等得无聊嗑了一把瓜子', 'no accusation'],
  ['没随礼 被他家亲戚说了一顿', 'no accusation'],
  ['村委会进了贼 会计的电脑和公章都被拿走了', 'no accusation'],
  ['去村部问低保 会计说下礼拜评 说完就把门关上出去开会了', 'no accusation'],
  ['我儿子上学的事找村主任盖章', 'no accusation'],
  ['村主任开公车送病人去医院', 'no accusation'],
  ['书记他儿子开着自家车去兜风', 'no accusation'],
  ['村委那台车 书记儿子开着送王奶奶去医院了', 'no accusation'],
  ['银行的贷款压了半年 说等领导签字', 'no accusation'],
  ['城管罚了我两百块 罚款单给了 我认了 是我占道', 'no accusation'],
  ['书记家门口的雪是他自己扫的 扫得溜光 俺们也该自己扫扫', 'no accusation'],
  // a rumour "stopped", then a cadre accused: 假的 别信 reads as chatter whatever follows (without it, an accusation)
  ['假的 别信 书记说的补贴根本没发 钱让他自己拿了', 'an accusation'],
  ['说句公道话 咱们书记是真办事 可是低保的事到现在还没给答复', 'a complaint'],
  ['天气预报说今晚有暴雨 俺家房顶还漏着 到现在没人修', 'a complaint'],
  ['【辟谣】说俺村低保要全部重评是假消息 可俺家的低保这个月就停了', 'a complaint'],
  ['俺家三个月没回老家了', 'chatter'],
  // the learned emergency net (unchanged) needs a complaint; the network's complaint head reads one here, the regression did not
  ['俺家孩子发烧三十八度 没抽筋 吃了退烧药', 'no emergency'],
  // Round 32: four earlier probes that round 31's network read right and its retrain with holdout30 and holdout31 folded in
  // (dev85–86) does not; the readings sat at 0.6–0.9 against thresholds of 0.7–0.8 and moved by 0.1–0.2.
  ['感谢书记帮忙 不过俺家的补助到现在还没下来', 'a complaint'],
  ['名额满了 明年再报吧 他侄子也没评上', 'no accusation'],
  ['学校里大孩子抢他的零花钱 不给就打 校长也不在', 'no accusation'],
  ['光伏收益每户八百 昨天打卡上了 俺家一分没到 会计说俺家的顶了村里的账 俺家啥时候欠村里钱了', 'an accusation'],
  // and four more that the second retrain (dev87–91 folded in, a rule or two changed) flips
  ['我们村选举投票是明天 选票上要写清楚名字 别写错了', 'no accusation'],
  ['银行窗口那女的玩手机 俺等了一个钟头', 'no accusation'],
  ['村会计借了俺三千块钱 到现在不还', 'a complaint'],
  ['公司讲流转费早转给村委会了 村委会讲冇到账 我们找哪个', 'an accusation'],
  // and one the third (the fit's emergencies as kinds) flips, and three the fourth (the false emergencies as kinds)
  ['五保老人的存折村里代管 每月按时取钱给他买米买油', 'no accusation'],
  ['村主任的同学今天来村里看他 俩人喝了顿酒', 'no accusation'],
  ['村长的亲表弟结婚 请全村喝喜酒', 'no accusation'],
  ['快递员门都没进 放门口就走了', 'no accusation'],
];
const readsRight = (text: string, reading: (typeof ROUND31_PROBES)[number][1]): boolean => {
  const u = understand(text);
  if (reading === 'no accusation') return !u.misconduct;
  if (reading === 'an accusation') return u.misconduct;
  if (reading === 'a complaint') return u.complaint;
  if (reading === 'chatter') return !u.complaint;
  return u.urgency !== 'emergency';
};
/**
 * Misread by the shipped model (round 34's: 34 of 49; round 33's 32 of 49; round 32's 34 of 48; round 31's read 30 of the first
 * 36 wrong): at most this many of ROUND31_PROBES. Two seeds of the same settings, trained without the held-out splits, misread
 * 21–29 of the first 40, and round 32's four retrains 28–35 of those then in the block. (Round 34's second retrain read at most 32;
 * its third, the shipped one, after rule features changed on five corpus rows, 34: a re-roll, kept rather than chosen by probes.)
 */
const ROUND31_MISREAD = 34;

describe("understand: round 31's network and the probes the regression of rounds 1–30 read right", () => {
  test(`misreads at most ${ROUND31_MISREAD} of the ${ROUND31_PROBES.length}`, () => {
    const wrong = ROUND31_PROBES.filter(([text, reading]) => !readsRight(text, reading)).map(([text, reading]) => `${reading}: ${text}`);
    expect(wrong.length <= ROUND31_MISREAD ? [] : wrong).toEqual([]);
  });
  test('reads at least the plain ones right', () => {
    // The same kinds told plainly stay right whatever the training: a cadre's errand of mercy praised, a payout handed over.
    expect(understand('昨天老王突发脑梗 村主任开着村里的车把他送到县医院 多亏了他').misconduct).toBe(false);
    expect(understand('村主任把补贴领回来了 一分不少都给俺送家来了 谢谢主任').misconduct).toBe(false);
  });
});

describe("understand: round 31, the new writers' missed emergency, the fit's and holdout31's four, read as kinds, and their look-alikes", () => {
  it.each([
    '@村声 贾楼乡瓦房村 村主任带着俩人拿着铁锨正在俺家地头打俺爹 说俺爹告他 俺爹头破了 快叫人来',
    '邻居拿着铁锨追着俺男人打 快来人啊',
    '俺爹让人打得头破了 血还在流 快报警',
    // the fit's one new miss: a family kept in a house whose roof is half torn off, the beams swaying
    '大风把俺家房盖掀了一半 房梁在晃 俺们一家子窝在西屋墙角 外头还刮 出不去 同乐村 谁来帮帮',
    '屋顶让风掀了 房子咔咔响 老两口困在里屋出不来',
    // holdout31's four, after its one run
    '来电人反映：其在地里往回拉苞米时，邻居家兄弟二人因地界问题持镐把、铁锹将其丈夫围住殴打，双方现仍在地头对峙，要求立即出警。地点：东丰县大阳镇长乐村。',
    '我家老头喝多了 出去撒尿一头栽雪堆里 拽回来浑身冰凉 叫也不吭声',
    '小孩骑车摔了 脑袋磕地上 直抽抽 在甲山村学校门口',
    '老伴中风了 倒在厕所 急 盘古乡卧牛山村',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '他拿着铁锨去地里了 晌午回来吃饭',
    '去年跟人打架头破了 缝了五针',
    '孩子磕了一下 头破了 擦了点碘伏 没事了',
    '房梁有点晃 等天晴了找人来加固一下',
    '昨晚风大 房子直晃 吓得一宿没睡 早上起来看没啥事',
    '去年他持铁锹打人 判了三年',
    '他持铁锹在门口清雪 打扫得挺干净',
    '喝多了栽雪堆里 拽回来浑身冰凉 叫也不吭声 灌了碗姜汤缓过来了',
    '孩子摔了一跤 磕了头 哭得抽抽搭搭的',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 32, holdout32's two missed emergencies and holdout33's one read as kinds after their one run, and their look-alikes", () => {
  it.each([
    '老伴出去捡柴火一天没回 七十六了 腿脚不好 新华村 刘淑珍',
    '俺妈八十二了 早上出门遛弯 一下午没回 村里都找遍了',
    '隔壁空房子的墙往路这边倒 已经倒了一半 下面是上学的路 伢子们正在走',
    // holdout33's one, after its one run
    '北安社区这边 平房一片着了 风太大 已经三家了 消防车还没到',
    '后院仓房着了 火苗子往房子这边窜 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  // Choking, on a coin or on food, is the clinic's as the writers label it (15 to 4); the network's reading of it flipped.
  it.each(['娃吞了个硬币 卡着喘不上气', '俺爷吃饭噎住了 脸憋得通红喘不上气 刘岗村 急', '我奶奶让鱼刺卡住了 喘不上气 脸都憋紫了'])(
    '%s is a medical emergency',
    (text) => {
      const u = understand(text);
      expect([u.urgency, u.category]).toEqual(['emergency', 'medical']);
    },
  );
  it.each([
    '老伴出去打麻将一宿没回 电话也不接 又输钱了',
    '俺爹七十了 出去赶集一天没回 后来打电话说住他闺女家了',
    '老伴出去打工一年没回 七十了还出去干活',
    '那堵墙往路这边歪了好几年了 孩子天天从底下过 哪天倒了砸着人咋整',
    '墙往路这边倒了一半 下面是上学的路 开学前得赶紧修',
    '村头那堵墙往道上倒了 砸坏一辆三轮 人没事',
    '吃饭噎住了 喝口水就好了',
    '俺娘噎住了 拍了半天吐出来了 没事了',
    '房子着了 幸亏扑灭了 没伤着人',
    '去年俺家仓房着了 风一刮烧了半垛柴火 到现在保险也没赔',
    '他着了凉 发烧 风一吹就咳嗽',
    '上回着火 消防车还没到 火就自己灭了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 32, hearsay asked after (听说 … 是真的不) is chatter, not an emergency', () => {
  it.each(['听说隔壁村房子着了 是真的不', '听说南何庄村有人烤火中毒 是真的不 人咋样了'])('%s', (text) => {
    const u = understand(text);
    expect([u.urgency === 'emergency', u.complaint]).toEqual([false, false]);
  });
  it('a fire at home asked about is still one: 快来人 俺家房子着了 是真的 火还在烧', () => {
    expect(understand('快来人 俺家房子着了 是真的 火还在烧').urgency).toBe('emergency');
  });
});

describe("understand: round 32, the new writers' emergencies the retrained fit missed (dev88–91), as kinds, and their look-alikes", () => {
  it.each([
    '我闺女放学没到家 都六点了 学校说四点就放了 同学说看见她在河边玩 我们是孟家岭镇四台子村的',
    '来电人反映：郭家店镇四大家村一食品加工点内，一名女工右手被压面机卷入，机器已断电但手仍卡在辊子中间，出血较多，请求急救和消防破拆。',
    '化龙村村部前面那根水泥杆子 让大车挂了 斜着呢 电线还有电 耷拉到道上了 过路的车都在绕 谁给供电所打个电话',
    '大雪封道出不去 老头脚冻坏了 发黑 九龙村',
    '喂 那个 我们村 我们村有个老汉赶牛车过铁道 牛车卡轨道上了 火车马上要过来了 在双城子村这边 赶紧通知铁路',
    '大水把路冲断了 我们班车过不去也回不了头 车上二十来号人 水漫到轮胎一半了 在柳河村往铜山去的路上',
    '喂 我跟你说 我姑娘跟她对象吵架 现在站在河堤上 要往下跳 水老大了 我们在老山头村河边 你们快点',
    '老公放羊 遇上白毛风 脚冻僵了走不动 在山里 手机快没电了',
    '@村声 我们这边内涝 好几户进水 一个瘫在床上的老人还没转出来 水到床沿了',
    '我爸去地里浇水一直没回来 电话打通了没人接 地头井房有电 我怕他出事了 我在外地回不去 家在石头河村 能帮我找人去看看吗',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年他手让绞肉机卷进去了 缝了十几针',
    '衣服袖子让机器卷住了 幸亏及时拽出来了 就破了点皮',
    '班车过不去了 路让水冲断了 俺们绕道走的',
    '脚冻伤了 卫生院给上了药 好多了',
    '去年冬天雪封道 俺爹脚冻坏了 现在走道还瘸',
    '牛车卡在铁道上了 火车还得半个钟头才来 大伙推下来了',
    '化龙村那根电线杆子让车挂歪了 斜着呢 线没断 啥时候来扶一下',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 32, the new writers' false emergencies read as kinds (dev85–91), and the real ones in the same words", () => {
  it.each([
    // 救命 sighed over an everyday matter
    '救命 婆婆今天又来催生了',
    '救命 随份子随到要破产 这个月已经第七份了',
    '救命 粽子包成啥形了都 我婆婆说我包的像块砖头',
    // a price cut; whether the bot takes emergencies
    '跳楼价 大白菜三毛一斤 要的来村东头 晚了没了',
    '问一下 这个号能打120吗 我怕以后有啥急事',
    '这个村声能报警不 还是得打110',
    // a rumour denied; hearsay asked in Hunan speech; a rescue told after in Hunan speech
    '群里传的水库要垮是谣言 水利站的人刚看过 坝体没事 大家别转发了',
    '听港莲荷村昨天有细伢子落水 是真的啵 救起来冇',
    '昨天掉塘里那个伢子救上来哒 冇得事 多亏了刘师傅',
    // a card lost, not a person; a wandering from before
    '残疾证让我家孙子给弄丢了 补办得多长时间 补办期间那个补贴还发不',
    '我家老人走丢过一回 现在给他买了个定位手表 几十块钱 推荐大家也买一个',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '救命',
    '救命啊！！',
    '救命 快来人',
    '救命 俺家娃',
    // (review: a cry before a person or a harm no rule names is still one; only an everyday matter makes it a sigh)
    '救命 我爸不行了',
    '救命 我儿子呢',
    '救命 俺家老头子说胡话',
    '救命 他们在砸我家门',
    '救命啊 我老伴脸都青了',
    // (review: a rumour denied is hearsay; a danger said to be no rumour is not)
    '水库要垮了 不是谣言 快跑',
    '大坝决口了 不是谣言 水已经进村了',
    // (review: a thing lost beside a person lost now; pulled out in Hunan speech and still not come round)
    '赶集人多 手机丢了 俺娘也走丢了 七十多了',
    '俺爹走丢过一回 这回又走丢了 天都黑了',
    '伢子掉塘里哒 拉上来哒 还冇醒 嘴巴都紫哒',
    '救命啊 我们这外墙施工 吊篮一根绳子断了 俩工人吊在半空中晃',
    '他要跳楼 救命',
    '俺家老头走丢了 到现在没回来 天都黑了',
    '我们组上有户人屋里起火哒 火好大 消防车还冇到 人救出来哒 屋还在烧 隔壁几家人也怕烧过来',
  ])('%s is one', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe("understand: round 33, the new writers' emergencies the round-32 model missed (dev95, read once), as kinds, and their look-alikes", () => {
  it.each([
    '俺爹在家吸氧 停电了 氧气机不转了 他喘得直翻白眼 备用那瓶氧气也快没了 啥时候来电啊',
    '停电了 俺娘那个制氧机停了 憋得嘴唇都紫了 黄土坑村',
    '有个喝醉哩睡在路中间了 天黑 车来车往哩 俺拉不动他 在马谷田镇去孙庄村那段',
    '高压线掉到田里了 田里有水 隔壁屋里的牛已经电死了 几个伢子还在田埂上跑来跑去看',
    '线落到水田里 电死了一头牛 谁赶紧给供电所打电话',
    '伢子哮喘发了 喷雾用完了还是喘不赢 嘴巴发紫 我们在去医院的路上 能不能叫医院准备',
    '孩子哮喘犯了 一直喘不上气 嘴唇发紫',
    '我崽今天在石桥街道那个学校放学冇回来 学校讲四点半就走了 现在九点了 电话手表关机了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '上回停电 制氧机停了 幸亏有氧气瓶 这回能不能提前通知',
    '俺爹在家吸氧 老停电 能不能给线路改改',
    '昨晚有个喝醉的睡路上 幸好家里人给领回去了',
    '村口小卖部天天有人喝醉 躺路边 看着闹心',
    '去年高压线掉地里电死了俺家一头牛 到现在没赔',
    '伢子哮喘 药太贵 医保不报 咋整',
    '我妈有哮喘 一到冬天就憋得慌 能不能给办个慢性病卡',
    '在家吸氧 老停电 喘得厉害 能不能给线路改改',
    '孩子哮喘犯了 喷了药好多了',
    '学校放学太早 孩子没到家前没人管',
    // holdout34's one false emergency read as a kind after its one run: a boss who ran off with the money
    '来电人反映：其所在的九人装修队在洛阳洞社区一处楼盘做工，包工头携款失踪，拖欠工钱七万余元，已向劳动监察部门投诉，至今未有结果。',
    '包工头卷款跑了 俺们二十多人的工钱咋整',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 33, accusations told sideways (a gift by its brand, drink asked after on a visit, a benefit stopped unless obeyed, a deposit for a public post, spending not believed)', () => {
  it.each([
    '管低保的那个 我去问了三回 每回讲材料不齐 隔壁屋里送了两条芙蓉王 第二个月就批哒',
    '俺家低保 说是每年复核 今年复核的那个人 来了先问俺家有酒没',
    '管低保的那个上俺家来复核 进屋第一句话问俺家有没有好酒 这啥意思 大伙寻思寻思',
    // holdout34's, after its one run: a benefit stopped unless one does as told; a deposit for a public post; spending not believed
    '我家是低保户 村里让我去扫大街 不去就给停低保 扫大街也不给钱',
    '不签字就取消低保 村里说的',
    '今年招的公益岗 村里说要先交五百块钱押金 说干满一年退 问了别的村都没这一说',
    '社区搞的那个老旧小区改造 外墙刷了一遍漆 讲花了两百多万 哪个信咯',
    '防汛的沙袋去年说花了一万多买的 今年一看仓库里就几十个 说去年用了 去年哪下大雨了',
  ])('%s', (text) => {
    const u = understand(text);
    expect([u.category, u.complaint]).toEqual(['misconduct', true]);
  });
  it.each([
    '过年送了两条中华给俺老丈人 他可高兴了',
    '亲戚来了先问有酒没 喝到半夜',
    '入户登记的来了 先问家里几口人 有没有外出打工的',
    '养老保险不交就停养老金吗',
    '材料送到利群社区 当天就办了 真快',
    '拿着红塔山小学的证明 当天就办了',
    '消防检查的来了 进门就问有没有烟花爆竹 让收好',
    '安全检查的来了 进门就问有没有烟感报警器',
    '当上护林员了 每月要交五十块钱保险 是不是真的',
    '报名公益岗要先交两百块钱体检费吗',
  ])('%s is not', (text) => {
    expect(understand(text).category).not.toBe('misconduct');
  });
});

describe('understand: round 33, a prohibition posted with a call to report and a rumour told as one are no accusations, unless a villager turns', () => {
  it.each(['选举前严禁拉票贿选，发现请举报。', '网上有人造谣说我们村主任收了红包 主任已经报警了'])('%s is chatter', (text) => {
    const u = understand(text);
    expect([u.category, u.complaint]).toEqual(['other', false]);
  });
  it.each([
    '严禁乱收费 发现请举报 可村里照样每户收五十',
    '有人造谣说我们村主任收了红包 可我亲眼看见他收了',
    // (review of round 33) the report told after the notice; the "rumour" the writer vouches for
    '选举前严禁拉票贿选，发现请举报。昨天书记挨家发了五十块',
    '有人造谣说村主任收了红包 我看是真的',
    '有人造谣说书记贪了低保钱 我亲眼看见的',
  ])('%s is an accusation', (text) => {
    const u = understand(text);
    expect([u.category, u.complaint]).toEqual(['misconduct', true]);
  });
});

describe("understand: round 33, the new writers' false emergencies read as kinds (dev95), and the real ones in the same words", () => {
  it.each([
    // a faint that nearly came and did not
    '俺们白牛村卫生所夏天连个空调都没有 昨天排队量血压那屋跟蒸笼似的 老孙头差点晕过去 扶出去灌了瓶水才缓过来 这咋也得整个空调吧',
    '社区卫生服务站那个输液室冇得空调 一台吊扇还是坏的 前天我外公在里面打吊针 热得脸发白差点昏过去 讲了好几次哒',
    // a well's platform caved in
    '俺家院里那口井 井台让水冲塌了半拉 泥汤子顺着往井里灌 打上来的水黄了吧唧的 一家老小没法吃',
    // a seepage inspected, under repair or years old
    '俺们长江村屯后那小水库坝底下渗水 水利站上个月来人看了说在修 修俩月了还是那样 下大雨前能完事不',
    '大坝渗水咋还没修完',
    '那丹伯镇向阳村 村里那个老水库 渗水渗得坝下面地里都是泉眼子 一直这样好几年了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '俺奶奶差点晕过去 现在躺地上叫不醒 快来人',
    '差点晕过去了 现在喘不上气 嘴唇发紫',
    '井台塌了 孩子掉井里了 快来人',
    '水库坝渗水 水利站来人看了 现在越渗越大 冒浑水了 快通知下游',
    '坝上渗水 来人看了说没事 可这会儿水还在涨 坝脚冒水了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe("understand: round 33, the last writers' missed emergencies (dev97–98) and one the learned net let go, as kinds", () => {
  it.each([
    // a fur hat in the description is no animal gone astray
    '我老爹早上出去遛弯到现在没回来 八十二了有点糊涂 蓝棉袄狗皮帽子 谁在屯子边上看着了 13904346218',
    // a seepage just begun with people sent for now, though the dam was "reinforced" last year
    '谢姜村后头山塘坝上开始渗水哒 下面住咯十几户 你们快点派人来 去年港加固花咯二十万 都是村长屋里人做的 就糊咯一层水泥',
    // a mud wall bulging and dropping earth with an old person inside who will not come out
    '奶奶住的那间老土房 后墙往外鼓 刚刚掉土块子 奶奶不肯出来 说死也死在自己屋里 村干部电话打不通',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺家羊早上放出去到现在没回来 狗也跟着跑了',
    '坝上有点渗水 不多 心里不踏实 能不能派人来检查检查',
    '后墙往外鼓 去年掉过土 奶奶不肯搬 能不能给申请危房改造',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 34, an alarm told after a notice, a question, a joke or small talk is read alone (dev103)', () => {
  it.each([
    '温馨提示：天冷了注意防火。另：俺家隔壁老张家炕洞子着了 人还在屋里 快来人',
    '通知收到。还有个事 我家楼下锅炉房嘭的一声冒黑烟了 有人没出来',
    '是不是停电了？门口那根线让风刮断了 掉地上滋滋冒火 孩子在边上',
    '哈哈今天苞米价不错 …等会 村东头冒烟了 老李家就他一个瘫炕上的',
    '通知 今天 河水已经漫进屯子了 快撤',
    '紧急通知！现在上游水库在泄洪 河边的人马上往高处走',
    '这不是开玩笑 水库那边真有人喊救命 船翻了',
    '【紧急通知】各位乡亲注意，东头老王家柴火垛着了，火已经烧到房子上了，他老伴还在屋里',
    '问个事 低保啥时候发？哦不对 先说急的 俺爹刚吐了好多血 现在喘不上来',
    // told days ago and still coming down: the slope that slid against the house, rain again now, the family indoors
    '我们屋后头那个山 前几天落雨 垮了一块下来 堆在我家后墙那里 现在又在落雨 我怕 我一家人都在屋里',
  ])('%s is an emergency', (text) => {
    const u = understand(text);
    expect([u.urgency, u.complaint]).toEqual(['emergency', true]);
  });
  it.each([
    '转给大家看看：《冬季防火常识》1.不要在楼道充电；2.发现着火了立即拨打119。',
    '温馨提示：注意防火。去年咱村老张家炕洞子着了 人差点没出来',
    '紧急通知：明天上午九点防汛演练，听到锣声马上往高处撤。',
    '通知 明天 河水可能漫进屯子 请提前撤离',
    '紧急通知 今晚河水可能漫进屯子 大家做好准备',
    '通知：有人掉进冰窟窿的 立即拨打110',
    '通知收到。另：我家锅炉去年爆过一回 今年能不能给换个新的',
    '手机刚才掉进粪坑了😭 谁有旧手机',
    '开玩笑的 水库那边没人喊救命',
    '提醒大家下雨别往河边去 那年有个孩子被冲走了',
    '屋后的山去年垮了一块下来 一直没清 能不能给清一下',
    '后山的土滑下来一点 停在屋后墙外头 没撞到屋 今天请人清走了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 34, alarms the rules had missed in the new writers (dev101–103) and holdout35 after its one run, and their look-alikes', () => {
  it.each([
    // a question is no denial: "是不是着火了" had read as "不是着火"
    '西边天都红了 是不是着火了 离咱屯子也就二里地 风往这边刮 咋整',
    '我爸刚咯了好多血 现在喘不上来',
    '大家伙注意点啊 漫水桥上水没过桥面了 一辆面包车冲下去了 司机在车顶上站着呢',
    // holdout35's, after its one run: someone still inside a house half down
    '救命 屋顶的大梁断了 塌了半边 我爹在里面还没出来',
    '仓房的墙塌了 俺娘在里头还冇出来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '是不是着火了？哦 不是着火 是烧纸',
    '西边烧荒呢 风往这边刮 烟呛人',
    '去年山上着火 风往村里刮 吓死了',
    '俺们屯子房子在河沿上 每年开春冰排一下来就吓人 去年还冲走了一个仓房',
    '咳嗽好几天了 痰里有点血丝 明天去卫生院看看',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 34, look-alikes of the accusation forms (a family occasion, one’s own spending, one’s own fault), and the accusations told in the same words', () => {
  // (The network still reads "他说他那车花了二十万 谁信" and "给俺爹送了两瓶酒 第二天就给他办了寿宴" as accusations; the forms no longer
  // do: classifier.test.ts.)
  it.each(['她那身貂花了两万 谁信', '我说了要去交材料 后来补贴审核没通过 是材料不全 我再补一份'])('%s is no accusation', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '送了两瓶酒 村长马上就给批了宅基地',
    '村里说修那段路花了二十万 谁信',
    '去民政所交低保材料 每回都说材料不全 我补了三回了 还说缺东西',
    '补贴审核没通过 说是材料不全 我再补一份 可窗口那个人说补了也白补 除非拿两条烟',
    // (review) the look-alike's words taken out, an accusation told beside them still reaches the commission, not the accused
    '审核没通过 是材料不全 我再补一份 可会计把救灾款都贪了',
    '审核没通过 是材料不全 我再补一份 可会计把救灾款揣自己兜里了',
    '组长家办满月酒 烟酒钱开的是村里的发票',
    '送了红包 当天就给办了喜事的证明',
  ])('%s is an accusation', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe("understand: round 34, the new writers' false emergencies read as kinds (dev103), and the real ones in the same words", () => {
  it.each([
    '刚才咱村东头着火了 消防车已经来了 火灭了',
    '@村声 你好 打119和打你们哪个快',
    '问一下 家里老人走丢了应该先报警还是先找村里',
    '村部那个灭火器都过期三年了 真着火了啥用没有 能不能换换',
    '每年冬天都有人煤烟中毒 咱村今年能不能统一装报警器',
    '火着了！！……我说的是我家灶坑 终于点着了',
    '今天那个山火烧了一下午 总算灭了 消防的同志辛苦了',
    '刚听着警笛响 是不是前面出车祸了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '刚才孩子掉河里 救上来了 没气了',
    '家里老人走丢了 已经报警了 还没找到',
    '刚听着警笛响 出去一看是俺家隔壁着火了 人还在里面',
    '老房子墙刚才哗一下倒了半边 俺婆婆还在床上 压着没压着还不知道',
    '每年冬天都有人煤烟中毒 今天隔壁老两口叫不醒了 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe('understand: round 35, false emergencies of holdout35 (folded in as dev104) and QC read as kinds, and the real ones in the same words', () => {
  it.each([
    // a drill said to be one, children playing, a fire out long since, a missing child found
    '今天社区搞消防演练 楼里喊救命着火 大家莫慌 是演习',
    '刚才谁喊救命 吓我一跳 原来是细伢子在玩',
    '俺庄那个小卖部着火了 是他们拍视频说哩 其实是冒烟 煤炉子倒了 早就灭了',
    '寻人启事转发：男孩，八岁，红色羽绒服，今天下午在渡头桥附近走失。——已找到了，在同学家里，谢谢大家',
    // a risk asked about, a tip, news of elsewhere, a near miss aired out, pesticide to get rid of
    '@村声 烧炭烤火会不会中毒的 一般要开好大的窗子',
    '煤气罐漏气要先开窗 莫开灯莫打电话 出去了再打 记到起',
    '大家烤火记得开窗子啊 上个礼拜新闻讲湘潭那边一屋人煤气中毒 好吓人',
    '上礼拜俺家也差点中煤烟 头疼了一宿 早上起来开窗通风好了 现在晚上都不敢封炉子',
    '请问家里有几瓶过期农药 敌敌畏百草枯啥的 放仓房好几年了 往哪扔 能随便埋了不',
    // put right since, in hospital with a visit asked, walking again, that matter a month ago
    '以前俺们村有家着火 消防车进不来 道太窄 现在道修宽了 好事',
    '今天村书记去县里开会让车给撞了 腿折了 在医院呢 大伙有空去看看',
    '腊月里我屋里老倌子中风 送医院及时 现在能走路哒 谢谢大家关心',
    '上回孩子掉井里那事儿都过去一个月了 那井盖到现在还没换 还是块破木板',
    // a flat flooded by a heating pipe, stones of an old slide still on the road, sparks each wind with a repair asked
    '喂 你好 我是公租房的住户 我们楼上暖气片接头崩了 水哗哗往下流 我家客厅都淹了 楼上那家没人',
    '塌方石头仨月了还没清 进村只剩半条路 交通局给个说法',
    '村部往西那段 树枝压在电线上一刮风打火花 赶紧修修 别等出了事',
    '过年回来的注意 高速上查酒驾 别喝了开车',
    '告示 河堤钓鱼区上方有高压线 严禁在此垂钓 违者后果自负 供电所',
    // QC's, after the retrain: a seep patched, a man with a knife taken away, a birth got to hospital, a tumble, a cry some time ago
    '之前那个坝渗水的事 水利站来人补好了 今年汛期应该冇得事了',
    '学校门口那个拿刀的是个精神病 派出所带走了 家长们放心 今天放学老师会送到路口',
    '报个喜 俺家添了个大胖小子 八斤二两 那天雪大多亏铲车开道送到医院的 谢谢镇里 谢谢大伙',
    '谁家孩子在冰面上玩 刚才喊救命吓俺一跳 原来是摔了个腚墩 自己爬起来了 大人还是看着点',
    '楼上那家天天吵架摔东西 半夜都不消停 有一回还喊救命 第二天又没事人一样 我们整栋楼都睡不好',
    '前天晚上我们小区停电 电梯里关了个人 关了一个钟头才救出来 物业值班的人都找不到',
    '孙子吃饭噎着了 拍了两下咳出来就好了',
    '我在外省打工 看新闻说老家那边发大水了',
    '俺家五岁小孙子下午在门口玩 一转眼人没了 后来在他姥家找着了',
  ])('%s is not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
  it.each([
    '不是演习 是真着火了 快打119',
    '演练的时候真着火了 有人被困在三楼 快来人',
    '刚才谁喊救命 原来是细伢子掉塘里了 快来人',
    '孩子喝了剩下的敌敌畏 口吐白沫 快来人',
    '我家老人烧炭烤火 现在叫不醒 会不会中毒了',
    '我家煤气罐漏气了 满屋子味 要先开窗 莫开灯 咋办',
    '火早就灭了 可是人还在里面没出来',
    '孩子走失了 已报警 还没找到',
    '暖气管道在地下爆了 热水冒出来把路都淹了 有个小孩掉进去了',
    '后山塌方了 石头还在路上 压着一辆车 里头有人',
    // QC's two missed: a cry heard going on; a man gone down a well after a sheep and not come up
    '我在家 楼上那家一直在砸东西 女的在喊救命 孩子在哭 已经半个钟头了 我一个人不敢上去 怎么办',
    '喂 俺家羊掉机井里了 俺儿子下去捞 也下不来了 井底下有水 他在喊 没气儿了 快来人 带绳子',
    '坝渗水了 补好了一处 另一处又冒水了 越冒越大 下面还住着人',
    '谁家孩子在冰面上玩 刚才喊救命 掉冰窟窿里了 快来人',
    '楼上那家有一回喊救命 现在又在喊救命 砸东西 快报警',
    // SA–SB's missed, read by no rule before: choking, a cause long ago, smoke with a mother hauled out, a lift with people shut in,
    // a mother fallen at home with the caller away in another province, a child gone in a moment
    '俺家老爷子刚才吃饭噎着了 上不来气 脸都憋紫了 拍后背也不管用',
    '两伙人在村部门口打起来了 有拿铁锹的 有拿刀的 为了去年那点承包地 已经有人躺下了',
    '俺家的取暖炉子烟筒堵了 俺妈和俺姥都头疼恶心 站不住了 刚拖到院子里 快派车',
    '整个小区没电了 电梯里关着人呢 物业说是外线的问题',
    '刚才我老妈给我打电话 说她在家里摔倒了 起不来 说话也不太清楚 家里没人 我在外省赶不回去',
    '俺家五岁小孙子下午在门口玩 一转眼人没了 找了俩钟头了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe('understand: round 35, a first question or a neighbourly word does not hide a matter of the writer’s own', () => {
  it.each(['邻居借俺家两万不还 你们管不管', '先问问你们管不管 俺家的地让邻居占了三垄'])('%s is a complaint', (text) => {
    expect(readsAsComplaint(text)).toBe(true);
  });
  it.each([
    '求助大家 谁家有拖拉机 明天借我用半天',
    '借俺家的梯子用一下 明天还',
    '先问问 还没打算申请低保',
    '我弟在外地打工 要是老板不给工资 应该打什么电话 先问问',
  ])('%s is not', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });
});

// Round 36's shipped model read a purchase of the writer's own as an accusation (a bare reading at 0.7 with no official named);
// read right again by round 37's, as by every model from round 25 to 35.
describe("understand: a purchase of the writer's own", () => {
  test('no accusation: 俺家新买了个车 一年挣几个钱全搭进去了 咱也不懂车', () => {
    expect(understand('俺家新买了个车 一年挣几个钱全搭进去了 咱也不懂车').misconduct).toBe(false);
  });
});

// Round 37's shipped model read 城管 phoning three times to move a stall as an accusation (the network's category; no form reads
// it); round 38's reads it right again, as the models of rounds 25 to 36 did.
describe('understand: a call from the street office to move a stall', () => {
  test('no accusation: 街道城管的打了三个电话催俺把摊子挪走 挪哪去嘛', () => {
    expect(understand('街道城管的打了三个电话催俺把摊子挪走 挪哪去嘛').category).not.toBe('misconduct');
  });
});

// Round 38's first retrains (60,814 rows) misread three look-alikes the models before read right; the shipped model (61,666 rows,
// dev121–122 in) reads all three right again: a plea for a poor family's 低保, a teacher's voluntary weekend class, a new 帮扶干部 not
// yet come.
describe("understand: look-alikes round 38's first retrains misread", () => {
  test('no accusation: 老李家困难 一个是他媳妇瘫了 一个是他亲姐也病了 低保该给他', () => {
    expect(understand('老李家困难 一个是他媳妇瘫了 一个是他亲姐也病了 低保该给他').misconduct).toBe(false);
  });
  test('chatter, no accusation: 老师周末办补习班 自愿参加 一次五十', () => {
    const u = understand('老师周末办补习班 自愿参加 一次五十');
    expect([u.misconduct, u.complaint]).toEqual([false, false]);
  });
  test('no accusation: 帮扶责任人换了 新换的那个一次都没来过俺家 有事不知道找谁', () => {
    expect(understand('帮扶责任人换了 新换的那个一次都没来过俺家 有事不知道找谁').misconduct).toBe(false);
  });
});

// Round 35's shipped model (55,731 rows) read these two as accusations: no form reads them, and no official is named; its network
// put misconduct on top. Round 36's model (57,425 rows) reads the second right; the first stays a known misreading that fails the
// day a model reads it right (then make it a plain test again). Round 39 reads the first by a kind, a shop's clerk (keywords.ts).
describe("understand: round 35's model, known misreadings", () => {
  test('no accusation: 超市那个收银员上班时间玩手机 找错钱了', () => {
    expect(understand('超市那个收银员上班时间玩手机 找错钱了').misconduct).toBe(false);
  });
  test('no accusation: 他爹他娘都七十多了 低保一家子就靠这点钱', () => {
    expect(understand('他爹他娘都七十多了 低保一家子就靠这点钱').misconduct).toBe(false);
  });
});

// Round 35's review: a word of time or of a screen in another clause (上个月, 去年, 那年, 新闻上说) had silenced an alarm with someone
// pinned, not out or one's own kin unable to get out now; it still silences a past event and news of elsewhere.
describe('understand: round 35, a word of time or a screen elsewhere in the message does not silence someone in danger now', () => {
  it.each([
    '上个月就反映过这堵墙 墙倒了 压着俺娘了 扒不出来',
    '去年那个坑没填 孩子掉进去了 水老深 没上来',
    '那年修的桥 桥面塌了 三轮车掉下去了 人压在底下',
    '新闻上说要下暴雨 俺们这已经下了一天了 河水漫进屋了 俺娘腿脚不好出不来',
    '以前也冒过烟 这回着火了 屋里还有俺奶奶',
  ])('%s is an emergency', (text) => {
    expect(soundsLikeEmergency(text)).toBe(true);
  });
  it.each([
    '看新闻说南方发大水 好多人被困在房顶上 看着真揪心 咱这今年雨也不少 大伙注意点',
    '上个月我们屋边河里淹死一个外地来钓鱼的 到现在那个钓鱼平台还搭在那 人一上去就晃 还有人去钓',
    '来电人反映：所住小区电梯经常故障，物业不及时维修，上周有老人被困半小时，要求督促物业整改。',
    '去年着火烧了房的那户 讲给了他屋里两万块救助 我们去看 他屋里还搭着棚子 钱到哪里去哒',
  ])('%s is not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
});

// Review of round 35: kinds the round added that no test read yet, each beside the real alarm in the same words.
describe('understand: round 35 (review), the remaining kinds and their alarms', () => {
  it.each([
    '俺家老人有老年痴呆 隔三岔五自己跑出去 上回冻得够呛才找着 村里能不能给申请个防走失的定位手环',
    '老刘家那房子塌了以后 人住亲戚家好几个月了 镇上说给补助 到现在没信',
    '上礼拜吃席食物中毒那事 俺们十几户去镇医院打的吊瓶 各家自己掏的钱 这钱找谁要',
    '昨天那个炸响是人家开业放的礼炮 不是爆炸 莫信谣',
    '恁都别慌 刚才冒烟那是俺家烧锅 柴火湿 没着火 中了中了 都回吧',
    '谁家孩子在渠边上喊救命 俺跑过去一看几个小子在那打水仗 吓死了 回家都管管',
  ])('%s is not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
  it.each([
    '老人又跑出去了 上回冻得够呛才找着 这回一宿没回来 还没找着',
    '老刘家房子塌了 人还压在底下 扒不出来',
    // a scare explained, then a real one with someone inside (the cooking-smoke kind had silenced it)
    '刚才冒烟那是俺家烧锅 现在着火了 屋里还有俺奶奶',
    '俺跑过去一看 孩子掉渠里了 快来人',
  ])('%s is an emergency', (text) => {
    expect(soundsLikeEmergency(text)).toBe(true);
  });
});

// Round 36: holdout36's false emergencies (folded in as dev112) and its one missed alarm, as kinds; each beside the alarm in the
// same words. A scare called false (是假哩), a fire thought to be one's own village, a rescue done (120拉走了, 人爬出来了没事),
// smoke days ago found in time, a warning to households with old people or children; a lift that 又困人了 is people shut in now.
describe('understand: round 36, dangers over or not here, and a lift with people shut in', () => {
  it.each([
    '着火了 是假哩 恁都别慌 是俺家烧锅底灰冒哩烟',
    '看群里说着火了 俺还以为又是俺们屯呢',
    '俺那楼道电线老化 前几天冒烟 幸亏发现得早 物业说没钱换',
    '有老人的注意啊 后屯老李家昨晚烧炉子中了煤烟 大家睡前检查烟筒',
    '谁家有小孩的看住了 东头变压器冒烟 别往那跑',
    '三轮车翻沟里了 人爬出来了没事 就是车压坏了 谁家有拖车',
  ])('%s is not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
  it.each([
    '着火了 不是假的 老王家房子着了 屋里还有人',
    '看群里说着火了 是俺们屯 老孙家 屋里还有人没出来',
    '楼道电线冒烟了 正在烧 快来人',
    '有老人的注意 后屯老李家中煤烟了 人还没醒 快来人帮忙',
    '三轮车翻沟里了 人压在底下 出不来',
    '电梯又困人了 里面有个老太太 叫了半天没人应',
    '8栋电梯又关人哒 里面伢子在哭',
  ])('%s is an emergency', (text) => {
    expect(soundsLikeEmergency(text)).toBe(true);
  });
});

// Round 36 (holdout36): a household put out of a roll is its own matter, not talk of kicking someone out of the group.
describe('understand: round 36, 踢出去 of a roll and of the group', () => {
  it.each(['我屋里的防返贫监测 今年讲要把我屋里踢出去 我屋里老倌子还在住院', '低保名单里给踢出去了 俺家老头瘫炕上三年了 也没人来看'])(
    '%s is a complaint',
    (text) => {
      expect(readsAsComplaint(text)).toBe(true);
    },
  );
  it.each(['谁把这个发广告的踢出去', '群主把他踢出去吧 天天发广告'])('%s is not', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });
});

// Round 36 (dev113–114, read once before folding): a child lost just now with the parents frantic is a child missing now; an event
// asked after, a family living at a brother's since the wall fell, a leak check asked how, are not; each beside the alarm.
describe('understand: round 36, a child lost just now, and what is only asked or over', () => {
  it.each([
    '大家帮忙看看 一个五六岁小女孩刚在集上走丢了 穿红棉袄 家长急疯了 看到打13900001111',
    '着火了 那家人后来咋样了 屋里还有人',
    '煤气罐咋检查漏不漏 屋里一股味 俺娘都头晕了',
  ])('%s is an emergency', (text) => {
    expect(soundsLikeEmergency(text)).toBe(true);
  });
  it.each([
    '刚才那个走丢的小女孩找到了 谢谢大家',
    '有没有人知道 前屯着火那家后来咋样了',
    '俺家老房子去年冬天塌了一面墙 现在一家子住在俺闺女家 危改指标说用完了',
    '煤气罐咋检查漏不漏 抹肥皂水行不',
  ])('%s is not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
});

// Round 37 (holdout37, read after its untuned runs): each miss became a kind in rules.ts, tested beside the danger told in the
// same words.
describe('understand: round 37, someone still out, a line holding a man on the pole', () => {
  it.each([
    '有人落水了 俩孩子 在那个大坑 一个捞上来了 还有一个没找着',
    '俩孩子掉坑里了 一个拉上来了 还有一个没找着 快来人',
    '电工爬杆子接线让电打了 挂杆子上下不来',
    '他让电打了 挂在电线杆上下不来 快叫人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['俩孩子掉河里了 都捞上来了 没事了', '他让电打了一下 手麻了一会儿 现在好了'])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 37, dangers to animals, crops, roads and rooms nobody is in, and news passed on', () => {
  it.each([
    '他拿药把俺家鸡毒死了 俺孙子也吃了那鸡 现在吐得厉害',
    '邻居把俺家狗毒死了 俺娘吃了狗肉 现在头晕',
    '桥冲塌了 有辆三轮连人掉河里了',
    '从架子上掉下来了 人在地上不动 老板不让打120',
    '妈 家里淹了没 水都到腰了 你快上房顶',
    '转给大家 俺们村东头着火了 屋里有人 快来',
    '老刘家跟老陈家吵起来了 老刘拿着镰刀追着砍 快来个人',
    '喂 村口的桥 昨晚上发水 桥被冲断了 对面的人过不来 有个车差点掉下去',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺家的鸡跑到他家菜园子 他拿药把俺鸡毒死了七只 这得赔吧',
    '后院那家把俺家狗药死了 得让他赔',
    '谁家要打药 俺有无人机 一亩十块 打得匀',
    '俺那几亩地全淹了 水排不出去 玉米苗都泡黄了 能不能派个抽水泵来',
    '俺们屯通往镇里的桥开春让水冲塌了 拉化肥的车过不来',
    '路上的树叫风刮倒哒 横在路中间 车子过不去 哪个来处理下',
    '腿摔折了 现在在县医院 包工头一分钱不给',
    '天热 敬老院几个老人中暑了 送到卫生院打了吊瓶 连个电扇都不够',
    '昨晚上孩子发烧 卫生院敲门敲半天没人应 这咋值班的',
    '跟着包工头干了俩月 回来了人不见了 电话也换了',
    '房子后墙塌了 现在住在偏房 啥时候给危改',
    '统计受灾的就来了一趟 俺家淹了没给登记',
    '小区下水道堵了 往外冒 一楼进水了',
    '姐 你们那淹了没 回个信',
    '转发：外地一个村着火 一名老人身亡 警钟长鸣',
    '【转】外省某地焚烧秸秆引燃民房 一名老人被困身亡 警钟长鸣 请大家转发',
    '救火车刚才呜呜开过去了 谁知道哪着火了',
    '看了那个洪水视频 吓得俺一晚上没睡着 还好咱这地势高',
    '老刘家跟老陈家因为墙头滴水吵了一下午 村里快来个人说和说和',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '跟着包工头干了俩月 回来了人不见了 电话也换了',
    '腿摔折了 现在在县医院 包工头一分钱不给',
    '学校食堂的馒头都是酸的 菜里有虫 营养餐就这样',
    '危房改造的补贴 县里公示了有我家 可村里说我家不符合 钱到底在哪里',
    '村主任说补贴名单早报上去了 让等 这都等一个多月了 到底咋回事',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each(['【转】外省某地焚烧秸秆引燃民房 一名老人被困身亡 警钟长鸣 请大家转发', '救火车刚才呜呜开过去了 谁知道哪着火了', '姐 你们那淹了没 回个信'])(
    '%s files nothing',
    (text) => {
      expect(understand(text).complaint).toBe(false);
    },
  );
});

// Review of round 37: news of a cadre caught in the next township takes the rules' accusation reading off the whole message
// (keywords.ts NEWS_ELSEWHERE); an accusation of ours told beside it must still be one, here by the model.
describe('understand: round 37, an accusation told beside news of a cadre caught next door', () => {
  it.each(['隔壁乡书记让抓了 村主任收了俺两条烟才给盖章', '隔壁乡书记让抓了 村主任把低保给了他小舅子'])('%s is an accusation', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Round 37's writers (dev116–117, read once before folding): false alarms as kinds, each beside a real one told alike.
describe("understand: round 37's writers, heat, a child's lost bag, an empty gas pipe, a wall knocked down, over and well", () => {
  it.each([
    '救命 俺家柴火垛着火了 这天热得要着火 火烧到房檐了',
    '谁家孩子丢了 五岁 穿红衣服 在小卖店门口不见了',
    '屋里煤气味好大 俺妈头晕 管道气阀门关不上',
    '院墙叫大车撞倒了 压着俺家孩子了 快来人',
    '墙塌了 人刨出来了 还没醒 120咋还没到',
    '人刨出来了 还没醒 120咋还没到',
    '从井里拉出来了 还没醒',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '救命啊 这天热得要着火了 谁家有西瓜🍉',
    '谁家孩子丢了个书包 红色的 搁小卖店门口呢',
    '管道气冇得气哒 饭都煮不成',
    '俺家院墙叫大车刮倒了 司机跑了 村里监控能查不',
    '送到医院哒 医生讲送得及时 冇得大事 谢谢大家关心',
    '都去了 消防也来了 人刨出来了 送医院了',
    '唉 俺那时候家里房子塌了 多亏村主任连夜给安排住处 那都是前年的事了 现在新房子住上了',
    '我们那栋老楼的墙皮一块一块往下掉 砸到人哪个负责',
    '孩子睡觉还没醒 120是啥电话',
    '人救出来了 送医院了 醒过来了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 38 (holdout38, read after its untuned runs): the four emergencies missed, each beside a false alarm told alike.
describe('understand: round 38, a stack alight by a shed, an old man found on the floor, a child in a flooded pit, a fire blown at the houses', () => {
  it.each([
    '救命 俺们这个苞米垛子着了 挨着牛棚 牛棚里还有人在往外牵牛 火老大了 快点来消防',
    '喂你好 俺们这个屯子 有个老头一个人在家 俺们去了 老头在地上躺着 起不来 说是昨晚上就摔了 冻了一宿',
    '救命 有个孩子骑车掉进道边挖的坑里了 坑里有水 孩子在里面扑腾 大人够不着',
    '不知道谁家在地里烧秸秆 火挺大的 风往屯子这边刮 有几家柴火垛挨着',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '柴火受潮了 点不着了 谁家有干的借点',
    '电线垂得太低了 拉草车都刮着了 快来修修',
    '听说隔壁村老头在地上躺着起不来 说是昨天摔的 后来送医院了 没事了',
    '道边修管子挖的坑里存着水 孩子放学老在边上玩 能不能给围上',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 38 (holdout38): false alarms as kinds, read by the rules and the net alike, each beside a real alarm in the same words.
describe('understand: round 38, crops down, an incident settled, bad coal, an old disability, a scam, a hazard counted, a beating told after', () => {
  it.each([
    '收割机把苞米压倒了 俺家老头在里头 压在车底下了',
    '昨天地里起火 今天又着起来了 火越烧越大',
    '煤炉子倒烟 一屋子烟 老头叫不醒了',
    '俺儿在外头出车祸了 刚才医院打电话 人还在抢救',
    '过水桥塌了一个大窟窿 有个人掉进去了 没上来',
    '他又拿刀追着打媳妇 满脸是血 快来人',
    '他刚才说不活了 拿着绳子进仓房了 门从里面别上了 我拉不开 怎么办',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '谁家的收割机昨儿个半夜从俺家地头过去了 压倒一大片苞米 这咋整',
    '有人要倒伏苞米不 俺家那块倒了 便宜卖 自己来掰',
    '昨天地里起火那个事 派出所已经查了 是过路的扔烟头 没啥损失',
    '昨晚上烟囱不好烧 倒烟 一屋子烟 老头有点头疼 早上好了 今天找人来掏掏烟囱',
    '村里卖给俺们的煤 一吨一千二 烧起来全是石头 火不旺 净是灰',
    '俺家儿子去年出车祸残疾了 右腿截肢 护理补贴申请了半年了没下来',
    '刚有人打电话说俺儿在外头出车祸了 叫俺转两万 骗子',
    '村东头那个过水桥 桥面塌了一个大窟窿 已经有两个人掉进去了 拿几根树枝挡着也不顶用',
    '俺娘中风瘫在床上三年了 申请残疾证 人家说要本人到场',
    '他天天往俺猪圈里扔石头 还把俺一头猪打伤了',
    '小溪的堤冲垮哒一截 水往田里灌 我屋里的菜地全淹哒 请水利上来看',
    '我屋里奶奶讲 她年轻时候这里发过一次大水 淹到屋檐',
    '男的喝了酒就打媳妇 昨天打得满脸是血跑邻居家了 今天又回去了 妇联能不能管管',
    '河套让人挖成大坑了 夏天淹死过人 现在孩子们还在边上玩 没人管',
    '屋前那个塘的坝子在渗水 再落几天雨怕要出事',
    '小区门口那个配电箱 箱门掉了 赶紧来个人修修',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 38 (holdout38): complaints the rules had read as chatter.
describe('understand: round 38, a wait told, a winter feared, a neighbour burning and who stops it', () => {
  it.each(['组长 你们上次说的那个路灯啥时候修啊 都等一个月了', '俺家的房子在危改名单上 村里说明年修 可明年才修 今年冬天咋过 房子已经漏了好几处了'])(
    '%s is a complaint',
    (text) => {
      expect(readsAsComplaint(text)).toBe(true);
    },
  );
  it.each(['路灯修好了 都等一个月了 总算亮了 谢谢组长', '村里说明年开春就修 大伙别急'])('%s is not', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });
});

// Round 38's writers (dev119–120): two emergencies the fit missed, each beside a look-alike.
describe("understand: round 38's writers, a drunk man white and silent in a ditch, straw caught by a heat lamp", () => {
  it.each(['谁家男的喝多了躺桥底下沟里 叫也不吱声 脸煞白 过来认认', '猪圈烤灯把草引着了 俺妈进去抢猪崽子 火把门堵了'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['他喝多了 在沟边坐着不吱声 生闷气呢', '烤灯把草引着了 一脚踩灭了 没事'])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 38: a bridge knocked askew with vehicles on it now was read only by the learned net (dev18), which round 38's model no longer
// does; the rules read it now, and leave a pier askew with a look asked for.
describe('understand: round 38, a bridge askew with a car on it now', () => {
  it('镇上到村里的那个桥 水把桥墩子冲歪了 车在上面晃悠 赶紧拦着别让车过 is an emergency', () => {
    expect(understand('镇上到村里的那个桥 水把桥墩子冲歪了 车在上面晃悠 赶紧拦着别让车过').urgency).toBe('emergency');
  });
  it('桥墩子冲歪了 有空来看看 is not', () => {
    expect(understand('桥墩子冲歪了 有空来看看').urgency).not.toBe('emergency');
  });
});

// Review of round 38: the new alarms and kinds read only what they say; each beside the look-alike a careless form would take.
describe('understand: review of round 38, an animal in a pit or a fish in the water, a beating today, a poisoning since last night', () => {
  it.each(['他天天打我 今天又打了 满脸是血 能不能管管', '昨晚上煤炉子倒烟 老头头疼恶心 这事没有人管'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['俺家羊掉进菜窖里了 上不来 谁来帮忙拉', '鱼在水里扑腾 新鲜得很'])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// dev121–122 (round 38's last two writers): a toddler gone in a moment by the river was missed by the retrained fit; a quilt blown
// into the next yard was read as a jump by the net.
describe("understand: round 38's last writers, a toddler gone in a moment, a quilt blown away", () => {
  it('我儿子两岁 在院子里玩 一转身人没了 找一个多钟头了 院门开着 门前就是河 is an emergency', () => {
    expect(understand('我儿子两岁 在院子里玩 一转身人没了 找一个多钟头了 院门开着 门前就是河').urgency).toBe('emergency');
  });
  it.each(['孩子一转身就不见了 后来在邻居家找到了 没事了', '楼顶上晾的被子让风刮跑了 就跳到隔壁院了'])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it('大风把彩钢瓦刮跑了 砸着人了 快来 is an emergency', () => {
    expect(understand('大风把彩钢瓦刮跑了 砸着人了 快来').urgency).toBe('emergency');
  });
});

// Round 39 (holdout39, folded in as dev123 after its untuned runs): its two missed emergencies as kinds, each beside a look-alike.
describe('understand: round 39, someone slid into a gully and cannot move, a child gone since morning with the phone off', () => {
  it.each([
    '俺爹上山拾柴火 出溜到沟里了 腰动不了 在沟底下喊俺 俺一个人拽不上来',
    '我女儿十五岁 昨天挨了她爸几句骂 今天一早人没了 手机关机 同学家都问过了 求大家帮忙找找',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年俺爹上山滑到沟里 腰摔坏了 到现在还动不了 残疾证咋办',
    '俺家羊出溜到沟里了 上不来 谁家有绳子借俺使使',
    '俺儿子跟他媳妇吵架 回娘家了 手机关机 俺问了一圈都问了 这日子咋过',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 39 (holdout39): false alarms as kinds — a drill taken for real a moment, children's cries at play, a warning to the group,
// incidents counted, warming by the fire, coal that will not light, someone pulled out and fine — each beside a real alarm.
describe('understand: round 39, a drill, cries at play, warnings, incidents counted, warming by the fire, coal that will not light', () => {
  it.each([
    '不是演习 村部后头的仓房真着火了 里头还有人 快来',
    '细伢子在塘边喊救命 出去一看真的掉下去了 快来人',
    '俺家闻着煤气味了 老伴晕倒了 叫不醒 快来人',
    '俺们屯已经出了两起煤烟中毒 今天老王家又中了 人叫不醒 快来',
    '屋里烤火的炭盆把被子引着了 娃还在床上 快来人',
    '河里那个细伢子还没救起来 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '下午镇上搞消防演练 广播喊着火了 俺妈还以为真的 吓一跳',
    '孙子在院里跟他哥打雪仗 喊救命喊得震天响 出门一看在玩',
    '提醒大伙 烧炕别忘了开窗户留缝 今年县里已经出了两起煤烟中毒',
    '大伙儿记住 闻着液化气味千万别开灯 先关阀门开窗户',
    '天冷 俺家小猪崽子搁屋里烤着火呢 比人都金贵',
    '村里发的煤 根本不起火 一烧一屋子烟',
    '早上掉塘里那个细伢子 已经被救起来哒 冇得大事',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 39 (holdout39): complaints the rules had read as chatter — a phone number changed is no fault mended, a line changed and
// worse after, a pipe frozen time and again, a benefit applied for months ago, a roof put up over the road — beside chatter told alike.
describe('understand: round 39, a buyer gone with a new number, a repair made worse, pipes frozen again and again, an application unanswered', () => {
  it.each([
    '今年的黄豆卖给一个外地的贩子 说回去就打钱 到现在没打 电话号都换了',
    '电业所来人把俺们屯的表换了 结果换完反倒更不准了 一个月电费三百多',
    '俺们这片的水管子一年冻好几回 村里说改造 到现在也没动静',
    '俺家孩子上大学 雨露计划申请了两个多月了没动静',
  ])('%s is a complaint', (text) => {
    expect(readsAsComplaint(text)).toBe(true);
  });
  it.each(['俺手机号都换了 大伙存一下新的', '电工来了 线都换好了 亮堂多了 谢谢'])('%s is not', (text) => {
    expect(readsAsComplaint(text)).toBe(false);
  });
});

// Round 39's writers (dev124–126, read once before folding): false alarms as kinds, each beside a real alarm told alike.
describe("understand: round 39's writers, a fire lit for the pot, a temper, a drunk laughed at, a poisoning nearly had, a fire supposed by a rule", () => {
  it.each([
    '火着起来了 炕上被子都着了 俺奶还在屋里 快来人',
    '他喝了一斤多 酒精中毒了 叫不醒 快打120',
    '谁家地头着火了 火往屯子这边烧 快来人',
    '讲个事 俺爹刚才摔倒了 起不来 喊他不应',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '火烧起来了 铜锅涮羊肉整上了 都来喝两口',
    '炭盆子烧得旺得很 来我屋里烤火恰瓜子',
    '恁咋恁大火气 俺就说了一句',
    '他又喝趴下了 吐一地 中毒了活该',
    '上礼拜差点煤烟中毒 现在买了个报警器',
    '镇里说了 谁家地头着火 包片干部都得挨处分',
    '讲个笑话 俺家那口子喝多了搂着电线杆子喊救命',
    '刚刷着个视频 南方那边山体塌方 吓人',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 39: look-alikes the round's retrains misread (earlier models read them right), now read by kinds, each beside the
// accusation or the alarm told in the same words.
describe("understand: round 39, look-alikes the round's retrains misread", () => {
  it.each([
    '老李家困难 低保该给他 可村书记偏偏给了自己亲戚',
    '城管来了 让俺把摊子挪走 还把俺的秤没收了 推了俺一把',
    '他家评上了 送了五千块给书记 说是彩礼钱 谁信',
  ])('%s is an accusation', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['老李家困难 一个是他媳妇瘫了 一个是他亲姐也病了 低保该给他', '街道城管的打了三个电话催俺把摊子挪走 挪哪去嘛'])('%s is not', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  test('a power box with its door off is a repair; with a child at its wires it is an emergency', () => {
    expect(understand('小区门口那个配电箱 箱门掉了 赶紧来个人修修').urgency).not.toBe('emergency');
    expect(understand('小区门口那个配电箱 箱门掉了 有个孩子在里头摸电线 冒火花了 快来人').urgency).toBe('emergency');
  });
});

// Review of rounds 38–39: a rumour told and cleared is one door (rumourCleared) for the trigger and the model; a witness who confirms
// it, an audit told as covered up, or a doubt after it keep the accusation.
describe('understand: review of round 39, a rumour cleared beside a rumour confirmed', () => {
  it.each([
    '有人说村支书收了红包 俺亲眼看见的 就在村部',
    '群里有人说书记收了红包 俺在场 看得清清楚楚',
    '有人说书记贪了低保金 查了说没问题 其实是提前把账平了',
    '书记收了老王的钱 俺们送的鸡他死活不要',
  ])('%s is an accusation', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '都别传了 书记家那个新车是他闺女给买的 我亲眼看见的购车合同',
    '有人说咱村会计把扶贫款挪去放高利贷了 俺问了镇里 扶贫款不走村账 这话不对 大家别信',
    '俺们村的贫困户非要给驻村书记塞两只鸡 书记死活不要',
  ])('%s is not', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 40 (holdout40's missed emergencies, after its runs): a child or a father gone for hours, searched for or unreachable; smoke
// from a locked house with someone thought inside — beside one away at work, a wife who left, children not home for the holiday.
describe('understand: round 40, a child or a father gone for hours, a locked house smoking with someone inside', () => {
  it.each([
    '俺家小子五岁 吃完晌午饭出去玩 到现在俩钟头不见了 屯子里找遍了',
    '我爸昨天下午去镇上卖鸡 到现在没回来 一宿零下二十度 手机打不通',
    '后院老刘家窗户冒浓烟 门从里头插着 屋里应该有人 快来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '我儿子在外地打工 到现在没回来 电话也打不通 工钱也不寄',
    '听说老孙家媳妇跑了 过完年就没回来 孩子扔给老人',
    '过年就俺老两口在家 孩子们都没回来 冷清',
    '村东头老王家烟囱冒黑烟 他家烧的啥煤啊 呛死了',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 40 (holdout40's false alarms and chatter, after its runs): a car that did not start, a first-aid guide forwarded, a drowning
// of last year in a school notice, a fire claimed to cover a wrong, old stories, a scam warning, office holidays asked — each beside
// what is a complaint or an alarm.
describe('understand: round 40, a car that would not start, a guide forwarded, last year told, a warning, a holiday asked', () => {
  it.each([
    '转发：煤烟中毒急救须知 1.开窗通风 2.把人抬到外面 3.拨打120',
    '俺家车早上没打着火 谁有搭火线 借俺使使',
    '去年俺们屯那个孩子在泡子里淹死了 今年学校又发防溺水告知书 都签字吧',
    '俺们那以前有个老头 冬天喝多了睡道边 冻死了 那时候也没人管',
    '小心啊 最近有人冒充社保局的 打电话让交钱',
    '问一下 正月初几村委会放假不 有事找谁',
  ])('%s is chatter and no emergency', (text) => {
    const u = understand(text);
    expect(u.urgency).not.toBe('emergency');
    expect(u.complaint).toBe(false);
  });
  it.each([
    '转发 不是演练 俺们屯老李家煤烟中毒了 人叫不醒 快打120',
    '前几年有一回发大水把桥冲了 到现在也没修 孩子上学得绕十里',
    '俺是特困户 今年的取暖补贴还没到卡上 冬天都快过去了 啥时候发',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  test('a fire claimed to cover burnt books is an accusation and no fire now', () => {
    const u = understand('村会计换届前把账本烧了 说是失火 这些年的账都没了 谁信');
    expect(u.misconduct).toBe(true);
    expect(u.urgency).not.toBe('emergency');
  });
});

// Round 40's writers (dev128–130, read once before folding): a field fire escaped toward the houses, a baby choked and blue, a dam
// overtopping (in a village named 上周村, no "last week"), a van overturned with children — beside the same words told after or asked.
describe("understand: round 40's writers, a field fire escaped, a baby choked, a dam overtopping, a van overturned", () => {
  it.each([
    '烧秸秆的火跑了 往东边林带去了 林带后头就是俺们屯',
    '后坡着火了 火往我们屋场这边烧过来了 屋里还有老人',
    '俺孙子八个月 喝奶呛住了 脸都紫了 拍背也不哭',
    '黄山口乡上周村 水库坝漫顶了 下游好几个庄子',
    '前头拉学生的三轮车翻沟里了 好几个孩子压在底下 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年烧荒的火跑了 烧了二亩林子 到现在没人赔',
    '上周坝漫顶了 把坝下那段路冲坏了 到现在还没修',
    '要是家里煤气罐漏气了 应该先关阀门还是先开窗户',
    '人要是溺水了捞上来咋控水 有懂的没',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 40's retrain: what the retrained net read and earlier nets did not — water by the breaker, shoes left on the bank, a threat to
// jump told by the hotline, a child alone by the highway, pesticide "喝下" — each a rule now, beside look-alikes told alike.
describe("understand: round 40, look-alikes the round's retrain misread", () => {
  it.each([
    '地下室水管爆了 水漫到电闸那了 俺不敢下去',
    '塘边就剩一双拖鞋 俺爹早上说去下网 到现在没回',
    '来电人称被拖欠工资 情绪激动 说再不给钱就从桥上跳下去 随后挂断',
    '谁家的小孩 三四岁 自己在公路边上走 一直哭 我先领到小卖店了',
    '俺哥跟嫂子吵架 喝下农药了 嘴里全是白沫',
    '老张家柴火垛着了 火老大 他家老太太在垛后头 不知道出来没',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['地下室水管爆了 电闸在楼上 没事 就是得找人修', '俺家那口子把拖鞋落河边了 回去拿了', '老张家柴火垛昨天着了 人都出来了 没事'])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each(['窗口的小姑娘被一个老头吼了半天 那老头说话贼冲', '救灾物资到了 书记带着大伙往各家各户送', '村里收医保了 谁家还没交上的抓紧'])(
    '%s is no accusation',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
});

// Review of round 40: the round's look-alikes tried as an insider or a frightened caller would, asking which real accusation or alarm
// each could hide; each door found open is shut and tested here.
describe('understand: review of round 40, look-alikes that must not hide an accusation or an alarm', () => {
  it.each([
    '救灾物资到了 书记带着大伙往各家各户送 他自己家留了三袋',
    '窗口的小姑娘被一个老头吼了半天 那老头是书记他爹 书记还把姑娘调走了',
    '前几年有一回 书记把救灾款都分给他亲戚了',
  ])('%s is an accusation', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '说是着火了 快来人 里面还有人',
    '过年了 俺家孩子到现在没回来 手机关机 昨天说在车站',
    '我媳妇跟我吵完跑了 到现在没回来 手机关机 天都黑了',
    '去年淹死过人的那个塘 今天又有孩子掉下去了 快来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  test('a 公益岗 worker away ill is no post drawn by one away', () => {
    expect(understand('公益岗老李在县城住 病了 这月谁扫啊').misconduct).toBe(false);
  });
});

// Round 40's writers (dev128, dev130): the rules' own false alarms in their rows — a fish not landed, a phone in a ditch, a swallows'
// nest, a form lost, a video or a programme, a rumour asked about, whether the bot can call an ambulance, a wolf killed long ago — each
// beside an alarm told with the same words.
describe("understand: round 40's writers, danger words in group talk", () => {
  it.each([
    '俺家会计昨儿在河套钓一下午 一条没上来',
    '手机掉水沟里了 捞上来还能用',
    '俺家房檐那燕子窝塌了 小燕子掉下来了',
    '学校发的防溺水告家长书 俺家那张让孩子弄丢了 在哪能再领',
    '刚刷那个短视频 南方发大水 车都漂起来了',
    '看了个节目 讲煤气罐爆炸的 吓人',
    '有人讲要塌桥哒 是真的还是假的',
    '你这机器人能不能叫救护车',
    '老刘头说他年轻时候打死过一头狼',
    '打120和打镇卫生院哪个来得快',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '俺爹在河套钓鱼 掉水里了 到现在没上来 快来人',
    '大伙看新闻没 南方又发大水了 咱后河的水也上到桥面了 桥上还有人 水还在涨',
    '俺家孩子掉进水沟里了 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 40 (the second retrain): something offered to whoever wants it is no complaint; the same offer told as forced is one.
describe('understand: round 40, a voluntary offer beside one told as forced', () => {
  test('a tutoring class offered to whoever wants it is chatter; one with absentees named in class is a complaint', () => {
    expect(understand('老师周末办补习班 自愿参加 一次五十').complaint).toBe(false);
    expect(understand('说是自愿参加补习班 不去的孩子老师就在班里点名').complaint).toBe(true);
  });
});

// Round 41 (holdout41's false alarms, after its runs): what a flood spoiled — a field, a well, a pump house, a wood, a main — with a
// loan, insurance, water brought or a repair asked; animals drowned in a yard; a call that went through only later; a spade waved in
// a quarrel with mediation asked; a household's well smelling of a spray with a test asked — each beside the alarm in the same words.
describe('understand: round 41, a flood told by what it spoiled, a spade waved, a well to test — beside the alarm', () => {
  it.each([
    '俺们屯今年苞米全让水淹了 保险公司来人拍了照就走了 理赔到现在没信',
    '今年黄豆地让大水泡了 信用社的贷款下个月到期 能不能缓缓',
    '屯子那口吃水井让洪水给淹了 水是浑的 现在都上镇里拉水喝',
    '泵房叫大水淹了 电机泡坏了 停水四天了 也没人来修',
    '下大雨院子进了点水 鸭子淹死三只 边沟堵了谁来掏掏',
    '前天俺爹犯病 打120打不通 跑到村口才打通 这信号啥时候能好',
    '他把地边子往俺家这边挖了两垄 俺说他 他还拿着锹比划 村里来人量量吧',
    '俺家压水井的水有股农药味 旁边地刚打完药 能给测一下不',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '俺家地淹了 水还在涨 都漫进院子了 老人还在屋里',
    '鸭子都淹死了 俺家孩子也掉沟里了 快来人',
    '他拿着镐把要打俺爹 已经打破头了 流了好多血',
    '全屯子吃的那口井有股农药味 好几个人喝了头晕 能不能来人化验',
    '大坝裂了个口子 水一股一股往外冒 越来越大 下边就是屯子',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 41 (holdout41's missed alarms): a sprayer down in the heat with the nearest asked to run, an old man with dementia not back
// from the hill by dusk, someone shut in a lift in a power cut.
describe('understand: round 41, a sprayer down in the heat, an old man not back by dusk, a lift with someone inside', () => {
  it.each([
    '大家注意 老韩在东头地里打药 晒晕了 躺地上不动 谁离得近赶紧过去看看',
    '俺奶奶早上去坟上烧纸 到现在天都黑了还没回 她有点糊涂 大家帮忙找找',
    '停电一个多钟头了 三单元电梯里困着个老太太 出不来 物业电话没人接',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '大家注意 这几天热 打药的时候别晒晕了 多喝水',
    '俺奶奶的老花镜一下午都找不着了 大家帮忙找找 是不是落谁家了',
    '俺家大黄狗早上跑出去了 到现在天都黑了还没回来 大家帮忙找找',
    '咱小区电梯老坏 上礼拜还困过人 物业也不修',
  ])('%s is not', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 41 (holdout41's complaints read as chatter): a debtor who hides with the village asked to step in, a payment far below
// other years, a yearly service dropped, damage with aid asked — beside a loan note asked to be written and a standard looked up.
describe('understand: round 41, a debtor hiding, a payment short, a service dropped, damage with aid asked', () => {
  it.each([
    '老周借俺三万块钱 说年底还 现在电话不接 见面就躲 村里能不能出面给说说',
    '今年粮补我家才到账两百多 往年都一千出头 是不是漏发了',
    '往年夏天村里都组织灭蚊 今年咋没动静 蚊子太多了',
    '昨晚大风把俺家牛棚刮倒了 砸死一头牛 有没有啥补助',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each(['谁会写借条 帮俺写一个 俺外甥借俺钱', '请问今年的耕地地力补贴标准是多少 啥时候发'])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 41's writers (dev136, the alarms the round's retrain missed): a kitchen buried with the wife inside, a lift stuck between
// floors with people in it, a wire throwing blue sparks, a car stuck in a blizzard out of fuel, a dam said to be giving way with a
// mother who will not leave, a sign blown down with a passer-by pinned — beside the same words told after or feared.
describe("understand: round 41's writers, a kitchen buried, a lift stuck, blue sparks, a car out of fuel, a dam giving way", () => {
  it.each([
    '后山塌下来了 把俺家厨房埋了 俺媳妇在里头 喊她没应',
    '商场停电了 电梯卡在三楼四楼中间 里头有两个人',
    '院门口掉下来一根电线 一直冒蓝火 邻居家鸡过去就倒了 赶紧断电',
    '大雪 车陷在半道上了 车里没油了 冻得不行 还有个孩子',
    '村干部挨家喊 说上边的坝要撑不住了 让往高处跑 俺爷就是不走',
    '大风把楼顶的牌子刮下来了 砸着一个过路的 人还压着呢',
    '俺一个人在家 头晕得厉害 手发麻 刚量的血压二百二',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年后山塌下来埋了俺家厨房 幸亏没人 现在还没重建',
    '咱小区电梯老卡 物业能不能找人修修',
    '去年院门口掉下来一根电线 冒蓝火 俺家狗过去就倒了 后来供电所换了新线',
    '上个月大雪车陷半道上 冻了半宿 这道啥时候能修',
    '俺爹血压高 老毛病了 有时候到二百 吃了药就下来 村卫生所的降压药能不能多开点',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 41's writers (dev135): a payment's date asked before it is due, a matter mended years ago told with thanks — beside a
// payment overdue and a mended thing broken again.
describe("understand: round 41's writers, a date asked before it is due, a matter mended and thanked", () => {
  it.each(['恁好 高龄补贴是不是每月十五号到卡 俺这还没到日子 就先问问', '前年俺家那段院墙塌了 后来村里给帮着垒上了 现在结实着呢 感谢政府'])(
    '%s is chatter',
    (text) => {
      expect(understand(text).complaint).toBe(false);
    },
  );
  it.each(['高龄补贴说每月十五号到卡 今天都二十五了还没到 先问问咋回事', '前年村里给垒的院墙 现在又裂了 一下雨就往下掉土'])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each(['养老金还没到日子 就先问问 俺的卡一直在村会计手里拿着', '前年村里给俺家弄的危房改造 现在住着可得劲了 就是书记收了俺两千块钱'])(
    '%s stays an accusation inside the chatter form',
    (text) => {
      const u = understand(text);
      expect([u.complaint, u.misconduct]).toEqual([true, true]);
    },
  );
});

// Review of round 41: the round's demands and harms tried as a group's chatter would use them (a show the village is asked to put on,
// a festival's lanterns not hung this year), and its offices passing a matter tried beside a strong word.
describe('understand: review of round 41, a show asked for and a festival missed are chatter; a subsidy withheld stays an accusation', () => {
  it.each(['村里能不能出面组织个联欢会 过年热闹热闹', '往年都是正月十五闹花灯 今年咋没动静'])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  test('a subsidy withheld by the village, then passed between it and a cooperative, is an accusation', () => {
    const u = understand('村里把俺家的地力补贴截留了 合作社说找村里 村里说找合作社');
    expect([u.complaint, u.misconduct]).toEqual([true, true]);
  });
});

// Round 42 (holdout42's false alarms, after its runs): bad luck (要倒霉 read 要倒), a child's fever (烧起来), an electric blanket
// (带电), a son away for years or a debtor out collecting (没回来), a danger feared (万一…咋整, 这要…咋整, 怕他哪天), a gas leak told
// after with those hurt home again, an animal hit by a named neighbour's car — each beside the alarm in the same words.
describe('understand: round 42, bad luck, a fever, an electric blanket, years away, a danger feared — beside the alarm', () => {
  it.each([
    '腊月里别剪头发 老辈人说剪了舅舅要倒霉',
    '半夜孩子烧起来了 镇卫生院关门 只能去县医院挂急诊',
    '学校让住校生自己带电褥子 这多不安全 以前都有暖气',
    '俺叔在外地二十多年没回来过 村里说他的地要收回',
    '包工头欠俺一万二 他媳妇说他出去要账了 一直没回来',
    '桥上的栏杆让车撞断了 天天有孩子从那过 万一掉河里咋整',
    '晒粮的把大道占了一半 天黑还不收 这要压着人咋整',
    '那老光棍屋里炉子天天冒黑烟 俺总怕他哪天中毒了 村里去看看吧',
    '屯后水库坝脚渗水 水还挺满 万一开春化冻咋整 找人来看看',
    '前天煤气泄漏那家 人送医院了 今天已经出院了 谢谢大家惦记',
    '俺家牛让西院老刘家的拖拉机撞了 腿断了 他还不认账',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '厨房煤气罐阀门坏了 一直呲呲响 关不住 孩子先抱出来了 该打哪个电话',
    '孩子放鞭炮把手炸开了 血肉模糊 现在往县医院送',
    '桥上的栏杆断了 孩子掉河里了 快来人',
    '他拿着刀要砍俺 已经砍了一刀 快报警',
    '孩子高烧抽起来了 嘴唇发紫 叫不醒',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 42's writers (dev141, people in danger now and not now): those hurt long since and well now, an ambulance late days ago, a
// rumour denied, a notice, a heart treated and paid for — beside a scaffold down with a bone showing, a scald, a bite that will not
// stop bleeding, a man on a window ledge, a birth with the road shut.
describe("understand: round 42's writers, danger long since and danger now", () => {
  it.each([
    '俺们屯那年掉井里那个孩子 现在都上高中了',
    '俺爹上个月中风 现在能拄着拐走了',
    '上礼拜俺奶奶摔了 打120 等了一个多钟头车才来 这急救站得管管',
    '谁说俺屯有人淹死了 没有的事 别瞎传',
    '冬天取暖防煤烟 睡前看看烟道 转给家里老人',
    '俺大伯心梗 下了两个支架 花了八万 报了一大半',
    '前天那个翻车的 一车人都拉去医院了 都没大事 命大',
    '后山坡要滑下来了 裂了好大的缝 汛期前能不能给修个挡墙',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '工地架子倒了 砸着两个工人 一个腿上骨头都露出来了',
    '暖气片爆了 热水浇了孩子一身 烫起一大片泡 疼得直哭',
    '狗把孩子脸咬了 血止不住 哪里能打针',
    '五楼有个人坐在窗台上要往下跳 腿都耷拉出来了',
    '孕妇要生了 道上全是雪 无法通行 急需帮助',
    '雨再下 俺家后山坡就要滑下来了 已经裂了大缝 俺们全家今晚上往哪搬',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 42 (holdout42's and dev139–141's complaints read as chatter): a payment later than last year's, a charge where the service
// was free, a fare raised for the holiday, a lent thing returned broken and denied, a promise pressed (到底啥时候), a trip the family
// cannot pay for, the village doctor leaving, "这钱都哪去了" — beside a spouse "reported" with a laughing emoji and a fuse changed.
describe('understand: round 42, a payment late, a new charge, a fare raised, a lent thing broken — and their chatter', () => {
  it.each([
    '取暖补贴啥时候发 往年是十一月就发了 今年这都腊月了',
    '校车今年收费了 一个月一百五 以前不是免费的吗',
    '过年车票涨到一百 平时才五十 这是啥道理',
    '同屯的借俺家三轮车 还回来给撞坏了 还说不是他撞的',
    '书记说秋后就修路 俺想问问到底啥时候动工 大伙都等着',
    '村主任说得去市里重新评残疾 来回车费二百 俺家拿不出',
    '村里卫生室的医生说下个月不干了 以后看病得去镇上',
    '营养餐说一天一个鸡蛋 孩子说一礼拜见着两回 这钱都哪去了',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  // (Review of the round: a date asked before it is due, a teacher moving on, are no harms.)
  it.each([
    '投诉一下我老公 天天打麻将 年货也不买😂',
    '电工来了 换了个保险 灯亮了 没事了',
    '取暖补贴啥时候发 去年是十一月发的 今年也十一月吧',
    '王老师说下学期不干了 以后要去城里教书 舍不得',
  ])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Review of round 42: the alarm told beside each new silencer — an ambulance late last week and a fall today, a rumour denied and a
// child in the river now, a child grown since and his brother down the same well, a crash "都没大事" with the driver still pinned, a
// heart treated and failing again, a danger feared and come, a leak told after and leaking again.
describe('understand: review of round 42, alarms told beside the round silencers', () => {
  it.each([
    '上礼拜俺妈摔了 打120等了一个钟头才来 今天又摔了 头上流血 快来人',
    '谁说俺村淹死人了 没有的事 别瞎传 不过刚才真有个孩子掉河里了 还没捞上来',
    '那年掉井里那孩子 现在都上初中了 今天他弟弟又掉进去了 还在井里',
    '一车人翻沟里了 都没大事 就是司机卡在里面出不来',
    '俺爹心梗 下了支架 花了六万 今天又犯了 嘴唇发紫 叫不醒',
    '万一掉河里咋整 俺家孩子刚才真掉进去了 在水里扑腾',
    '前两天煤气泄漏那家出院了 今天又漏了 满屋子味 人晕倒了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// After round 42 (from its left-alone list): a beating told with a laugh is no family joke.
describe('understand: after round 42, a spouse who beats the writer, told with a laugh', () => {
  it('files "投诉一下我老公 他喝醉了打我 脸都肿了 哈哈"', () => {
    expect(understand('投诉一下我老公 他喝醉了打我 脸都肿了 哈哈 你们管不管').complaint).toBe(true);
  });
  it('keeps "投诉一下俺家那口子 打呼噜震天响 哈哈哈" chatter', () => {
    expect(understand('投诉一下俺家那口子 打呼噜震天响 哈哈哈').complaint).toBe(false);
  });
});

// Round 43 (holdout43's false alarms, after its runs): fish poisoned in a pond, a debtor gone with the money, a man known by an old
// mishap, a breaker pulled by the writer, a heating pipe leaking, a child feared to fall down an open well, bricks feared to fall on
// someone, a relative awake and on a drip — each beside the alarm in the same words.
describe('understand: round 43, poisoned fish, a debtor gone, an old mishap, a breaker pulled, a leak — beside the alarm', () => {
  it.each([
    '俺家鱼塘不知道让谁下了毒 鱼翻了一大片 好几万打水漂了',
    '收粮的那个贩子拉走俺两万斤稻子 打了欠条 现在人找不着了 好几家都让他坑了',
    '老刘家大小子 去年掉冰窟窿那个 今年又去河上凿冰打鱼了',
    '雨水顺着房顶滴到电线上了 冒火花 俺把闸拉了 现在屋里黑着',
    '楼上暖气片漏水了 水流了一地 物业电话不接 赶紧来人',
    '地头机井的盖子叫拖拉机压碎了 井口就那么敞着 怕孩子掉下去',
    '老楼外墙瓷砖一块块往下掉 下面天天有人走 砸到人么样搞',
    '俺姥爷醒了 送到卫生院挂上水了 谢谢大伙',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '俺家鱼塘让人下了毒 俺爹下塘捞鱼 回来就吐 现在叫不醒',
    '那个贩子找不着了 俺家孩子跟他去的 也联系不上 快帮忙找人',
    '雨水滴到电线上冒火花 俺把闸拉了 可是还在冒烟 着了',
    '机井盖子压碎了 孩子刚才掉下去了 快来人',
    '俺姥爷还没醒 送到卫生院挂上水了 大夫说不好',
    '一家三口烧炉子 门窗关得严严实实 早上都晕了 刚抬出来',
    '他又喝了酒打我 胳膊都打青了 现在还在外屋摔东西',
    '俺儿子在外面被人扣住了 打电话来要钱赎人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 43 (holdout43's false and missed accusations): a cadre bringing relief, a cadre excused and the matter stalled above him,
// a bank's deduction, an elevator with someone shut in, the writer's own loan unpaid, villagers' fight broken up by a cadre —
// each beside the accusation told in the same words; and a cadre who strikes.
describe('understand: round 43, relief brought, a cadre excused, a bank, a loan, a fight broken up — and the accusation', () => {
  it.each([
    '今儿个村长来俺家送了两袋面 还拿了一桶豆油',
    '网格员小李人挺好 俺家的低保他帮着跑了好几趟 就是镇上一直不批 不怪他',
    '俺娘的养老金让银行扣了 说是还以前的贷款 这能扣吗',
    '想反映一下 俺们楼电梯关了人 一个老太太困里头二十分钟了',
    '俺借给他三万 要了四年了 那人现在盖上楼了 就是不还',
    '老孙喝多了打人 村主任赶过去拉架',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '村长来俺家送了两袋面 说是救济 别人家都给了四袋 俺家就两袋 剩下的哪去了',
    '网格员人挺好 就是镇上不批 可他把名额给了他小舅子',
    '俺的养老金让会计扣了 说是顶水费',
    '俺反映了修路的事 第二天就把俺关了一宿',
    '村主任打人 被打的老汉住院了 谁管',
    '老孙跟人吵架 书记来调解 反倒动手打了我',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it('files the matter stalled above an excused cadre ("包村干部挺负责 …就是县里那边卡着没批")', () => {
    const u = understand('包村干部老赵挺负责 俺家危房的事他跑了好几趟 就是县里那边卡着没批');
    expect(u.complaint).toBe(true);
    expect(u.misconduct).toBe(false);
  });
});

// Round 43's writers (dev143–145: officials accused or only named; the border of chatter and complaint; category borders and
// urgency): look-alikes beside the accusation, the alarm and the complaint told in the same words.
describe("understand: round 43's writers, officials only named beside officials accused", () => {
  it.each([
    '我跟会计他小舅子是为了卖羊的钱吵起来的 跟村里不沾边 他压了俺一千块',
    '村长他老娘今天八十大寿 给全屯发喜糖了',
    '主任发的红包 手慢了 一个没抢着😭',
    '别在群里发广告了 主任说了再发就踢',
    '村会计又来收合作医疗了 今年涨了二十 俺交了 你们交没交',
    '呵呵 学校又要交钱了 这回是校服 一套四百',
    '我就问问 举报镇上干部要实名吗 会不会被报复',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '村长他儿子结婚 全村每户随二百 不随的明年别想评啥',
    '收医保那会会计说交给村里能便宜 我交了 后来一打听根本没这事 钱上哪去了',
    '治保主任喝完酒就在村里骂人 上回还把给他提意见的老王家玻璃砸了',
    '村干部 今年的玉米补贴 给俺们打了一半 另一半说是村里统一买化肥了 化肥谁见着了',
    '村里那台扶贫收割机 说坏了不借 昨天在书记他小舅子家地里跑得欢着呢',
    '村里集体收入一年才两万 书记这两年换了两台车',
    '哈哈 咱村那条路 上面拨了五十万 修出来一冬天就碎了 钱都修到谁兜里了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe("understand: round 43's writers, danger over or standing beside danger now", () => {
  it.each([
    '前两天后山滑坡那块 镇上来人清完了 路通了 大伙放心走',
    '老李家那个空房子的院墙倒了 砖头全堆在道上 三轮车都过不去 也没人管',
    '村西头那个收废品的 天天烧电线皮 黑烟滚滚 熏得人直咳嗽',
    '救命 今天太热了 四十度 人都要化了🥵',
    '厂子说要倒闭了 工资压着三个月不给',
    '网格员一年来一回 俺家院墙塌了跟她说八百遍了理都不理',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '后山又滑坡了 把老张家房子埋了半截 人还在里头',
    '后山墙倒了一半 我婆婆还在炕上 门让砖堵住了出不来',
    '俺家房顶子塌了一块 俺儿子在底下 砸住腿了 拉不出来',
    '屋后那个山坡裂了好长一条口子 哗哗往下冒泥水',
    '救命 太热了 俺爹在地里中暑晕倒了 叫不醒',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe("understand: round 43's writers, a loan unpaid and a cold flat are complaints; a remedy asked is chatter", () => {
  it.each([
    '邻居老孙前年借我五千块钱说半年还 到现在要了好几回 一回比一回横',
    '俺弟弟借我三万块钱买车 现在车开上了钱不还',
    '供热公司还说温度达标 屋里才十四度 老人都穿棉袄睡觉',
    '俺们这儿今年是不是不给发取暖补贴了',
    '屯子那个大喇叭坏了 镇里有啥通知俺们都听不着',
    '危房改造的钱只打了一半 另一半说验收了给 验收完三个月了',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '谁能借我两千块 下个月就还',
    '我感冒好几天了 嗓子疼 有啥偏方不',
    '暖气开始烧了 终于不用穿棉裤睡觉了',
    '自来水厂今晚冲洗管道 期间水可能发黄 放一会就好了',
  ])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 43's general writers (dev146–149): a poison bottle in hand with a condition, someone who jumped into the river; a call
// suggested, muck washed into the river, water over the doorstep with every rain, a ransom paid long since, a tree on the line that
// did not break it — each beside its alarm; and accusations with the village or an office as the doer.
describe("understand: round 43's general writers, alarms and their look-alikes", () => {
  it.each([
    '我也不知道 你打110问问呗',
    '养猪场的粪堆在沟边上 一下雨全冲到河里 那个味 熏得人头疼',
    '屋后那条渠好几年冇清哒 一落雨水就漫到屋里来',
    '在外头打工被骗去缅甸 家里交了五万赎金才放回来 要求公安追查',
    '门口那棵大树被雷劈哒 歪在电线上 还好电线冇断 麻烦供电所来锯一下',
    '俺爹在省城看病花了八万 回来才报了一万 当时急着救命谁顾得上办转诊',
    '河边有人挖沙子 河堤都挖塌了 开春发水咋整',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '俺家低保让停了 俺现在就在镇政府门口 要是还不给恢复 俺就把这瓶药喝了',
    '有个女的跟她男人吵架 往河里跳了 有人下去救了 还没救上来 快来',
    '你快打110 有人拿刀在俺家门口砍人',
    '猪粪冲到河里了 俺家孩子下河摸鱼 喝了几口水 现在吐得厉害 叫不醒',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

describe("understand: round 43's general writers, the village or an office as the doer", () => {
  it.each([
    '俺是特困供养 每月该有九百多 村里只给俺六百 说剩下的替俺存着',
    '网格员一天到晚不见人 俺家老人的医保卡问了三回也没给办',
    '帮扶干部来俺家要俺签字 确认收到了三千块帮扶资金 可俺一分钱都没收到',
    '城管来了把俺门口的桌子椅子搬走了 冇得单子 到现在都冇还',
    '危改补助款说是两万 到手只有一万二 其余的村里说是管理费',
    '村里修路的钱是不是被哪个恰了 修了一半就停了',
    '人社局每次都港材料不全 每次要补的都不一样 就是拖',
    '去年反映了一回 村里还把俺家的地给调了',
    '镇里的人带着挖掘机来推俺家房子 啥手续也没给俺',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '包村干部小李帮俺家把玉米卖了 价还不错 谢谢了',
    '班主任让每个学生买她指定的练习册 一套九十 不买就在班里点名',
    '俺跟俺家老二分家 俺爹的房子他非说是他的 俺们哥俩都要动手了 调解员说让找法院',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Review of round 43: each new look-alike tried with the accusation told beside it, each new silencer with the alarm beside it.
describe('understand: review of round 43, accusations and alarms beside the round look-alikes', () => {
  it.each([
    '组长人不赖 就是镇上一直不批 名额让他侄子占了',
    '老王打人 书记去拉架 结果书记也动手打了老王',
    '书记来俺家送米面了 临走让俺在单子上签了五百块的字 钱没给',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it('"昨晚发大水 书记在那指挥抢险 一宿没睡" accuses nobody', () => {
    expect(understand('昨晚发大水 书记在那指挥抢险 一宿没睡').misconduct).toBe(false);
  });
  it.each([
    '消防通道被车堵死了 一旦着火消防车进不来 现在三楼已经冒烟了 里面还有人',
    '孩子们在冰上玩 容易出事 刚才有个掉进去了',
    '俺把闸拉了 可俺爹已经被电倒了 躺地上不动',
    '跟村里说了八百遍 今天墙真塌了 砸着俺娘了',
    '院墙倒了 堵在道上 底下还压着个人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it('"孩子们在冰上玩 刚才有个差点掉进去了 吓死了" is no emergency', () => {
    expect(understand('孩子们在冰上玩 刚才有个差点掉进去了 吓死了').urgency).not.toBe('emergency');
  });
});

// Review of rounds 42–43's change: the round's harms and demand not yet tried alone, and each accusation look-alike of round 43
// with the accusation told beside it.
describe("understand: review of rounds 42–43, the round's complaints and the accusations beside its look-alikes", () => {
  it.each([
    '俺们屯的大夫一到冬天就回城里住了 一冬天屯子里没大夫',
    '水来了 就是发黄 放了半天才清',
    '公交车改线了 俺们上班要多走二十分钟',
    '村里没个晒场 恁给俺们弄个晒场中不中',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '跟村里没关系 就是他仗着他哥是书记 占了俺家半亩地',
    '书记帮俺家把低保办了 谢谢 就是收了俺两条烟',
    '会计来收合作医疗 俺交了 你们交没交 他多收了俺五十',
    '举报村干部会不会被报复 上回老李举报了 第二天低保就给停了',
    '别在群里发广告了 书记说了 再在群里反映低保的事就把你踢了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Round 44 (holdout44's missed accusations, read after its untuned runs): favour by connections, an excuse never seen, a
// deduction nobody authorised, a collective room or ground let out with the rent unaccounted, a deposit before a benefit, a
// cadre's kin on a published roll — each beside the look-alike told in the same words (a cadre doing her job, a rule's refusal,
// a bank's deduction, a letter to 领导 about a contractor).
describe('understand: round 44, accusations told through benefits and collective things — beside the look-alike', () => {
  it.each([
    '人家有门路的就是不一样 俺家低保申请两年了 回回说不够条件',
    '村里说那三头扶贫牛病死了两头 可俺压根就没见过那两头牛',
    '俺娘的养老金每月少三十 问了说扣的啥合作医疗 谁让扣的 也没个条子',
    '村部那两间空房租出去开了小卖部 一年好几千 这钱去哪了 没人说得清',
    '俺家是危房 组长说要先交三千块保证金才能给报上去',
    '特困名单贴出来了 第五个是书记他小姨家 人家儿子在县城开饭店',
    '俺们村的妇女主任 给人办低保 一户要一千五',
    '我是村医 乡卫生院院长把俺们的公卫补助扣了一半 给他亲戚了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '妇女主任昨天给人办低保 跑了一天 挺辛苦的',
    '低保名单贴出来了 俺家在第五个 感谢村里',
    '银行扣了俺娘的养老金 说是还以前的贷款',
    '尊敬的领导 我丈夫在工地摔死了 包工头只给了两万 后来电话就不接了 恳请领导帮忙',
    '俺家低保没评上 村里说大数据比对俺家有车 可那是拉苞米的三轮子',
    '村部那两间空房租出去开了小卖部 租金都贴在公示栏上了',
    '我是村医 镇里该给俺们的公卫补助 拖欠一年了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 44 (holdout44's complaints read as chatter and chatter filed): the writer's own home out of power or water in a group, the
// power still not back, a benefit never seen, a fix refused, a pothole nobody fills — beside a notice, a question to the neighbours,
// the power back; one's own matter's progress asked and the bot asked if a person answers are chatter, a new harm beside them is not.
describe('understand: round 44, outages and harms told in a group are complaints; a progress question is chatter', () => {
  it.each([
    ['俺家也停水了', 'water'],
    ['俺们这片也停电了 刚才还好好的', 'infrastructure'],
    ['都几点了还不来电 冰箱里的肉都化了', 'infrastructure'],
    ['俺家也是 去年的耕地地力补贴也没见着', 'poverty_policy'],
    ['村口那个大坑 都半年了也没人填 昨天三轮子又翻了', 'infrastructure'],
  ])('%s is a complaint (%s)', (text, category) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.category).toBe(category);
  });
  it.each([
    '明早八点到十二点停电检修 大伙提前准备',
    '俺家也停电了 哦 是空开跳了 没事了',
    '恁家停水了没 俺家还有',
    '村声 俺那个事咋样了 都一个礼拜了',
    '你们这个是真人回复不 还是机器人',
    '冇得电哒 原来是手机冇电哒',
    '你们管不管两口子吵架的事 哈哈',
    '谁家的三轮停俺家大门口了 挪一下 俺要出车',
  ])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each(['冇得水哒 又冇得水哒 三天哒 屋里老人家饭都冇得煮', '我老公喝了酒就打我 你们管不管'])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it('files a new harm told with a progress question ("俺家那个事咋样了 房顶又漏了")', () => {
    expect(understand('俺家那个事咋样了 房顶又漏了 屋里接了三个盆').complaint).toBe(true);
  });
});

// Round 44 (holdout44's missed and false alarms): something put in a drinking well with households already drawing from it is an
// emergency; an attack over with the one hurt in hospital, a care home's delay told after, someone struck yesterday, a crossing's
// near miss and a tree down on a hen house are not — each beside the alarm told in the same words.
describe('understand: round 44, a well with something in it; dangers over beside danger now', () => {
  it.each([
    '屯东头那口井让人扔了东西 水面上漂着白沫 好几家早上已经挑回去了',
    '有人在村里水池子里倒了东西 死了好几只鸭子 还在有人挑水',
    '俺们屯老刘让人打了 脑袋流血 打人的还在院里拿着棍子',
    '敬老院俺舅摔了 现在躺地上起不来 叫不应',
    '俺儿子刚才骑车撞上大车了 人压在底下',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '老刘在村部门口让人打了 人送医院了 打人的跑了 派出所还不来抓',
    '俺娘在敬老院摔了 敬老院拖了三天才送医院 现在说是她自己摔的',
    '屯里那个二流子天天拿棍子吓唬人 前天把老孙家孙子打了',
    '那个道口没栏杆 昨天俺差点撞上火车',
    '后院的杨树叫风刮倒了压着鸡窝了 谁家有油锯借俺使使',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 44's writers (dev151–153: busy groups, money and collective property, urgency), read once on round 43's model and rules:
// their missed accusations and false flags as kinds, each beside the look-alike or the accusation told in the same words.
describe("understand: round 44's writers, accusations through money and stores beside the employer's, the bank's and the data check's", () => {
  it.each([
    '说好年底分红一户八百 今天发的四百 问为啥说今年行情不好 支书倒换了新车',
    '扶贫鸭苗说一户三十只 俺家到手二十只 说路上闷死了',
    '村里修渠的账 沙子买了五十车 渠才修了一百米 一百米用得了五十车',
    '村里那个抗旱仓库 原来有水泵水管 今年要用 打开一看啥都没了',
    '俺村这账 年年收钱 年年不知道去哪了',
    '今年这个耕地补贴 报的亩数比全村的地还多',
    '组长帮人办残疾证 每办一个收两百辛苦费',
    '会计把俺爹养老金卡的预留手机号换成他自己的了',
    '村主任带着钩机来推俺家的院墙 俺爹站在墙根底下',
    '民政说是大数据比对俺家有车 可村会计他小舅子开着大奔还吃着低保',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '说好年底分红一户八百 今天发的八百 大伙都挺高兴',
    '俺在县城物流园装车 老板这个月扣了俺五百说是迟到',
    '俺在村里干公益岗 这个月的钱信用社直接扣了二百 说还俺家以前的贷款',
    '俺娘低保停了 民政说大数据比对俺哥名下有车 村里说找镇里 镇里说找县里',
    '我在县城送外卖 站点扣了我保证金 站长说干满半年才退',
    '领导好 俺家房子是危改盖的 才三年墙就裂了 施工队找不着了',
    '你好 我在村里当了五年护林员 今年换人了 最后三个月的工资还没发',
    '组长刚挨家收了医保的钱 没交的抓紧 月底截止',
    '村里路灯全黑了 太阳能的 一冬天就坏了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe("understand: round 44's writers, danger now beside danger over, passable or argued about", () => {
  it.each([
    '菜窖里俺娘下去半天了 俺往下一瞅趴那了 俺也有点上不来气',
    '大车把一辆拉人的三轮撞翻了 有的躺着不动',
    '桥让水冲得直晃 赶集的还往桥上走呢',
    '老矿那个塌陷坑又塌了 俺儿子在那边放羊 找不着了',
    '有人往屯里那口井里灌了药水 好几家都打水了',
    '城管在这里打人 一个老头被按在地上 头都出血了',
    '墙倒了一半 下面是上学的路 孩子们正在走',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '村道让水冲塌一半 车还能过 晚上看不见 能不能立个牌子',
    '渠坝子昨天决了口子 现在堵上了 地淹了一片 这损失谁管',
    '差点出事 小卖部煤气罐漏了 幸亏闻着了 开窗关阀 现在没事了',
    '那栋老屋倒了 好在早就没人住 砖头堆在路上',
    '俺爹上礼拜让摩托撞了 腿骨折 那人当时说赔 现在电话不接了',
    '广告牌让风刮下来砸在电动车上 人刚刚走开 那牌子早就松了',
    '差点叫那条野狗咬住 前天还咬了老张家的羊 快叫人来逮走',
    '俺家院墙让隔壁挖地基挖塌了 他说不是他挖的 吵了一个月了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 44's second wave of writers (dev154–156: 双清 in Hunan speech, category borders, a Jilin winter month): their misreadings
// as kinds, each beside the alarm, the accusation or the complaint told in the same words.
describe("understand: round 44's second wave, Hunan alarms and their look-alikes", () => {
  it.each([
    '隔壁屋里伢唧一个下午冇看到哒 他娘满村子在喊',
    '楼下一股臭鸡蛋的味道 好冲 他屋里用的罐子煤气',
    '我屋里细伢子恰了老鼠药 嘴巴里有白沫',
    '城管在菜市场正在打一个卖菜的娭毑 按在地上 还在踢',
    '火还在烧 娭毑还在屋里冇出来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '听港昨晚那边一户人家着火哒 好在人都跑出来哒',
    '医院港是一氧化碳中毒 还好送得早',
    '火扑灭哒 娭毑抱出来哒 冇事 就是屋烧了一半',
    '哪个屋里有打气筒 借我用下 车胎冇气哒',
    '村里那几条狗冇拴 昨天咬伤哒一个放学的伢唧',
    '谁家丢了个小黄狗 在俺家柴火垛里冻得直哆嗦 赶紧来领',
    '俺家着火以后 乡里说给两千块救助 一个多月了还没到',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 44's second wave, accusations hinted beside news, relief and questions", () => {
  it.each([
    '今年评的贫困户名单我看了 哈哈 人家有人的就是不一样🙄',
    '城管那个胖子 上次还推了我屋里老头子一把 腰到现在还痛',
    '修路我出三百 只要莫像上次一样钱收了路冇修',
    '我报的危房两年冇批 隔壁屋里楼都起了三层还批了四万',
    '组长家今年盖的小楼真气派 一个组长一年补贴才多少 大伙自己算算',
    '低保刚批下来 村会计就打电话说别忘了谁给你办的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['外地那个新闻看了没 说南方有个村支书贪了几百万 给抓了', '村书记带队去慰问了五保户 送了棉被和油', '@村声 你们管不管得了村干部？'])(
    '%s accuses no official',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
});

// Review of round 44: each new look-alike tried with the accusation told beside it, each new silencer with the alarm beside it.
describe('understand: review of round 44, accusations and alarms beside the round look-alikes', () => {
  it.each([
    '书记收了两千块好处费 没交的抓紧 明天截止',
    '银行扣了俺娘的养老金 可那张卡一直在会计手里',
    '俺在厂里干活 工资打到村里账上 村里扣了三百说是管理费',
    '我是护林员 工资拖欠半年了 会计说钱让他先挪用了',
    '尊敬的领导 村书记收了俺家两千块钱才给办低保',
    '派出所所长收了俺家两千块钱 说能把人放出来',
    '民政说是大数据比对俺家有车 可会计他小舅子开着大奔还吃着低保',
    '当上护林员了 会计说每月要交五十块钱保险 不给收据 是不是真的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it('reads a post\'s lawful charge asked about as no accusation ("当上护林员了 每月要交五十块钱保险 是不是真的")', () => {
    expect(understand('当上保洁员了 每月要交三十块钱保险 是不是真的').misconduct).toBe(false);
  });
  it.each([
    '火扑灭了 可俺娘还在里头没出来',
    '好在人都跑出来哒 可隔壁又着起来了 还在烧',
    '村道冲塌一半 车还能过 刚才一辆三轮翻下去了 人压在底下',
    '广告牌砸下来 人刚走开 可旁边那个老头被砸伤了 流了好多血 叫不醒',
    '昨天他把我打了 现在又拿着刀来了 在砸门',
    '老屋倒了 说是没人住 可刚才听见里头有人喊救命',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 45 (holdout45's misses, read only after its untuned runs, and dev158–161's): favour by surname or by a relative in an office,
// the police not coming, homes kept locked but for inspections, works built for the photograph — each beside the look-alike the same
// words tell: a clinic's charge, a helper's dead phone, a cadre asked to help or to make peace, a notice relayed, a proxy signature asked.
describe("understand: round 45, accusations by surname, office, the police's absence and works for show — beside the look-alike", () => {
  it.each([
    '俺家要是也跟书记一个姓 低保早批下来了',
    '人家闺女在镇上上班 拆迁款早就到手了 俺家等了两年',
    '报警半天不出警 俺家的鸡让人偷光了',
    '村里的幸福院盖好两年了 一直锁着门 上边来检查的时候才开',
    '同样是危房 他家两层楼也给改造了 俺家土坯房就没份',
    '村主任说要想评上低保 得先交两千块钱 给上面打点',
    '会计他外甥那个补助早就批下来了 俺的表交了说丢了',
    '派出所出警太慢 打110一个多小时才来人',
    '俺在派出所报了案 两个月了没人来看一眼',
    '改厕验收的时候拍个照就算合格了 管子都没接',
    '扶贫羊场建好后一直空着 羊呢',
    '每回上头来检查 村里就临时找人坐车间里 检查完就散了',
    '他家儿子在派出所有个同学 最后判我家全责',
    '会计说今年补贴标准降了 可县里网上公布的没降',
    '包村干部说俺要是不签字 明年低保就给停了',
    '受灾轻的几家拿得最多 都姓一个姓',
    '俺爹医保断缴了 可每年都交给村里了 收据还在',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '卫生室打针要先交钱 俺没带够 大夫就不给打',
    '俺家明白卡上帮扶人的电话是空号 有事找不着人',
    '村干部能不能帮着去看看俺娘 她一个人在家 房子漏风',
    '工头欠俺五千块工钱 村主任也帮俺找过 还是找不着人',
    '俺家老二在外地 延包合同能不能叫他媳妇代签',
    '网格员给俺报了临时救助 乡里说没钱了 让明年再报',
    '村长你帮着去说和说和 俺家老大两口子又打起来了',
    '主任在群里说了 明天上午村部发米面 每户一袋',
    '危改房盖好了 验收那天来人拍了照就走了 屋里还没通电',
    '俺要是不交医保 明年还能报销吗',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 45's alarms (holdout45 and dev158, a writer of winter nights): told by their signs — a chimney with no smoke over someone alone,
// a man not home on icy roads, one child still in the water, a diabetic sweating, a woman hiding from a beating, men still underground —
// beside the same signs over, explained or only feared.
describe('understand: round 45, alarms told by their signs beside the signs over, explained or feared', () => {
  it.each([
    '后屯老王头一个人住 这两天烟囱没冒烟 敲门也没人应',
    '俺男人喝多了还没回家 电话打不通 道上全是冰',
    '冰窟窿里掉下去俩孩子 拉上来一个 还有一个在水里',
    '俺娘有糖尿病 打了胰岛素没吃饭 现在一身冷汗 叫她不太应',
    '闺女把一瓶降压药吃了 现在直吐',
    '她男人又打她 她锁在厕所里 外头在砸门',
    '俺哥在矿上干活 刚才说井下出事了 人还没出来',
    '棉袄叫炉子燎着了 浇灭了 可胳膊烧伤了一大片 皮都起来了',
    '大车翻了 电线落在车顶上 司机还在车里',
    '闺女放学还没回 天都黑了 外头下着大雪 同学说四点就走了',
    '泡子上有几个孩子在滑冰 那冰昨天才冻上',
    '哎 妈 妈你咋了 她捂着胸口 出冷汗',
    '那座桥桥墩子冲空了 车一过就晃 学生还从上面走呢',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '感谢张主任昨天把俺爹送医院 真是好人',
    '俺家男人喝酒去了 电话打不通 估计又在他哥家睡下了',
    '昨晚变压器冒火花 今早全屯没电了',
    '幸亏拉了闸 电线冒火星子那块烧黑了 现在屋里没电',
    '井水有股农药味 上游有人种菜天天打药',
    '大家记住 着火了打119 煤烟中毒打120 别搞混了',
    '听说镇上有个学生从楼上摔下来了 不知道咋样了',
    '有人知道哪卖煤烟报警器吗 想给爸妈装一个',
    '牛棚让雪压塌了 砸死一头牛 有保险没',
    '谁家小孩往河上跑 大人看着点 那冰薄 年年出事',
    '放鞭炮离柴火垛远点 别整着火了',
    '昨天晚上着火了 好在老两口从后窗爬出来了 现在住村部',
    '打除草剂飘到俺家大豆上 死了一大片',
    '在物流园搬货 受伤了老板也不给报',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Review of round 45: each new look-alike with an accusation told beside it, each new silencer with the alarm beside it.
describe('understand: review of round 45, accusations and alarms beside the round look-alikes', () => {
  it.each([
    '卫生室打针要先交钱 可村医说交给书记的那两千块就不用交',
    '村干部能不能帮着去看看俺娘 上回去了 书记说不送礼就别想评低保',
    '会计给俺报了残疾补贴 县里没批下来 可他收了俺三百块钱',
    '帮扶人的电话是空号 俺家的分红也让他领走了 收了好处',
    '通知：明天发救灾米面 村主任说他亲戚家先领',
    '通知：会计把救灾款挪去给他儿子买车了',
    '公告：村主任小舅子占了公益岗 大家都知道',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '昨晚变压器冒火花 今早没电了 刚才俺爹去摸电闸 电着了 倒地上不动',
    '井水有股农药味 上游有人打药 俺娘喝了直吐 叫不醒',
    '牛棚让雪压塌了 砸死一头牛 俺爹还在里头压着',
    '大水冲走了俺家的鸭子 俺儿子下去捞 也让水冲走了',
    '听说镇上有人掉河里了 不知道咋样了 是俺家孩子 现在还没捞上来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 46 (holdout46 and dev166–171, the autumn writers): alarms told by their signs — a hillside on the move over houses not left, a
// drunk lying out in the cold, a dog still at a child, an empty pesticide bottle beside someone fitting, a gas bottle that will not close, a
// woman crying out in a house where things are smashed — beside the same words over, habitual, feared, elsewhere or asked after.
describe('understand: round 46, alarms told by their signs beside the signs over, habitual, feared or asked after', () => {
  it.each([
    '屋后头那个坡上 树都往下歪了 泥巴还在动 底下那三户还没搬',
    '卫生所门口趴着个人 喝多了 叫不醒 衣服都冻硬了',
    '野狗把放学的小丫头扑倒了 咬着腿不松口',
    '俺孙子让狗咬了脸 血一直流 狗还在那蹲着',
    '他跟媳妇吵完就进了仓房 地上一个农药瓶子空了 人在那抽',
    '煤气罐阀门坏了 一直往外冒气 关不上',
    '对门老孙家又打起来了 屋里稀里哗啦摔东西 他媳妇喊救命',
    '大车撞了俺家房子 墙塌了一半 俺爹压在底下了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '今晚有月全食 孩子们都在房顶上等着看',
    '过年孩子们都没回来 就俺老两口 冷清',
    '群里别老转那些寻人的了 一看就是骗子 都是假的',
    '后屋让雪压塌了半边 没住人 前屋还住着',
    '屋后那个坎子下大雨冲垮了一截 离墙根一米多 我怕再下雨把屋冲了',
    '屋后那座山 一落雨就往下掉石头 把我家墙都砸裂了',
    '借俺家三轮子去拉煤 翻沟里了 车坏了 他不给修',
    '主任已经来看过了 山塘塘埂垮了一截 他说报到镇上 我想问报上去没有',
    '电线杆倒了压在菜地里 电已经断了 请派人来修',
    '昨晚变压器那块啪一下冒火 然后就没电了 到现在全屯都没电',
    '上个月俺爹喝药走了 现在后妈要占房子',
    '这要是谁家着火 一烧一大片 村里能不能晚上巡一巡',
    '俺欠人家钱 人家天天晚上来砸门要 孩子吓得睡不着',
    '收割机把电线杆子刮倒了 线耷拉在道边 好在已经没电了',
    '昨天翻车那俩人送中心医院了 命保住了',
    '村东头严禁燃放鞭炮 发现火情立即拨打119',
    '小区消防通道让车堵死了 真着火了消防车都进不来 物业也不管',
    '南头停电了 电线刮断了耷拉在苞米地里 没人往那走 啥时候来电',
    '上礼拜孩子在学校从单杠上摔下来 胳膊骨折了 学校说有保险 找谁报',
    '孩子不见了!!……哦找着了 在他姥家 打扰大家了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 46's accusations (holdout46 and dev166–171): a benefit to a cadre's kin told with what they do, a household with an official in it,
// a post given to a cadre's kin, money from above cut, the ineligible kept on, enforcement that pushes — beside a cadre's kin wronging the
// writer in private, a benefit's own rule, and a notice signed by the cadre who posts it.
describe('understand: round 46, accusations beside a cadre kin private wrong, a benefit rule and a signed notice', () => {
  it.each([
    '评低保俺家没评上 会计家那个开饭店的亲家评上了',
    '人家家里有当官的 房子没坏也是危改户',
    '原来的村医干得好好的给换下去了 现在是书记家儿媳妇在那',
    '上头发的良种补贴 到俺们手里少了一半',
    '核查的来了也没用 不该吃低保的照样吃 该吃的照样吃',
    '查禁烧的进院就要罚款 还把俺爹推了个跟头',
    '采石场把俺家房子震裂了 乡长说让俺别闹 老板是乡长的同学',
    '村主任他儿子开车轧死俺家两只羊 不赔 还说你去告 村里谁管你',
    '书记的侄子当村医 连个资格证都没有 原来的大夫让他们挤走了',
    // (review of round 46: each look-alike with the wrong told beside it)
    '高龄补贴要本人去认证 不去就停发 可会计说给他二百就不用去了',
    '网格员：大家注意 会计收了俺两百块钱才给办低保',
    '书记他侄子开的小卖店卖过期奶 村里过节慰问品也全从他家进',
    '乡长的亲戚占了俺家的宅基地 还打人',
    '会计把修墙的钱黑了 墙到现在还塌着',
    '村主任把窗户改造款黑了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '村会计他儿媳妇开车把俺家鸡轧死了两只 说赔五十 俺嫌少',
    '书记他侄子在村口开小卖店 卖过期的饮料给俺孩子',
    '会计他老婆跟俺媳妇在井台上吵起来了 为了谁先打水',
    '村主任的侄子跟俺闺女处过对象 黄了以后天天打电话骚扰',
    '俺娘九十了 高龄补贴说要本人去镇上认证 不去就停发 她走不了路',
    '李庄村网格员：养老保险缴费开始了 档次二百到五千 不懂的来村部找我',
    '听说外省那边查了好几个腐败的 大快人心',
    '村主任说下礼拜来修路灯 俺们这条街黑了一个多月了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 46's chatter and complaints (holdout46): a notice headed by the village or the cadre posting it files nothing; thanks with the
// matter still open, a feud no office has mended and a brother's loan put to the village to mediate are complaints.
describe('understand: round 46, notices headed by their poster beside complaints told after thanks or visits', () => {
  it.each(['条子河村网格员：医保缴费开始了，档次有三个，不懂的来村部找我', '泉沟村：严禁在柴草垛附近放鞭炮，发现火情立即拨打119，并向村委会报告'])(
    '%s files nothing',
    (text) => {
      expect(understand(text).complaint).toBe(false);
    },
  );
  it.each([
    '泉沟村：大家看看 俺家停电三天了 没人管',
    '感谢王会计帮俺把医保转过来了 就是卫生院还说查不到 看病还得先垫钱',
    '我和我哥为宅基地闹了五年 村里镇里司法所都去过 一点用没有',
    '我弟借俺两万块钱说年底还 现在说没有 想问村里能不能给调解调解',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

// Round 47's alarms (holdout47 and dev177–182, the winter writers): a child off the bus and not home by dark, a hat floating where a child
// was heard, a roof creaking or caved in over someone inside, smoke out of a wall's cracks — beside a fire that once was, a pile easy to
// catch fire, a guy wire, a field flooded by a sluice, a sky "about to fall", a corner fallen last winter, a dam seeping for weeks, a
// neighbour's smoke day after day, children sliding on a pit, a mouth on fire from chillies and a notice's advice.
describe('understand: round 47, alarms told by their signs beside the signs past, habitual, feared or figurative', () => {
  it.each([
    '小宇下了校车到现在没到家 天都黑了 手机也没带 大伙帮着找找',
    '家人们帮忙扩散 我外甥放学没回家 都六点半了 小孩九岁 穿蓝色校服',
    '稻田边上那个机井坑 刚才听着有孩子喊 过去一看水面上就漂着一顶帽子',
    '老于家那房子往下掉土 房梁嘎嘎响 他家老两口还在屋里睡觉呢',
    '西屋房顶让雪压塌了 我儿子在里头睡觉 叫他只听见哼哼 门框都歪了进不去',
    '我屋里火箱后面那个墙 摸起好烫 墙缝里在冒烟 楼上堆的是柴',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺们屯老刘家电线着火那回 还好发现的早 天冷了大伙电褥子别开一宿啊',
    '咱屯道口谁家把苞米秆子堆道上了 挡了半拉道 还容易着火',
    '苞米地里电线杆子的拉线断了 收割机一碰就晃 怕倒',
    '俺们屯那个灌渠闸门坏了关不上 水一直往俺家地里灌 稻子全泡了',
    '这天阴得跟要塌了一样，该投诉老天爷了，半个月没见着日头',
    '后沟那户老两口的房子 去年冬天塌了一个角 今年还住着 村里能不能给想想办法',
    '村上头那个小水库 坝上有一截往外渗水 渗了半个月了 俺就是怕它哪天',
    '有户人家天天在院子里烧塑料 那味大的呛人 老人喘不上来气 说他也不听',
    '这剁辣椒辣得我喉咙都着火哒，哪个屋里做的，手艺好',
    '镇里通知：取暖季到了，各户注意用火安全，发现头晕恶心赶紧开窗并打120。',
    '昨天说的那个漏雨的事，今天房梁都往下掉土渣了，晚上娘儿几个都不敢在屋里睡',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 47's accusations: the 危改 list topped by the newest houses, every benefit to one end of the village, a benefit drawn "for
// materials" and nothing built, a half-built project and a new car, connections in the police, a list torn down, a visit after a
// complaint, a 帮扶责任人 never come, the 城管 overturning a cart, a school head making teachers sell insurance — beside a cadre who
// found a buyer, gift money at weddings, a deduction by the bank, the office's door as a place, a loan among neighbours, a caller's own
// title, a cadre standing aside from his kin's quarrel, the writer's family and the cadre's, money declined, a red packet and a blocked number.
describe('understand: round 47, accusations beside a cadre who helped, stood aside or is family, and money declined', () => {
  it.each([
    '这回危房改造名单出来了 谁家房子最新谁家上榜 真是怪了',
    '啥好事都轮不上 低保 公益岗 全是东头那几家 东头住的是谁 你们去打听打听就知道了',
    '村主任把俺家危房改造的钱领了，说是先帮俺垫了材料钱，可俺家房子到现在一块砖都没动',
    '那个大棚项目 大棚就搭了一半，管事的倒换了新车',
    '派出所来了光带走俺家的 人家家里有人在县局 咱说啥都没用',
    '公益岗招人 贴出来的通知第二天就撕了 说招满了 招的谁？你们猜😂',
    '说了也白说 上回有人往上反映 没两天就有人上门了 问你是不是不想在村里过了',
    '我家是脱贫户 今年帮扶责任人一次都没来过',
    '城管在社区门口把卖糖葫芦老头的车掀了 老头七十多',
    '我们学校校长让每个老师拉十个家长买学平险 没完成的扣绩效',
    // (each look-alike with the wrong told beside it)
    '刘书记帮着联系的那个收粮的 压价 书记拿了回扣',
    '校长说补课不收钱 结果每人收了六百',
    '支书他兄弟盖牛棚占了俺地头 支书说他不好插手 可他一直护着他兄弟',
    '刘书记帮着联系的那个收粮的 压价压得狠 听说是书记的小舅子',
    '俺家跟村会计家合伙养牛 他把扶贫的牛也算进去卖了',
    '名单贴出来了 我屋里冇得 冇得意见 就是书记他侄子有车有房也评上了',
    '村主任说办证不收钱 俺还是给了他五百才办下来',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '刘书记帮着联系的那个收粮的 过完秤钱没给全 差了一万多 那人说过两天',
    '包村的何镇长给俺家联系了收稻子的 说好两块五 人家来了说水分大只给两块二',
    '国庆七天乐 喝了五场喜酒 腰包都随空了😂',
    '网格员小孙说俺家养老保险没扣成功 让俺再交一遍 俺卡上钱明明扣了',
    '快来人 谭园村村委门口俩家人打起来了 一个老头叫推倒了',
    '哪个屋里有打谷机借一下，明天用半天，给油钱',
    '刘书记 俺们屯那路灯能不能再装两个 学生下校车那段太黑了',
    '你好 我是 我是 白山乡 友谊村的 会计 我 我替我们村一个病人家属问问 送精神病院 长期住 费用负担不了',
    '俺跟支书他兄弟家地挨着 他家盖牛棚占了俺地头 支书说这是恁俩的事他不好插手 叫俺找司法所',
    '俺家跟村会计家合伙养的牛 今年卖了 钱是他收的 算账俩人对不上 想找人评评理',
    '名单贴出来了 我屋里冇得 我屋里也不困难 冇得意见 就是问问贴在哪里',
    '校长在家长群说了 初三寒假补课是自愿的 不收钱 有需要的报名',
    '过年了 村主任在群里发了个拜年红包 手慢无 明年我一定蹲着',
    '镇里的李主任今天来我们村讲防诈骗 我奶听完回来就把一个陌生电话拉黑了',
    '俺姐夫喝多了就打俺姐 昨晚又打了 能不能让妇联主任去管管他',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 47's chatter (holdout47 and dev177–182): a question of procedure about a lost certificate, a pupils' sign-up through a cadre, a
// cadre's promise to correct a record herself, one's own electrician called, a boast with shades, a notice forwarded from a parents'
// group, a cadre away at training with whom to see meanwhile, the writer's own next trip, an ad — beside complaints in the same words.
describe('understand: round 47, chatter beside complaints told in the same words', () => {
  it.each([
    '村声 结婚证丢了补办要啥材料啊 闺女问我我也不知道',
    '屯里今年去镇上念书坐校车的孩子 家长找小马报个名 村里统一登记',
    '网格员小陈今儿个来俺家核实养老保险，说俺名字系统里写错了一个字，她回去给改，麻烦她了',
    '莫港哒，我屋里电表又跳闸哒，一开电饭煲就跳，明天喊电工来看下',
    '停水三天俺也不怕，俺家有压水井😎',
    '贾楼乡中心小学家长群转：校长说了 天冷锅炉坏了正在修 这两天教室冷 让孩子多穿点 周三前保证修好',
    '村卫生所王大夫去县里培训了 三天 这几天有病的去镇卫生院看',
    '主任去市里开会哒明天才回 那我明天再跑一趟咯',
    '卖羊，十几只，要哩联系，小河村这边',
  ])('%s files nothing', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '结婚证丢了去民政局补办 跑了三趟 人家说系统坏了 到现在办不下来',
    '网格员来核实养老保险 说俺名字写错了 让俺自己去县里改 俺腿脚不好去不了',
    '电表又跳闸了 喊了电工三回都没人来 屋里冰凉',
    '校长说锅炉周三前保证修好 今天都礼拜五了 教室还是冷的',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

// Round 47's second wave (dev183–186): hints told in the village's own words — kin in the police or the court, "who runs it, you all
// know", money lost between the village and the township, approving one's own, a visit after a call, new houses on the 危改 list, relief
// to cadres' homes, accounts never seen, a co-op's losses and its managers' new flats, a cadre's cut per jin, the head's kin hired at
// double the day rate — beside a cadre's affair explained, a process told as open, a refusal accepted, and a cadre who chased a private
// debtor or mediated.
describe('understand: round 47, hints beside affairs explained, processes told as open and a cadre who chased a debtor', () => {
  it.each([
    '他家打了我儿子 派出所来了就说是邻里纠纷 他外甥就在镇派出所 这谁不知道啊',
    '村里那点好事 都轮不到俺后庄 啥都是前庄的 前庄谁当家 恁都知道',
    '二十多户交的自来水入户费每户八百 水到现在没通 村里说钱交上去了 镇里说没收到',
    '村干部是不是可以自己批自己家的危改',
    '我打完电话的第二天 就有人上门来关心我了 真是效率高啊',
    '今年危改批了六户 我挨个去看了 有三户都是新房子',
    '说是给留守老人送电暖器 我们村送了五台 全送到了干部家老人那',
    '新搬进敬老院的那个老人 他儿子开大货车 家里三套房 这也能进敬老院',
    '集体的鹿场租出去了 说好年底按人头分 到现在没人见着一分 连个账也没有',
    '一说分红就说亏了 可管合作社那几个 一个个都换了新楼',
    '有一户俩儿子都在长春当老板 你说他家是咋返贫的',
    '组长帮那个收粮的老板收粮 说他担保 现在老板跑了 可他一斤拿人家两分钱',
    '流转费就俺这几户少一半 跟村主任吵过架的都少了',
    '修路的活 小工都是村主任家亲戚 一天三百 我们干一天才给一百五',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '会计他媳妇在镇上那个超市当收银了 人家自己去应聘的 不是村里安排 别啥都往村里扯',
    '书记他弟开出租好几年了 车是他自己买的营运证 别搞混了',
    '老村部那房子卖了 开了村民代表会 公开拍卖的 钱进村集体 准备开春修路',
    '五保户今年过年每人发了五百块慰问金 村上一家家送过去的 冇得问题',
    '去年冬天俺把苞米卖给了开粮点的李四他小舅子 钱还欠一万二 找了村会计帮着打电话 人家还是不给',
    '村支书帮我们调解 调了两回 撞人那家就是不出钱 讲冇得钱',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '俺家申请低保没批 说俺儿子有车有工作 收入超了 那行吧 政策就这样 不怨谁',
    '防返贫监测名单出来了 俺家没在上头 俺家今年收成还行 不够条件正常',
    '取暖补助今年五百 到手四百八 是银行扣了二十块卡费 我去问了 不是村里扣的',
  ])('%s files nothing', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '俺家申请低保没批 说俺儿子有车 可那车是俺儿子贷款买的 人在外地打工 俺老两口啥收入没有',
    '取暖补助今年五百 到手四百八 问了银行说不是他们扣的 那二十块哪去了',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '石桥村老粮站那堵高墙在往外倒！已经倒哒一截，下面是路，有几个学生在下面捡东西，快喊他们走！',
    '后墙让雪压得往外倒了，已经倒了半拉，老赵他儿在屋里抱着孩子呢，门让墙给顶住开不开！',
    '锅炉在冒蒸汽 嗤嗤的 司炉工说压力表都打满了 要爆了 旁边就是学校 学生在上课',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['桥头那块大石头从山上滚下来横在路当中，三轮过不去，绕路得多走十来里', '锅炉房那个锅炉老是漏水 压力表也坏了 供暖不热'])(
    '%s is no emergency',
    (text) => {
      expect(understand(text).urgency).not.toBe('emergency');
    },
  );
});

// Review of round 47: each new look-alike with a wrong told beside it stays an accusation.
describe('understand: review of round 47, look-alikes with the wrong told beside them', () => {
  it.each([
    '刘书记帮着联系的那个收粮的 压价 书记说不卖给他以后低保就别想了',
    '大家别误会 书记没收钱 是会计收的',
    '会计在市里买楼 说是拆迁换的 可他家根本没拆迁',
    '村主任帮着催了几回 后来才知道那公司是他开的',
    '村主任在群里发了个红包 让大家选他',
    '能不能让书记去管管 他儿子天天打人',
    '村支书帮我们调解 结果他收了对方两千块 向着人家',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Round 48 (holdout48's misses, read after its untuned runs): a hole in the ice with a child's things beside it, a stroke's signs with
// the phone dropping, a child not home (冇回屋) with her bag found — beside 120 out of reach if ever, a lift that often stops, a custody
// quarrel's 抢孩子, a pit feared under snow, a basement flooded and frozen, a wall down on a toilet, a track crushed, a roof down since last
// autumn's rain, a dam seeping that has not gone, sparks last night and no power since, a cold room's shivering and a death heard of.
describe('understand: round 48, alarms told by their signs beside dangers feared, past, habitual or elsewhere', () => {
  it.each([
    '河套那块冰面上开了个大洞 洞边上扔着一副手套和一个冰爬犁 喊了半天没人应',
    '俺娘刚才打电话 舌头发硬 说话含糊 碗都端不住一直往下掉',
    '紧急！我屋里细妹子放学冇回屋，天都黑哒，大家帮忙找一下',
    '老姨一个人在雪地里坐着 冻得直哆嗦 叫她也不应 起不来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺们屯手机信号太差，万一老人有个急病，打120都打不出去',
    '咱这楼电梯三天两头停，俺妈腿不好，上不去下不来，物业也不管',
    '儿子离婚孩子判给他了，前儿媳今天又来要抢孩子，吵吵把火的，这事谁管',
    '河滩让人挖了好几个深坑，雪一盖上看不见，掉下去准出事',
    '楼下车库进水了 全冻成冰了 车都开不出来',
    '俺家西边院墙倒了一截 压着邻居家的猪圈 俩家为这个吵起来了',
    '去地里那条机耕路让拉土的大车压垮了，拖拉机过不去',
    '俺家灶房屋顶垮哒 上半年那场大雨泡的 现在在堂屋搭灶做饭',
    '山塘坝脚在渗水 还没垮 就是怕出事 能不能来看看',
    '夜儿黑变压器冒了一阵火 然后全屯都没电了 到现在还没人来修',
    '镇上卫生院冬天也不烧暖气 老人去打针冻得直哆嗦',
    '听说邻镇有个老汉烧炭中毒没了 大家烤火记得开窗',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 48's accusations: a benefit that needs gifts first, the contractor's kin left to guess, a cadre a shareholder of the firm that
// owes — beside a cadre visiting with oil and flour, a wall pressing a toilet, nightfall (黑了), a head who passed the news and is asked
// after, a village without money for a repair, a referral up to a county bureau, news of a cadre caught in the next district.
describe('understand: round 48, hints beside visits, referrals and nightfall', () => {
  it.each([
    '这年头想评个贫困户就得先给人送烟送酒 俺家穷得送不起',
    '村东头那座桥修了不到一年就裂了 包活的老板是谁家的小舅子 大家心里都有数',
    '俺们的地流转给养牛的公司 两年没给钱 村支书就是那个公司的股东',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '王主任昨儿个到俺家看俺娘，还带了一袋米一桶油，俺娘直夸他',
    '俺家院墙塌了一半 压着隔壁的鸡窝 书记来看过了 让两家商量',
    '赵书记，俺们屯又停电了，一天停好几回，黑了电热毯都用不了，您给催催供电所',
    '李校长说孩子的营养餐补贴这学期没了 问他他也说不知道咋回事 能帮着问问不',
    '屯里那口井的水泵坏了 村里没钱修 会计让俺们自己打这个电话 三十多户吃不上水',
    '社区主任说医保的事让我找街道，街道说找县医保局，跑了好几趟还没办下来',
    '新闻上港隔壁区有个村会计挪了扶贫款被抓哒，活该',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 48's dropped complaints: a rule quoted and its fairness asked, a purchase the teacher resents refusing, nobody to explain, months
// waited, legs that cannot go and a visit asked, a fee "certainly paid", a promised repair and the harm now, thanks and then 就是…咋恁贵,
// the village's machine asked for a frozen well — beside the same shapes that need nothing.
describe('understand: round 48, grievances in a quote, a promise or thanks beside the same shapes content', () => {
  it.each([
    '学校通知寒假补课 每人收八百 这合理吗',
    '班主任说要统一订练习册 一本九十 不订老师就不高兴',
    '村里水费今年一吨涨了一块 问了也没人解释',
    '养老金认证说等通知 等了两个月了 也没个信儿',
    '乡里说残疾证年审要本人去 俺爹瘫在炕上去不了 能不能派人上门',
    '卫生院说俺家医保没交 俺明明八月份就交了的 收据还在',
    '村里说年前把那段渠修好，现在一放水就往外冒，地都淹了',
    '谢谢李大夫半夜来给俺爹输液！就是村卫生室那个针咋恁贵',
    '张主任，俺家井冻住了，抽不上水，村里那台抽水机能不能借俺用一天',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '学校通知寒假补课是自愿的 不收钱 想来的来',
    '谢谢李大夫半夜来给俺爹输液！人好多了',
    '谁家有抽水机 借俺使一天 明天还',
    '村里说年前把那段渠修好 到时候通知大家',
  ])('%s files nothing', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 48's first wave (AH3–AH8, read once before folding): a stroke told with an arm that will not lift (嘴巴歪哒 …手也抬不起来); someone
// lying still in the cold; a door shut since yesterday with the phone unanswered; a call cut after "我动不了了"; a cry for help going on
// (喊救命呢); a room under a sagging beam still slept in — beside caught by the warden (逮着了), a drain poked at, sparks that once were,
// last year's storm, 120 out of reach last time, a notice's 严防中毒, 救命啊 at the cold, a safety question, a shed down with nobody in it
// or its dweller moved out, a near miss on a scooter, a patient awake in hospital.
describe('understand: round 48, winter alarms beside caught, poked, past, asked and empty', () => {
  it.each([
    '喂 我外公坐在火箱边上 突然嘴巴歪哒 讲话讲不清 手也抬不起来',
    '屯东头柴火垛边上有个人躺着 一动不动 身上都冻硬了',
    '俺姑一个人住 打了一上午电话不接 邻居说她家大门从昨天就没开过',
    '我舅刚给我打电话就说了句我动不了了就挂了 再打没人接',
    '后山沟里有个采蘑菇的老太太滑下去了 喊救命呢 坡太陡下不去',
    '俺家老屋房梁歪了 墙也塌了一截 俺爹睡的那间还在住人 谁能去给俺爹挪出来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '给俺爹上坟烧纸让护林员逮着了 罚了一百 俺认罚',
    '物业来了俩人 拿竹竿捅了一下午下水道 还是堵',
    '学校门口那个变压器冒火那回电业来修过了 可护栏到现在还倒着',
    '去年那场大雪我们困在国道上一宿 今年一下雪心里就发慌',
    '我们这后沟信号不好 上回我爹半夜心口疼想打120拨不出去 移动公司能不能建个塔',
    '社区提醒：烧炭取暖要开窗，严防一氧化碳中毒。',
    '救命啊 今天这天冷死了 出门两分钟耳朵就冻木了',
    '请问冬天电热毯开一整夜会不会着火 俺娘天天开着睡',
    '后院仓房让雪压塌了 里边没人 就放着些农具 能不能报损失',
    '五保户老孙那间房塌了一间 人已经住到敬老院了 房子咋整',
    '路上滑 我骑电动车差点撞了个小孩 大家都慢点',
    '老张头送到医院哒，医生讲是冻的加低血糖，现在醒了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// A village's formal name (X村委会 in the gazetteer) is a place, not the office, for the accusation's reading; the office acting is still read.
describe('understand: round 48, a village named by its committee beside the committee acting', () => {
  it.each(['五星村委会东头老李家办喜事 两伙人喝多了打起来了 快叫派出所', '我妈在喜善村委会一个人住 这两天降温 她说炕烧不热'])(
    '%s accuses no official',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
  it.each(['曾庄村委会收了每户两百块危房改造跑腿费 不交的不给报', '王相村委会发的耕地补贴俺家二十亩只给算十二亩 剩下的给谁了 会计说不清楚'])(
    '%s accuses an official',
    (text) => {
      expect(understand(text).misconduct).toBe(true);
    },
  );
});

// Round 48's first wave (AH3's accusations, read once before folding): a runaround told as done on purpose, posts to one surname "巧不巧",
// pay cut "as a management fee", the 网格员's sister put forward, a villager's loan "borrowed" by the head, the head's family let burn, a
// cadre who "cannot" act against his brother, snow cleared first for the township head's village, a labour officer off to dinner with the
// contractor, a benefit refused for the ranking, a pension stopped "and who drew it", the seal in the wife's pocket — beside an honest
// referral, a surname shared by chance, a fee explained, kin who are only kin.
describe('understand: round 48, wrongs told sideways beside referrals, surnames and kin', () => {
  it.each([
    '办个低保 乡里说去县民政局 民政局说先回村开证明 村里又说乡里没通知 明摆着就是不想给办',
    '俺村今年护林员一共三个名额 三个姓刘的 你说巧不巧',
    '镇里雇俺们扫了半个月雪 工钱拨下来让村里扣了一半 说是管理费',
    '网格员来登记监测户 说俺家不够格 转头把她自己亲妹妹报上去了',
    '俺家贷的三万小额信贷 村主任说借他用用 现在到期了他不还 信用社天天找俺',
    '俺家烧点秸秆让罚了三百 人家村主任家烧了一大片 没人管',
    '找村里说邻居占道 支书说他管不了 那邻居就是他亲兄弟',
    '大雪封路 铲车先给镇长老家那个屯铲 俺们屯等了三天',
    '去劳保所反映包工头欠钱 所长说去法院 转身就跟包工头出去吃饭了',
    '俺家明明够监测户 村里就是不给报 说报多了影响村里考核',
    '俺娘的高龄补贴停了 说是销户了 人好好的 销了以后补贴谁领了',
    '咱村公章一个在支书兜里 他媳妇兜里还揣一个',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '办残疾证 乡里说要去县残联 残联说先体检 跑了两趟了 腿脚不好 能不能在乡里办',
    '今天来帮忙杀猪的三个都姓刘的 真巧 一家子',
    '物业说电梯费是管理费里的 单独不收 那就好',
    '网格员小李她妹妹也在俺们屯 俩人长得真像',
    '书记他亲兄弟跟俺家是邻居 人挺好 过年还送了对联',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 48's second wave (AI1–AI4, read once on the first retrain): alarms in a few words (孕妇出血了, 有人冻晕在道边) beside a warning and a
// cry at the snow; a quarrel at the committee's door beside the committee acting.
describe('understand: round 48, short alarms beside warnings, and a quarrel at the committee door', () => {
  it.each(['孕妇出血了', '有人冻晕在道边', '村口有个老头冻晕了倒在雪里'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['冬天可别冻晕了 多穿点', '救命 这雪下起来没完', '等车的时候冻得头晕 校车老不来'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each(['唐家村老于家和老韩家为垄沟吵了三年 今天又在村委会门口对骂 差点动手 谁来管管'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['村委会门口贴的低保名单 全是村主任家亲戚'])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Round 48's second wave (AI4): sent on with the office's purpose named by the writer, beside an honest referral and a company's runaround.
describe("understand: round 48, a runaround told as an office's purpose beside an honest referral", () => {
  it.each([
    '残疾证换证跑了三趟 乡里每次都说缺材料 每次说的还不一样 是不是故意卡我',
    '社区说让我等通知 等了俩月 我看他们就是嫌麻烦',
    '白泉镇民政办让我去县里开证明 县里说乡镇就能开 回来又说县里的不算 转了三回 耍人玩呢',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '乡里让我去县残联 残联说先体检 跑了两趟了 腿脚不好',
    '热力公司说归物业 物业说归热力公司 就是糊弄俺们 暖气到现在不热',
    '卖煤的说是好煤 其实就是糊弄俺 一烧全是石头',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Review of round 48: each new look-alike with a wrong told beside it stays an accusation.
describe('understand: review of round 48, look-alikes with the wrong told beside them', () => {
  it.each([
    '书记来俺家看俺爹了 还拿了一桶油 说是慰问 其实是上面发给低保户的 让他自己留下一半',
    '学校张校长说营养餐补助停了 问他他也说不知道为啥 能给问问不 听说钱让他挪去修食堂了',
    '井里水泵坏了 村里没钱修 可书记天天下馆子',
    '村主任说让我找乡里，乡里说找县医保局，医保局说钱是村主任收了没交上来',
    '九家子村委会私自把集体的地卖了 钱不知道去哪了',
    '俺家院墙倒了 压着邻居家的厕所 书记压着不让报危房',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// After the retrain, from every corpus text's reading: "有人嫌麻烦" is a villager's own shortcut, not an office's purpose; a safety question
// about a dam ("开春化冻会不会出事") keeps its fear, and no alarm.
describe('understand: round 48, the readings after the retrain', () => {
  it.each(['村里让把秸秆打包运走，有人嫌麻烦晚上偷着烧，昨天烧到电线杆子底下了'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['村后头那个小水库坝底下一直往外冒水 冬天冻住了还看得见冰疙瘩 开春化冻会不会出事 得找人来看看'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Review of round 48's kinds: a drain poked at needs the drain, not any 通 before the 捅.
describe('understand: round 48, a stabbing after a phone call', () => {
  it.each(['刚通完电话 老张就把老李捅了'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 49: holdout49's misses, read after its untuned runs, each beside its look-alike told in the same words.
describe('understand: round 49, alarms beside roofs down with nobody in, notices, chronic seeps and roads cut', () => {
  it.each([
    '邻居大哥喝多了在道边躺着，咋叫都叫不起来，身上全是雪',
    '有冇人在塘边 我看到冰上有个洞 旁边丢哒个书包 冇看到人',
    '房子塌了 大人没事 孩子还压在下面',
    '仓房让雪压塌了 人倒没事 可俺娘还在里头喊不应',
    '冻雨把电线杆压倒哒三根 停电停哒两天 有根线耷拉在路上还冒火花',
    '那人拿着刀见人就砍',
    '车翻沟里了 司机没事 副驾驶还卡在里面',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '那个 我们家仓房顶子让雪压塌了 还有正房那个房檩子也 也弯了 我害怕 晚上不敢在屋睡 我自己一个人 七十六了',
    '大雪把俺家房后那堵院墙压倒了，砸了邻居家鸡架，人倒没事，可剩那半截还晃悠呢',
    '网格员提醒：电动车别推屋里充电，别飞线充电，冬天电瓶起火的多，大家互相转告',
    '喂 我们那个水库那块 那个堤坝 好像有个地方往外渗水 冻了一大片冰 我看着害怕 不知道归谁管',
    '老苗庄这边有户人家的大黑狗不拴 见人就追 夜儿个把俺孙子腿上咬了一口 打狂犬疫苗花了三百多 狗主人不认账',
    '俺庄上那座小石桥桥墩子叫水冲空了一块 现在还能走 就怕年后化冻了不中 能不能早点修',
    '喂 呃 我们村那个路 冻雨以后有一段塌方哒 车过不去 细伢子上学要绕好远 呃 你们派人来看下',
    '喂 我们那里 冻雨把电线杆压倒哒三根 停电停哒两天 电力公司讲人手不够',
    '俺们庄口那个变压器 夜儿个黑了嗡嗡响 冒烟 今儿早上全庄都没电了 到现在还没人来',
    '俺娘在卫生院拿药 医保卡刷不了 人家说今年没缴上 俺九月就在村里交了四百块 有收据 到底哪卡住了 麻烦给查查',
    '村里自来水有股药味 孩子喝了拉肚子 湾月村',
    '墙倒了 人没事 就是鸡圈压在下面了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 49, wrongs told sideways beside a cadre excused, a phone that deducts and a budget told', () => {
  it.each([
    '村会计说账目元旦前公开 都过元旦了墙上还是去年那张纸 俺问他 他说忙 忙啥嘞 忙着打牌吧',
    '支书屋里崽结婚 摆哒四十桌 每户都去随哒礼 冇去的 明年低保你就看嘛',
    '俺家孩子的营养餐补助 学校说今年不发了 可俺听说校长家刚买了辆新车 这中间咋回事 恁们查查吧',
    '俺家被识别成防返贫监测户 可啥帮扶措施也没落实 帮扶干部来了一回 照了个相就走了 再没见过人',
    '喂 我要反映 呃 我们社区的主任 我们去问拆迁款 他叫几个人把我拖出去 还打哒我一巴掌',
    // the same look-alikes with the wrong told beside them
    '呃 是这样 我们那个张书记挺负责的 就是他也没办法 那个粮库收了我们的粮不给钱 听说粮库老板是他小舅子',
    '俺找过村主任了 他说他也管不了 叫找供电所 可他收了供电所的好处',
    '书记把村里的铲车开回自己家了 让大伙自己清雪',
    '网格员收了俺的医保钱 没给收据 手机上也查不到',
    '网格员把烤火费黑了',
    // (review: another official in the rest of an excused cadre's text)
    '书记人挺好 他也没办法 乡里会计收了三千才给批 卫生院那边也卡着',
    '书记找了个施工队修村里的路 花了二十万 就铺了一百米',
    '村主任喝多了打了俺一顿',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '我在村里当护林员，一年说好八千，今年才给了四千，问镇里说预算不够',
    '那个我们村的书记人是挺好 就是我们屯的道雪没人清 书记说村里没钱雇铲车 让大伙自己清 我们屯都是老人 咋清',
    '喂 那个我就是想问 我的医保交上没有 我交完了没给收据 哦 可以在手机上查啊 那行',
    '呃 是这样 我们那个张书记挺负责的 就是他也没办法 那个粮库收了我们的粮不给钱 说等上面拨款 我们全村好几十户呢',
    '@村声 网格员刚在群里说了 黑了烤炭火一定留个窗缝 去年冬天隔壁乡就出过事 大家都上点心',
    '电压低得很 电热毯都不热 灯泡跟鬼火一样 俺找过村主任了 他说他也管不了 叫找供电所 供电所电话没人接',
    '网格员通知医保在手机上交 俺在手机上交了 钱也扣了 可一直显示待缴 去卫生院拿药说没参保',
    '喂 俺们支书人不错 就是他也没办法 俺老伴的住院报销单子 卫生院一直不给盖章 拖了俩月了',
    '帮扶干部来了一回 给俺家照了个相 说材料要用 后来又来了好几趟 帮着跑贷款',
    // (round 48's left-alone false flag: 没打了 with the spaces gone met 俺)
    '书记你说的都对 可俺家那特困供养金三个月没打了 俺一个人瘫炕上 买煤的钱都没有',
    // (round 47's left-alone: the figures-inflated form on a builder the writer hired)
    '找了个包工头修院墙 他收了两万 就砌了一面墙',
    '村主任叫几个人把吵架的俩人拉开了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe('understand: round 49, complaints told beside a number asked, a progress asked and talk of elsewhere', () => {
  it.each([
    '家里自来水管子冻了，拿喷灯烤一上午还不出水，谁知道水管站电话？',
    '昨晚谁家放的二踢脚，把俺家窗户玻璃崩碎一块，零下二十多度，冻死了，敢做不敢当啊',
    '俺儿在外地打工，今年的养老保险俺想替他交，村里说得他本人来办，他人在新疆咋回来？',
    '镇上李书记上回来俺庄说年前把路灯装上 现在腊月了还没动静 俺就问问进度',
    '乡里小孙同志给俺打电话说雨露计划补助下来了 谢谢 就是卡上一直没看见 咋查',
    '俺家停电三天了 隔壁村还算好的',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '哈哈哈 俺媳妇天天举报俺打麻将 @村声 恁管不管这事',
    '俺姑家在城里住 说小区暖气今年不热 交了取暖费屋里才十四度 咱农村人烤火还得劲些',
    '听讲湘西那边停电停哒好几天 我们咯里还算好的',
    '谁有液化气站的电话',
  ])('%s is chatter', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 49's writer AJ3 (the accusation's border at the Spring Festival), read once before its kinds: wrongs told sideways beside the
// same words with nobody official accused.
describe('understand: round 49, festival wrongs told sideways beside honest gifts, impostors and private builders', () => {
  it.each([
    '请问村里过年发的慰问品是按啥标准发的？为啥会计他妈年年有，俺家老头瘫炕上三年一回没有',
    '乡里派来的帮扶干部，过年送了我一桶油，拍了三张照片，走的时候又把油拎走了，说下一家也要拍😂 这也太省了',
    '我们社区的网格员把我们小区返乡人员的名单卖给搞推销的了，过年这几天天天有人打电话推保险',
    '年底村部天天晚上热闹，喝酒划拳到半夜，菜是饭店送过来的，谁掏的钱？🍺',
    '笑死，今年村里“困难户”慰问，困难到开着奥迪去村部领油的，也就咱村有😂',
    '年前俺报案说家里牛让人偷了，派出所说人手不够过完年再说，可是正月里他们天天去歌厅，俺都看见了',
    '年三十前一天，村主任挨家送“年货”，一户一袋面一桶油，还捎一句“开春换届别忘了谁对你好”，这算不算拉票？',
    '村里的公益岗工资，俺干了一年，一年九千六，村里只给了六千，说剩下的是“管理费”',
    '年前乡里开会说今年谁家要是去县里上访，来回的路费乡里不报，还要扣当年的各种补贴，这是吓唬人还是真的？',
    '咱村的会计过年又换了新手机，一万多的那种，一年工资才多少？俺也不知道，就是问问😶',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '双顶子村过年那几天有个外地人挨家收“返乡登记费”，说是网格员派来的，网格员说根本没这回事，大伙注意别上当',
    '水站每户收了五十 说是管理费',
    '会计他妈过年回来了 年年都是这时候回',
    '帮扶干部过年送了一桶油 拍了几张照片 走的时候还帮俺家把垃圾带走了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 49's writer AJ4 (the Spring Festival's dangers), read once before its kinds: alarms told by their signs beside the same words over,
// feared, noticed or elsewhere.
describe('understand: round 49, festival alarms told by their signs beside notices, news and dangers dealt with', () => {
  it.each([
    '老刘家后院草垛子冒烟了 烟越来越大 他家老两口还在屋里睡觉呢 谁有他家电话赶紧打',
    '老许头自己过 初二以后就没见着他 他家窗户上结了老厚的霜 狗在院里叫两天了',
    '@村声 苇塘村最北头王老太 初二闺女走了以后就没见开过门 院里鸡饿得乱叫 窗帘一直拉着',
    '王奔往县城那个长坡 客车出溜到沟里了 一半悬着 车窗里头人直拍玻璃',
    '白云村舞龙那里 人堆里有个娭毑被挤倒哒 后面的人踩过去了 喊都喊不住',
    '莫里村老光棍刘二 年三十还来小卖店买酒 今天初六了没人见过他 他家烟囱没冒烟 门口雪上一个脚印都没有',
    '喂 俺是象河村的 村口那个大坑里 一辆小面包栽进去了 里头那人喝多了 俺拽不出来 他脸朝下 咋喊都不动',
    '小子捡了个没响的二踢脚 拿烟头去点 炸了 手上血肉模糊 在那哭 他妈在外地打工',
    '师大社区老干部楼那个独居老头 电视声从初三开到现在 一直一个台 敲门不开 电话不接',
    '大磨村俺姑家 一家人围着火盆打牌 门帘捂得严严实实 俺刚去送饺子 一屋人都歪在那 咋晃都不醒',
    '佐岭村委会西头那个五保户老韩头 初二以后他家院门口雪就没人扫过 今天喊了半天 屋里就一声一声哼哼',
    // (review: the new silencers' words with the danger beside them)
    '老头让邻居背出来了 老太太还在屋里 火越来越大',
    '老头让邻居背出来了 就是呛了几口烟 可他孙子还在里头没出来',
    '受伤那俩都回家了 可刚才又有辆车滑下去了 人卡在里面',
    '俺家柴火垛着了 火越来越大 快来 如遇火灾请拨打119是不是',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '村口小卖店后屋天天开麻将 喝完酒就吵吵 早晚得动刀子 村里管管吧',
    '前天班车溜坡那事处理完了 司机罚了 车也拖走了 受伤那俩都回家了',
    '镇上的鞭炮厂过年都没停工 一股火药味 离住户这么近 万一炸了咋办',
    '春节期间如遇火灾请拨打119，燃放烟花爆竹请到空旷地带，远离柴草垛、电线、加油站。——万发镇安委会',
    '辽源那边报道 有人在车里开暖风睡觉 一氧化碳中毒没了 大伙喝了酒别在车里睡',
    '我表哥他们老家那边 昨天有个客车翻沟里了 死了好几个 听着心里不得劲',
    '呃 那个 我问一下啊 就是 过年期间 派出所 报警是不是还打110 乡里那个值班电话是多少',
    '两塘村温馨提醒：春节期间严禁在山林、竹林边燃放烟花爆竹，防止引发山火。',
    '姚喆村 过年回来屋里井水有股臭鸡蛋味 附近养猪场的粪水流到井边上哒',
    '佐岭村委会的老韩头送医院了 医生说是冻着了加上感冒 输两天液就好 谢谢邻居们',
    '邵岗村昨天那场火 老头让邻居背出来了 就是呛了几口烟 房子烧了两间',
    '老许头自己过 初二以后就没见着他 后来知道是去闺女家了 接走了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 49's writer AJ5 (festival group chat and the bot), read once before its kinds.
describe('understand: round 49, festival chat beside red packets thanked, replies that all is well and a live wire warned of', () => {
  it.each([
    '大伙注意 那个 学校后头路上有根电线掉下来了 还带电 刚才狗碰上都打死了 孩子们放学要走那',
    '俺家在外打工回不来 家里老娘一个人 前天村里人说她好几天没出门 烟囱也没冒烟 俺打电话也不接 求求谁帮忙去看一下',
    '红包谢了书记 还有个急事 河套那边冰裂了 俩孩子在冰上 一个已经掉下去了 另一个趴边上拽着呢',
    '老太太倒了 送医院了 你放心吧 可老头还在屋里起不来',
    '屋里进水了 水已经到膝盖了 老人还在床上',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去看了 老太太感冒了 在炕上躺着呢 已经送卫生院了 你放心吧',
    '我去哒 人扶起来哒 送医院哒 莫急',
    '书记新年好，我是三组刘玉芬，我家厕所后墙倒了砸了邻居鸡架，邻居大过年的天天堵门骂，麻烦给调解一下',
    '群里谁会修手机 我手机进水了 过年刚买的',
    '那条疯狗已经被打死了 大家放心',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '红包收到了 谢谢书记 俺家那个地的补贴能不能也早点下来 去年的耕地地力补贴还没到',
    '红包收到 书记大气 新年咱村一定越来越好',
    '红包谢了书记 还有个急事 河套那边冰裂了 俩孩子在冰上 一个已经掉下去了 另一个趴边上拽着呢',
    '主任红包是真大方 就是俺们那公益岗的钱啥时候给 三个月没开了',
    '村主任你好 过年好 我叫王凤霞 我家的低保卡被我前夫拿走了 他每个月去取钱 我和孩子一分拿不着',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['红包收到了 可书记说不给红包办不了事', '我家的低保卡被村主任拿走了 他每个月去取钱', '书记收了俺的红包才给办', '村主任说红包收到了 事就好办'])(
    '%s accuses an official',
    (text) => {
      expect(understand(text).misconduct).toBe(true);
    },
  );
  it.each([
    '过年好书记 俺家那电到现在还没来 三十晚上就黑着呢 饺子都是摸黑包的',
    '英华村的 过年大伙在一块喝酒 老张家那小子喝多了把俺家车玻璃砸了 他爹说喝多了不算 让俺自认倒霉',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
});

// Round 49's writer AJ6 (money and benefits between categories at the year's turn), read once before its kinds.
describe('understand: round 49, money matters beside a property company, a shop and a school term', () => {
  it.each([
    '镇派出所的说俺讨薪是闹事，把俺扣了一宿，老板一分没给，俺倒进去了',
    '物业是社区主任他小舅子开的 把维修基金挪用了',
    '村里小卖店是会计家开的 低保户的卡都押在他那',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['小区物业把业主的维修基金挪用了，楼顶漏雨找他们修说没钱，一栋楼六十多户', '工地老板欠俺工钱 俺去讨 说俺闹事'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['我闺女读职高，雨露计划的补助上学期报了，到现在没下来，镇上说材料缺个章，来回跑了四趟了'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each(['孩子上学到现在还没回来 电话打不通'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// After round 49's retrain, from the fit's missed alarms: petrol on a roof with a threat to set it alight. Not the same told of last year and
// talked down.
describe('understand: round 49, the fit after the retrain', () => {
  it.each(['来电人称：邻居家男主人因讨薪未果，现骑在自家房顶上，手持汽油桶，称包工头今天不给钱就点火，周围已聚集十多人'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['今儿黑了谁去乡里看戏 村委会组织的元旦文艺汇演 有豫剧'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['去年有人拿着汽油桶说要点火 后来劝下来了'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 50: holdout50's misses (the Spring Festival, Jilin, 泌阳 and 双清), read after its untuned runs, each beside its look-alike.
describe('understand: round 50, alarms beside rooms given up, burnt-out stacks, notices and fields flooded by waste', () => {
  it.each([
    '喂 那个 俺们这 那个 烧锅村 有个人 赶集回来 喝多了 骑摩托 就 就 栽道沟里了 那个 不动弹 脑袋底下一滩红的 天老冷了',
    '村西头那个大棚里的小伙子 接电线的时候 一下子 趴那不动了 手还攥着线',
    '他拉电线的时候 倒那不动了',
    '房盖塌了一角 西屋不敢住了 可俺娘还在里头喊不应',
    '麦秸垛着了 火越来越大 房子要烧着了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '俺家房盖让雪压塌了一角 西屋不敢住了 老两口挤一铺炕 来人看看能不能给补点',
    '俺们屯五保户老宋那房子 房梁都压弯了 他一个人住 雪再下大了怕是要塌 村里能不能先给找个地方住',
    '年三十黑价谁家放的炮，把俺家麦秸垛点着了，烧了个精光，人倒没事，这损失找谁',
    '@村声 羊册镇网格员通知：今年春节期间县城区禁放烟花爆竹，农村地区燃放请远离香菇棚、柴火垛、麦秸垛，发现火情及时拨打119。收到请回复。',
    '那个 呃 我们这是二龙山乡桦树河村 那个手机信号 移动的一点没有 那个 家里老人有病打120都得上山坡上打 孩子们过年回来都上不了网',
    '新群村几户的油菜田被上游养鸭场的废水淹哒，油菜叶子都黄哒',
    '电动车栽沟里了 人没事 车不动弹了',
    '接电线的时候 手让钳子夹了一下 倒没啥事',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe('understand: round 50, wrongs told by hints beside the same words with no office in them', () => {
  it.each([
    '村书记儿子酒驾把人撞了 派出所给放了 啥事没有 这公平吗',
    '帮扶干部说给俺家搞庭院经济 发了五十只鸡苗 冻死一大半 剩下的也不下蛋 验收的时候他让俺说都挺好 俺也不敢说不好',
    '村里人都说今年的慰问金是按关系发的 俺也不好说啥',
    '俺村那个饭店老板占了河道盖房 村里谁也不敢说 听说跟镇上有人',
    '怪不得人家年年评上优秀，年前年后往镇上跑了多少趟，拎了多少东西，大家都看着呢',
    '我是马鞍社区的 社区主任正月初八办满月酒 请帖发给全社区低保户 不去的下回年审难说',
    '公益岗公示出来了，看看名单，姓啥的最多，大家自己品',
    '主任办酒 不去的明年低保难说',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '村书记儿子被人撞了 派出所把司机放了',
    '验收的时候问俺满不满意 俺说都挺好',
    '低保是按户口本上的人数评的',
    '俺儿子想去县里找活 跟县里有人好办事',
    '主任家办酒 请全村人去吃',
    '周书记过年在群里发了三轮红包，俺一个没抢着😭',
    '书记过年在群里发了两轮红包 手慢没抢着',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 50's writer AK3 (the accusation's border in spring), read once before its kinds: wrongs told by hints beside defences, notices
// and the writer's own kin.
describe('understand: round 50, spring wrongs told by hints beside cadres defended, notices and kin', () => {
  it.each([
    '雨露计划的钱俺家孩子一直没到 问了县里说早打了 打哪去了 村里谁经的手谁心里清楚',
    '班主任让每个孩子交一百块营养餐差价 说国家给的不够吃 别的学校都没收 娃说不交就不给吃肉',
    '防火员一天一百二 说是招本屯困难户 结果来的四个全是会计家的 他儿子天天开车上山转一圈就回来 这钱挣得真轻巧',
    '组长 把流转费明细发群里呗 一样的地俺家比老刘家少六百 少的那六百在你那吧',
    '我爸公益岗干了半年 工资一直是组长代领 说是统一发 到现在我爸就拿着一个月的',
    '今年秸秆打包补贴一亩三十 村里报的面积是实际的两倍 多出来的钱谁揣了 问问打包的老板就知道',
    '东丰县横道河镇白蒿村会计让每户交每亩十元测土费 说镇里要的 镇农业站说免费',
    '俺要反映 泌阳县高邑镇谭园村 俺村支书把饮水工程的管子 用的是人家淘汰的旧管子 上面拨的是新管子的钱 今年一开春管子就爆 吃水都成问题',
    '谁能说说 咱村那个扶贫鸡场当初说是集体的 咋现在成了副主任他家的了 牌子都换了',
    '有人说张书记把低保卖了 俺亲眼看见他收钱了',
    '网格员姐姐家今年又评上低保了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '这批货谁经的手我也不知道 快递站说查查',
    '学校让每个孩子交一百块校服费 说是统一订的 有收据',
    '今年修渠换成旧管子了 新管子明年才到',
    '谁要小鸡崽 免费送 说是镇里要的统计一下',
    '一看就是造谣 书记家那辆新车是他儿子在深圳买的 人家儿子当工程师一年挣几十万 别啥都往贪污上扯',
    '谁说会计把化肥钱贪了 化肥是各家自己上农资店买的 村里压根没统一订 别听风就是雨',
    '有人说张书记把低保卖了 张书记上个月才调来 评低保那会他还在县里呢 一码归一码',
    '【廉洁提醒】春耕期间村里不统一收取任何种子化肥款 如有人以村委名义收钱或加价 请直接拨打县纪委监委举报电话12388 也可以找我 村党支部书记刘长海',
    '【通知】县纪委监委开展惠民惠农财政补贴资金专项整治 发现补贴被截留挪用 优亲厚友的 可拨打12388或到村部意见箱投递 龙山区工农乡永兴村委会',
    '俺家邻居说村主任收了他家钱 我问收啥钱了 他说是去年借给主任的两千块 人家主任前天就还了 这哪叫收钱',
    '网格员姐姐 我妈那个医保今年交了没 我在外地打工 麻烦帮看一眼',
    '今天镇里来人把上回说的冒领补贴那事查清了 是信用社把卡号录错了 不赖村里 钱已经打回原主了',
    '我打电话就是想说 我们村主任 有人在网上发帖说他收钱 帖子里说那事是去年换届之前 人家还不是主任的时候 我们都知道是他对头发的 你们别信',
    '纪委书记在电视上讲了 今年重点查村霸 还有截留惠农补贴的 有证据的可以反映',
    '同志你好 我不是反映干部啊 我是反映我们屯一个老光棍 天天喝完酒在我家门口骂 说我家占了他家的道 其实是他家占了我家的 能不能派人来调解 双辽市王奔镇团结村',
    '村里有人传我收了低保户的钱 我是网格员 我身正不怕影子斜 转账记录随时可以查',
    '张会计把他家亲戚的低保主动退了 说在村里干事不能让人说闲话 这人可以',
    '大伙有意见好好说 别张嘴就是书记贪污 你有证据你去纪委 没证据就别在群里嚷嚷',
    '有人说组长把俺家地力补贴冒领了 俺自己都不知道 一查是俺自己去年把卡注销了 钱退回去了 跟组长没关系 专门说一声',
    '抖音上那个说村书记卖低保的视频是假的 摆拍 评论区都扒出来了',
    '我就是打电话说一下 前几天有人用我的名义举报我们村主任 那个不是我打的 我跟主任没矛盾 你们别当真 我是双辽市卧虎镇贺家村的',
    '俺家大伯哥趁俺男人出去打工 把俺家的流转费从合作社冒领了 合作社说他拿着户口本去的 求村里给做主',
    '什么书记贪了 你那地力补贴没到是因为你家卡冻结了 信用社让你带身份证去激活 你自己不去怪谁',
    '我想问问你们这能不能管 就是我弟媳妇把我妈的低保卡拿走了 每个月钱她取了 我妈一分没花着 我们是泌阳县双庙街乡肖集村的',
    '喂喂 你好啊 我就是回个电话 你们上次让我们等核实那个组长多收钱的事 核实完了 确实是合作社算错了 不是组长拿的 钱也补上了 这事了了',
    '喂 我跟你们说一下 我们村有个老李头 天天往上告书记不给他批低保 他有三个儿子个个开车 按政策就是不够 别冤枉了书记',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['我在地里 拖拉机陷泥里 往前一窜把我腿压了 动不了 手机快没电了 在双辽市柳条乡汤头村南边大地'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['拖拉机陷泥里 往前一窜把我腿压了一下 现在能走了'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 50's writer AK4 (spring dangers and their look-alikes), read once before its kinds: alarms beside the same words denied, taken
// back, over, asked about, heard of elsewhere or supposed.
describe('understand: round 50, spring alarms beside alarms denied, taken back, over, asked about and supposed', () => {
  it.each([
    '喂 同志 我屋里老倌子早上去山上扯笋子 到现在冇回来 昨天落咯大雨 那边山上垮咯 我怕他 怕他被埋咯 我们是高崇山镇浏阳村的',
    '老周家那个傻儿子又跑了 往水库那边去了 水库刚开化 谁看见给拦一下 他家里人找疯了',
    '谁说着火了 俺家柴火垛真着了 火越来越大 快来人',
    '人掉河里了 刚捞上来 送医院路上没气了 快让120来接',
    '屯子里那个水井让大车压塌了 孩子掉进去了 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '老倌子早上去山上扯笋子 到现在还冇回来 我打他电话说在亲戚家吃饭',
    '谁说着火了？那是老刘家灶坑倒烟 一屋子烟 他正开窗户呢',
    '刚才我在热线说那个着火的事 不用来了 是村里在烧垃圾池 有人看着',
    '刚才有人在群里喊救命 是他家孩子拿他手机乱发的 不好意思啊',
    '喂 不好意思啊 刚才 刚才那个电话是我家老头打的 他糊涂了 说家里着火 其实 其实没有 没事没事 对不起啊',
    '刚才看群里说谁家着火 吓得我赶紧往回跑 结果是烧纸的 还好',
    '那边山上冒烟是林业站烧防火道 提前打过招呼的',
    '哪个说的泥石流 就是路边滑了点土 铲车一推就通了 车照样跑',
    '听说县城昨天一个小区煤气爆炸了 你们有知道咋回事的吗',
    '群里有人说水库要溃坝 是真的吗 我看着水位也没多高啊',
    '说是湖南那边又滑坡了 咱这边一马平川 没啥可怕的',
    '我儿子说城里有个工友从脚手架掉下来了 听得我心慌 他那边活危险不',
    '别往河边凑热闹了 人已经捞上来送医院了 派出所在那拉线呢',
    '昨天我爸误喝了点兑好的农药 医院说剂量小 观察一天就回来了',
    '喂 哎 那个 你好 早上那个 那个塌方 已经 已经清了 路通了 俺 俺就告诉一下',
    '喂 还是我啊 那个 前几天我打电话说我家房后山滑坡那个 后来村里来人看了 给我们搬到亲戚家住了 就跟你们说一声',
    '要是今年开河再淹了咱那片地可咋整 想想都愁得慌',
    '屯子里那个水井让大车压塌了 盖都碎了 晚上黑灯瞎火的 谁掉进去咋整 赶紧弄个盖',
    '镇里让我们签防火责任状 签了是不是着火了就得我赔啊',
    '村部门口那个消防水池干了一冬 里面全是垃圾 真着火了上哪取水去 赶紧弄弄',
    '喂 这个号 我就问一下 你们 你们这个电话 着火 着火了能打吗 还是 还是得打119',
    '喂 打听一下 我们小区门口 消防车好几辆开进来了 出啥事了 是不是 是不是哪着火了 我就问问',
    '大渠口那块闸门坏了关不上 水全往下边淌 上边的地浇不着',
    '我家灶坑烧柴火冒烟 邻居说我烧秸秆要举报我 我家做饭还犯法了？',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each(['书记你把春灌的排班表发群里来 别光说轮着放水 上回全让你小舅子家先浇了'])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['书记 春灌排班表发群里吧 上回让老刘家先浇了 这回该俺们了'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 50's writer AK5 (the group and the bot in spring), read once before its kinds: cadres called on, notices and thanks beside the
// same words told as a wrong or a danger.
describe('understand: round 50, spring group talk beside wrongs and dangers told in the same words', () => {
  it.each([
    '低保名单早就提前安排好了 评议会就是走个形式',
    '村主任还骂人 @书记 恁管不管',
    '举报电话打了 说给转到学校了 学校又找上门问我是谁举报的 这还让不让人活了 @村声',
    '书记那几个亲戚的低保 今年年审又评上了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '清明不远了 在外头的提前安排好 回来上坟的别在山上烧纸 今年抓得严 罚款',
    '老刘家那牛天天往俺麦地里跑 说了八回了 麦苗啃得光秃秃的 找他要赔他还骂人 @村主任 恁管不管',
    '举报电话打了 说给转到学校了 学校回电话说已经处理了',
    '我说句实在话 书记那几个亲戚的低保 是去年评的 今年年审已经给停了',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['上山那条路落石头 砸着车了 人卡在里面'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '清明节快到了 提倡文明祭扫 鲜花代替烧纸 铜山乡山上林子多 谁引起山火要负刑事责任',
    '各村注意 近期气温回升 森林火险等级高 进山入林禁止带火种',
    '铜峰村上山那条路 开春落石头 昨天一块大石头砸路中间 骑摩托的差点撞上 赶紧找人清一下 @村声',
    '谢谢区里来人把我们那个排水沟清了 这回下大雨冇淹到屋里',
    '妈呀吓死我了 刚才烟囱冒的黑烟 我以为哪家着火了',
    '大兴镇这边今天往田里灌水 渠上的闸门坏了关不上 水全往村道上淌 道都冲坏了',
    '大哥们 我老婆刚生了 母子平安 谢谢大伙帮忙送医院',
    '可以打110 也可以找妇联 或者直接@村声',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 50's writer AK6 (categories at their borders in spring), read once before its kinds.
describe("understand: round 50, questions, holiday notices and the writer's own report beside wrongs in the same words", () => {
  it.each([
    '村里的钱都打到会计自己的卡上了',
    '村部天天不上班 书记人影都见不着',
    '我反映了村里的账 第二天低保就给停了',
    '村医给老人签家庭医生 每人收二十块签约费 这不是免费的吗 他说是上面让收的',
    '打防疫针那个兽医 一头猪收十块钱 不是说免费吗 不给钱不打 这钱该不该收 @村声',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '那啥 我想问一下 高龄补贴现在是怎么领 以前是村里发现金 现在说打卡 打哪个卡',
    '清明节那天村部不上班 有急事打书记手机',
    '嗯 你好 那个我想问 不是问 我是想反映 我这个糖尿病慢病卡 今年去药店买药就不给报了 说卡过期了 得重新办',
    '村医给老人签家庭医生 免费的 还上门量血压',
    // (dev118's writer files a clinic's charge under medical; the form reads a person, not the clinic)
    '俺们这个村卫生室 给老人量血压都要钱 一回五块 医保不是有公卫吗 这不是免费的吗',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['屯口那个过水路面 水一下来就淹了 有辆车冲下去了 人还在车里'])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '昨晚那阵大风把俺家仓房的铁皮盖掀了 正房房檐也塌了一块 俺一个老太太上不去 村里能不能来人看看',
    '屯口那个过水路面 开河水一下来就淹了 孩子上学得蹚水 能不能修个桥',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 50's second wave (AK7 hotline, AK8 short messages, AK9 cadres, AK10 towns), read once before its kinds: cadres clarifying,
// called on and signing, beside the same words told as a wrong; town dangers beside the same words over, likened or supposed.
describe('understand: round 50, cadres and towns beside wrongs and dangers in the same words', () => {
  it.each([
    '韩道良社区 孤家子镇 楼道里全是烟 不知道哪家着了',
    '俺儿子骑摩托出去找活 说好昨晚回 电话关机 一宿没信',
    '路面塌陷了一个大坑 一辆三轮掉进去了 人在底下喊 北铁社区',
    '救人 船翻了 俩人在资江里 渡头桥那边',
    '快看看吧 2号楼楼顶上站着个人 在边上晃 好像喝多了 谁报警了',
    '2号楼那个老太太一个人在家 门口的报纸三天没拿了 敲门不应 有一股味儿 谁有她儿子电话',
    '有个小孩卡在单元门口的铁栅栏里了 头出不来 哭得上不来气',
    '单元门口那根电线杆的线掉下来了 耷拉到地上 还冒火星子 大家别让孩子过去 谁给供电所打个电话',
    '三娃在井边没上来 快来人',
    '东边林子里冒烟了 有人在那烧荒 烟越来越大 网格员快组织人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '楼道里一股烟味 谁家做饭糊锅了',
    '三楼那家 在屋里开了个麻将馆 天天半夜吵 楼道里全是烟头 门口乱停车',
    '俺儿子手机关机一宿没信 早上到家了 说是手机没电了',
    '路面塌陷了一个大坑 一辆三轮掉进去了 人爬出来了 没事',
    '前年船翻了一回 俩人在江里扑腾半天才上来 现在那渡口还没人管',
    '救命啊 不是不是 俺孙子拿俺手机瞎按的 没事 对不住啊',
    '请问残疾证在哪办 俺家老头子脑出血以后 半边身子不好使',
    '我家那盆君子兰开花了 红的跟着火了似的 🌺',
    '铁西区站前街道海丰园社区9号楼 顶楼水压不够 三天没上来水',
    '燃气管道从昨天就没气了 做不了饭',
    '派出所的来了 俩人都带走了 伤的送卫生院了 不严重 大伙散了吧',
    '人已经救出来哒 腿受伤了 送去医院哒 没得生命危险',
    '凭啥韩家房子塌了才来人 我家那房子去年就报危房',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '乡里下来查防火的那个姓崔的 进门就骂人 还踢俺家狗',
    '退耕款是直接打卡 可去年护林员那个岗 咋就你家侄子干了 别人报名了都没信儿 这个你咋不说',
    '我就问问 社区网格员能随便进我家拍照吗 上回他没敲门就进来了 还翻我家抽屉 我老伴吓坏了',
    '低保表上俺的名字不是我签的',
    '村主任把村里的水泵拉自己家地里去了 网格员来看看吧',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '乡里下来查防火的那个姓崔的 挺客气 还帮俺把柴火挪了',
    '三嫂你别急 券在我这 你家老大帮你领的 他签的字 不是我签的 他没跟你说啊',
    '关于微信群里有人说村里截留退耕还林款的事 我作为村书记郑重说明 退耕还林款是林业局直接打到户主一卡通',
    '有人在群里讲我收了养殖户的红包 我把话讲清楚 我做村干部八年 一分钱都没收过',
    '有人说我把村里救灾的大米分给自己家人了 我说清楚 大米按名单发的 名单上墙了 每户签字 有疑问来看名单 —二组组长',
    '麻烦问一下 我是村网格员 我们村有六个人去年跟着一个中介去山东的蔬菜大棚干活 中介扣了他们的工钱 身份证也压着',
    '我家水渠让老邢家堵上了 他往自己家地里引水 我家秧田一点水都没有 网格员来看看吧',
    '我家刚种的树苗 被隔壁家鹅全啃了 五十棵 说了他不赔 还骂人 组长来评评理',
    '补贴申报不收任何费用 谁收了钱告诉我 我来处理 —村书记',
    '谁收谁的钱了 你叫出名来 我们一起去纪委 我在这个村干五年了 问心无愧',
  ])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 50, after the retrain: alarms the fit had read through the net alone, now rules, beside the same told as past.
describe("understand: round 50, operators' records and a firecracker in the eye beside the same told as past", () => {
  it.each([
    '来电人反映：路边雪地中躺有一名醉酒男子，已无法叫醒，手脚冰凉，当前气温零下二十余度，请求救助。地点：兴隆镇至大有村路段。',
    '来电人反映：其邻居家的孩子掉入院内一口废弃的枯井，井深约十米，能听见哭声，现场无救援工具，地点为大块地村。',
    '正月十五放二踢脚 给俺家小子眼睛崩了 捂着眼睛嗷嗷哭 卫生院关门了 咋整啊',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '去年二踢脚把俺家小子眼睛崩了 现在好了',
    '来电人反映：去年其孩子掉入枯井 已救出 现要求村里填井',
    '市民来电：汽车站街道东塔社区一处路面井盖缺失，昨晚已有电动车驾驶人掉入受伤（已送医），要求尽快补设井盖。',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Review of round 50: the round's new look-alikes and silencers with the wrong or the danger told beside them.
describe('understand: review of round 50, defences, notices and hearsay beside the wrong or the danger itself', () => {
  it.each([
    '别冤枉了俺 低保是书记给他小舅子的',
    '问心无愧？书记你收了俺家两千块才给办的低保',
    '一码归一码 书记收了俺两千块得退',
    '书记贪了救灾款 如有人不信可以打12388问',
    '有人说书记没收钱 可俺亲眼看见他收了',
    '村主任收了俺两千块 @书记 你管不管',
    '网格员收了俺二百 书记来管管吧',
    '书记哥 你把低保给你小舅子了',
    '今年低保就是按关系评的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['低保不能按关系评 要按政策来 大家监督'])('%s accuses no official', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '说是村东头那边着火了 快去',
    '消防车开进来了 三楼冒黑烟',
    '我以为着火了 出去一看真着了 快来人',
    '孩子掉进水里 一直没上来',
    '林业站烧防火道 提前打过招呼的 结果烧到村里来了 房子着了 里面还有人',
    '3号楼二单元三楼着火了 快打119',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each(['楼下烧烤店天天冒烟 呛得睡不着', '三楼那家装修 冒烟了似的全是灰'])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Review of round 50's whole change: the defences and notices it taught must not silence a case told beside them.
describe('understand: review of round 50, a case told beside a defence, a denial or a notice of where to report', () => {
  it.each([
    '火车站乡莲荷村书记收了俺两千块才给办低保 如发现类似情况请拨打12388举报',
    '村主任把救灾款挪用了 有证据的可以反映 俺有收条',
    '书记收了俺两千块 咱们一起去纪委',
    '书记收了俺两千块 你叫出名来怕啥',
    '一看就是瞎编的账 书记把修路的钱贪了',
    '别冤枉好人 低保是村主任给他小舅子的',
    '别冤枉了人家老王 是书记把低保卖了',
    '上回说的那个事查清了 不赖村里 是会计把钱拿走了',
    '有人说组长冒领了 一查是俺自己把卡注销了 可书记把修路钱挪用了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Round 51: holdout51's misreadings, read after its untuned runs, each beside the wrong or the danger told in the same words.
describe('understand: round 51, runarounds, places, screens and clinics beside wrongs told in the same words', () => {
  it.each([
    ['你好 喂 那个 俺是残疾人 二级的 那个 残疾人补贴 今年一直没到 问村里 村里让找民政 民政说找村里 来回踢皮球', 'welfare'],
    ['俺娘高龄补贴半年没发 去乡里问 乡里说是系统的事 他说找村里 村里又说找乡里 来回跑了五六趟', 'welfare'],
    ['俺们屯 那个饮水工程 前年修的 出不来水 还是吃自己家井 梨树县 林海镇 长丰村 找了好几回了', 'water'],
    ['村卫生所咋老锁门呢 俺妈血压药吃没了 跑三趟都没人 大夫上哪去了', 'medical'],
  ])('%s accuses nobody (%s)', (text, category) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    expect(u.category).toBe(category);
  });
  it.each(['俺在抖音上看着一个视频 说有个村书记让人举报了 贪了老鼻子钱了 真的假的', '镇政府发的那个防火宣传单 谁家没有到村部拿'])('%s is chatter', (text) => {
    const u = understand(text);
    expect(u.misconduct).toBe(false);
    expect(u.complaint).toBe(false);
  });
  it.each([
    '低保的事 村里让找民政 民政说找村里 来回踢皮球 人家送了两条烟的第二天就办了',
    '镇上民政办那个办事员 让我找村里 村里说找她 来回踢皮球 态度还贼差',
    '修路补偿款 会计说在镇上 镇上说给村里了 来回踢皮球 钱到底哪去了',
    '梨树县林海镇长丰村的镇长把救灾款给他小舅子了',
    '抖音上有个村书记贪了几百万 咱村书记也一样 低保全给他亲戚了',
    '救灾的大米白面 都在谁家仓房搁着呢',
    '村卫生所锁门 村里说找镇上 俺跑了三趟 会计说得先给他二百才给开证明',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe('understand: round 51, warnings, questions, past falls and crops beside alarms told in the same words', () => {
  it.each([
    '这几天都别去河边啊 冰薄了 看着结实其实一踩就透 管好自家孩子',
    '喂 俺们村里 那个 过河的小桥 开河的时候让冰排给撞了 桥墩子歪了 现在还有人走 挺危险的',
    '俺家房后的土坡化冻往下塌 离房子就一米了 再塌房子就悬了',
    '喂 打扰一下 俺想问一下 俺是外出务工 要是 在外边 受伤了 工伤 咋弄 找谁',
    '打工回来了一看 俺家房子的烟囱让大风刮倒了 砸到房盖上 漏了个窟窿',
    '唉 俺是 那个 低保户 俺家 房子 去年 大雪 压塌了 一间 现在 住一间 冷 说 能 给 修 一直 没 修',
    '汽车站街道东塔社区老楼外墙瓷砖往下掉 砸到人么子办 请社区处理',
    '王店镇周庄村村主任酒后开车撞了人 村里压着不让报',
    '俺家的麦地叫邻居打除草剂飘过来了 死了一片 他不认账',
    '你们看咯个视频冇 隔壁镇着火 消防车都开不进去',
    '喂喂 我们咯里 那个桥 就是村口那个木桥 有块板子烂哒 人走过去一脚踩空 前天一个老人家掉下去哒 冇得大事 但是要修哒',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
  it.each([
    '冰薄了 孩子在冰上玩 喊不回来 快来人',
    '桥墩子歪了 桥塌了 车掉河里了 人还在里头',
    '土坡往下塌 把房子埋了 人压着出不来',
    '外墙瓷砖掉下来 砸到人了 头上全是血',
    '村主任酒后开车撞了人 人躺在路上不动了 快叫120',
    '邻居打除草剂飘过来了 俺家孩子头晕 吐了',
    '刚才看了一眼 俺家房子着火了 快来人',
    '去年修的房子 今天下雨塌了 人压在下面',
    '老人家掉下去哒 冇得大事 快来人 还有一个没上来',
    '学校食堂吃了午饭 好几个孩子都吐了 还有抽的 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
});

// Round 51's writers (AL3..AL8, early summer), read once before their kinds: each kind beside its look-alike.
describe("understand: round 51, early summer's wrongs told by hints beside defences, notices and news", () => {
  it.each([
    '发大水那几天书记说家里有事回城了 水退了人回来了 带着电视台来拍他指挥救灾😅 群众的眼睛是雪亮的',
    '农机补贴名单呢？又藏起来了？',
    '房子让雨泡塌了半边 网格员来拍照说给报灾 临走说报灾得打点 让我微信转他五百 我转了 一个月了救灾款一分没有',
    '会计 账本呢 拿出来晒晒 比晒麦子重要',
    '主任 你说实话 今年夏粮收购那几天 收购点老板给你送的那两箱酒 你退了没有',
    '网格员你敢不敢把上月受灾登记的名单发群里？不敢吧',
    '医保钱叫网格员上门收走了 系统里没有 他说他忘交了 钱也不退 现在过了缴费期',
    '村书记家的鱼塘占了泄洪沟 水下不去 淹了下边好几家 没人敢吱声',
    '学校老师暑假让每个孩子必须在他开的辅导班上课 不上就调座位 这算不算违规',
    '我们社区书记最近把社区活动室租给外面人打麻将 一个月两千 这钱没进社区账',
    '是我们组长老刘挨家收的 说是镇里让收 我交了一百 要求退钱',
    '隔壁村的说咱书记收了人家两条烟才批的宅基地 我问了 是真的 他亲口认了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '隔壁村的说咱书记收了人家两条烟才批的宅基地 我问了 那是去年县里统一批的 书记根本管不着 谣言止于智者',
    '说组长私吞救灾方便面的 我去他家看了 是他自己买的 跟救灾那批牌子都不一样 人家冤枉',
    '刚刷到的 邻省一个村会计挪用了二百多万 判了十年 伸手必被捉',
    '县里通报了 某乡一个网格员冒领受灾补助 被开除了 还要退赔 大家看看 咱这可别有人犯糊涂',
    '各位村民：本村受灾核查结果将于本周五在村部公示 请本人核对 如有漏报错报 或发现干部亲属冒领 请实名向村务监督委员会反映',
    '会计 这个月的账本啥时候贴 俺想看看浇地的电费',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe("understand: round 51, early summer's alarms beside questions, thanks, past floods and notices", () => {
  it.each([
    '铲地的时候让长虫咬了一口 腿上两个牙印 已经肿了 往乡卫生院去 那有没有血清',
    '喂 我爹八十多了一个人住 停电了空调不转 他有心脏病 刚打电话说话都含糊了 我在外地 能不能帮我找人去看看',
    '屋门口的河涨水了 淹到一楼了 我妈腿脚不方便在楼上 电也停了 手机也快冇电了 你们快来',
    '二组那个危房墙往外鼓了 里头老两口还没搬出来 雨还下着 谁去把他们拽出来！',
    '村口那根电线杆子让大车挂了一下 线耷拉得老低了 人伸手就够着 还带着电 快点',
    '老营村的桥被水冲了一半 车还在过',
    '我儿子 骑 电动车 掉到 路边 那个 排水沟里了 他 卡在 车底下 我们 几个人 拽不出来',
    '发大水了 人被困在房顶上 快来船',
    '东头着火了 麦地着了 快来人',
    '他喝了农药 瓶子在地上 人吐白沫了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '问一下 灰色带花纹的 脑袋三角的那种蛇 有毒没有 在院里柴火垛看见一条 吓一跳',
    '问下 发大水的时候要是人被困住了 打啥电话 119还是110 我先存上',
    '感谢派出所李警官 昨天冒雨把俺家被困的老人背出来 好人一生平安',
    '昨天掉塘里那个是我侄子 现在活蹦乱跳的 谢谢大家关心 以后一定看紧了',
    '我妈以前被蛇咬过一回 后来一到夏天就不敢下地 有没有啥防蛇的药粉卖',
    '群里那个溺水的视频别转了 人家家长看了得多难受',
    '东边那烟是垃圾站统一焚烧 有人看着 不是麦地着火',
    '那个说喝农药的是吓唬人的 瓶子里装的是水 派出所都来了 白忙活一场',
    '三夏期间秸秆禁烧实行网格化管理，24小时值守。同时提醒各机手：作业前检查线路油路，防止收割机起火。',
    '那个小孩送医院了 大夫说没事 观察一宿就能回家 谢谢大伙帮忙',
    '哎 你好 我们这里的自来水管子 前几天发大水冲断了 到现在五六天了还冇得水喝 你们派个人来修下子咯',
    '去镇上那条路淹了 低洼那一截水到膝盖 车过不去 排水沟堵死了 啥时候来人疏通',
    '他昨晚喝多了 说话都说不清了 今天还头疼',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

// Round 51's second wave (AL9..AL13): summer calls told raw, cadres answering, notices and news, each beside its look-alike.
describe("understand: round 51's second wave, summer alarms told raw beside the same told as past, feared or elsewhere", () => {
  it.each([
    '喂喂 你好 这个 伊通营城子镇红塔村 我们屯子东头 那个 一个老爷们 喝药了 喝的是那个 打苞米地的药 嘴里冒沫子',
    '铁西区平西乡红嘴村 雷雨天 一个打工的在工地被雷击了 人没意识了',
    '双清区龙须塘街道雍翠社区 一个装空调的师傅在外墙上中暑了 挂在绳子上不动了',
    '小区后面那条河 有个喝多了的 下去游泳 游到一半 沉了 冒了两下 现在看不见了',
    '双辽市永加乡安仁村 雷击 一个在地里铲地的女的 倒了 不喘气',
    '河边工棚 我们七个工人 半夜水上来了 工棚让水围了 电话快没电了',
    '伢子脚上被咬了一口 是黑白花的蛇 银环蛇 伢子说手脚发麻',
    '回来她躺地上 旁边是那个 打苞米的药 瓶子空了一半',
    '他拿镰刀出来了 俺男人胳膊让他划了一刀 他还拿着刀在院门口',
    '山上下来水了 沟里涨得老快 下沟那几户还没出来',
    '这雨再下后山水库怕是要漫坝 下边住着一百多户',
  ])('%s is an emergency', (text) => {
    expect(understand(text).urgency).toBe('emergency');
  });
  it.each([
    '邻居打药飘到俺家苞米地 苗都打死了 他不认',
    '去年俺村有个人被雷劈了 现在好了 大家打雷别在树底下站',
    '那年发大水 工棚让水围了三天 现在想起来还害怕',
    '他喝多了 说话都说不清了',
    '煤气罐没气了 谁家有多的',
    '防雷击 雷雨天别在地里干活',
  ])('%s is no emergency', (text) => {
    expect(understand(text).urgency).not.toBe('emergency');
  });
});

describe("understand: round 51's second wave, cadres answering and news beside wrongs told plainly", () => {
  it.each([
    '邻村书记被抓那事我知道 可我们村书记比他还狠 我妈低保复核他都要了五百 说是跑腿钱',
    '保险公司来定损 村里的协保员跟人家说我家只淹了一半 问他为啥 他说你家没给他烟',
    '新闻上说邻省干部防汛擅离职守被处分 咱们这也有 我们村书记大水那天开车带老婆孩子回县城了',
    '村医说她那个门诊统筹报销是按规定 可我拿着单子去镇卫生院对了 钱是她从系统里刷走的',
    '今年全村的麦子统一卖给一个收购商 书记说价高 结果比外面低五分 书记跟那收购商是合伙的',
    '村书记说蓄水塘卖给一个老板了 老板把塘填了种树 卖的钱账上也没有',
    '有人说书记私分沙袋 我去看了 是真的 他家院里堆着呢',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '各位村民 我是村会计老周 这两天有人在外面传说我不公开账 我把话说清楚 今年上半年的收支六月三号就贴在公开栏了',
    '我是村里会计刘建国 有人讲我把防汛补助揣自己荷包里了 我讲清楚 每个值班的人一晚五十块 名单都贴着',
    '我去村部看了 公开栏上防汛物资进了多少发了多少都写着 有人说书记私分沙袋是瞎说的 咱别跟着传',
    '邻县通报了 三个村干部在秸秆禁烧里收钱放人 一户交五十就不罚 全给处理了',
    '县里今天公布了十起群众身边腐败典型案例 第三个就是咱们镇隔壁的 大伙看看',
    '各位家长注意 放暑假了 严禁私自下河下塘游泳 发现有孩子在水库边玩的及时报告村委会',
    '上游老孙家把水截了 我们下边秧苗都晒蔫了 去说他还骂人 书记出来协调一下呗',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Review of round 51: the round's new forms and silencers read with the same words where nobody is accused or the wrong is told beside.
describe('understand: review of round 51, forms that named nobody and silencers beside the wrong told', () => {
  it.each([
    '医生说得打点滴 住两天院',
    '俺儿子叫俺转他五百 交学费',
    '发大水的时候我们躲到山上 拍了视频发给孩子',
    '你没给我钱 我咋给你干活',
    '组长挨家收医保 我交了 收据也给了',
    '我的工钱还没到账 老板说下礼拜',
    '村里账本锁在柜子里 钥匙在会计那 要看的找他',
    '都别传了 书记家那个新车是他闺女给买的 我亲眼看见的购车合同',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '有人说书记收了钱 我问了 那是他亲手收的 俺们都看见了',
    '隔壁村的说咱书记收了两条烟 我问了 是真事 他自己都认了',
    '有人说书记收钱是瞎说的？俺亲眼看见他收了',
    '县里公布了低保名单 俺家没有 书记他小舅子开着车也有',
    '抖音上有个村书记贪了几百万 真的假的 咱村书记也收了俺两千',
    '卫生所锁门 跑了三趟 村医说得先给他二百才开药',
    '低保的事 镇上说找村里 村里说找镇上 踢皮球 会计把俺的存折扣着不给',
    '网上传书记发洪水的时候跑了 不是那样 是会计把救灾的大米拉回他家了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

// Second review of round 51: the fire denied (不是…着火) is no denial inside a question (是不是着火了), as FALSE_ALARM's own 不是 reads.
describe('understand: second review of round 51, a fire asked about beside a fire denied', () => {
  it.each(['东头是不是着火了 火苗子老高了', '后山那片是不是起火了 烟越来越大'])('%s sounds like an emergency by the rules', (text) => {
    expect(soundsLikeEmergency(text)).toBe(true);
  });
  it.each(['东边那烟是垃圾站统一焚烧 有人看着 不是麦地着火'])('%s does not', (text) => {
    expect(soundsLikeEmergency(text)).toBe(false);
  });
});

// Round 52: holdout52's misreadings, read after its untuned runs, each beside the danger or the wrong told in the same words.
describe('understand: round 52, sleep, pests, melons, relief shares, past floods and fights ended beside alarms told in the same words', () => {
  it.each([
    '楼上那家天天晚上十二点还在剁东西 咚咚咚 吵得人困不着觉 讲了也冇用 社区来个人管一下咯',
    '[图片] 看看我家门口这条大蛇 刚打死的 一米多长 大伙晚上出门拿个手电',
    '今年咯田的稻飞虱多得很 打了两遍药都冇打死 哪个有好药推荐',
    '救命 这个西瓜是真的甜 谁买的 哪里买的',
    '这次发的防汛补贴 咱屯就发了五户 全是跟村主任走得近的 被淹的老刘家一分没有',
    '俺们屯那个桥底下涵洞堵了 上游水下不去 把屯后头那几户的院子都淹了 水没进屋 但老吓人了',
    '发大水以后我们屋里井水变黄哒 有股怪味 不敢吃 能不能派人来检测下',
    '俺们屯那口公用井让大水灌进去了 现在打上来的水有股子猪粪味 上游有个养猪场 大家都不敢喝 能不能来化验化验',
    '河边那条路的护栏被水冲走哒 晚上冇得路灯 骑摩托的怕是要掉到河里去 快点补起来',
    '刚才菜市场后面打架的 派出所来了 两个都带走了 受伤的送医院了',
    '停电了 整个屯子全黑了 这大热天的 冰柜里还有刚杀的猪肉 供电所快来人看看吧',
    '后院那家打除草剂不看风 俺家菜园子的茄子辣椒全蔫巴了 说他还跟俺吵吵',
    '村里收割机过完 好好的水泥路叫压出来老些裂缝 还有一截压塌了 谁来管',
    '俺家在双辽辽东街道 我就想问问 防汛那个 要是家里进水了 损失能找谁赔 有没有补助',
    '哎 东辽县白泉镇和平村 俺们这停电 从早上停到现在 村里有个老太太在家吸氧 氧气机用不了 俺们用车拉她去镇上了 就是想问啥时候来电',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '大水把屋围住了 老人困在屋里出不来 快来人',
    '俺家被淹了 人还困在屋里 水还在涨 救命',
    '院子都淹了 水已经进屋了 孩子困在炕上出不来',
    '蛇把孩子咬了 腿肿得老粗 快来人',
    '停电了 老太太在家吸氧 氧气机用不了 快不行了',
    '拉土车把桥压塌了 车掉河里了 司机还在车里',
    '刚才菜市场后面打起来了 拿着刀 还在砍 快报警',
    '邻居家打药 药飘过来 俺家孩子闻了直吐 头晕',
    '救命 孩子掉河里了',
    '喂 喂 快点 俺们这刚才刮大风下雹子 俺家房顶子整个掀了 俺爸在屋里让房梁砸着了出不来 俺是梨树县白山乡裴家村的',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    ['喂 喂 快点 俺们这刚才刮大风下雹子 俺家房顶子整个掀了 俺爸在屋里让房梁砸着了出不来', 'housing'],
    ['喂 是一二三四五吧 俺想反映个事 俺村有个老太太一个人住 这几天恁热 屋里连个电扇都没有 俺去看她躺床上喊不应了 嘴唇都干裂了', 'medical'],
    ['大伙快来 二道河子那个漫水坝有人开车过 车冲坝下去了 人在车顶上呢', 'other'],
    ['你好 那个 我们这 我们这水库下面的河 有个人在河里钓鱼 水一下涨起来 人被困在河中间那个沙洲上了 下不来', 'other'],
    ['水库大坝裂了个口子 往外冒水 下游还有人没撤 被困在屋里', 'water'],
  ])('%s is filed as %s', (text, category) => {
    expect(understand(text).category).toBe(category);
  });
});

describe('understand: round 52, dares, builders, cards and smoke beside wrongs told in the same words', () => {
  it.each([
    '俺们屯的防汛值班 名单上天天有村主任 人影都没见着 补助倒是一天没少领',
    '我反映了以后俺家低保就没了',
    '村里把集体的钱打到会计自己卡上了',
    '俺家老爷子低保 村里每月给发现金 俺想改成打卡 村里说不行',
    '书记说有本事你告去 俺家低保第二天就给停了',
    '危房改造说给三万 到手才一万八 剩下的村主任说是给施工队了',
    '村里和镇里推来推去 俺送了两条烟才给办',
    '隔壁老王家说有能耐你告去 他家跟村主任是亲戚',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '老张家那几头牛天天放俺家苞米地里 啃了一大片 跟他说了他还嘚瑟 说有能耐你告去',
    '俺是伊通县景台镇五台子村的 危房改造的钱说给三万 到手才一万八 剩下的说是给施工队了 房子也没盖完',
    '喂 你好 俺想反映 俺妈八十多了 高龄补贴以前是村里给发现金 今年说改打卡里 俺们查了卡里没有 问村里说不知道',
    '喂 你好 俺反映 俺们那个 宋家场水库的灌渠 今年说放水 放到俺们这就没了 上游那几个村都截住了 俺们这一滴都没有',
    '我们小区围墙外面有人天天烧垃圾 烟熏火燎的 老人小孩咳嗽 城管和社区都推来推去',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 52's writers (AM3..AM8, high summer), read once before their kinds: each kind beside its look-alike.
describe("understand: round 52's writers, high summer's alarms beside the same told as past, asked about, on a screen or claimed for", () => {
  it.each([
    '哎 那个 俺是羊册镇魏楼村的 村南边那个挖沙坑 仨小孩去凫水 一个沉底了 另外俩吓得跑回来说的 大人们都下去捞了 还没捞着 快派人',
    '我们一家五口在房顶上 水到房檐了 孩子吓哭了 电话快没电了 伊通县大孤山镇杨树村三组最东头那家 求救',
    '我爸下午去地里看水 掉进排水沟了 水急 人被冲到涵洞口卡着了 我们拽不出来 梨树县蔡家镇敬友村',
    '邻居把孩子落在车里自己去打麻将了 车在太阳底下晒了一个钟头 孩子在里面哭都哭不出声了 我们准备砸车窗',
    '老人中暑了 村医不在 打不通 白山乡郑家村',
    '俺家老头 俺家老头子 早上 去稻田 看水 到现在 没回来 中午饭 也没吃 电话 落家了 这天 三十九度 我怕他 倒在地里了',
    '团结村 有人在河里电鱼 孩子还在河里游',
    '二道河子村山洪下来了 冲走两头牛 有一户房子进水一米多 人上了房顶 请求镇里派冲锋舟',
    '哎 哎 着火了 着火了 不是 不是着火 是那个 电表箱 冒烟 滋滋响 一股糊味 楼道里全是烟 我们这 龙山区 北寿街道 长寿社区 五号楼',
    '救命啊 喂 我是那个 铁西区站前街道的 我们楼 六楼有个老太太 八十多 一个人住 今天电梯坏了 家里空调也坏了 热得直喘 邻居给她送了点水 现在说胸口发闷 你们快派人',
    '快帮帮 俺们这个楼 整栋楼 停电了 说是电缆 电缆烧了 楼里好几个老人 有一个 用制氧机的 他家里人都急疯了',
    '我姥姥吃东西噎住了 咳不出来 脸都青了 我在视频里看到 谁在她旁边 快拍背 快叫车',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '我家那小子说他被作业淹死了 我说那你先把数学捞上来',
    '看了一天工作群消息 我已经被消息淹死了',
    '地里苞米都晒卷叶了 我也晒卷了 救命',
    '今天这么热 我在地里铲最后两垄就想喊救命了 这活真不是人干的',
    '救命 我闺女的录取通知书到了 我比她还激动 差点哭晕在邮局门口',
    '我爹年轻时候在资江上放排 讲那时候发大水 一晚上冲走好几个人 现在条件好了',
    '问一哈 喂 那个 晚上发大水 如果来不及跑 应该往哪躲 往楼顶还是往山上',
    '要是发山洪了 我想问一下 晚上 半夜 打你们这个电话 能有人接不',
    '唉 喂 我想问一下 蛇咬了以后应该怎么办 要不要用绳子扎上 我们村蛇多 先问问',
    '喂 请教下 我家孩子被马蜂蛰了一下 肿了个包 没有别的反应 要不要去打针',
    '我们家老人中暑 网格员小李半夜骑摩托送到卫生院 太谢谢了',
    '央视在播东北洪水 那个桥一下就冲垮了 看得我心惊肉跳',
    '不知道有没有人跟我一样 家里被淹报了灾 名单上没我 说是网格员漏报了',
    '救灾补助是按啥标准发的 俺家房子塌了一间 报上去一个月了 没人来看',
    '报告 荷兴村今天下午一个帮人割禾的中暑倒在田里 已送区医院 目前清醒',
    '派出所来了 人抓走了 砍伤那个送医院了',
    '中暑了吃啥药好 老人有点头晕',
    '北边那条沟又堵了 垃圾塑料袋全卡在涵洞口 一下雨水就漫到道上 每年都这样',
    '红嘴村这片停电快十个小时了 也没个通知 家里有病人用制氧机的 供电那边能不能快点',
    '我们一家五口在房顶上乘凉 今晚风挺大 电话快没电了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    ['喂 你好 我们这个 校车 翻了 在那个 渡头桥镇往新渡村那条路上 翻到田里去哒 车里有细伢子在哭 司机也出不来 你们快点来', 'education'],
    ['喂 喂 俺 俺是村里的 俺们村有一家 锅炉炸了 那个小锅炉 屋顶都掀了 里头俩人 一个出来了 一个还在里头 浑身烫的', 'other'],
    ['泌阳县羊册镇殷庄 房后塘堰垮了 水冲进屋 一个老人被冲倒 在水里扑腾', 'water'],
  ])('%s is filed as %s', (text, category) => {
    expect(understand(text).category).toBe(category);
  });
  it('a family on its roof with the phone running out is no power cut', () => {
    expect(understand('我们一家五口在房顶上 水到房檐了 孩子吓哭了 电话快没电了 求救').urgency).toBe('emergency');
    expect(understand('停电了 一整天了 冰箱都化了').urgency).toBe('utilities');
  });
});

describe("understand: round 52's writers, high summer's wrongs told by their deeds beside the same words told of no office", () => {
  it.each([
    '卫生院一个医生跟我说 你住院的单子我给你多开几天 报下来的钱咱俩对半分 我没答应 他这么干不是一回两回了 你们查查他',
    '县一中一个班主任跟家长说 想让孩子评贫困生补助 得在他那补课 一个暑假三千 不补就评不上 我要举报这个老师',
    '主任家那三十亩苞米打药 用的是村里统一申请的补贴无人机 一分没掏 我们自己掏钱 请镇农业站查一查',
    '我家是监测户 帮扶人说给我们申请了产业补贴三千块 让我在单子上签字 我签了 钱一直没到 打电话他说钱买了鸡苗 鸡苗在哪我都没见着',
    '我们村医给人打针开药都不开票 年底拿着我们的医保卡去刷 刷的都是大额的药',
    '镇卫生院的院长跟我们村的村医弄假的慢病报销 我老爸根本没有糖尿病 医保上显示有',
    '洪水过后河道清淤村里找人干 说一天一百五 干了二十天 村主任说钱还没拨下来 可镇上公示的钱早就拨了',
    '村书记把我们屯冲坏那段路的修路款挪到他家门口修了个停车场',
    '举报我们村妇女主任 她负责登记留守儿童的暑期补助 把她自己家两个孩子也登上了',
    '去年修的那个排水渠 今年一场雨就冲垮了 当时就说偷工减料 钱都让包工的和村里分了',
    '今年俺村花生地打药用无人机 说县里有补贴一亩补八块 补贴到了村里 村里没给俺们 说抵了飞防费',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['社区说交了物业费才给开门禁卡', '报销的钱分了三回才到', '医保卡丢了 用我妈的医保卡刷的药行不行', '学校说交了资料费才能领书'])(
    '%s accuses nobody',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
});

describe("understand: round 52's writers, group talk that names a danger or a report line beside the same told of people", () => {
  it.each(['地下室进水了 谁家有潜水泵借俺使使', '我家鹿圈让雨冲倒了一面墙 跑出去两头鹿 谁看着了帮忙撵回来', '稻子抽穗了 这几天别打除草剂了'])(
    '%s is no emergency',
    (text) => {
      expect(understand(text).emergency).toBe(false);
    },
  );
  it.each(['猪圈让水冲倒了 猪压在下面 人也在里头 快来', '院子进水了 谁家有抽水机 老人困在屋里出不来'])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it('a forwarded list of report lines accuses nobody; a case told beside one does', () => {
    expect(understand('举报电话：县纪委12388，县防汛办0396-7922111，有人冒领救灾款的可以直接打').misconduct).toBe(false);
    expect(understand('有人冒领救灾款 我要举报 书记家领了三份').misconduct).toBe(true);
  });
});

// Round 52's second wave (AM9..AM11), read once on the first wave's retrained model: each kind beside its look-alike.
describe("understand: round 52's second wave, people in danger told plainly beside the same words told of things, near misses or talk", () => {
  it.each([
    '墙 墙往里歪了 人在里头 俺爹进去拿东西 喊他不出来 雨还下着呢 是伊通 景台镇',
    '无人机 打药那个无人机掉下来了 砸着打药那小伙子头了 流好多血 躺地上 在双辽新立乡',
    '敬老院空调坏好几天了 今天有俩老人热得起不来了 一个直哼哼 院里说等修',
    '我屋里老倌子 他喝了 喝了那个除草的药 跟我吵架吵的 我 我不晓得怎么办 高崇山镇',
    '喂 我屋里娭毑 一个人在屋里 热得在地上爬 讲不出话 一身都是汗 我是隔壁的',
    '出事了 养殖场 鸡舍风机停了 不是 鸡不要紧 俺对象进去修风机 倒里头了',
    '平西乡獾子洞村 河套里放羊的老头被水围了 站在土包上 水快没过土包',
    '那个 补课班 在人家住家二楼办的 房顶塌了一块 砸着孩子了 好几个孩子',
    '不好了 孩子被卷进去了 那个排水的涵管 水往里抽 孩子在那玩 一下就没了 在村口',
    '小宽镇新风村 十来个孩子在村南大坑洗澡 刚才有个喊救命 没动静了',
    '我妈刚打电话说墙裂了 哗哗响 她害怕 让她出来不出来 说怕人偷东西 电话突然断了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '贾楼乡邱庄村 那个老油坊塌了 没人在里头 就是砖瓦掉路上了 三轮过不去',
    '五组老郑头那房子 雨一泡后墙裂了大缝 他一个人还在里头住 能不能来看看',
    '楼上往下掉墙皮了 刚才差点砸着个小孩 幸亏他妈拽得快',
    '东塔社区有家人在楼顶种菜养鸡 鸡叫 味道也大',
    '着火了着火了 说的是我家烧烤炉 晚上来撸串啊🍢',
    '着火了？谁家冒烟 哦烧麦秸哩啊 吓俺一跳',
    '救命啊 这个蚊子 一晚上咬我十几个包',
    '溺水了除了打120还要打哪个 哪个晓得',
    '下了一宿 河水涨到桥面了 都别往那边去了啊',
    '大伙捐点钱给老孙家吧 房子塌了 一家人住帐篷 我先出二百',
    '淹了淹了 俺家菜窖里全是水 也没啥值钱的 就是土豆全烂了',
    '昨天那个视频看着没 南方那边又淹了 真吓人',
    '晌午别下地了 昨儿东边庄上有人在花生地里中暑 拉医院去了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    ['团结村 有人在河里电鱼 孩子还在河里游', 'other'],
    ['那个 补课班 在人家住家二楼办的 房顶塌了一块 砸着孩子了 好几个孩子', 'housing'],
  ])('%s is filed as %s', (text, category) => {
    expect(understand(text).category).toBe(category);
  });
});

describe("understand: round 52's second wave, wrongs told by their sums, lists and stamps beside the same words of shops and questions", () => {
  it.each([
    '伢子考上大学了 申请助学贷款要村里盖章 村里不盖 讲要先把全家医保交了',
    '俺家是防返贫监测户 帮扶人一次都没来过 电话也不接',
    '社区登记危房的 只登记了他熟人屋里 我屋里裂得更厉害冇登记',
    '湾月村的低保户 每月都少发五十 问了说是扣的卫生费',
    '东明镇铁洛村 救灾款每户多少 发没发 村里一直不公示',
    '网格员收了我们屯二十多户的医保钱 一户几百上千 说帮统一交 现在系统里显示未缴费 人也联系不上了',
    '村里给我家报了防返贫监测户 说有五千的产业帮扶 到手三千 剩下的书记说给我买了鸡苗 鸡苗一只没见着',
    '七月二十三那天转移到学校 说好每人一箱方便面一箱水 我家五口人就领着一箱面 剩下的让谁搬走了 监控调出来看看',
    '帮扶人说我家今年不符合防返贫 房子塌了老伴住院花了四万多 转头他把自己表哥报上去了 他表哥家开超市的',
    '组长说我家救灾补助他帮领了 让我去他家拿 去了给我两百 说就这些 后来我看公示是八百',
    '镇卫生院的大夫跟村里合伙 让老人去住院 不管有没有病住三天 报销的钱他们分',
    '俺想举报俺村文书 收医保时跟村医一起给好多在外打工的交重了 说退钱 退的钱一直没退',
    '平西乡勤业村：村干部收每户20元防汛物资费，物资是县里免费发的。',
    '我在外地打工 家里房子这次大雨塌了 委托村里申请危房改造 村里说要先交三千押金 说怕我不回来盖 有这规矩吗',
    '我家危房改造款到账了一万五 前两天组长来说这里头三千是他跑下来的 让我转给他 不转明年啥也别想',
    '我家孩子溺水救上来了 住院花了一万多 申请临时救助报下来八千 主任说村里要留两千给救人的买锦旗',
    '我家十五亩苞米让水冲倒了 报损失时村里统计员说倒伏不算 要全毁才算 结果他自家地也是倒伏 报的全毁',
    '村医老周 你给俺家老太太开的那些药 医保报了两千多 俺娘一片没吃着 药去哪了',
    '村里新修那段护坡用的石头是河里现挖的 上报的是从县里石场买的 一方一百二 这账谁算的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '低保名单村里没公示吗 在哪看',
    '村里组织旅游 要先交二百押金',
    '淘宝退的钱一直没退',
    '超市收了我十块钱 说是免费给的袋子',
    '我把自己表哥报上去当志愿者了',
    '镇里说要给俺们村搞大棚 每户补贴一万 交了三千押金 大棚到现在没影',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

describe("understand: round 52's second wave, notices that forbid, rumours checked and cadres answering beside a deed told", () => {
  it.each([
    '哪个讲村里私分了救灾款的 我问了我舅 他在镇上民政办 人家讲钱还在走程序 莫乱讲咯',
    '群里有人说主任把救灾款给他儿子了 我去问了 他儿子在南方打工 根本不在名单上',
    '昨天有人说书记家的鸡是救灾款买的 我特意问了 那是书记他儿子从网上买的小鸡仔 别瞎编排人',
    '本人是村里网格员小周 看到有人在网上说我收钱报监测户 我从来没收过任何人一分',
    '群里有人说我把转移补助拿去给儿子买车了 我儿子那车是贷款买的 贷款合同在这 我截图',
    '镇党委提醒：防汛救灾中党员干部要廉洁自律 救灾资金物资专款专用 严禁截留挪用',
    '各位党员：近期发放救灾资金 请严格执行公示制度 不得优亲厚友 村监委会全程监督',
    '【通知】近期开展乡村振兴领域不正之风和腐败问题专项整治 群众可拨打12388或来信来访反映',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '镇党委提醒：严禁截留挪用救灾款 书记把救灾款挪用了 俺家一分没有',
    '各位村民：任何干部不得收钱 可是会计收了俺五百',
    '哪个讲书记收钱的 我亲眼看见他收了',
    '有人说会计贪污 我是不信 可他家新盖了三层楼 钱哪来的',
    '群众可拨打12388反映 俺家低保让主任给他小舅子了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

describe("understand: round 52's second wave, floods and falls told as settings, stories and outages beside the same told now", () => {
  it.each([
    '俺娘一个人在家 这几天四十度 前天电话打过去老叫不应 后来才知道开着电扇睡着了',
    '我们小江湖98年那次水淹到二楼 现在这点水算么子',
    '大泡子那边今年淹死人没有啊 俺家小子吵着要去 俺没让',
    '喂你好 我们这自来水停三天了 说水厂叫水淹了 拉水车也不来',
    '村口那变压器一到晚上就嗡嗡响 跟要炸了似的 全屯子空调都开着',
    '孩子一个人在家 我在广东打工 昨晚下大雨他打视频哭 说水进院子了 还好邻居去接了',
    '地下室又进水了 放那点土豆酸菜缸全泡了 物业也不管',
    '那年山洪 护林员老赵在山上小房子困了两天 后来直升机接下来的 村里人现在还讲',
    '电梯又困人了 还好物业十分钟就到了 这夏天一停电就这样',
    '热得想上吊🙃 空调还坏了',
    '我们那段路让山洪冲出个大坑 车过不去 孩子开学坐校车咋办',
    '河边护栏让水冲没了一截 那是孩子上学必经的路 得赶紧补上',
    '桥冲断了 伢子们开学要从这里过 哪个来修',
    '俺是杨木林村的 井让洪水灌了 水是黄的 喝了拉肚子 啥时候能给消毒',
    '王奔那个桥底下的涵洞堵了 水漫到路上 车过不去',
    '白马村那条机耕道冲垮了 收割机进不去 谷子要烂在田里了',
    '我反映一下我们村那个包村干部 七月二十号那晚山洪下来 他说在村部值班 其实回县城了 第二天才来拍照',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '俺娘一个人在家 四十度 电话打过去老叫不应 快去人看看',
    '水厂叫水淹了 值班的师傅困在里头出不来',
    '书记把救灾款贪了 俺家房子塌了 老娘压在里头出不来 快来人',
    '村主任不管 水还在涨 俺家被淹了 老人困在屋里',
    '河上那桥冲断了 刚才一辆三轮车掉下去了 人在水里',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it('an accusation told with the flood as its setting keeps the investigation clock', () => {
    const u = understand('我反映一下我们村那个包村干部 七月二十号那晚山洪下来 他说在村部值班 其实回县城了 第二天才来拍照');
    expect([u.category, u.urgency]).toEqual(['misconduct', 'complex']);
  });
});

// Round 53: holdout53's misreadings, read after its untuned runs, and round 53's writers (AN3, AN4: autumn), read once before their
// kinds: each kind beside the alarm, the wrong or the complaint told in the same words.
describe('understand: round 53, fees asked, pests of wording, notices and questions beside alarms told in the same words', () => {
  it.each([
    '我妈是特困 住在敬老院 这个月去看 屋里没电扇 饭都馊了 院长说没钱',
    '俺在镇上一个养牛场干活 前几天中暑晕过去了 老板不给看病钱 还说俺自己身体不中',
    '咦 看见没 驻马店那边发大水 视频上车都漂起来了 可吓人',
    '转：一氧化碳中毒急救 第一时间开窗通风 把人移到室外 解开衣领 马上打120',
    '【冬季安全提醒】1.燃煤取暖的家庭务必安装风斗 2.独居老人亲属每日联系 3.发现一氧化碳中毒立即开窗并拨打120 ——寿山镇政府',
    '这个 冬天 烧炕 和 烧土暖气 哪个 容易中毒 我家老人 要烧炕 我问一下',
    '咱们去镇上那个小桥栏杆掉河里半个月了 学生天天从那过 谁去催一下',
    '改厕那个罐子满了 都漫到院子里了 抽粪的说村里没给钱不来',
    '卫生室那大夫天天不在 有点头疼脑热找不着人 敲门没人应 打电话说在城里',
    '屋门口那个化粪池盖子让大车压塌了半边 粪水往沟里流 村里找人来修一下',
    '双清区高崇山镇渔长村 水库闸门坏了放不出水 两百多亩晚稻等水',
    '农村电网改造 俺们屯的电线杆啥时候换 路边那几根都歪了',
    '俺家老母亲一个人在村里 我打电话一天都没人接 后来邻居说她手机没电了 没事了',
    '昨天高速口那边又有人烧地 烟刮得高速上一片灰 上回就有车追尾 乡里禁烧的得盯着点',
    '前天晚上俺们庄一户人家的孩子没回家 全庄人找了半宿 最后在麦秸垛里找着了 冻得说不出话 现在在卫生院',
    '焚烧秸秆罚款咋罚到俺头上了 火是别人地里烧过来的 凭啥罚俺',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '谢姜村一组有人拉电网捕野猪 路边有电线 晚上有人过 危险',
    '屯里那电线耷拉着 离房顶不到一米 刮风直打火 电业局的快来看看吧',
    '我家老母亲一个人在村里 我打电话一天都没人接 邻居说也没看见她出门 能不能找人去看看',
    '莲荷村独居老人王秀英家中无人应 邻居担心中暑 请村里速去',
    '北屯基村南头李老太 两天没露面 门反锁 屋里有炉子',
    '谁家在南洼烧秸秆 火都窜到高速边上了 烟大得看不见车 刚才听见刹车声',
    '三组那边的秸秆火过了道了 往老林子去了 林子边上是养鸡场',
    '西山根那块地谁半夜点的火 现在顺着沟往林子里烧呢 火老高了',
    '有个喝醉的 开个小货车 刚把我家门口的水泥墩撞了 现在又往学校那边开了 孩子们刚下晚自习',
    '开学第一天 那个黑面包车接孩子 我看着往里塞了二十多个 车门都关不上 现在往二道镇方向开了',
    '粮食烘干机那边冒烟了 老板不在 锅炉那块都红了 有人去拉闸了没有',
    '有没有人看见我家小宝 五岁 下午四点多就没影了 找一圈没找着',
    '孩子跑了 我儿子十五岁 和他爸吵了几句 跑出去了 留个条 说不回来了 天都黑了 电话关机',
    '俺在大棚干活 俺对象刚才中暑倒在大棚里了 老板也不管 快来人',
    '转：刚才俺家老二说 屯东头老王家煤烟中毒了 人叫不醒 快来人',
    '昨晚下了场冻雨 我家老屋今早起来房梁咔咔响 屋顶往下塌了一角 我妈还在炕上 腿脚不好挪不动',
    '孩子掉河里了 快来人',
    '井盖让大车压碎了 有个孩子掉下去了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '请各位村民九月份交医保的时候认准村部收款二维码 不要把钱给私人 有问题找会计小邓',
    '书记在村部吗 盖个章',
    '@村声 会计在不在 我想开个证明',
    '好的 我明天去村里问问',
    '镇上统一安排了收割机 明天到',
    '村里能不能组织个广场舞比赛',
    '教育局转发：严禁使用无资质车辆接送学生 家长发现超载接送车辆请拨打举报电话',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '我们这边的收割机一天涨一个价 昨天一百五今天一百八 村里能不能统一协调下价格',
    '老屯子那几户土房 雨再下两天肯定得塌 村里赶紧安排转移吧',
    '我屋里女儿高考 志愿是学校老师帮填的 结果填错哒 学校讲不负责 这个有冇得地方申诉',
    '地里花生都旱得不中了 渠里一滴水没有 水库啥时候放水',
    '前院把他家狗拴我家大门边上 一晚上叫到天亮 让他挪个地方他说那宽敞 网格员来给说道说道',
    '这两天地里丢苞米的好几家了 晚上开三轮来掰 咱村能不能晚上派人巡一巡',
    '昨天高速口那边又有人烧地 烟刮得高速上一片灰 上回就有车追尾 乡里禁烧的得盯着点',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '各位 交医保认准村部二维码 不要给私人 上回会计小邓收了俺家三百没给收据',
    '书记在村部吗 天天找不着人 低保的事拖了半年',
    '村里转发：会计把救灾款挪去给他儿子买车了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    ['俺在县里一个大棚基地干活 中暑倒在大棚里 老板让俺回家歇着 歇了三天就给俺辞了 工钱还扣了三天的', 'wages'],
    ['地里花生都旱得不中了 渠里一滴水没有 水库啥时候放水 再不放今年白干', 'water'],
  ])('%s is filed as %s', (text, category) => {
    expect(understand(text).category).toBe(category);
  });
});

describe("understand: round 53's writers, money paid short for a made-up fee and children's money diverted beside the same told of a company", () => {
  it.each([
    '我是伊通镇东尖村的 我们村的 那个 会计 管着 土地流转的 账 收了 租金 给我们 少了 每亩 少一百 他说是 服务费 这个 服务费 谁定的',
    '食堂那块 我要反映一下 学校把 营养餐的钱 拿去 给老师 发补贴 孩子吃的 就是 馒头 咸菜',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['流转公司给的租金 少了每亩一百 公司说是服务费 这合理吗', '村里说低保每月扣五块是手续费 银行扣的'])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 53's second wave (AN5, AN6: autumn groups and the hotline), read on the first wave's retrained model.
describe("understand: round 53's second wave, cadres addressed or asked after, cover-ups and fire seasons beside wrongs and alarms told in the same words", () => {
  it.each([
    '网格员给说说 收割机定金都交了五百 说好十五号来 今儿都二十号了人影没有 打电话也不接 地里苞米都倒伏了',
    '书记管管吧 粮库收苞米说我水分三十二 扣了一大截 我自己水分仪测才二十六 差太多了',
    '书记在不在 我家低保卡找不着了 补办去哪',
    '粮贩子收了俺家三万多斤苞米 给打了白条说一个月给钱 现在俩月了 电话成空号了 跟俺家一样的还有八户 村长问问',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '书记管管吧 会计把低保给他小舅子了',
    '会计把钱贪了 书记管管吧',
    '书记在不在 他把俺家低保停了',
    '村里组织秸秆打包离田 说打包卖给电厂 一吨给俺们一百 钱到现在没见着 电厂说钱给村主任了 村主任说还没到',
    '梨树县小城子镇爱德村 村书记的儿子酒驾撞了人 书记打电话找人给压下来了',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '支书 恁说句话呗 下陶村到镇上那条路修一半撂那了 挖得坑坑洼洼 拉花生的车天天陷 说年前修好 这都啥时候了',
    '网格员给说说 收割机定金都交了五百 说好十五号来 今儿都二十号了人影没有',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '梨树县小城子镇爱德村 村书记的儿子酒驾撞了人 书记打电话找人给压下来了',
    '我是护林员 一年四千块 讲好是季度发 现在第三季度的还冇发 林业站讲钱冇到 我们天天上山巡 秋天山火多',
    '我在包头干活的钱 老板说过节前结 结果把我们十几个人拉黑了 二十多万',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each(['酒驾的把人撞了 人还躺在道上 快来人', '食堂吃完饭 好几个人拉肚子 还吐 快来人'])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

describe('understand: review of round 53, the rule beside the net, a helper who came back beside one who took money, a forwarded head', () => {
  it('协调下水库 is no fall into the reservoir, 调进水库 still is (the rule itself, whatever the net reads)', () => {
    expect(emergencyReasons('能不能帮忙协调下水库放水 晚稻等水')).not.toContain('drowning');
    expect(emergencyReasons('有人调水库里了 快来人')).toContain('drowning');
  });
  it.each(['帮扶干部后来又来了好几趟 帮着跑贷款 临走收了俺两千好处费'])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['教育局转发：发现一氧化碳中毒立即开窗并拨打120 转发给群里家长'])('%s is neither an alarm nor a complaint', (text) => {
    expect([understand(text).emergency, understand(text).complaint]).toEqual([false, false]);
  });
  it('a plea to pass a search on is no forwarded notice: 求转发：…老人走丢了 stays an alarm', () => {
    expect(understand('求转发：姜家村委会有个老人走丢了，穿黑棉袄戴狗皮帽子，有看见的联系13624452218').emergency).toBe(true);
  });
  it('one living alone, not seen for days, a neighbour asked to look: an alarm without a day named too', () => {
    expect(understand('一人住在春东 打了一天电话没人接 这两天没见着人 恁谁离得近去看看').emergency).toBe(true);
    expect(understand('俺娘独居 电话没人接 邻居去敲门没人应 快去看看').emergency).toBe(true);
  });
});

// Round 54: holdout54's misreadings, read after its untuned runs, and round 54's writers (AO3, AO4: early winter), read once before
// their kinds: each kind beside the alarm, the wrong or the complaint told in the same words.
describe('understand: round 54, early winter alarms told raw beside the same told after, imagined or warned of', () => {
  it.each([
    '俺们村上头那个塘坝 坝脚往外渗水 今儿比昨儿渗得多 水都是浑的 怕出事 恁快派人来',
    '国道边上有人烧秸秆 烟大得对面都看不着车 前边两台车追尾了',
    '我姥姥八十多 一个人在屯子里住 从昨天下午就打不通电话 屋里烧的是炉子 能不能找人去看看',
    '我哥讨不到工钱 刚才打电话说买了瓶农药 在工棚里 说对不起家里',
    '村部门口有个人拿着个汽油桶 说包工头欠他一年工钱 他要点了自己',
    '工地上有个大姐爬到塔吊上了 说赔偿一直不给 今天要跳下来',
    '东头张奶奶家从昨天就没见烟囱冒烟 门口雪也没扫 今天敲门没动静',
    '我家老屋房梁咔咔响 雪压的 我爸不肯出来 说死也死家里',
    '电暖器插头烧化了 插座冒火花 闸在仓房高处我够不着',
    '便桥让冰凌撞塌了半边 有辆拉煤的车正往上开',
    '我奶奶一个人在屋 这几天冻雨停电 我打了一天电话她都冇接',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '谁家的牛跑到国道上了 刚才差点出车祸 赶紧去牵回去',
    '谁把俺家门口的柴火垛点了 火是灭了 要是没发现 房子就着了 派出所来查查吧',
    '包村的干部说俺家地里着火了 要罚三千 俺说不是俺烧的',
    '村里那口井的井房让三轮车撞塌了 泵也坏了 全屯吃水成问题了',
    '通村公路塌方一段 已经四天了 没人管',
    '校车司机今天喝酒了 一身酒味 俺家孩子回来说的 学校赶紧换人',
    '有线电视和网断了一个多礼拜了 打客服说派人 一直没来',
    '手机信号贼差 在屋里打电话得上房顶 老人有个急事都打不出去',
    '电线冻断两天了 还没来修',
    '这冻雨天 电线杆上的冰棱子你们莫去敲 会触电的',
    '每年冬天都有掉冰窟窿的 大人们看好自家孩子',
    '走失的孩子已找到 在他姑家 谢谢大家',
    '双阳村的李四 喝完酒开着四轮子把我家院墙撞倒了 人跑了 这墙得他赔',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '投诉了八百回了 暖气还是不热 就这样吧 穿棉袄睡觉',
    '年年说修道 年年不修 反映了也没用 俺也不说了',
    '搞么子要交医保 我屋一年都冇去过医院 交了也是白交',
    '俺家大黄昨天跑丢了 谁在哪见着了 脖子上有个红绳',
    '大棚那老头送县医院了 醒过来了 医生说没大碍',
    '卖肉那家秤不准 大家去买的时候留个心眼',
    '【防范冻雨】道路结冰 请减少出行 电线断落切勿靠近 ——滨江街道办事处',
    '提醒：道路结冰 校车今日停运 学生居家线上学习 ——二龙山乡中心校',
    '各家各户注意 近期一氧化碳中毒高发 炕洞烟道要清理 需要装报警器的到村部登记',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '俺家东地苞米让人掰走了一大片 恁给派出所说说',
    '学校食堂讲营养餐每天四块钱 我细伢子讲一顿就是稀饭 钱都去哪里哒',
    '俺妈早上起来说脑袋疼 现在招呼不醒了 昨晚炉子压的煤',
    '那老头从房上掉下来 在县医院住着 医保能报多少 在哪报',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '俺家孩子那个寄宿生补助 老师让家长签字 钱又不发给俺',
    '村里统一收的取暖费 比供热公司的价高了三块 多出来的钱给谁了',
    '村里的账年年说公开 修路花多少 卖树卖多少 某些人家里都盖小楼了',
    '班主任让交取暖费 也没收据 就微信转给她个人',
    '老师给孩子开贫困生证明 让家长给买两箱酒',
    '换热站那帮人谁家给钱谁家热 我家暖气冰凉',
    '村医打一针收五十 说医保不报 我查了明细医保报了 他两头收',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['秸秆禁烧罚款罚得太狠了 俺家地头冒了点烟就罚两千 烟是别人家飘过来的', '学费交给学校财务了 有收据'])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 55: holdout55's misreadings and round 55's writers' (AO5 busy early-winter groups, AO6 hotline and SMS), read after their untuned
// runs: each kind beside the alarm, the wrong or the complaint told in the same words.
describe('understand: round 55, the New Year season told raw beside the same told after, warned of or asked of neighbours', () => {
  it.each([
    '活着没意思 家里没一个人管我 我买了一瓶安眠药 就在枕头边上',
    '俺闺女三岁 掉到白菜窖里了 在底下哭 俺够不着 快来人',
    '班车在山里抛锚了 暖风也停了 车上十几个学生冻得直哆嗦 联系不上车队',
    '我爸喝完喜酒骑摩托回来 摔沟里了 压在车底下 拽不出来',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '视频里那家子烧炭盆 昨晚差点全家没了 大家睡前炭盆一定端出去',
    '听说东屯昨晚有家电褥子着了 幸亏发现得早 大伙电褥子别一直开着',
    '提醒 莫让细伢子到水库冰面上去玩 上回有个伢子掉下去 捞上来了',
    '老周家跟老孙家为宅基地吵了两天 今天差点动手 幸亏拉开了 村里来人调解调解',
    '早上打电话说俺家孩子没回来 孩子找着了 在他同学家 麻烦大家了',
    '人送医院了 胳膊骨折 开车的让交警带走了 喝了半斤',
    '杀年猪的师傅明天到 谁家要杀 在群里报个名',
    '离镇上不远 天天有人放炮 半夜噼里啪啦 孩子睡不着觉',
    '学校让交午餐费 不交就别吃了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '[视频] 西屯昨晚两口子煤烟中毒了 大伙睡前炉子封好 窗户留个缝',
    '提醒 莫在屋里烧木炭火 上次镇上有一家就是这样熏倒的',
    '哪个晓得总阀在哪里 我屋门口水管冻裂哒',
    '自来水又没了 是俺家一家没有还是都没有',
    '抖音上那个视频真的假的 说有个村主任把扶贫款贪了 被抓了',
    '有没有去郑州的顺风车 初六走 出油钱',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '昨晚有人往村口那口井里倒了东西 水都变色了 好几家挑了 大家先别喝',
    '村西那家赌场昨天打架动了刀 有人扎伤了 大家以后别去了 派出所得管管',
    '邻居家炉子烟囱掉了 一家人都说头晕想吐 我把窗户开了 要不要送医院',
    '有人冒充镇民政办的打电话 让先交三百手续费才给发补贴 俺差点就转了 大家注意 这种人得抓',
    '水管子在俺家门口爆了 水淌了一宿 都冻成冰了 谁知道阀门在哪 赶紧找人来关啊',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '组长代收养老保险 每人收三百二 手机上明明是三百 多的二十块去哪了',
    '老师让家长交营养餐的钱 一个月一百 营养餐不是国家给钱吗',
    '村医拿五保户的卡按人头套医保 老人一回卫生室都没去过',
    '去税务大厅问个事 窗口那人不耐烦 还叫保安把我推出去',
    '社区管低保的上门说我家有冰箱要取消 还说你要想保住 意思意思',
    '老板说流转费给了一亩八百 组长给我们六百',
    '村里会计收了医保钱不给交上 自己花了',
    '就因为上回我在群里说了他几句 书记把我家的补贴停了',
    '扶贫资金修的羊圈 一只羊没养 变成了书记家的仓库',
    '村主任说租金年后给 公司说早就结清了',
    '妇女主任把她自己的婆婆报成低保 她婆婆儿子都在城里买房了',
    '帮扶人从来不上门 打电话让俺报收入 他自己往手册上填',
    '公司给了地租 村里说先还村里的账 一户扣了三百',
    '我的医保钱十月就交给你了 王会计 系统里显示没参保',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '今年防返贫排查没俺家 俺家老头子住院一年花了五万多 收入一下子没了',
    '屋后那家熏腊肉 烟全飘到我屋里 讲了不听还骂我 请村干部来讲下',
    '为推雪往谁家门口推 两个组又吵起来了 都要动手了 村干部过来一下吧',
    '低保户的医保不是政府交吗 网格员说先交后返 返到现在也没返',
    '老板说一亩七百 年底一起给',
    '学校让买指定的练习册 一本六十',
    '老板让保安把俺推出来 工钱一分不给',
    '药店用医保卡卖生活用品 套取医保基金',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 56: holdout56's misreadings (the Spring Festival and after), read after its untuned runs, each beside its look-alike.
describe('understand: round 56, the Spring Festival told raw beside questions, a family quarrel and a scare over', () => {
  it.each([
    '大伙注意 北山着火了 烟老大了 不知道谁上坟烧纸了 火往屯子这边来了 男的都拿锹去',
    '注意了 后山那片荒火烧起来了 火头朝寨子这边窜 青壮年赶紧拿上扫把上山',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each(['主任 我咨询一下 要是私自上坟烧纸着火了 罚多少钱', '大年初一有人在坟山上放烟花 火星子落到茅草里 好在我们几个扑灭哒 以后能不能派人巡一下'])(
    '%s is no emergency',
    (text) => {
      expect(understand(text).emergency).toBe(false);
    },
  );
  it.each([
    '主任 我咨询一下 要是私自上坟烧纸着火了 罚多少钱',
    '听组长讲今年危房改造名额下来了 要么子条件',
    '网格员 俺家老人的社保卡丢了 补办去哪',
    '明天我去社区看一下',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '俺家低保卡丢了 里面的钱也被人取走了 补办去哪',
    '化肥店的复合肥比去年一包贵了三十块 还讲是统一价 哄鬼咯 物价局来查一下',
    '楼上那家装修 正月初六就开始打钻 早上七点不到就响 讲了不听 社区管一下咯',
    '学校开学讲要交两百块的班费 买么子空调 教室里早就有空调 这钱用到哪里去了',
    '在网上看到一个招工的 讲去苏州电子厂 先交八百块中介费 交了以后人就把我们拉黑哒',
    '俺是替俺婶子打的 她是孤寡老人 住在敬老院 过年那几天敬老院的人都回家了 俺婶子摔了一跤 躺了一天才有人知道',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each(['我们村的村主任 拿村集体的山林承包费给自己屋里修了围墙 账上写的是修村道 我有照片', '棋牌室天天开赌局 派出所的人收了老板的钱 从来不查'])(
    '%s accuses an official',
    (text) => {
      expect(understand(text).misconduct).toBe(true);
    },
  );
  it.each([
    '俺大伯家跟俺爹为那二亩地吵了一正月了 初二吃饭还掀了桌子 想叫村里调解员来给说说 中不中',
    '寿山镇那个棋牌室 正月里开了赌局 一把好几千 请派出所查',
    '我想投诉一下 邵阳到东莞那个大巴 票上写的两百八 上车又收一百 讲是春运加价 不给就不让上车',
    '主任 我咨询一下 要是私自上坟烧纸着火了 罚多少钱',
    '村主任家的围墙让人推倒了',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 56's writers (AQ3 busy spring groups, AQ4 calls and texts after the festival, AQ6 spring dangers), read once before their kinds.
describe("understand: round 56's writers, spring told raw beside an earlier call updated, a doctor's clinic and a ballot", () => {
  it.each([
    '莫里青乡劳动村东边地烧荒了 火顺着沟往屯子这边来了 谁家在家的赶紧拿水桶',
    '谁看见一个小丫头 五岁 穿粉色外套 在孟家岭镇二道沟村走丢的 后边就是山 大伙帮忙找找 已经报警了',
    '快 平岗镇前进村刚吃完满月酒 老张喝多了开着农用车走了 刚才差点撞着人 往平岗街里去了',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '嗯 就是跟你们说一声 早上打电话说俺家老爷子找不着了那个 找着了 在他闺女家呢 给你们添麻烦了 不用派人了',
    '喂 你好 那个 昨天晚上我打电话说山着火了 后来扑火队上去了 灭了 我就是说一声 谢谢你们来得快 没别的了',
    '马鞍山镇那个煤烟子的 娘俩都送医院了 醒了 谢谢',
    '早上说的那个电线掉地上的 电业的人已经来了 断电了',
  ])('%s is neither an emergency nor a complaint', (text) => {
    const u = understand(text);
    expect(u.emergency).toBe(false);
    expect(u.complaint).toBe(false);
  });
  it.each([
    '早上打电话说俺家老爷子找不着了 到现在还没找着 天都黑了 快来人帮忙找',
    '前天打电话说村口井盖子丢了 说是来人 到现在也没人来 孩子天天从那过 赶紧来人盖上',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '网格员上门让签字 说是确认土地面积 签完才知道是同意流转给合作社 这不是糊弄人签字吗',
    '卫生院那个大夫 做个B超让上他外头诊所做 说院里机器坏了 一去就收二百',
    '寿山卫生院那个姓孙的大夫 给俺爸开药 让去他亲戚药店买 说卫生院没有 一样的药贵一倍',
    '喂 我想反映那个南屯基镇卫生院 我妈住院 那个大夫 姓于的 说想用好药 得意思意思 我拿了五百 他收了',
    '我屋里老娘在卫生院住院 那个医生讲想快点做手术要包个红包 我们冇包 就一直拖',
    '俺家十二亩地 小麦补贴打卡上只有七亩哩钱 剩下哩叫组长报到谁家了 问他说搞错了 错了三年了',
    '小孤山镇派出所有一个 喝多了在饭店打人 人家报警 来的还是他同事 就这么不了了之了',
    '班主任过生日 家长群里张罗每家拿一百给老师买东西 老师也没拦着 我家没拿 第二天孩子就给调最后一排去了',
    '班主任让家长每人给她微信转五十 说是班费 也不说花哪了 一学期收了三回了',
    '我在社区反映楼道漏水 第二天物业就上门骂我 说我告状 社区咋把我名字给物业了',
    '平西乡那个帮扶干部 说给我家申请了扶贫小额贷款 贷了五万 他说先借他用一个月就还 现在半年了 钱没还',
    '今年换届以后新书记说他不用来了 换成了书记自己的弟媳 一句话就给换了',
    '换届选举那时候 我们组长拿着选票挨家挨户让按手印 说不按以后低保啥的都别想',
    '四棵树乡卫生院的大夫 俺家老爷子住院 出院结算多出好几样药 根本没用过 问他他说系统自动出的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '俺家老人住院 医生护士都挺好 出院的时候想包个红包给医生 医生没要',
    '喂 那个 俺们屯子前趟房那家 儿子结婚 请的唱二人转的 喇叭嘎嘎响 连着三宿到后半夜 说他他还骂人 能不能管管 双山镇的 姓周',
    '坐客车去县里 售票员说春运加价 多收了十块钱',
    '网格员让俺签字领的化肥 签完就发了 挺好',
    '网格员让签字 签完才知道是领鸡蛋的 哈哈',
    '材料齐了 交了材料就能快点批',
    '俺哥让俺写个放弃继承的 俺不写',
    '在县医院住院 医保卡刷了 还要交两千 自费的',
    '国家给的补贴到了 村里让大家还得交个材料',
    '网格员帮我交的医保 我把钱转给他了 他说交上了',
    '村里把我电话给了修水管的师傅 今天来修了',
    '来的是他同事 处理完就没事了',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 56's second wave (AQ7 accusations told quietly or as questions, AQ8 spring groups a careless system would file), read once on
// the retrained model.
describe("understand: round 56's second wave, quiet accusations beside questions and group talk", () => {
  it.each([
    '你好 我们村耕地地力补贴公示了 我一看 村主任家那块地去年就征走盖厂子了 公示上还有他家三十多亩 钱照领',
    '俺庄修路 一户集资五百 说是上面给一半 咱出一半 修好了俺去镇上问 镇上说修路钱全是上面出哩 那俺哩五百呢',
    '俺想问问 国家给的那个春耕农资补助 是不是每户都有 俺们屯就几家领着了 都是跟村上沾亲的 俺们连信儿都不知道',
    '俺们屯那个组长 春播统一买化肥 说团购便宜 一袋收了一百八 俺在镇上一问 一百五就能买着 差价呢',
    '俺们村耕地地力补贴 公示的亩数比俺家实际少两亩 那两亩跑谁家去了 哈哈 @村声 帮俺问问',
    '俺家是监测户 申请小额信贷 村里说指标满了 后来听说指标都让村干部的亲戚贷了',
    '我们村卫生所那个大夫 是村书记他媳妇 给人打针收的钱比镇上还贵 医保卡也不给用',
    '我们村防返贫监测 村干部来我屋里填表 要我写自愿放弃 讲我屋里条件好了',
    '俺庄卫生室哩村医 给人看病开药 医保卡刷了 还得再给他现钱',
    '俺庄小学营养餐 说是国家给哩 校长叫每个学生还得交一百 说是加餐',
    '第二次说要先交五千块钱评估费 交给街道的一个人 交了就能快点批',
    '咱村谁家领过地膜补贴 能说说不 村里说都发了 俺家没发 问了三家都没发',
    '听说公益岗又招人了 问了社区 说满了 完了一看 主任家邻居那个天天打麻将的都上了😂',
    '我家老人去卫生院住院 大夫说病房满了 让先交五百块钱床位费 说交了就有床 钱给他个人 没票',
    '社区一个工作人员说他能帮办手续 让我们把钱打他个人卡上 二十多户 现在人找不着了',
    '我去镇卫生院产检 大夫说要做个四维彩超 得去她朋友开的那个私人诊所做 那边收四百',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['收到 我们组里几户住山脚下的都讲哒', '俺家监测户的小额信贷批下来了 指标是镇上给的 谢谢村里', '班主任让家长把春游的钱转给学校账户 有收据'])(
    '%s accuses nobody',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
  it('a person struck by a falling drone, bleeding and silent, is an emergency', () => {
    expect(understand('俺庄西头麦地里打药哩那个无人机 掉下来了 把人砸了 头上淌血 人不吭气了').emergency).toBe(true);
    expect(understand('去年打药哩无人机掉下来砸了人 头上淌血 人不吭气了 后来送医院了').emergency).toBe(false);
  });
});

// Round 57: holdout57's misses (spring), read only once it was folded in as dev252, each beside its look-alike.
describe('understand: round 57, spring told raw beside the same handled, news from the south and a teacher at home', () => {
  it.each(['快 俺们庄南地有人烧秸秆 把坟地边那片松树引着了 火往山上走了 俺们拿扫帚拍不住', '屋后塘坝渗水越来越大 快来人'])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '刚才电线杆着火那个 供电所来人给断电了 没事了 大伙别往那边凑看热闹',
    '前天晚上屋后塘坝渗水 村里连夜喊人用沙袋堵住哒 现在冇事 莫担心',
    '喂 那个我前天反映我家道口那个电线杆子歪了的事 电业所来人给整好了 挺快 谢谢啊',
    '好家伙 电视说南方那边下暴雨 山都滑坡了 咱这还干得起灰',
    '恁看那视频没 说是南方哪个地方塘坝垮了 冲了好几个庄',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '刚才电线杆着火那个 供电所来人给断电了 没事了 大伙别往那边凑看热闹',
    '好家伙 电视说南方那边下暴雨 山都滑坡了 咱这还干得起灰',
    '谢谢王书记上回帮我们接水管 屋里现在有水恰了',
    '村里通知 明天上午停电 在群里说一声 大家提前准备',
    '@所有人 今年的耕地地力补贴公示贴村部墙上了 自己去看看面积对不对 不对的找会计',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
  it.each([
    '谢谢王书记上回帮我们接水管 这回井水又发臭 恰了拉肚子 他也冇办法 新群村这边能不能派人来化验下',
    '我嗲嗲的养老金今年调了 别个都涨了几十块 他一分冇涨 么子原因 社保所给查下',
    '@村声 俺们庄几个在县城工地干活嘞 去年工钱都木结 俺们在群里说一声 恁看能不能帮着要',
    '学校食堂 孩子说一周五天吃的都是土豆白菜 营养餐的鸡蛋牛奶也不是天天有',
    '泌阳县黄山口乡 有人在林子边上烧荒 防火期了 谁管',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '班主任家长会上说 成绩不好的孩子 得上她家补课 一个月八百 不去的座位往后调',
    '俺家孩子嘞班主任 上课不好好讲 说想学好就去她家补 一节课一百 俺孩子不去 她就天天叫孩子站着',
    '喂 我想反映 那个卫生院的大夫 我住院 他让我去外头药店买药 说卫生院没有 那药店就是他家开的',
    '卫生院那个姓钱的大夫 开药非让上他指定那家药店买 不去他那就不给开 这合理吗',
    '帮扶干部来我屋里 讲要填收入 硬要我写一年三万 我屋里哪有那么多 他讲不这样写过不了验收',
    '咱屯低保户名单有人看了没 老刘家俩儿子开大车的都在上头 我家老太太瘫了五年一回没轮上 @村声 这是咋评的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '隔壁屋里天天晚上打麻将打到两三点 吵得人睡不着 讲了好几次都不听 社区管不管的',
    '@所有人 今年的耕地地力补贴公示贴村部墙上了 自己去看看面积对不对 不对的找会计',
    '老师周末办补习班 自愿参加 一次五十',
    '卫生院大夫讲这个药院里冇得 让我去外头药店买',
    '帮扶干部来我屋里帮我填收入 讲要如实写 多少就是多少',
    '低保名单贴出来了 都是困难户 没啥说的',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 57's writers (AS3..AS8, early summer: 麦收, 高考, 汛期, heat), read once before their kinds.
describe("understand: round 57's writers, early summer beside weedkiller talk, news from the south and a teacher's class", () => {
  it.each(['俺家老头打除草剂 回来就头晕吐了 快来人', '孩子把除草剂喝了 快来人'])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '@老刘 你家除草剂哪买的 好使不',
    '你们家用啥打除草剂 我用的烟嘧莠去津 效果一般',
    '塌方那条道已经通了 铲车清了一宿',
    '昨晚那个塌方 路已经清出来哒 车可以过哒 多谢大家',
    '朋友圈那个说咱县要发大水的是假的 别转了',
    '我二舅在南方打工 说那边龙舟水 雨下得邪乎 厂子都淹了',
    '喂 我反映一下 我们屯那个组长 这个 我家跟他有点过节 今年分那个防汛的沙袋子 挨家都给发了 就不给我家 我家房子就在河边上 他还说淹死你活该',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each(['@老刘 你家除草剂哪买的 好使不', '朋友圈那个说咱县要发大水的是假的 别转了', '学校通知 下周一开始放暑假 家长按时来接'])(
    '%s is no complaint',
    (text) => {
      expect(understand(text).complaint).toBe(false);
    },
  );
  it.each([
    '社区干部讲要转移 我屋里老人家走不动 冇得车 哪个来接下子',
    '@网格员 明天高考 咱小区门口那工地晚上还叮当整 能不能给说说 孩子在家复习呢',
    '伊通 冰雹把俺家苞米打了 能给报吗',
    '学校说放暑假前要交下学期的午餐费 一下交一千多 这能提前收吗',
  ])('%s is still a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '班主任暑假办补习班 一人两千 不去的孩子座位往后调 这不明摆着逼人吗 教育局管不管',
    '班主任收家长红包 端午每家二百 不给就在家长群里点名 谁管',
    '泌阳县铜山乡 学校老师 让学生买他的资料',
    '卫生院那个大夫 开个住院证还得给他拿二百 不拿就说没床',
    '王奔镇卫生院 看病要先给大夫塞钱才给好好看 谁管',
    '喂 喂 你好 我是渭津镇宫家村的 我那个 那个 在镇上卫生院看病 大夫说这药医保不报 让我去他媳妇开的药店买 一问那药店说能报',
    '社区那个网格员 每回来都拿点东西走 上回拿了我家两箱饮料 说是帮忙办事的辛苦费',
    '喂 我反映一下 我们屯那个组长 这个 我家跟他有点过节 今年分那个防汛的沙袋子 挨家都给发了 就不给我家 我家房子就在河边上 他还说淹死你活该',
    '东辽县 凌云乡 养老认证 村里要收十块钱',
    '村里说危房改造给了我家三万 可钱到我手上只有两万一 说剩下的是材料费 材料也是他们找的人拉来的 质量贼差',
    '村里让每家签个字 说是同意把河边那块地流转出去 啥价钱也不说 不签就说以后有事别找他',
    '就想问一句 村里贴的那个上半年账 电费一项花了三万多 咱村就那几盏路灯 这电费从哪来的',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '我爸在地里铲地 一下晕倒了 脸煞白 出虚汗 说话都说不明白 我们在王奔镇长江村东头地里 120说找不着道 咋整啊',
    '老师暑假办了个书法班 自愿报名 不收钱',
    '卫生院大夫讲这个病得住院观察几天 医保能报一大半',
    '养老认证在手机上就能做 不收钱 不会的找网格员',
    '危房改造的钱下来了 三万 一分不少打到卡上了',
    '村里让每家签个字 是防溺水的责任书',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 57's second wave (AS9 officials at work in the busy season, AS10 complaints told flatly, AS11 which office), read once on the
// first retrain.
describe("understand: round 57's second wave, officials at work told flatly beside the same named innocently", () => {
  it.each(['双辽 玻璃山镇 今天停电三回了', '铁西区站前街道 停电', '伊通 马鞍山镇 停电了 又是'])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each([
    '喂 那个 我想说一下那个 双山镇派出所 我儿子让人打了 打人那家小子他老舅是所里的 调解的时候就让俺们拿五百块钱算了',
    '东山那块派出所 我家电动车让人偷了 监控都拍着了 民警说这人他认识 让我自己找他要 我找了 人家不给 警察也不管了',
    '村干部强迫签字 说是土地流转同意书',
    '帮扶干部来了让签字 说我家收入达标了 我家今年啥收入也没有 不签还不行',
    '卫生院那个大夫 给我开药不给单子 让我去他说的那家药店买',
    '镇卫生院那个大夫 打个针收五十 还不给开票',
    '二道镇卫生院那个大夫 看个中暑 开了三百多的药 还非得输液 说不输出事别找他 我打听了别人就花几十',
    '村主任他爹住楼房 还是五保户',
    '北寿社区会计她侄子 今年也成特困了',
    '喂 那个你好 我是龙山区工农乡的 我们村那个网格员 我家申请临时救助 我家老伴住院了 他让我先给他五百 说帮跑跑 我给了 一个月了也没信 再问他 他说你别瞎说我啥时候要你钱了',
    '俺庄那个低保年审 还是在会计家堂屋里审的 门一关 谁知道咋审的',
    '俺们村的公益岗 村部门口那张告示 日期写的是五月一号 可那几个人四月就干上了',
    '说实话 俺们社区主任人挺好 就是那个网格员 啥事都往自己家亲戚那划拉 这回高温慰问 全是他家亲戚',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '村主任他爹瘫炕上好几年了 是五保户 村里照顾得挺好',
    '派出所的小王是俺表弟 这回多亏他帮着找着了电动车',
    '网格员让我签字 说是防溺水告知书 签了',
    '卫生院大夫讲这个药院里冇得 让我去外头药店买',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Review of round 57: the new forms read as a villager would tell the same words innocently.
describe('understand: review of round 57, the summer forms beside the same words told innocently', () => {
  it.each([
    '大夫人挺好 我想塞个红包他没要 才给我退回来',
    '大夫说不用住院 门诊刷医保就行',
    '网格员每回来都拿点东西给俺妈 米啊油啊',
    '今年补贴没变 他家一亩没少 俺家也一亩没少',
    '今年化肥价格被村里压下来了 一袋便宜二十',
    '医保费给了会计三百八 他给了收据',
    '养老认证不收费 在手机上就能做',
    '危房改造批了三万 到手就三万 一分不少',
    '村里说钱打到村里统一盖 盖得挺好 俺们很满意',
    '俺老舅在派出所上班 这回电动车找着了多亏他',
    '银行让我签字 不签还不行 手续就是这样',
    '儿子让我把卡给他 到现在没还',
    '班主任过生日 家长群里有人提议凑钱买礼物 老师说不收 没交的也没关系',
    '老师让学生买她编的练习册 学校统一发的 免费',
    '书记说人到齐了才能开会',
    '村长讲等雨停了才能上山找 大家先回去',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each(['俺老舅在派出所上班 这回电动车找着了多亏他', '丢的那辆车找着了 在河边'])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each(['开证明收费吗', '养老认证不收费 在手机上就能做'])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 58 (holdout58's misses read as kinds): a doctor's red packet, an old woman told not to come, a clan's places, a subsidy drawn on the
// villagers' behalf, an account's sum; a danger ended by the township, a slide's detour, a barbecue's smoke, a ridge pressed down.
describe('understand: round 58, a doctor who asks and a village that draws, beside dangers ended, detours and smoke', () => {
  it.each([
    '区医院医生讲要做手术先给他包个红包 不然排不上 双清',
    '喂 俺要反映 俺们 镇 卫生院 那个 大夫 俺娘 住院 他 说 想 用 好药 得 给 他 包 个 红包 俺 给了 五百',
    '喂 我要反映 那个卫生院 打针的那个医生 态度好恶 我娘七十几岁 问一句他就骂人 讲老了就莫来看病',
    '我们屯今年危房改造 三户 全是村主任那个家族的',
    '村里讲种粮补贴统一由村里代领 再发给大家 到现在快半年哒 冇看到一分 村会计讲在账上 账在哪里',
    '村里账公示了 修路花了四十八万 那条路才二里地 俺们自己算算不够二十万 剩下的呢',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '医生说不用包红包 都是按规矩来的 俺还是想谢谢他',
    '卫生院大夫说想用好药得自费 医保不报 俺给了五百',
    '种粮补贴统一由村里代领 上礼拜已经发到大家手里了',
    '村里账公示了 修路花了四十八万 俺们自己算了算 差不多',
    '喂 你好 那啥 我反映 我家 地 是 承包的 前年 跟一个人 签的 流转 合同 五年 今年他 不给钱了 说 种地赔了',
    '我们这片下午三点停的电 现在十点了还没来 小区里老人多 热得不行 站前社区',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '镇上来人了 塘坝那开口子放水了 没事了 大伙放心',
    '那边山上滑坡哒 路封哒 去城里的绕一下 走老路',
    '去年那山火可吓人 今年可得注意点 上山别带火',
    '那除草剂的事我跟村里说八百遍了 没用 拉倒吧 自认倒霉 明年换地种',
  ])('%s is no emergency and no complaint', (text) => {
    const u = understand(text);
    expect(u.emergency).toBe(false);
    expect(u.complaint).toBe(false);
  });
  it.each([
    '喂 我们那个 小区旁边有个烧烤摊 每天晚上 烟大得不得了 我屋里窗户都不敢开 烟熏得咳嗽 城管来了两回 走了又摆',
    '喂 我是石桥街道五十亭村的 收油菜请了个收割机 讲好一亩八十 收完要我一百五 还把我田埂压垮哒 你们派个人来调解一下',
    '我屋里是八几年的土砖屋 前年申请危房改造 讲我屋里有人在外面打工 不符合',
    '喂 那个 我们这一栋停电 从早上到现在 热得屋里四十度 有个老人家中暑 刚刚送医院哒 电力局讲线路故障 到底么子时候来电',
    '我们这片停电了 听说是电线杆被车撞倒了 几点来电',
  ])('%s is a complaint but no emergency', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.emergency).toBe(false);
  });
  it.each([
    '镇上来人了 塘坝那开口子放水了 可水还在往俺家灌',
    '山上滑坡哒 路封哒 有辆车被埋在底下 快来人',
    '收割机翻沟里了 把田埂压垮了 司机压在底下出不来',
    '停电了 说是电线杆被风刮倒了 砸着人了 快来',
    '去年那山火可吓人 今年又着了 北山火往屯子这边来了',
  ])('%s is still an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '村里谁家养的狼狗跑出来 把俺家鸡咬死六只 狗主人不认账',
    '喂 那个 俺家是防返贫监测户 今年俺老伴查出来癌症 花了十多万 村里说得等年底才能重新评 这能等吗 俺是东丰县猴石镇高兴村的 姓崔',
  ])('%s is a complaint', (text) => {
    expect(understand(text).complaint).toBe(true);
  });
  it.each(['谁家的狗跑出来了 黄的 看见的说一声', '孩子考上大学了 全家都高兴'])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 58's writers (AU3..AU8, high summer: flood, heat, 双抢, 助学贷款), read once before their kinds.
describe("understand: round 58's writers, flood and heat beside washed-out roads, power cuts' causes and notices", () => {
  it.each([
    '喂 我们那个 工农乡永兴村 村后边有个大坑 下完雨一坑水 今天下午有俩孩子在里边洗澡 一个上来了 一个没看着了 大人都下去捞了 还没捞着 你们快派人来啊',
    '喂 我在永宁街道这 路上全是水 有根电线掉水里了 水面上都冒泡 刚才有个人蹚过去说腿麻 好在跑出来了 后边还有人要过 你们快让电业断电',
    '喂 那个烧烤摊 两伙人喝多了打起来了 有人拿那个 那个铁签子扎人 就在东吉那个夜市 快点派警察',
    '灯塔镇碾山村 我们村后那个矸石山 下雨冲下来了 泥汤子冲到房子跟前 已经进了两家 人往出跑呢 快派人',
    '发水把我们屯子那座小桥冲走一半 有个老头被冲到河里了 快来人',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each([
    '发水把我们屯子那座小桥冲走一半 现在只能过人 车过不去',
    '四棵树乡王家桥村到乡里的桥冲断了 求修',
    '云顶镇杂木村停电了 台风把树刮倒压断了线 从昨天下午到现在',
    '昨天那个堤冒水的 堵住了 水也下去了 谢谢大伙',
    '昨儿停电电梯里关了个人 物业十分钟就给弄出来了 没事',
    '恁听说木有 外地一个庄上仨小孩在坑塘里洗澡 都木上来 造孽啊',
    '[转] 东丰县气象台发布暴雨橙色预警 未来24小时 我县东部山区有大暴雨 请各村密切关注山洪、泥石流隐患点',
    '俺爹打药中毒在县医院住了一礼拜 新农合说农药中毒哩不给报',
    '沟里那头死猪谁扔的 这大热天 臭得喘不上气',
    '孩子今年考上县高中了 住宿费伙食费一学期三千多 家里地今年全淹了',
    '那天烧烤摊两伙人打起来了 拿铁签子扎人 派出所都处理完了',
  ])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '梅林村种烟叶的产业补贴 说每亩都有 俺种了五亩 一分木见 村会计说发过了 俺咋不知道',
    '上边说今年七八月有高温补贴 一个月一百五 主任说下来了 给俺们一人发五十 说剩下的村里留着买扫帚了',
    '帮扶俺家的干部一年见不着两回 打电话说在忙 表上写的每月一次 俺家咋不知道',
    '帮扶干部俩月木来了 俺家屋叫水泡了 打他电话他说在开会 一直开会',
    '喂 我想反映一下卫生院那个大夫 我家老太太中暑住院 他说床位紧张 得交五百押床费 没票 交了才给安排',
    '前一阵村里来人叫俺签字 说是领化肥的 俺不识字 就摁了个手印 后来听人说那是脱贫户退出的表',
    '我屋里房子被水泡哒 讲好补两千 拿到手八百 问村里讲是扣了么子费 高崇山镇',
    '喂 我去粮站卖早稻 讲水分高不收 后来看到有人塞了红包 车子直接开进去就过磅了 粮站里面的人明码要钱',
    '唉 那救灾款 人家主任说先借去垫修道的钱了 啥时候发也没个准话',
    '泉太镇德智村的会计 今年耕地地力补贴单子上我家的亩数少了五亩 问他说是测量的 可别人家都没少 就我家跟他吵过架',
    '三合村书记把救灾款存自己卡里',
    '村里会计把晚稻抛秧补贴名单搞假哒 冇种田的屋里也有 我屋里种哒八亩一分都冇得',
    '昨天街道来人发慰问金 我们楼就发了一户 那户儿子在街道上班',
    '镇卫生院那个大夫 说做检查要排队 塞了二百块就先给做了 没塞的从早上等到下午',
    '喂 恁好 俺反映一下俺孩儿学校那个老师 暑假在他家开班 补数学 一个娃子一个月一千 他说不去的下学期跟不上别怪他',
    '村小老师放假补课 每个孩子一千 俺家实在拿不出 老师说不补也行 开学作业本就别想了',
    '俺们安恕镇我们村 修水渠的活 谁干的 村主任他儿子 工钱按每天三百报的 我们去干一天给一百二 这个差价 我也整不明白',
    '后来听说那批空调扇 一共十台 有三台送到社区干部家老人那去了 也可能是我听错了啊',
    '我打电话到街道问高温补贴的事 那边一听是问这个直接就挂了 打了五回',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '帮扶干部俩月没来了 今天来了 还给带了米',
    '村里让签字领化肥 签完就领了 挺好',
    '保险说好一亩赔二百 到手一亩一百八 说是保险公司扣的免赔额',
    '补贴说村里先借用了 上礼拜都还上了 一分不少',
    '没种地的也有补贴 国家政策是按承包面积发的',
    '书记说种子谁先来找他谁有 就二十袋',
    '快递说发了 发哪去了 三天了',
    '打电话问贷款 那边一听是问这个就挂了 是骗子吧',
    '孩子班主任暑假补课收费每人1500元 不去的开学调到后排 请领导管管',
    '俺们村的农机补贴 说是能补三千 到手只有一千八 问农机站 说是经销商那边已经扣了',
    '抖音上刷到一个村干部贪扶贫款被抓了 底下评论全是说自己村也这样的 笑死',
    '各网格员明天开始入户 重点看受灾户 收入骤减户 别走过场',
    '@所有人 防溺水安全提醒：暑假期间严禁中小学生私自下河下塘游泳 家长要尽到监护责任 各屯组长挨家挨户再通知一遍',
    '在镇上那个粮库干了仨月装卸 说好的一天一百八 结账给了一百二 说扣的是啥管理费',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '跟水利站说过多少回了 那沟就没人管 算了 我也不操那心了 爱咋咋地',
    '我家那老房子墙裂了好几年了 说了几回也没人来看 算了 就这么住吧 反正也住不了几年了',
    '唉 那条沟说了多少回了 木人管 算了 恁也甭说了',
  ])('%s is no complaint', (text) => {
    expect(understand(text).complaint).toBe(false);
  });
});

// Round 58's second wave (AU9 officials at work in flood and heat, AU10 complaints told flatly, AU11 which office), read once on the first
// retrain.
describe("understand: round 58's second wave, lists, duties and deposits beside the same told innocently", () => {
  it.each([
    '福镇社区后身那个老楼 外墙让雨泡的一大块掉下来了 底下还有人站着避雨 快让人走开 谁给社区打个电话',
    '喂 那个 我们家门口那个水泥杆子 让大风刮歪了 线都耷拉到房檐上了 风还没停呢',
  ])('%s is an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
  it.each(['外墙掉下来一大块 幸亏底下没人 社区来看看吧', '电线杆子歪了 线耷拉到房檐上了 好几个月了 也没人修'])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each([
    '问一下 咱屯转移名单是谁定的？俺家就在河套边上 名单上没俺家 后院老孙家住坡上倒有',
    '助学金名单学校贴出来了 班主任家外甥在上头 他家开着两台收割机',
    '白泉镇中学这回发助学金 我家孩子是脱贫户学生 没评上 评上的有一个是校长司机家孩子',
    '我们这个高考生报志愿 学校有个老师说帮着报 一个人收三千 说他有内部消息 我们家给了 结果滑档了 钱也不退',
    '我们村防汛值班 主任让我们几个老百姓替他值 一宿给五十 他自己在镇上打麻将',
    '乡中心校评贫困生补助 班主任让交一百块钱材料费 说不交就不往上报',
    '大雨那天 我打电话给我们村值班的 说我家后墙要倒了 让来帮着把老人弄出来 他说今晚上没车 你们自己想办法',
    '公益岗工资 是俺娘哩名 钱没到俺娘手里',
    '学校让暑假补课 一个月六百 是班主任自己家开的',
    '孩子学校暑假让统一去指定机构托管 老师说不去开学分班有影响 那机构一打听是老师爱人开的',
    '卫生院那大夫 我妈中暑去输液 先交五百押金 结账花了一百多 押金就退我三百',
    '俺家孩子中考报志愿 班主任让都报他推荐那个私立高中 说报别的不给签字',
    '生源地贷款 村里要盖章 支书讲要等他有空 等了半个月 开学就要交钱哒',
    '村委会 防汛物资的钱 账上写买了五百个编织袋 这回发水 一个都拿不出来',
    '俺们镇卫生院那个医生 俺娘中暑去挂水 他说床位满了 塞给他二百才给安排',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '转移名单贴出来了 俺家在上面 老孙家住坡上没在上头 挺合理',
    '助学金名单贴出来了 都是困难家庭的孩子 没啥说的',
    '老师说帮着看看志愿怎么报 不要钱 人挺好',
    '防汛值班表排好了 主任带头值第一宿',
    '卫生院住院押金交了五百 出院结账花了一百多 剩下的都退了',
    '学校办的那个暑假托管班 讲是免费 结果每个月收三百伙食费 还讲是自愿 不交就不收',
    '卫生院说中暑的不收 让上县里 人在门口躺了半小时没人管',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Review of round 58: its forms read as a villager would tell the same words innocently.
describe('understand: review of round 58, the high-summer forms beside the same words told innocently', () => {
  it.each([
    '补贴每人发了五十 剩下的村里留着给大家买化肥 开会定的',
    '我兜里的钱让谁揣兜了 哈哈 原来是我媳妇',
    '转移名单上没俺家 俺家住坡上 河边老孙家倒有 应该的',
    '书记家里有事 让我替他值一宿 我答应了',
    '书记说他把俺家低保停了 因为俺家儿子买了车 按政策也对',
    '押金交了五百 花了一百多 就退了三百 还有一百是床位费 有票',
    '空调补贴评上的有两家是社区工作人员的父母 人家确实困难 没毛病',
    '医生说先给他包个红包 不然排不上 这是骗子冒充医生打的电话 大家别信',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
});

// Round 59 (holdout59's misses, and the harvest writers AW3..AW8 read once before their kinds): a surgeon who took the packet, a teacher's
// spouse's day-care, a cadre's kin's grain point, an army place sold, land rent paid to the village, a fee taken twice; a flood's leavings,
// a transformer's smoke before an outage, a harvester over a crop, a fire far off asked about; a threat from a crane, a child in a lift.
describe('understand: round 59, harvest accusations beside the same words told innocently, a flood and a fire that are over', () => {
  it.each([
    '喂 俺反映个事 俺爹在县医院做手术 那个主刀的医生 俺给他塞红包他收了 两千 他不收俺们也不敢啊 这事恁管不管',
    '中心校的老师暑假把班里孩子都拉到他媳妇开的托管班 一个月一千五 俺家没去',
    '俺家孩子老师 暑假补课让交钱 说是学校组织的 俺问了学校 学校说没组织 那钱交给谁了',
    '喂 我反映个事 就是我们那个收粮的点 是村主任他小舅子开的 扣水扣得老狠了 还不让往别处卖',
    '征兵名额叫人买走了 俺家孩儿体检都过了',
    '喂 我是高崇山镇的 我屋里那几亩田 流转给村里 村里再包给那个 种烟的老板 一亩四百 现在钱冇看到 村里讲老板冇给 老板讲早就打给村里了',
    '医保交了380 村里又收一遍 说上回没录上 钱也没退',
    '支书家的秸秆烧了木事 俺家烧了罚五百',
    '学校贫困生补助 班主任让每人交五十 说是办卡手续费',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each([
    '对方送了两条烟 村主任当场就退回去了',
    '收粮点是村主任小舅子开的 价给得公道 扣水也不多',
    '文庄村那个开收割机的 给俺收花生 收了一半 把俺家地头的红薯轧烂了一大片 还多要钱 村里管管',
    '霍家店村 有个收粮的开车进屯子喊收苞米 到家了说你这苞米水分大 价直接砍一毛 不卖还得给他辛苦费',
    '2024年医保我交了 村里说没交上 让再交 我就又交了一遍 现在两个都显示 麻烦给退一个',
    '官庄镇中学收补课费 一个月二百 说是自愿 不交嘞孩子坐最后一排',
    '谁家小孩捡着一个红色小书包 在村小学门口 失主来认一下',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  it.each([
    '今晚广场舞换地方了啊 上新广场那边 老地方淹了还没干透',
    '听说南边有个县水库垮坝了 淹了好几个庄 看着吓人',
    '这两天下的 俺家菜园子全淹了 黄瓜秧子都泡烂了 哎',
    '俺家老跳闸 一开电饭锅就跳 谁懂电的给看看',
    '猴石那边好像着火了 看着烟挺大 有人知道咋回事吗',
    '今年这山火咋这么多 一个秋天都三回了',
    '伊通这两天风大 大伙看着点自家柴火垛 别着了',
    '咱社区谁家有煤炉子用不着了 便宜卖我一个',
  ])('%s is no emergency and no complaint', (text) => {
    const u = understand(text);
    expect(u.emergency).toBe(false);
    expect(u.complaint).toBe(false);
  });
  it.each([
    '我们屯子出去那条砂石路 让大水冲出两道大沟 车根本过不去 老人看病孩子上学都出不去 都半个月了没人来修',
    '泌阳县羊册镇姚庄村 停电一天一夜了 变压器冒烟以后就没来电',
    '喂 那个 俺们那停电了 下午打雷 一个雷劈到变压器上 轰一声就没电了 到现在五六个钟头了',
    '喂 我家那大豆还没割呢 旁边地那个 雇的收割机 从我家地里横穿过去 压出两道沟 大豆全压地里了',
    '@村主任 老孙家雇那收割机把我家地头压倒一片 机手不认 老孙也不认账 你给评评理',
    '你好 我家在那丹伯镇 后山前些天着过一回火 烧到我家参地边上 损失谁赔',
    '喂 医保那边说蛇咬的不给报 是真的假的 我儿子让蛇咬了 在县医院住了五天 花了六千多',
  ])('%s is a complaint but no emergency', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.emergency).toBe(false);
  });
  it.each([
    '喂 我跟你说 我现在在那个工地塔吊上 老板欠我们工钱一年了 今天不给钱 我就从这跳下去',
    '我们屯子东头那个木桥 水已经没过桥面了 桥身子直晃 对面有几个学生补完课要过来 千万别让他们过 快找人拦一下',
    '俺家孩子困电梯里了 物业电话打不通 谁有电梯公司电话',
    '喂 喂 山上着火哒 后山 有人上坟烧纸钱 点着哒 火往屋这边烧过来哒 我屋里娭毑还在屋里 快点来啊',
    '收割机从我家地里碾过去 压倒了一片 把俺爹压在底下了 快来人',
    '后山着过一回火 现在又着了 快来人',
  ])('%s is still an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

// Round 59's second wave (AW9 officials at work at harvest, AW10 complaints told flatly, AW11 which office), read once on the first retrain.
describe("understand: round 59's second wave, grain queues, loans, cards and watches beside the same told innocently", () => {
  it.each([
    '收粮点先收书记家亲戚的 俺们排了两天 这公平吗',
    '俺家评上防返贫监测户了 帮扶的说给俺家申请了小额贷款 俺连钱都没见着 他说是入了啥合作社的股',
    '喂 那个 我反映个事 我们镇里那个 卫生院打针的那个 拿我的医保卡给别人开药 我卡里少了好几百',
    '低保核查就打了个电话 这也算入户',
    '医保钱交给村会计了 他给俺打了个白条 俺孙子去看病 说木有参保',
    '郭集镇 秸秆禁烧罚款 有嘞罚有嘞不罚 看跟谁亲',
    '帮扶本上写我屋里去年十二次走访 我一个人都冇见到',
    '灯塔镇 禁烧值班那几个人晚上在屯里喝酒 地里烧起来了也没人管',
  ])('%s accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
  it.each(['谁家大豆收完了 借俺个脱粒机用两天 给油钱', '低保核查来了俩人 挨屋看了一遍 还问了孩子上学的事', '会计给俺打了个收条 医保钱交上了 系统里也能查着'])(
    '%s accuses nobody',
    (text) => {
      expect(understand(text).misconduct).toBe(false);
    },
  );
  it.each([
    '老刘家雇那台收割机把俺家地边压倒一大片 人家不认账 说不是他家车压的 谁给评评理 村里管',
    '喂 我家那大豆还没割呢 旁边地那个 雇的收割机 从我家地里横穿过去 压出两道沟 大豆全压地里了',
  ])('%s is a complaint but no emergency', (text) => {
    const u = understand(text);
    expect(u.complaint).toBe(true);
    expect(u.emergency).toBe(false);
  });
  // The bot's fast path reads the rules alone (the net still calls a barbecue's smoke at an upstairs window an emergency: left to a retrain).
  it.each(['富民社区门口那家烧烤 炉子冒烟一直冒到十一点 我家就在二楼 窗户关上都呛', '井盖让车压碎了 昨晚黑 一个老头一条腿掉进去了'])(
    '%s sounds like no emergency to the rules',
    (text) => {
      expect(soundsLikeEmergency(text)).toBe(false);
    },
  );
  it.each(['这两天降温 好几家煤烟了 都注意啊 炉子烟道勤掏掏', '靠山那边又着火了吗 烟老大了 往俺们这边飘 谁知道咋回事'])('%s is no emergency', (text) => {
    expect(understand(text).emergency).toBe(false);
  });
  it.each(['这两天降温 好几家煤烟了 屋里还有人没醒 快来人', '靠山那边着火了 火往屯子这边烧过来了 快来人'])('%s is still an emergency', (text) => {
    expect(understand(text).emergency).toBe(true);
  });
});

// Review of round 59: its forms read as a villager would tell the same words innocently.
describe('understand: review of round 59, the harvest forms beside the same words told innocently', () => {
  it.each([
    '书记说想去当兵的 准备2张照片 身份证',
    '流转的地租老板说钱全给了 村里昨天已经发到各家了',
    '村里收两回 春天一回秋天一回',
    '镇上那药房是大夫他媳妇开的 药挺全',
    '低保核查就打了个电话 说下周来入户',
    '烧秸秆的 补贴取消 这是县里的规定',
    '俺给他塞红包他收了 后来又退回来了',
  ])('%s accuses nobody', (text) => {
    expect(understand(text).misconduct).toBe(false);
  });
  // After the second retrain the net read round 58's look-alikes as accusations again (a favour agreed, a deposit's rest with a slip, a
  // 班主任's summer class fee); three guards keep them, and these still accuse.
  it.each([
    '书记让我替他值一宿 他自己去打麻将 我答应了',
    '押金交了五百 花了一百多 就退了三百 还有一百说是床位费 没票',
    '班主任暑假在自己家里给班上孩子补课 一个月1500 不去的开学调到后排',
  ])('%s still accuses an official', (text) => {
    expect(understand(text).misconduct).toBe(true);
  });
});

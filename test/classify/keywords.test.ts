import { misconductTrigger } from '../../src/classify/keywords';

// The accusation forms alone (keywords.ts), as the routing rule reads them: an accusation they see goes to the discipline
// commission whatever the model says. Round 34: a family occasion is no paper bought, one's own spending no public money doubted.
describe('misconductTrigger: the forms read a bribe or public money doubted, not a family occasion or private spending', () => {
  it.each(['给俺爹送了两瓶酒 第二天就给他办了寿宴', '送了两条烟给他 当天就办了喜酒', '他说他那车花了二十万 谁信', '她家那套房子装修花了三十万 谁信啊'])(
    '%s reads no accusation',
    (text) => {
      expect(misconductTrigger(text)).toBeNull();
    },
  );
  it.each([
    '拎了两瓶酒去 当天就给办了',
    '送了两条烟 第二天就给办了低保',
    '村里说修那段路花了二十万 谁信',
    '他家那房子花了五十万 谁信啊 村长一个月才挣多少 村里的账也不公开',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
});

// Round 35 (holdout35 folded in as dev104, QB after its one run): rules asked, rumours denied, news of elsewhere, a number lacked, the
// category's name asked after, a ride shared, wealth explained, a wrong dealt with and thanked for, a campaign passed on, an official
// defamed by others; and the accusations told in the same words.
describe('misconductTrigger: round 35, look-alikes that accuse nobody here, and the accusations told beside them', () => {
  it.each([
    '请问村干部亲戚能不能评低保 有冇规定 我就问问 没别的意思',
    '@村声 村干部能不能自己家也吃低保 俺就是问问规定 没说谁',
    '我想问下 村干部家人能不能承包村里的工程 有冇规定',
    '哪个讲书记贪污 莫乱讲 人家天天骑个破摩托跑 工资也低',
    '刚看抖音 说有个村干部贪了几百万被抓了 不是咱这的 是南方的',
    '你们能不能转告一下我们书记 感谢他帮我跑下来那个医保的事 我找不着他电话',
    '我们老板年底不给工资 这个算干部作风不',
    '有没有明早去县里的车 搭个脚 给油钱',
    '主任家新盖的房子 听说是他儿子在外面做生意挣的钱 人家儿子是真有出息',
    '俺家那年的补贴被人冒领的事 后来纪委给处理了 钱也追回来了 谢谢当时帮忙的人',
    '转发：【警示教育】某县原副县长受贿案一审宣判 以案为鉴 警钟长鸣',
    '有人天天在抖音上骂我们村书记 编的那些事都是瞎说的 书记家里人都没法出门了 这能管不',
    '村主任自己掏腰包给敬老院买了两台电视 这个得夸',
    // dev105, after the retrain
    '问下哈 村干部的亲戚到底能不能吃低保 有没有文件规定的 俺就是好奇 没别的意思',
    '干部收人家一条烟算不算受贿啊 跟人唠嗑唠到这了 争起来了 谁懂',
    '有没有人知道 举报干部要不要写真名 会不会被报复 纯属好奇啊别多想',
    '我想问下 村干部要是收了礼 该去哪举报 不是我们村 是我同学跟我讨论到这了',
    '支书昨天帮俺们屯子找了个收苞米的 价钱公道 比贩子多给二分',
    '村主任他家亲戚没一个吃低保的 这点俺服 谁说他坏话俺都不信',
    '俺大哥说他们村的低保都是干部亲戚 俺不信 他就爱瞎咧咧',
    '有个人在群里说书记贪污 我看是喝多了乱讲 人家书记上个月才把账公布了 一笔一笔的',
    '刚看新闻说有地方查出低保优亲厚友 处理了一批 咱这应该没有吧 哈哈',
    // SD's, after its one run
    '看新闻说南方哪个县有干部过年收红包让纪委给查了 真解气',
    '听说隔壁县有个镇长被带走了 贪了好几百万 啧啧',
    '村会计家的玻璃让人给砸了 就因为低保没评上 评不评也不是他一个人说了算',
    '请问一下 村干部能不能代收新农合的钱啊 还是必须自己去交',
    '双清区小江湖街道 我想问一下 社区干部上门登记低保 是不是要收钱',
    '问问 村委会换届的时候 候选人请全村吃饭算不算贿选',
    '村会计的媳妇在村口开的小卖部 东西贵得要死 一瓶酱油比镇上贵两块',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
  it.each([
    '村干部亲戚能评低保吗 俺们村会计他小舅子就评上了 有规定吗',
    '村干部能不能自己家吃低保 我就问问 我们村书记家三口人都吃着呢',
    '@村声 问个事 村干部能不能一个人领俩公益岗 一个用他妈的名一个用他媳妇的名 我就问问',
    '哪个讲书记贪污 莫乱讲 贪的是会计 书记管不了他',
    '刚看抖音 村干部贪了几百万被抓了 不是咱这的 可咱村会计也一样 账从来不公开',
    '我找不着书记电话 他一个月都不在村里 盖章找不到人',
    '俺们那村干部 下大雨了人都找不着 电话也不接 等水退了才来拍照',
    '村主任让每户交两百块 说是打点上边 这个算干部作风不',
    '村长开公家的车给他儿子拉货 油钱村里报销',
    '主任家新盖的房子 说是他儿子挣的钱 谁信 低保款都让他拿了',
    '冒领的事后来处理了 谢谢 可是钱到现在还没追回来 会计还在管账',
    '有人骂我们村书记 说他贪了 其实是会计贪的 书记不知道',
    '会计把救灾款揣自己兜里了 我想问下 村干部能不能这样 有没有规定',
    '村主任收了俺两条烟才给盖章 这算不算受贿 谁懂',
    '举报干部要写真名吗 俺写 俺叫赵德福 举报王会计 把俺家低保给他小舅子了',
    '我想问下 村干部要是收了礼 该去哪举报 我们村会计收了俺家五百',
    '俺大哥说俺们村的低保都是干部亲戚 俺不信 结果一看名单还真是',
    '有个人在群里说书记贪污 我看不是乱讲 账上就是对不上',
    '刚看新闻说有地方查出低保优亲厚友 咱村也一样 会计他姐就吃着',
    '村主任他家亲戚全吃低保 这点俺不服',
    // (review) one test of "ours told too" for news and campaigns alike: our own official named without 的 still counts
    '转发：【警示教育】某县原副县长受贿案一审宣判 咱们组长收了俺两条烟才盖章',
    '刚看抖音 有个村干部贪了被抓了 不是咱这的 咱这儿也有 会计把低保给他小舅子了',
    '听说隔壁县有个镇长被带走了 咱镇长也好不到哪去 收了俺两条烟',
    '这回选举 村主任挨家送米 算不算贿选 我就问问',
    '社区干部上门登记低保 收了俺家两百 是不是要收钱',
    '宏伟村书记的弟弟开的超市 村里发的慰问品全从他家进 价格比别家贵三成',
    '村主任他弟开的超市 低保户必须在那买东西 不买就停低保',
    '喂 我反映一下 我们那个村书记 真是好人呐 他家的地都是公益岗的人给他种的 工资还是公家发的',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
});

// Round 36 (holdout36, read after its untuned runs): a refusal put down to a gift not given is an accusation; a gift denied as
// the cause, or a gift not given as one's own choice, is not.
describe('misconductTrigger: round 36, a refusal put down to no gift', () => {
  it.each(['村里不准我屋里建房 别个屋里照建 就是因为我冇送礼', '俺家低保给停了 就因为俺没给村长送礼', '宅基地证别人都办下来了 就因为俺家没表示'])(
    '%s reads an accusation',
    (text) => {
      expect(misconductTrigger(text)).not.toBeNull();
    },
  );
  it.each(['不是因为我没送礼 是他家条件确实不够', '因为我不送礼 所以过年就没去他家'])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 36 (dev113): a chuckle over one's own good price is no sarcasm about public money.
describe('misconductTrigger: round 36, a chuckle over a good price', () => {
  it('reads no accusation in one’s own sale', () => {
    expect(misconductTrigger('我屋里今年养了三十头猪 卖了个好价钱 嘿嘿')).toBeNull();
  });
  it('still reads the sarcasm about public money', () => {
    expect(misconductTrigger('村里修路那笔钱 三十万 路还是土路 嘿嘿')).not.toBeNull();
  });
});

// Round 37 (holdout37, read after its untuned runs).
describe('misconductTrigger: round 37, books in one family, the dog on the roll, cadres caught elsewhere, hosts and borrowed machines', () => {
  it.each([
    '俺们村的会计和出纳是两口子 这账能对得上吗',
    '书记和会计是亲兄弟 村里的钱谁监督',
    '咱村的会计可有本事 他家的狗都快吃上低保了😂',
    '隔壁乡书记都让抓了 俺村会计贪了低保钱咋没人管',
    '镇干部把安置房先分给他亲戚了 俺们在亲戚家借住',
    '借村里的拖拉机两天 村会计收了俺五百块油钱 不给收据',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '会计和出纳是两口子 俩人都挺热心的',
    '俺家狗都快吃上肉了 哈哈',
    '听说隔壁乡那个书记让抓了 贪了好几百万 啧啧',
    '看到没 隔壁镇的村会计叫纪委带走了 听说贪了低保的钱',
    '听说外省有个村干部贪了几百万叫抓了 活该',
    '镇干部说俺家危房要拆 拆了给安置 一年了安置房没影 俺们在亲戚家借住',
    '谁家有闲着的播种机 借两天 给油钱',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 38 (holdout38, read after its untuned runs).
describe('misconductTrigger: round 38, a benefit held over, bulk buys marked up, news from a province, the punished replaced, a fraud check, a buck passed by bosses', () => {
  it.each([
    '俺家是低保户 村里叫俺去村部打扫卫生 说是低保户都得义务劳动 不去就取消',
    '组长说谁家不投他侄子 就把谁家低保划掉',
    '俺家今年的麦种钱 村里说是统一买统一发 一亩收六十 俺去街上问了 一样的种子一亩用量也就四十块钱',
    '听说湖北那边有个村干部贪了几百万 咱村会计也一样 账从来不公开',
    '去年那个镇干部吃拿卡要被处分了 换了个新来的 可还是要烟才给盖章',
    '镇里说要查养老金冒领 可村会计他爹死了三年了 他还在领',
    '老板说钱都给包工头了 包工头说老板没给 村主任跟老板一伙的 收了好处 俩人踢皮球',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '低保年审 让交银行流水 不交就给停',
    '村里统一买的种子 出苗挺好',
    '听说今年湖北那边有个村干部贪了几百万 判了十年 活该',
    '去年那个镇干部吃拿卡要被处分了 换了个新来的 还中',
    '上午镇里来人说是要查养老金冒领 让家里有去世老人的赶紧去销户 不然以后还得退钱',
    '俺们工地十几个人 老板说钱都给包工头了 包工头说老板没给他 俩人踢皮球 俺们一分没拿着',
    '那个收粮的拉走俺们屯子七八家的苞米 到现在电话不接了 去派出所人家说是经济纠纷 这到底归谁管啊',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 38's writers (dev119–120, read once on the round's first retrain before their kinds).
describe("misconductTrigger: round 38's writers, a monthly cut, a levy on the state's works, a cadre drinking while called, news from over there", () => {
  it.each([
    '村里那个会计 帮我屋里报的低保 每个月他要抽一百 说是帮忙跑腿的辛苦钱',
    '书记在群里说修桥每户出三百 谁不出以后不许从桥上走 这桥是国家拨钱修的',
    '那天晚上屯里着火 打村主任电话 他在饭店喝酒 说喝多了来不了',
    '王奔镇那边有个村干部让处分了 咱村书记也一样 低保全给他亲戚了',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '俺家低保每个月一百多 够买米了',
    '修桥每户出三百 大伙商量好的 账都公示了',
    '村主任昨天在饭店喝喜酒 挺热闹',
    '沈洋镇丰收村那边俺亲戚说 他们村主任让人举报了 这回看他咋整',
    '伊通那边通报了一个镇干部 吃拿卡要的 这回该老实了吧',
    '看见没 县纪委又通报了 一个村支书贪了危房改造款 给撸了',
    '你看咯个新闻 隆回那边一个乡干部贪污扶贫款 判哒五年 活该',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

describe('misconductTrigger: round 38, works paid for and passed, still not done', () => {
  it.each(['路说是去年修了 验收也验了 钱也拨了 可那路还是土路 修哪去了', '去年说要修 钱都拨了 今年就拉来两车沙子往坑里一填'])(
    '%s reads an accusation',
    (text) => {
      expect(misconductTrigger(text)).not.toBeNull();
    },
  );
  it.each(['钱也拨了 路也修好了 挺平', '路还是土路 啥时候能修'])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 38's last two writers (dev121–122, read once on the round's shipped model before folding).
describe("misconductTrigger: round 38's last writers, anyone in charge asked, a cadre caught and the new one fine, 双规 next county", () => {
  it.each([
    '有没有管事的 村主任收了俺两条烟才盖章',
    '前年俺们屯子那个会计贪钱让抓了 现在换的这个也一样 账从来不公开',
    '邻县镇长被双规了 咱村书记也收了开发商的钱 没人管',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '有没有管事的 咱屯子收苞米那个姓孙的 拉走俺家两车苞米 说开春给钱 电话也不接',
    '前年俺们屯子那个会计贪钱让抓了 现在换的这个挺好 账月月贴墙上',
    '听说邻县有个镇长被双规了 说是收了开发商的钱 啧啧',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Review of round 38: news of a cadre punished "over there" accuses nobody, but a village over there may be ours: a wrong told as
// still going beside it is an accusation (else it would be routed as an ordinary complaint, perhaps to the accused's own township).
describe('misconductTrigger: review of round 38, news from over there beside a wrong still going', () => {
  it.each(['王庄村那边的村主任让人举报了 可他现在还在收钱 低保照样给他亲戚', '东辽那边的书记被处分了 但是俺们村会计照样不公开账'])(
    '%s reads an accusation',
    (text) => {
      expect(misconductTrigger(text)).not.toBeNull();
    },
  );
  it('王奔镇那边有个村干部让处分了 活该 reads no accusation', () => {
    expect(misconductTrigger('王奔镇那边有个村干部让处分了 活该')).toBeNull();
  });
});

// Round 39 (holdout39, folded in as dev123 after its untuned runs): its missed accusations and false flags as kinds.
describe('misconductTrigger: round 39, a share given to others, fees kept, a home whose money is gone, a purchase to be disclosed, kin well off on 低保', () => {
  it.each([
    '上面说防返贫的产业补贴每户一千五 俺家到现在没拿到 找组长 他说先给更困难的了',
    '村里的水管员 每年挨家收水费 收了不给交 自来水公司把总阀关了',
    '乡里那个养老院 老人冬天屋里冰凉 上头拨的取暖钱不少 钱都上哪去了',
    '今年村里发的化肥 一袋少好几斤 谁买的 多少钱一袋 账给大伙公开',
    '村主任他外甥是低保户 开着小轿车 天天在县城',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '双辽市新立乡长泡村 俺家低保这个月没到 问村里说再等等',
    '东丰县大阳镇长乐村 俺家门口的道让大车压坏了',
    '谁家煤烟中毒了 卫生院门口停着救护车',
    '我们组吃的泉水 上面有人在那里养猪 水都臭了 村里港冇办法',
    '敬老院的护工对俺娘态度不好 喊半天不来',
    '村主任他姑是五保户 过年村里给她送了米面',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 39's writers (dev124–126): look-alikes of accusations as kinds, each beside an accusation told alike.
describe("misconductTrigger: round 39's writers, a claim denied, a gift refused, a wrong judged and recovered, a vote asked online, news passed on", () => {
  it.each([
    '有人说咱村会计把扶贫款挪去放高利贷了 俺看是真的 他家刚买了车',
    '老陈给驻村书记塞了两只鸡 书记收了 第二天老陈家就评上了',
    '村主任挪用低保金被县里处理了 可钱到现在也没退给俺们',
    '选举前村主任挨家送油送米 让选他',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '有人说咱村会计把扶贫款挪去放高利贷了 俺问了镇里 扶贫款不走村账 这话不对 大家别信',
    '俺们村的贫困户非要给驻村书记塞两只鸡 书记死活不要 最后按市价给了钱',
    '扣了补偿款的那个组长 前两天法院判了 钱也追回来了 大家出了口气',
    '群里别发拉票链接了 一天几十条',
    '新闻讲某某县一个村支书套取补贴被双开 看着真解气',
    '县纪委公布了几个案子 都是村干部虚报冒领的 转给大家看看',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Review of round 39: the doors the round's new look-alikes could open to a real accusation, each shut and tested.
describe('misconductTrigger: review of round 39, look-alikes that must not hide an accusation', () => {
  it.each([
    // a township's own title is no place's: the 乡长 here is accused
    '俺们乡长说村里没钱 可他自己换了新车',
    // an audit told as covered up
    '有人举报会计改账 县里审计来查了 查完了说没问题 其实是书记提前把账改了',
    // someone's gift taken beside another's refused
    '书记收了老王的钱 俺们送的鸡他死活不要',
    // canvassing paid for in a village election is no online vote
    '村主任找人帮忙拉票 一户给二百块',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each(['帮忙给俺孩子投个票 萌娃比赛的链接', '俺姐夫是村会计 老有人在背后说他改账 账本谁都能去看 他也不怕查'])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 40 (holdout40, after its runs): a treat owed before anything is done is an accusation; a debtor's wife who reviled the writer,
// an errand paid with fuel money, a clinic's charge and a bus route cut told to the bot ("我反映一下") are none.
describe('misconductTrigger: round 40, a treat owed, a villager who reviles, an errand paid, a clinic charge, a route cut', () => {
  it.each([
    '俺们屯那个组长 谁家办事都得先请他喝顿酒 不请 你那事就卡着',
    '书记他媳妇还骂我 说我家不配吃低保',
    '我上回反映了组长占地的事 第二天他就把俺家的水给断了',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '我表哥借我两万块 三年不还 去要 他屋里婆娘还骂我 村干部来帮忙说一下',
    '明天谁去县城 帮俺捎袋狗粮回来 给油钱',
    '镇卫生院说孕检免费 结果还收了一百多 问了说是另外的项目',
    '我反映一下 镇上到我们村的班车过完年就停了 老人看病不方便',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 40's writers (dev128–130): a cadre kin to the nuisance he calls fine, premiums collected and never paid in, a payout drawn
// for the household and spent — beside a neighbour's kin, a post office that drew a payment.
describe("misconductTrigger: round 40's writers, a cadre shielding kin, premiums not paid in, a payout drawn and spent", () => {
  it.each([
    '俺们屯那口井边上有人堆粪 跟组长说了 他跟那家是亲戚 说不碍事',
    '俺家新农合断了 俺年年交的 组长收的钱没交上去',
    '村会计说俺娘的高龄补贴他替俺家领了 去要 说花了 过阵子给',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each(['俺家隔壁养猪的 臭得不行 他跟那家是亲戚 俺也不好说', '邮局的帮俺领了补贴 没给俺 说下个月'])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 40's writers (dev128–130): the rules' false flags in their rows as kinds — a claim withdrawn, a rumour asked after and found
// false, a paid-低保 scam warned of, kin never asked favours, a cadre thanked, a cadre's mother in hospital, a personal loan, an
// official beaten, a case elsewhere, a wedding without gifts — each beside an accusation told in the same words. And (review of
// round 40) a sum taken with no word for money.
describe("misconductTrigger: round 40's writers, look-alikes the rules read as accusations", () => {
  it.each([
    '上回我讲会计把账藏起来 是我误会哒 账本他拿给我看了 道个歉',
    '有人说组长把救灾的米扣下了 我去问了俺娘 米都到了 一样没少',
    '大家莫信 有人讲交五百就能办低保 都是骗子 我表姐被骗了',
    '俺表哥在镇上当干部 俺从来不找他办事',
    '感谢驻村的王干事 俺爹住院那阵跑前跑后帮着办救助',
    '俺们村书记他妈住院了 手术费不够 大伙想给凑点',
    '我借给我们村会计他侄子三千 一年了不还 能调解不',
    '俺们村会计让人打了 就在村部 快来人',
    '县纪委公众号发通报了 邻县好几个村干部公款吃喝',
    '村书记家闺女出嫁 不收礼 请大伙吃个饭',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
  it.each([
    '上回我讲会计把账藏起来 是我误会哒 可他今年又不公开了',
    '有人说组长把救灾的米扣下了 我去问了俺娘 米都到了 可他自己家多领了两袋',
    '村书记他妈住院了 村里让每户必须捐五十 不捐的低保别想',
    '书记收了俺两百块 才给盖章',
    '书记帮俺办低保 说一分钱不要 结果收了两百',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
});

// Round 40's second wave (dev131–133, read once before folding): a post signed under another's name, a payout cut in the village's
// account, a difference asked after, a meal owed before a name is put forward — beside a scam call warned of, a loan to a neighbour, and
// a caller asking whether a reported dam was mended (no retaliation in "修好了没 俺…").
describe("misconductTrigger: round 40's second wave, accusations told by their sums and look-alikes", () => {
  it.each([
    '俺爹在村里当护林员 公益岗 可村里让他签的是别人的名 钱也不在他手里',
    '孩子的助学金打到村里账上了 村里说要扣三百当管理费',
    '村主任说每亩补一万二 合同上写的一万五 差价到哪去了',
    '评低保 组长说得请他吃顿饭 他才给报 俺没请 就没评上',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '大家莫信那些电话 说中奖了要交手续费 俺二姨被骗了三千',
    '俺借给同村老张一万块 说好年底还 到现在不给 能调解不',
    '俺上回反映俺庄那个塘坝 后来修好了没 俺在外地不放心',
    '超市买的东西差价到哪里去了 收银的也说不清',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 41 (holdout41's missed accusations and false flags, after its runs): a fee per household for a benefit held back from those
// who do not pay, a fine waived for money on the side, funds for the poor put into a cadre's business — beside a subsidy or a dead
// man's pension passed between the village and a cooperative, a bank or the police.
describe('misconductTrigger: round 41, a fee for a benefit, a fine waived, funds to a cadre business — and offices passing a matter', () => {
  it.each([
    '组长给办残疾补贴 一户要三百跑腿费 不给的就批不下来',
    '镇上城管说俺家门市违建 要罚一万 私下给他两千就不罚了',
    '村里的扶贫项目资金 全给了书记家开的那个养猪场 说是带贫 俺们一分没见着',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '俺家地流转给合作社了 粮补村里说该合作社领 合作社说该俺领 推来推去两年了',
    '俺娘走了 她卡上的养老金银行不让取 要证明 派出所说找村里 村里说找派出所',
    '村里办低保不收任何费用 谁要是跟你要钱你就举报',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Round 42 (holdout42's missed accusations and false flags, after its runs, and dev139's cadres at work): land declared as the
// better-paid crop, a cut from a dealer, goods hinted at, a fee with no receipt, a form torn up, a threat for complaining, a benefit
// switched to kin, a family put out of the group, water cut to one house, a vendor of his own, a withdrawal pressed, a fine waived
// for money to him, a cadre with a knife — beside a fee or fuel money the writer offers, a card misused by a stranger, a number
// "打他", conduct praised, a cadre's child's news, a meal that made peace, an old case judged, papers lost, a policy explained,
// and a cadre attacked.
describe('misconductTrigger: round 42, conduct other than money, and its look-alikes', () => {
  it.each([
    '俺村书记把他家的地全报成大豆 大豆补贴高 实际种的都是苞米',
    '村主任跟收粮的合伙 不让别的粮贩子进村 他从中抽成',
    '去镇里民政办问救助 那个干事晚上发微信问俺家有没有腊肉',
    '社区主任挨家收卫生费 一户一百 也没开票',
    '会计把我的低保申请表当面撕了 说我不够格',
    '书记说再在群里发这些 就把你家低保停了',
    '村里把俺家的低保换成了书记他小舅子',
    '书记把俺踢出群了 就因为俺说了句路灯不亮',
    '组长把自来水阀门关了 就关了我们家 因为没交他要的管护费',
    '社区书记让统一找他推荐的公司装充电桩 贵一倍',
    '书记又上俺家来了 还是那句话 撤诉不撤',
    '乡里管林业的说要罚五千 又说你拿一千私下给我 这事就算了',
    '村主任喝多了在村部拿着菜刀要砍人',
    '村干部说俺家产业奖补能发下来 让俺交五百块钱手续费',
    '俺找调解员 他说这事不归他管 让俺自己找法院',
    '书记天天在村部院子里停他家的货车 大伙的车都没地方放',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
  it.each([
    '哪个能帮我抢张回家的票 我出手续费',
    '有冇人初三去县城 拼个车 出一半油钱',
    '医保卡被别人冒用了 我没去过那个药店',
    '会计的电话换了没有 我打他以前那个号是空号',
    '干部下乡 一口水都不喝 自己带的 这作风可以',
    '书记家的闺女考上大学了 全村头一个',
    '上个月两家为排水沟闹 村主任带着两家一块吃了顿饭 话说开了',
    '听说那个贪污的老会计判了 三年前的事了 现在这个会计挺干净的',
    '咱村书记连根烟都不抽别人的',
    '村里会计说俺家养老保险断缴了三年 俺当年交过钱 收据找不着了',
    '镇上的干部说了 今年的危房改造政策是只给D级的',
    '喂 快来人 村主任让人拿刀撵着砍 就在村部门口',
    '调解员来了 说老李家的树种在他自家地里 长过界了也不归他管',
    '组长说村里的文化广场要改成停车场 俺们跳舞的地方就没了',
  ])('%s reads no accusation', (text) => {
    expect(misconductTrigger(text)).toBeNull();
  });
});

// Review of round 42: each new look-alike tried as an insider would, with the accusation told beside it — a receipt "lost" by the
// one who took the money, a policy explained and then bent for kin, a cadre's child's feast with gifts collected, an old case judged
// and the new accountant no cleaner, the secretary's own "不归他管", fuel money demanded of the writer.
describe('misconductTrigger: review of round 42, accusations told beside the round look-alikes', () => {
  it.each([
    '会计收了俺家五百块 不给收据 问他他说收据找不着了',
    '书记说政策是只给贫困户 结果他亲戚也领了',
    '书记家儿子考上大学 摆酒收了全村的礼 不去的低保就难办',
    '听说那个贪污的老会计判了 现在这个会计也不干净 又把低保给了他亲戚',
    '书记说老李家的事不归他管 让俺自己找法院',
    '村干部让俺出五百块油钱 说是跑腿办证用的',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
});

// After round 42 (from its left-alone list): a sum with no word for money taken from a named villager, beside a crop's weight bought.
describe('misconductTrigger: after round 42, a sum taken from a named villager', () => {
  it('reads "背地里收了老王两万" as an accusation', () => {
    expect(misconductTrigger('书记表面上连根烟都不抽别人的 背地里收了老王两万')).not.toBeNull();
  });
  it('reads no accusation in a crop bought by weight', () => {
    expect(misconductTrigger('村主任收了老王两万斤苞米 钱还没给')).toBeNull();
  });
});

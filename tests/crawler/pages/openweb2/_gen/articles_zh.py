# Chinese articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='zh-cn-portal-gaotie-kaitong', lang='zh', cms='cn_portal',
    url='http://news.huaxiawang.test/c/2025-12-26/doc-ihafkq8832415.shtml',
    site='华夏网', section='国内', source='江城日报',
    title='江城至云岭高铁正式开通运营 两地最快1小时38分可达',
    pub='2025-12-26T11:20:00+08:00', authors=['王喆', '李堃'], tz='Asia/Shanghai',
    tags=['高铁', '交通'],
    charset={'declared': 'gb2312', 'actual': 'gbk', 'note': 'Declared gb2312 (meta http-equiv) but contains GBK-only characters (喆, 堃); decode as GBK.'},
    notes='Date only in visible text ("2025年12月26日 11:20"). Reporter names in the byline span "记者 王喆 李堃"; the closing "责任编辑" line is a credit line and counts as body.',
    body='''
12月26日上午9时，随着G8801次列车从江城东站驶出，江城至云岭高速铁路正式开通运营。两地间最快旅行时间由原来的4小时缩短至1小时38分。

江云高铁<!-- 正文开始 -->全长312公里，设计时速350公里，沿线设江城东、清溪、白石、云岭北等9座车站。项目于2020年开工建设，总投资约590亿元。

[img 开通首日，旅客在江城东站乘车。 | 记者 王喆 摄]

据铁路部门介绍，开通初期每日安排开行动车组列车42对，节假日高峰期将根据客流情况增开列车。

“过去回老家要坐大半天汽车，现在不到两个小时就到了。”在云岭工作的旅客张女士说。

[ad]

业内人士表示，江云高铁的开通将进一步完善区域高速铁路网，对促进沿线旅游业发展和人员往来具有重要意义。

~ 责任编辑：陈玥
'''))

A(dict(
    name='zh-cn-portal-keji-chuangxin', lang='zh', cms='cn_portal',
    url='https://tech.dongfangkuaibao.test/2026-03-12/doc-kj7781290.shtml',
    site='东方快报', section='科技', source='东方快报',
    title='本地企业发布新一代固态电池 能量密度提升40%',
    pub='2026-03-12T15:42:00+08:00', authors=['周晓燕'], tz='Asia/Shanghai', opts=['meta_times', 'meta_author', 'zuozhe'],
    tags=['电池', '新能源'],
    body='''
3月12日，位于高新区的星源能源科技有限公司发布新一代固态电池产品。据介绍，该电池能量密度达到每公斤420瓦时，比公司现有产品提升约40%。

公司首席技术官刘振宇表示，新电池采用自主研发的复合电解质材料，在零下20摄氏度的环境中仍可保持85%以上的容量。

该产品计划于今年下半年小批量生产，首先应用于高端电动汽车和储能设备。

[ad]

业内专家认为，固态电池是下一代动力电池的重要发展方向，但大规模量产仍面临成本和工艺方面的挑战。

~ 责任编辑：孙伟
'''))

A(dict(
    name='zh-nextjs-chunjie-lvyou', lang='zh', cms='nextjs',
    url='https://www.xinshiye.test/society/2026/02/24/spring-festival-travel-data',
    site='新视野', section='社会',
    title='春节假期国内出游人次同比增长12%',
    pub='2026-02-24T18:30:00+08:00', authors=['赵敏'], tz='Asia/Shanghai',
    opts=['jsonld', 'share', 'related'],
    lead='文化和旅游部数据显示，今年春节假期8天，全国国内出游5.2亿人次。',
    body='''
据测算，春节假期全国国内出游人次同比增长12.1%，国内游客出游总花费6820亿元，同比增长10.4%。

从出游方式看，自驾游占比超过六成。冰雪旅游、民俗体验和博物馆参观成为假期热门选择，多地博物馆预约“一票难求”。

[ad]

各地推出的特色活动也吸引了大量游客：

- 北方多地举办冰雪节，滑雪场客流同比增长三成
- 南方古镇推出灯会和非遗展演
- 多家博物馆延长开放时间至晚上9点

业内人士预计，随着假期消费持续升温，今年旅游市场有望保持稳定增长。
'''))

A(dict(
    name='zh-wp-classic-shequ-tushuguan', lang='zh', cms='wp_classic',
    url='https://www.nanshanshequ.test/2025/09/15/community-library-opens/',
    site='南山社区报', section='社区',
    title='社区图书馆正式开放 首批藏书一万余册',
    pub='2025-09-15T09:30:00+08:00', authors=['林小雨'], tz='Asia/Shanghai', opts=['og'],
    body='''
9月13日，南山街道社区图书馆正式对外开放。图书馆面积约600平方米，设有儿童阅读区、自习区和多功能活动室，首批藏书一万二千余册。

开馆当天，不少居民带着孩子前来参观借阅。家住附近的退休教师陈先生说：“以前借书要坐车去市图书馆，现在走路五分钟就到了。”

图书馆开放时间为每周二至周日9:00至20:00，居民凭身份证即可免费办理借阅证。
'''))

A(dict(
    name='zh-wire-nongye-shengchan', lang='zh', cms='newsml_wire',
    url='https://www.huaxunshe.test/politics/2026-03/15/c_1130558812.htm',
    site='华讯社', service='新闻稿', section='时政',
    title='春季农业生产全面展开 各地抢抓农时备耕春播',
    pub='2026-03-15T16:08:00+08:00', authors=['华讯社'], agency='华讯社', tz='Asia/Shanghai', urgency=4,
    slugline='农业-春播', dateline_city='北京',
    notes='Agency copy with the dateline "华讯社北京3月15日电" inside the first paragraph; no personal byline.',
    body='''
华讯社北京3月15日电 记者从农业农村部获悉，当前春季农业生产由南向北全面展开，各地抢抓农时，积极开展备耕春播工作。

据介绍，截至目前，全国已春播粮食面积1.2亿亩，完成意向面积的12%左右，进度快于去年同期。化肥、种子等主要农资供应充足，价格总体稳定。

农业农村部有关负责人表示，将加强技术指导服务，组织专家分区域开展巡回指导，确保春播顺利进行。

~ （完）
'''))

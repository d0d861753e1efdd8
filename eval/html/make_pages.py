#!/usr/bin/env python3
"""Build the HTML extraction evaluation pages: eval/html/pages/NAME/{source.html,expected.txt}.

The articles are written for this evaluation (invented events, no copied text); the layouts imitate
the page structure of Arabic outlets (Al Jazeera-, Al Arabiya-, BBC Arabic-, Youm7-, Hespress-,
Annahar-, SPA-like): menus, breaking-news tickers, «الأكثر قراءة» and «اقرأ أيضا» boxes, share bars,
cookie banners, comment sections, footers. expected.txt is the article body, paragraphs separated by
a blank line (headline, byline, captions and chrome excluded; subheadings included); expected.json
holds the title and publication day the page states.

    python3 eval/html/make_pages.py      # rewrites eval/html/pages/
"""
import html
import json
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages")

ARTICLES = [
    dict(slug="water", title="افتتاح محطة لتحلية المياه في مدينة ساحلية", author="منى الخطيب", date="2025-06-14T09:30:00+03:00",
         paras=["الحديدة - افتتحت السلطات المحلية صباح اليوم السبت محطة جديدة لتحلية مياه البحر بطاقة تبلغ أربعين ألف متر مكعب يوميا، في خطوة قالت إنها ستخفف أزمة العطش التي تعانيها أحياء المدينة منذ سنوات.",
                "وقال مدير المؤسسة العامة للمياه في كلمة خلال حفل الافتتاح إن المحطة بنيت خلال ثمانية عشر شهرا بتمويل مشترك، وإنها تعمل بالطاقة الشمسية في ساعات النهار لتقليل كلفة التشغيل.",
                "وأضاف أن المرحلة الثانية من المشروع ستبدأ مطلع العام المقبل، وتشمل مد شبكة أنابيب بطول ستين كيلومترا إلى القرى المجاورة التي تعتمد حاليا على صهاريج المياه.",
                "من جهتهم، عبّر سكان في حي الميناء عن أملهم في أن تنهي المحطة معاناتهم اليومية، مشيرين إلى أن سعر الصهريج الواحد تضاعف ثلاث مرات خلال العامين الماضيين."]),
    dict(slug="books", title="معرض الكتاب يستقبل مئتي ألف زائر في أسبوعه الأول", author="سامي العلي", date="2025-02-03T18:00:00+02:00",
         paras=["شهد معرض الكتاب الدولي في دورته الحالية إقبالا لافتا، إذ تجاوز عدد زواره مئتي ألف شخص خلال الأيام السبعة الأولى، بحسب ما أعلنته اللجنة المنظمة مساء الأحد.",
                "وتشارك في المعرض أكثر من ثمانمئة دار نشر من خمس وعشرين دولة، تعرض ما يزيد على مئة ألف عنوان في الأدب والتاريخ والعلوم وكتب الأطفال.",
                "أنشطة ثقافية موازية",
                "وينظم المعرض على هامشه ندوات يومية يشارك فيها روائيون ونقاد، إلى جانب ورش للكتابة الإبداعية موجهة إلى الشباب، وأمسيات شعرية في القاعة الرئيسية.",
                "وقالت رئيسة اللجنة المنظمة إن أسعار الكتب بقيت في متناول القراء رغم ارتفاع كلفة الورق والشحن، لافتة إلى أن دور النشر قدمت تخفيضات تصل إلى ثلاثين في المئة."]),
    dict(slug="football", title="المنتخب يتأهل إلى نصف النهائي بعد فوز صعب", author="خالد يوسف", date="2025-01-21",
         paras=["تأهل المنتخب الوطني لكرة القدم إلى الدور نصف النهائي من البطولة الإقليمية، بعد فوزه على نظيره بهدفين مقابل هدف في المباراة التي أقيمت مساء الثلاثاء على الملعب الأولمبي.",
                "وتقدم الضيوف بهدف مبكر في الدقيقة الثامنة، قبل أن يعادل المهاجم الشاب النتيجة بضربة رأسية إثر ركنية في الدقيقة الحادية والثلاثين.",
                "وفي الشوط الثاني، ضغط أصحاب الأرض بحثا عن هدف التقدم، ونجح البديل في تسجيله في الدقيقة الثانية والثمانين بتسديدة قوية من خارج منطقة الجزاء.",
                "وقال المدرب في المؤتمر الصحفي عقب اللقاء إن لاعبيه أظهروا روحا قتالية عالية، مؤكدا أن الفريق سيستعد جيدا لمواجهة نصف النهائي الأسبوع المقبل."]),
    dict(slug="budget", title="البرلمان يقر موازنة العام الجديد بعجز أقل", author="ريم حداد", date="2024-12-28T14:10:00+01:00",
         paras=["أقر مجلس النواب في جلسته المنعقدة اليوم الخميس مشروع الموازنة العامة للعام الجديد، بأغلبية تسعين صوتا من أصل مئة وعشرين نائبا حضروا الجلسة.",
                "وتتوقع الموازنة إيرادات بقيمة أحد عشر مليار دينار، ونفقات بقيمة اثني عشر مليارا ونصف المليار، ما يعني عجزا أقل بنحو الخمس مقارنة بالعام الماضي.",
                "وقال وزير المالية أمام النواب إن الحكومة ستواصل ضبط الإنفاق الجاري، مع زيادة مخصصات الصحة والتعليم بنسبة سبعة في المئة، ودعم صندوق المشاريع الصغيرة.",
                "في المقابل، انتقد نواب من المعارضة غياب إصلاحات ضريبية حقيقية، معتبرين أن تقليص العجز جاء على حساب الاستثمار في البنية التحتية وصيانة الطرق."]),
    dict(slug="heat", title="موجة حر تضرب المنطقة ودعوات لتجنب الخروج ظهرا", author="", date="2025-07-09T07:45:00+03:00",
         paras=["حذرت هيئة الأرصاد الجوية من موجة حر شديدة تضرب البلاد اعتبارا من يوم غد، مع توقع أن تتجاوز درجات الحرارة خمسا وأربعين درجة مئوية في المناطق الداخلية.",
                "ودعت الهيئة المواطنين، ولا سيما كبار السن والأطفال، إلى تجنب التعرض المباشر لأشعة الشمس بين الحادية عشرة صباحا والرابعة عصرا، والإكثار من شرب الماء.",
                "كما أعلنت وزارة الصحة رفع درجة الاستعداد في أقسام الطوارئ، وتخصيص أسرّة إضافية لحالات ضربات الشمس والإجهاد الحراري المتوقعة خلال الأيام المقبلة."]),
    dict(slug="startup", title="شركة ناشئة محلية تجمع عشرة ملايين دولار لتطوير تطبيق للنقل", author="يوسف الزين", date="2025-03-30T11:00:00+04:00",
         paras=["أعلنت شركة ناشئة متخصصة في تطبيقات النقل الذكي أنها جمعت عشرة ملايين دولار في جولة تمويل جديدة، قادها صندوق استثماري إقليمي بمشاركة مستثمرين أفراد.",
                "وقال مؤسس الشركة إن التمويل سيستخدم في توسيع خدمة التوصيل المشترك إلى ثلاث مدن جديدة، وتطوير نظام لحجز الحافلات الصغيرة عبر الهاتف.",
                "ويستخدم التطبيق حاليا نحو مئة وخمسين ألف مستخدم شهريا، وفق بيانات الشركة، التي تقول إن رحلاتها قلصت زمن التنقل اليومي لموظفي المناطق الصناعية.",
                "ويرى خبراء أن قطاع التقنية المالية والنقل يستقطب الحصة الأكبر من استثمارات رأس المال الجريء في المنطقة، رغم تباطؤ التمويل عالميا خلال العامين الأخيرين."]),
    dict(slug="museum", title="إعادة افتتاح المتحف الوطني بعد ترميم استمر أربع سنوات", author="ليلى منصور", date="2024-10-05T16:20:00+02:00",
         paras=["أعيد افتتاح المتحف الوطني أمام الجمهور اليوم، بعد أعمال ترميم استمرت أربع سنوات شملت المبنى التاريخي وقاعات العرض وأنظمة الإضاءة والتكييف.",
                "ويضم المتحف في حلته الجديدة أكثر من خمسة آلاف قطعة أثرية، بينها مخطوطات نادرة وعملات تعود إلى قرون مضت، عرض بعضها للمرة الأولى.",
                "وأوضحت مديرة المتحف أن فريق الترميم استعان بخبراء محليين ودوليين، وأن القاعات باتت مجهزة بشاشات تفاعلية تشرح تاريخ كل قطعة باللغتين العربية والإنجليزية.",
                "وحددت إدارة المتحف رسوم الدخول برمزية، مع إعفاء طلاب المدارس والجامعات، وتخصيص يوم الجمعة من كل أسبوع لزيارات العائلات."]),
]

LINKS = ["الحكومة تبحث خطة لخفض أسعار الوقود", "ارتفاع أسعار الذهب في الأسواق المحلية", "افتتاح طريق جديد يربط العاصمة بالجنوب",
         "نتائج امتحانات الثانوية العامة تصدر الأسبوع المقبل", "انطلاق مهرجان السينما بمشاركة خمسين فيلما"]
COMMENTS = ["مشروع ممتاز ونتمنى أن يتم تعميمه على باقي المحافظات في أقرب وقت ممكن لأن الناس تعبت من الانتظار الطويل والوعود",
            "كلام جميل لكن العبرة بالتنفيذ على أرض الواقع، فقد سمعنا مثل هذه التصريحات كثيرا في السنوات الماضية دون نتيجة تذكر"]


def esc(s):
    return html.escape(s, quote=True)


def links_list(cls="", n=5):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(LINKS[:n])) + "</ul>"


def paras_html(a, tag="p", read_also_after=None, sub_as="h2"):
    out = []
    for i, p in enumerate(a["paras"]):
        if len(p.split()) <= 4:
            out.append(f"<{sub_as}>{esc(p)}</{sub_as}>")
        else:
            out.append(f"<{tag}>{esc(p)}</{tag}>")
        if read_also_after is not None and i == read_also_after:
            out.append(read_also_after_html)
    return "\n".join(out)


read_also_after_html = '<div class="inline-related"><strong>اقرأ أيضا:</strong> <a href="/n/9">الحكومة تبحث خطة لخفض أسعار الوقود</a></div>'


def head(a, site, extra="", charset="utf-8", suffix=" - "):
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>{esc(a['title'])}{suffix}{esc(site)}</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="article:published_time" content="{a['date']}">
<link rel="canonical" href="https://example.org/{a['slug']}">
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}}</script>
<style>.x{{color:red}}</style>{extra}</head>"""


def aljazeera(a):
    site = "الجزيرة نت"
    body = paras_html(a, read_also_after=1)
    return head(a, site) + f"""<body>
<header class="site-header"><nav class="main-menu"><a href="/">الرئيسية</a><a href="/news">أخبار</a><a href="/politics">سياسة</a><a href="/economy">اقتصاد</a><a href="/sport">رياضة</a></nav></header>
<div class="breaking-ticker">عاجل | <a href="/b">زلزال بقوة خمس درجات يضرب منطقة جبلية</a></div>
<main id="main-content"><article class="article">
<header class="article-header"><h1>{esc(a['title'])}</h1><div class="article-dates"><span class="date-simple">14/6/2025</span></div></header>
<figure><img src="/i.jpg" alt=""><figcaption>صورة أرشيفية للمشروع (الجزيرة)</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content">
{body}
</div>
<div class="article-source">المصدر : الجزيرة + وكالات</div>
<div class="article-share"><span>شارك</span><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
</article>
<aside class="sidebar"><section class="most-read"><h2>الأكثر قراءة</h2>{links_list()}</section></aside></main>
<footer class="footer"><p>جميع الحقوق محفوظة © 2025 شبكة الجزيرة الإعلامية</p><a href="/about">من نحن</a><a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>"""


def alarabiya(a):
    site = "العربية"
    body = paras_html(a)
    return head(a, site, suffix=" | ") + f"""<body>
<div id="cookie-consent" class="cookie-banner"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على ذلك.</p><button>موافق</button></div>
<div class="top-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/arab">العالم العربي</a></li><li><a href="/aswaq">أسواق</a></li></ul></div>
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/arab">العالم العربي</a></div>
<div class="article-main">
<h1 class="headline">{esc(a['title'])}</h1>
<div class="byline">{esc(a['author'] or 'العربية.نت')}</div>
<div class="article-body" id="body-text">
{body}
<div class="related-inline"><h4>أخبار ذات صلة</h4>{links_list(n=3)}</div>
</div>
<div class="tags"><a href="/t/1">اقتصاد</a><a href="/t/2">مجتمع</a></div>
<div class="social-share"><a>Facebook</a><a>X</a><a>Telegram</a></div>
</div>
<section class="comments"><h3>التعليقات</h3><div class="comment"><p>{esc(COMMENTS[0])}</p></div><div class="comment"><p>{esc(COMMENTS[1])}</p></div></section>
<div class="footer-links">{links_list(n=4)}<p>© العربية 2025</p></div>
</body></html>"""


def bbc(a):
    site = "BBC News عربي"
    body = "\n".join(f'<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p class="bbc-hhl7in e17g058b0">{esc(p)}</p></div>' if len(p.split()) > 4 else f'<div class="bbc-1151pbn"><h2 class="bbc-n7kf0d">{esc(p)}</h2></div>' for p in a["paras"])
    return head(a, site) + f"""<body><div id="root">
<header role="banner"><div class="bbc-brand"><a href="/arabic">BBC News عربي</a></div><nav role="navigation"><ul><li><a href="/arabic">الرئيسية</a></li><li><a href="/arabic/world">العالم</a></li><li><a href="/arabic/science">علوم</a></li></ul></nav></header>
<main role="main"><div class="bbc-1n11bte"><h1 id="content" class="bbc-csfh25" tabindex="-1">{esc(a['title'])}</h1></div>
<div class="bbc-1cvxiy9"><time datetime="{a['date'][:10]}">14 يونيو/ حزيران 2025</time></div>
<figure><img src="/p.jpg"><figcaption><span class="bbc-1oxt0gl">التعليق على الصورة،</span>صورة من موقع الحدث</figcaption></figure>
{body}
<section aria-labelledby="related-content-heading"><h2 id="related-content-heading">قصص ذات صلة</h2>{links_list(n=3)}</section>
</main>
<section aria-labelledby="Most-Read" class="bbc-mostread"><h2 id="Most-Read">الأكثر قراءة</h2><ol>{''.join(f'<li><span>{i+1}</span><a href="/arabic/{i}">{esc(t)}</a></li>' for i, t in enumerate(LINKS))}</ol></section>
<footer role="contentinfo"><p>© 2025 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.</p></footer>
</div></body></html>"""


def youm7(a):
    site = "اليوم السابع"
    # ASP.NET page: one form around everything; paragraphs as <p> inside #articleBody, one "اقرأ أيضاً" link paragraph.
    body = []
    for i, p in enumerate(a["paras"]):
        body.append(f"<p>{esc(p)}</p>")
        if i == 0:
            body.append('<p><a href="/story/1"><strong>اقرأ أيضاً.. الحكومة تبحث خطة لخفض أسعار الوقود</strong></a></p>')
    return head(a, site) + f"""<body><form method="post" action="./Story" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="abc"></div>
<div class="header"><div class="menu"><a href="/">الرئيسية</a><a href="/Section/1">أخبار عاجلة</a><a href="/Section/2">سياسة</a><a href="/Section/3">رياضة</a></div></div>
<div class="container"><div class="articleCont">
<div class="articleHeader"><h1>{esc(a['title'])}</h1><div class="writeBy"><span>كتب {esc(a['author'] or 'محرر الموقع')}</span></div><span class="newsStoryDate">السبت، 14 يونيو 2025 09:30 ص</span></div>
<div class="img-cont"><img src="/x.jpg"><span class="img-caption">صورة أرشيفية</span></div>
<div id="articleBody" class="articleBody">
{chr(10).join(body)}
</div>
<div class="tags"><a href="/Tags/1">مشروعات</a><a href="/Tags/2">محافظات</a></div>
<div class="shareIcons"><a>فيس بوك</a><a>تويتر</a></div>
</div>
<div class="leftSide"><div class="mostRead"><div class="title">الأكثر قراءة</div>{links_list()}</div><div class="ad ad-300"><span>إعلان</span></div></div>
</div>
<div class="footer"><div>جميع الحقوق محفوظة لموقع اليوم السابع 2025</div></div>
</form></body></html>"""


def hespress(a):
    site = "هسبريس"
    body = paras_html(a)
    long_comments = "".join(f'<li class="comment"><div class="comment-author">زائر {i}</div><div class="comment-text"><p>{esc(c)}</p></div></li>' for i, c in enumerate(COMMENTS * 3))
    return head(a, site, suffix=" | ") + f"""<body class="post-template-default single single-post">
<div class="top-bar"><span class="date-today">الأحد 14 يونيو 2025</span><span class="weather">الرباط 28°</span></div>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li><a href="/politique">سياسة</a></li><li><a href="/economie">اقتصاد</a></li><li><a href="/societe">مجتمع</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-12 col-lg-8">
<article class="post type-post"><h1 class="post-title">{esc(a['title'])}</h1>
<div class="author"><a href="/author/1">{esc(a['author'] or 'هسبريس')}</a></div>
<div class="article-content">
{body}
</div>
<div class="box-tags"><a href="/tag/a">وسم</a></div>
<div class="share-post"><a>Facebook</a><a>Whatsapp</a></div>
</article>
<div class="related-posts"><h3>مقالات ذات صلة</h3>{links_list()}</div>
<div id="comments" class="comments-area"><h3 class="comments-title">تعليقات الزوار</h3><ol class="comment-list">{long_comments}</ol></div>
</div><div class="col-12 col-lg-4"><div class="widget widget-popular"><h3>الأكثر تداولا</h3>{links_list()}</div></div></div></div>
<footer class="site-footer"><p>جميع الحقوق محفوظة هسبريس 2025</p></footer>
</body></html>"""


def annahar(a, charset="utf-8"):
    site = "النهار"
    # Paragraphs separated by <br><br> inside one div, an old-style layout.
    body = "<br><br>\n".join(esc(p) for p in a["paras"])
    return head(a, site, charset=charset) + f"""<body>
<div class="nav-wrapper"><ul class="main-nav"><li><a href="/lebanon">لبنان</a></li><li><a href="/arab-world">العالم العربي</a></li><li><a href="/economy">اقتصاد</a></li></ul></div>
<div class="newsletter-box"><p>اشترك في النشرة الإخبارية اليومية لتصلك أهم الأخبار</p><input type="email"><button>اشترك</button></div>
<div class="article-page">
<div class="title-wrapper"><h1>{esc(a['title'])}</h1><div class="author-name">{esc(a['author'] or 'النهار')}</div><div class="publish-date">{a['date'][:10]}</div></div>
<div class="text-content">
{body}
</div>
<div class="readmore-box"><p>المزيد من الأخبار</p>{links_list(n=4)}</div>
</div>
<div class="footer"><div class="footer-menu">{links_list(n=5)}</div><span>© 2025 النهار</span></div>
</body></html>"""


def spa(a, charset="utf-8"):
    site = "وكالة الأنباء السعودية"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    return head(a, site, charset=charset) + f"""<body bgcolor="#ffffff">
<table width="100%" border="0"><tr><td class="topmenu"><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/world">دولي</a> | <a href="/econ">اقتصادي</a></td></tr></table>
<table width="980" border="0"><tr>
<td width="200" valign="top" class="rightcol"><div class="box"><b>آخر الأخبار</b>{links_list()}</div></td>
<td valign="top"><div class="newsTitle"><font size="4"><b>{esc(a['title'])}</b></font></div>
<div class="newsDate">{a['date'][:10]}</div>
<div class="newsBody"><font face="Tahoma" size="2">
{body}
</font></div>
<div class="print"><a href="#">طباعة</a> | <a href="#">إرسال لصديق</a></div></td>
<td width="160" valign="top" class="leftcol"><div class="box"><b>الأكثر مشاهدة</b>{links_list(n=4)}</div></td>
</tr></table>
<table width="100%"><tr><td class="footer" align="center">جميع الحقوق محفوظة لوكالة الأنباء 2025</td></tr></table>
</body></html>"""


LAYOUTS = [("aljazeera", aljazeera), ("alarabiya", alarabiya), ("bbc", bbc), ("youm7", youm7), ("hespress", hespress), ("annahar", annahar), ("spa", spa)]


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    n = 0
    for li, (lname, fn) in enumerate(LAYOUTS):
        for k in range(3):
            a = ARTICLES[(li + k * 3) % len(ARTICLES)]
            name = f"{lname}-{a['slug']}"
            d = os.path.join(ROOT, name)
            os.makedirs(d)
            # Two pages in legacy encodings, declared by <meta charset>.
            enc = {("annahar", 1): "windows-1256", ("spa", 2): "iso-8859-6"}.get((lname, k), "utf-8")
            page = fn(a, charset=enc) if enc != "utf-8" else fn(a)
            with open(os.path.join(d, "source.html"), "wb") as f:
                f.write(page.encode(enc, errors="strict"))
            with open(os.path.join(d, "expected.txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join(a["paras"]))
            # Metadata the page states (og:title, article:published_time; the day is what is scored).
            meta = {"title": a["title"], "published": a["date"][:10], "encoding": enc}
            with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
                json.dump(meta, f, ensure_ascii=False, indent=1)
                f.write("\n")
            n += 1
    print(f"{n} pages in {ROOT}")


if __name__ == "__main__":
    main()

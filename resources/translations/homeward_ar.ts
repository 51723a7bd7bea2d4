<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>open-ended</source>
        <extracomment>Bar and badge colours by status: in force green, requested grey, under review amber, ended red-ish. Softer tints of the same colours for table cells.</extracomment>
        <translation>مفتوح المدة</translation>
    </message>
    <message>
        <source>{amount} charter</source>
        <translation>{amount} رحلة مستأجرة</translation>
    </message>
    <message>
        <source>{amount} / seat</source>
        <translation>{amount} / مقعد</translation>
    </message>
    <message>
        <source>medical {free}/{places}</source>
        <translation>طبي {free}/{places}</translation>
    </message>
    <message>
        <source>minors {free}/{places}</source>
        <translation>قاصرون {free}/{places}</translation>
    </message>
    <message>
        <source>Homeward database passphrase</source>
        <extracomment>Styles every page shares (titles); pages add their own for what only they show.</extracomment>
        <translation>عبارة مرور قاعدة بيانات Homeward</translation>
    </message>
    <message>
        <source>No keychain holds the key of
{path}</source>
        <translation>لا توجد سلسلة مفاتيح تحفظ مفتاح
{path}</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) keeps secrets in a file or nowhere, not in an OS keychain, so Homeward does not use it.</source>
        <translation>سلسلة المفاتيح في هذا الحاسوب ({backend}) تحفظ الأسرار في ملف أو لا تحفظها أصلًا، لا في سلسلة مفاتيح النظام، لذا لا يستخدمها Homeward.</translation>
    </message>
    <message>
        <source>Homeward will ask for this passphrase at every start. Keep it safe, written down away from this computer: without it nobody, not even the data-protection officer, can open the database or its automatic backups.</source>
        <translation>سيطلب Homeward عبارة المرور هذه عند كل تشغيل. احفظها في مكان آمن، مكتوبةً بعيدًا عن هذا الحاسوب: فبدونها لا يستطيع أحد، ولا حتى مسؤول حماية البيانات، فتح قاعدة البيانات أو نسخها الاحتياطية التلقائية.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this new database:</source>
        <translation>اختر عبارة مرور لقاعدة البيانات الجديدة هذه:</translation>
    </message>
    <message>
        <source>Enter its passphrase:</source>
        <translation>أدخل عبارة المرور الخاصة بها:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>أعد إدخال عبارة المرور:</translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was created.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>قاعدة البيانات: {where}</translation>
    </message>
    <message>
        <source>Creating demo caseload…</source>
        <translation>جارٍ إنشاء ملفات تجريبية…</translation>
    </message>
    <message>
        <source>Handing over the reintegration packages of arrived households…</source>
        <translation>جارٍ تسليم حزم إعادة الإدماج إلى الأسر التي وصلت…</translation>
    </message>
    <message>
        <source>Starting monitoring plans for arrived households…</source>
        <translation>جارٍ بدء خطط المتابعة للأسر التي وصلت…</translation>
    </message>
    <message>
        <source>Homeward — unexpected error</source>
        <translation>Homeward — خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that Homeward did not expect. Your saved work is safe; the action that failed was not saved.</source>
        <translation>حدث خطأ لم يتوقعه Homeward. عملك المحفوظ في أمان؛ ولم يُحفظ الإجراء الذي فشل.</translation>
    </message>
    <message>
        <source>Homeward cannot open the database</source>
        <translation>لا يستطيع Homeward فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Vulnerable members</source>
        <translation>أفراد مستضعفون</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>ملف الحالة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Movements</source>
        <extracomment>How far ahead the register looks when Home opens the bookings at risk.</extracomment>
        <translation>الرحلات</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>إعادة الإدماج</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>encrypted file {path}</source>
        <translation>ملف مشفّر {path}</translation>
    </message>
    <message>
        <source>{database} — {user} ({role})</source>
        <translation>{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>An automatic backup (embedded database only) when the window closes. Retranslates once after the translators change (installing a language sends several events).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>ملف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>&amp;استيراد الإحالات…</translation>
    </message>
    <message>
        <source>&amp;Print declarations of a day…</source>
        <translation>&amp;طباعة إقرارات يوم…</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>&amp;التحقق من وثيقة…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Place names…</source>
        <translation>أسماء الأ&amp;ماكن…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>Entries read from the database at a time.</extracomment>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>case {reference}</source>
        <translation>الملف {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {user} on {time} UTC — {record}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; بواسطة {user} في {time} UTC — {record}</translation>
    </message>
    <message>
        <source>The values of this entry were removed by retention when the case was anonymised; the entry still counts in the chain.</source>
        <translation>حُذفت قيم هذا القيد بموجب سياسة الاحتفاظ عند إخفاء هوية الملف؛ ولا يزال القيد محسوبًا في السلسلة.</translation>
    </message>
    <message>
        <source>No values recorded for this entry.</source>
        <translation>لا توجد قيم مسجلة لهذا القيد.</translation>
    </message>
    <message>
        <source>given names</source>
        <extracomment>The stored fields&apos; names as the comparison shows them (other fields: their key in words, untranslated).</extracomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>relationship to head</source>
        <translation>صلة القرابة برب الأسرة</translation>
    </message>
    <message>
        <source>given names (Latin script)</source>
        <translation>الأسماء الأولى (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>family name (Latin script)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>permanent residence</source>
        <translation>محل الإقامة الدائمة</translation>
    </message>
    <message>
        <source>irregular exit</source>
        <translation>خروج غير نظامي</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>escort need</source>
        <translation>الحاجة إلى مرافق</translation>
    </message>
    <message>
        <source>Reload to see the values saved now.</source>
        <translation>أعد التحميل لترى القيم المحفوظة الآن.</translation>
    </message>
    <message>
        <source>The saved values are the same as yours in every field you edited.</source>
        <translation>القيم المحفوظة مطابقة لقيمك في كل حقل عدّلته.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Saved now (version {version})</source>
        <translation>المحفوظ الآن (الإصدار {version})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>قيمك</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Chain intact</source>
        <translation>السلسلة سليمة</translation>
    </message>
    <message>
        <source>{entries}; the head is signed with the chain key; {checkpoints} kept outside the database agree</source>
        <translation>{entries}؛ رأس السلسلة موقَّع بمفتاح السلسلة؛ {checkpoints} محفوظة خارج قاعدة البيانات متطابقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln قيد</numerusform>
            <numerusform>قيد واحد (%Ln)</numerusform>
            <numerusform>قيدان (%Ln)</numerusform>
            <numerusform>%Ln قيود</numerusform>
            <numerusform>%Ln قيدًا</numerusform>
            <numerusform>%Ln قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoints</source>
        <translation>
            <numerusform>%Ln نقطة تحقق</numerusform>
            <numerusform>نقطة تحقق واحدة (%Ln)</numerusform>
            <numerusform>نقطتا تحقق (%Ln)</numerusform>
            <numerusform>%Ln نقاط تحقق</numerusform>
            <numerusform>%Ln نقطة تحقق</numerusform>
            <numerusform>%Ln نقطة تحقق</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken</source>
        <translation>السلسلة مكسورة</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <source>any case, e.g. HW-2026-000017</source>
        <translation>أي ملف، مثل: HW-2026-000017</translation>
    </message>
    <message>
        <source>any action, or a family such as consent.</source>
        <translation>أي إجراء، أو فئة مثل «consent».</translation>
    </message>
    <message>
        <source>From</source>
        <comment>period</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>تطبيق عوامل التصفية</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>اختر قيدًا لترى ما الذي تغيّر.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and report the first altered, removed or inserted entry</source>
        <translation>تتبّع سلسلة البصمات كاملةً والإبلاغ عن أول قيد معدَّل أو محذوف أو مُدرج</translation>
    </message>
    <message>
        <source>The chain has not been checked in this window.</source>
        <translation>لم يُتحقَّق من السلسلة في هذه النافذة.</translation>
    </message>
    <message>
        <source>Only the data-protection officer may read the audit log; {user} is signed in as {role}.</source>
        <translation>لا يطّلع على سجل التدقيق إلا مسؤول حماية البيانات؛ و{user} مسجّل الدخول بصفة {role}.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>جارٍ التحقق من السلسلة…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Present and reconfirms</source>
        <translation>حاضر ويؤكد من جديد</translation>
    </message>
    <message>
        <source>{code} has departed</source>
        <extracomment>Why a movement no longer takes check-ins, by its status.</extracomment>
        <translation>غادرت الرحلة {code}</translation>
    </message>
    <message>
        <source>{code} has arrived</source>
        <translation>وصلت الرحلة {code}</translation>
    </message>
    <message>
        <source>{code} has been cancelled</source>
        <translation>أُلغيت الرحلة {code}</translation>
    </message>
    <message>
        <source>Check-in for {code} is on its departure day, {day}</source>
        <translation>يجري تسجيل السفر للرحلة {code} في يوم مغادرتها، {day}</translation>
    </message>
    <message>
        <source>&lt;p&gt;{name} ({reference}) does not want to travel on {movement}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{name} ({reference}) لا يريد السفر على الرحلة {movement}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;S2 — Refusal stops everything:&lt;/b&gt; the whole household is taken off this movement and every other planned one at once, its seats are freed, and the case goes back to counselling. Nothing is deleted.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Once saved, this record cannot be edited or deleted.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;S2 — الرفض يوقف كل شيء:&lt;/b&gt; تُسحب الأسرة بأكملها فورًا من هذه الرحلة ومن كل رحلة مخططة أخرى، وتُحرَّر مقاعدها، ويعود الملف إلى الإرشاد. لا يُحذف شيء.&lt;/p&gt;&lt;p&gt;&lt;i&gt;بعد الحفظ، لا يمكن تعديل هذا السجل أو حذفه.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refusal at check-in — {name}</source>
        <translation>رفض عند تسجيل السفر — {name}</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>تسجيل الرفض</translation>
    </message>
    <message>
        <source>Who heard it at the desk</source>
        <translation>من سمع ذلك عند المكتب</translation>
    </message>
    <message>
        <source>What the person said, in their words</source>
        <translation>ما قاله الشخص بكلماته</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>سمعه</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الأقوال</translation>
    </message>
    <message>
        <source>Departure check-in</source>
        <translation>تسجيل السفر عند المغادرة</translation>
    </message>
    <message>
        <source>Loading the check-in sheet</source>
        <translation>جارٍ تحميل ورقة تسجيل الحضور</translation>
    </message>
    <message>
        <source>Loading the check-in sheet…</source>
        <translation>جارٍ تحميل ورقة تسجيل الحضور…</translation>
    </message>
    <message>
        <source>Ask each person, in a language they understand, whether they still want to travel. Tick those present who reconfirm; a child travelling on the guardian&apos;s decision is ticked present. &lt;b&gt;A refusal takes the whole household off the movement (S2)&lt;/b&gt;; if force would be needed, the organisation&apos;s involvement ends (S3).</source>
        <translation>اسأل كل شخص، بلغة يفهمها، إن كان لا يزال يريد السفر. حدّد الحاضرين الذين يؤكدون من جديد؛ ويُحدَّد الطفل المسافر بقرار الوصي على أنه حاضر. &lt;b&gt;يسحب الرفض الأسرة بأكملها من الرحلة (S2)&lt;/b&gt;؛ وإذا كان استخدام القوة لازمًا، تنتهي مشاركة المنظمة (S3).</translation>
    </message>
    <message>
        <source>Desk agent</source>
        <translation>موظف المكتب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Check-in sheet</source>
        <translation>ورقة تسجيل السفر</translation>
    </message>
    <message>
        <source>Refuses…</source>
        <translation>يرفض…</translation>
    </message>
    <message>
        <source>Force would be needed…</source>
        <translation>سيلزم استخدام القوة…</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>غادرت في</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>وصلت في</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Departed at (UTC)</source>
        <translation>غادرت في (UTC)</translation>
    </message>
    <message>
        <source>Arrived at (UTC)</source>
        <translation>وصلت في (UTC)</translation>
    </message>
    <message>
        <source>Check-in — {code}</source>
        <extracomment>Named from the start (the caller knows the movement); the sheet itself is read in the background.</extracomment>
        <translation>تسجيل السفر — {code}</translation>
    </message>
    <message>
        <source>Departure check-in — {code}</source>
        <translation>تسجيل السفر عند المغادرة — {code}</translation>
    </message>
    <message>
        <source>Own decision</source>
        <translation>قرار شخصي</translation>
    </message>
    <message>
        <source>On the guardian&apos;s decision</source>
        <translation>بقرار الوصي</translation>
    </message>
    <message>
        <source>✔ Present and reconfirmed</source>
        <translation>✔ حاضر وأكّد من جديد</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{ticked} of %n people&lt;/b&gt; present and reconfirmed</source>
        <translation>
            <numerusform>&lt;b&gt;{ticked} من %Ln شخص&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
            <numerusform>&lt;b&gt;{ticked} من شخص واحد&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
            <numerusform>&lt;b&gt;{ticked} من شخصين&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
            <numerusform>&lt;b&gt;{ticked} من %Ln أشخاص&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
            <numerusform>&lt;b&gt;{ticked} من %Ln شخصًا&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
            <numerusform>&lt;b&gt;{ticked} من %Ln شخص&lt;/b&gt; حاضرون وأكدوا من جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{done} of %n household(s)&lt;/b&gt; checked in</source>
        <translation>
            <numerusform>&lt;b&gt;{done} من %Ln أسرة&lt;/b&gt; مسجّلة للسفر</numerusform>
            <numerusform>&lt;b&gt;{done} من أسرة واحدة&lt;/b&gt; مسجّلة للسفر</numerusform>
            <numerusform>&lt;b&gt;{done} من أسرتين&lt;/b&gt; مسجّلة للسفر</numerusform>
            <numerusform>&lt;b&gt;{done} من %Ln أسر&lt;/b&gt; مسجّلة للسفر</numerusform>
            <numerusform>&lt;b&gt;{done} من %Ln أسرة&lt;/b&gt; مسجّلة للسفر</numerusform>
            <numerusform>&lt;b&gt;{done} من %Ln أسرة&lt;/b&gt; مسجّلة للسفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n household(s) at risk: they cannot check in or depart until it is resolved (hover for why)</source>
        <translation>
            <numerusform>⚠ لا أسر معرّضة للخطر</numerusform>
            <numerusform>⚠ أسرة واحدة معرّضة للخطر: لا يمكنها التسجيل للسفر ولا المغادرة حتى يُحلّ ذلك (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>⚠ أسرتان معرّضتان للخطر: لا يمكنهما التسجيل للسفر ولا المغادرة حتى يُحلّ ذلك (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>⚠ %Ln أسر معرّضة للخطر: لا يمكنها التسجيل للسفر ولا المغادرة حتى يُحلّ ذلك (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>⚠ %Ln أسرة معرّضة للخطر: لا يمكنها التسجيل للسفر ولا المغادرة حتى يُحلّ ذلك (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>⚠ %Ln أسرة معرّضة للخطر: لا يمكنها التسجيل للسفر ولا المغادرة حتى يُحلّ ذلك (مرّر المؤشر لمعرفة السبب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording the departure marks the checked-in households as departed; &lt;b&gt;%n household(s) not checked in are recorded as no-shows&lt;/b&gt; and their bookings cancelled.</source>
        <translation>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت.</numerusform>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت؛ &lt;b&gt;وتُسجَّل أسرة واحدة غير مسجّلة للسفر على أنها متغيبة&lt;/b&gt; ويُلغى حجزها.</numerusform>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت؛ &lt;b&gt;وتُسجَّل أسرتان غير مسجّلتين للسفر على أنهما متغيبتان&lt;/b&gt; ويُلغى حجزاهما.</numerusform>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت؛ &lt;b&gt;وتُسجَّل %Ln أسر غير مسجّلة للسفر على أنها متغيبة&lt;/b&gt; وتُلغى حجوزاتها.</numerusform>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت؛ &lt;b&gt;وتُسجَّل %Ln أسرة غير مسجّلة للسفر على أنها متغيبة&lt;/b&gt; وتُلغى حجوزاتها.</numerusform>
            <numerusform>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت؛ &lt;b&gt;وتُسجَّل %Ln أسرة غير مسجّلة للسفر على أنها متغيبة&lt;/b&gt; وتُلغى حجوزاتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the departure marks the checked-in households as departed.</source>
        <translation>يؤدي تسجيل المغادرة إلى وسم الأسر المسجّلة للسفر بأنها غادرت.</translation>
    </message>
    <message>
        <source>Departed {when} UTC; record the arrival once the movement has arrived.</source>
        <translation>غادرت في {when} UTC؛ سجّل الوصول بعد وصول الرحلة.</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>العائد</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>البلد / المنطقة</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Booked {day}, at risk</source>
        <translation>محجوز في {day}، معرّض للخطر</translation>
    </message>
    <message>
        <source>Booked {day}</source>
        <translation>محجوز في {day}</translation>
    </message>
    <message>
        <source>{mark} after a name: the household has a vulnerable member (unaccompanied minor, victim of trafficking, medical need, disability, pregnancy, elderly person or single parent)</source>
        <translation>{mark} بعد الاسم: في الأسرة فرد مستضعف (قاصر غير مصحوب، ضحية اتجار بالبشر، حاجة طبية، إعاقة، حمل، شخص مسن أو والد وحيد)</translation>
    </message>
    <message>
        <source>Whether the household may travel today, every safeguard checked; “—” once it has travelled or its case has ended</source>
        <translation>هل يمكن للأسرة السفر اليوم بعد التحقق من كل الضمانات؛ «—» بعد سفرها أو انتهاء ملفها</translation>
    </message>
    <message>
        <source>Where the case stands; a booked household shows the day it travels</source>
        <translation>أين وصل الملف؛ تظهر للأسرة المحجوزة تاريخ سفرها</translation>
    </message>
    <message>
        <source>Booked on {movement}, departing {when} UTC</source>
        <translation>محجوز على {movement}، المغادرة في {when} بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>At risk: something changed since booking; open the case file to see why</source>
        <translation>معرّض للخطر: تغيّر شيء منذ الحجز؛ افتح الملف لمعرفة السبب</translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s), vulnerable member(s)</source>
        <translation>
            <numerusform>{reference}: {head}، لا أشخاص، فيها أفراد في وضع هش</numerusform>
            <numerusform>{reference}: {head}، شخص واحد، في وضع هش</numerusform>
            <numerusform>{reference}: {head}، شخصان، فيها أفراد في وضع هش</numerusform>
            <numerusform>{reference}: {head}، %Ln أشخاص، فيها أفراد في وضع هش</numerusform>
            <numerusform>{reference}: {head}، %Ln شخصًا، فيها أفراد في وضع هش</numerusform>
            <numerusform>{reference}: {head}، %Ln شخص، فيها أفراد في وضع هش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s)</source>
        <translation>
            <numerusform>{reference}: {head}، لا أشخاص</numerusform>
            <numerusform>{reference}: {head}، شخص واحد</numerusform>
            <numerusform>{reference}: {head}، شخصان</numerusform>
            <numerusform>{reference}: {head}، %Ln أشخاص</numerusform>
            <numerusform>{reference}: {head}، %Ln شخصًا</numerusform>
            <numerusform>{reference}: {head}، %Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>غير جاهز</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date</comment>
        <extracomment>Every follow-up the filters find goes into the file, however many the page shows.
----------
Padding either side of the dates charted, so a single point is not on the edge.</extracomment>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Punished</source>
        <extracomment>The breach tick boxes: the entry&apos;s field and what the monitor reads.</extracomment>
        <translation>تعرّض للمعاقبة</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>احتُجز</translation>
    </message>
    <message>
        <source>Fined</source>
        <translation>فُرضت عليه غرامة</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>لوحق قضائيًا</translation>
    </message>
    <message>
        <source>Harassed</source>
        <translation>تعرّض للمضايقة</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>اقتصادي</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعي</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>1 — poor</source>
        <translation>1 — ضعيفة</translation>
    </message>
    <message>
        <source>5 — good</source>
        <translation>5 — جيدة</translation>
    </message>
    <message>
        <source>Log follow-up — {reference}</source>
        <translation>تسجيل متابعة — {reference}</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>تسجيل المتابعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({reference}), {where}: follow-up due on {date}. A report of punishment, detention or refused readmission opens an incident and puts the country&apos;s assurances under review (S9).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({reference})، {where}: متابعة مستحقة في {date}. أي بلاغ عن معاقبة أو احتجاز أو رفض إعادة القبول يفتح حادثة ويضع ضمانات البلد قيد المراجعة (S9).</translation>
    </message>
    <message>
        <source>Contact made with the returnee</source>
        <translation>تم التواصل مع العائد</translation>
    </message>
    <message>
        <source>Reintegration package delivered?</source>
        <translation>هل سُلّمت حزمة إعادة الإدماج؟</translation>
    </message>
    <message>
        <source>A livelihood (work, income)?</source>
        <translation>هل يوجد مصدر رزق (عمل، دخل)؟</translation>
    </message>
    <message>
        <source>What was said or seen (stored encrypted)</source>
        <translation>ما قيل أو شوهد (يُخزَّن مشفّرًا)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Readmitted without problems?</source>
        <translation>هل أُعيد قبوله دون مشاكل؟</translation>
    </message>
    <message>
        <source>For having left irregularly</source>
        <translation>بسبب المغادرة بصورة غير نظامية</translation>
    </message>
    <message>
        <source>Package delivered / livelihood</source>
        <translation>تسليم الحزمة / مصدر الرزق</translation>
    </message>
    <message>
        <source>{dimension} (1–5)</source>
        <translation>{dimension} (1–5)</translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged. It reports a breach of the assurances: an incident is open, the assurances of {country} are now under review and new movements there are blocked (S9) until a coordinator records the review decision.</source>
        <translation>تم تسجيل متابعة {reference}. وهي تُبلغ عن انتهاك للضمانات: فُتحت حادثة، وأصبحت ضمانات {country} قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9) إلى أن يسجّل المنسق قرار المراجعة.</translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged ({status}).</source>
        <translation>تم تسجيل متابعة {reference} ({status}).</translation>
    </message>
    <message>
        <source>The missed contact is escalated: a {kind} is now due.</source>
        <translation>تم تصعيد التواصل الفائت: أصبحت {kind} مستحقة الآن.</translation>
    </message>
    <message>
        <source>Not escalated: {reason}.</source>
        <translation>لم يُصعَّد: {reason}.</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>مسؤول المتابعة</translation>
    </message>
    <message>
        <source>Returns suspended</source>
        <extracomment>(text, applies, background, foreground) of each badge, in the order they are drawn; texts untranslated.</extracomment>
        <translation>العودة معلّقة</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>تنبيه تعليق</translation>
    </message>
    <message>
        <source>Exit punished</source>
        <translation>الخروج معاقَب عليه</translation>
    </message>
    <message>
        <source>Search by reference or name (any spelling: Mohammed, Muhammad…)</source>
        <translation>البحث بالمرجع أو بالاسم (بأي تهجئة: Mohammed، Muhammad…)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Open (not ended or closed)</source>
        <translation>المفتوحة (غير المنتهية وغير المغلقة)</translation>
    </message>
    <message>
        <source>{report} from {start} to {end}, by {by}; figures drawn up on {day}</source>
        <translation>{report} من {start} إلى {end}، حسب {by}؛ أُعدّت الأرقام في {day}</translation>
    </message>
    <message>
        <source>Every count is shown: not for sharing.</source>
        <translation>تُعرض كل الأعداد: ليس للمشاركة.</translation>
    </message>
    <message>
        <source>{measure} by {down} (rows) and {across} (columns)</source>
        <translation>{measure} حسب {down} (الصفوف) و{across} (الأعمدة)</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>الميزانية (€)</translation>
    </message>
    <message>
        <source>Delivered in the period (€)</source>
        <translation>المسلَّم خلال الفترة (€)</translation>
    </message>
    <message>
        <source>Delivered to date (€)</source>
        <translation>المسلَّم حتى الآن (€)</translation>
    </message>
    <message>
        <source>Committed (€)</source>
        <translation>الملتزَم به (€)</translation>
    </message>
    <message>
        <source>Remaining (€)</source>
        <translation>المتبقي (€)</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>The list&apos;s filters: the (untranslated) name, which `show_filter` takes, and the test.</extracomment>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>Any readiness</source>
        <translation>الجاهزة وغير الجاهزة</translation>
    </message>
    <message>
        <source>Any household</source>
        <translation>جميع الأسر</translation>
    </message>
    <message>
        <source>With vulnerable members</source>
        <translation>فيها أفراد في وضع هش</translation>
    </message>
    <message>
        <source>Without vulnerable members</source>
        <translation>ليس فيها أفراد في وضع هش</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>ملف جديد…</translation>
    </message>
    <message>
        <source>{mark} a household with a vulnerable member · “—” under Readiness: travelled or ended</source>
        <translation>{mark} أسرة فيها فرد مستضعف · «—» تحت الجاهزية: سافرت أو انتهى ملفها</translation>
    </message>
    <message>
        <source>Vulnerable: an unaccompanied minor, a victim of trafficking, a medical need, a disability, a pregnancy, an elderly person or a single parent</source>
        <translation>مستضعف: قاصر غير مصحوب، أو ضحية اتجار بالبشر، أو حاجة طبية، أو إعاقة، أو حمل، أو شخص مسن، أو والد وحيد</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>— only cases awaiting a protection decision  (clear with Esc)</source>
        <translation>— الملفات التي تنتظر قرارًا بشأن الحماية فقط  (للمسح اضغط Esc)</translation>
    </message>
    <message>
        <source>Advisory in force</source>
        <translation>تنبيه تعليق سارٍ</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cases</comment>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Open cases: not yet departed, not closed</source>
        <translation>الملفات المفتوحة: لم تغادر بعد ولم تُغلق</translation>
    </message>
    <message>
        <source>Search countries by name or code</source>
        <translation>ابحث عن بلد بالاسم أو الرمز</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>filter</comment>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Countries of return</source>
        <translation>بلدان العودة</translation>
    </message>
    <message>
        <source>Add country…</source>
        <translation>إضافة بلد…</translation>
    </message>
    <message>
        <source>Expiring assurances</source>
        <translation>الضمانات التي تنتهي قريبًا</translation>
    </message>
    <message>
        <source>Assurances in force that end within 30 days, in every country</source>
        <translation>الضمانات السارية التي تنتهي خلال 30 يومًا، في جميع البلدان</translation>
    </message>
    <message>
        <source>Region (exact, any case)</source>
        <translation>المنطقة (مطابقة تامة، دون تمييز حالة الأحرف)</translation>
    </message>
    <message>
        <source>Mine only ({user})</source>
        <translation>ملفاتي فقط ({user})</translation>
    </message>
    <message>
        <source>Log follow-up…</source>
        <translation>تسجيل متابعة…</translation>
    </message>
    <message>
        <source>Visit routes…</source>
        <translation>مسارات الزيارات…</translation>
    </message>
    <message>
        <source>Plan visit routes for the due visits of a region and period</source>
        <translation>تخطيط مسارات الزيارات المستحقة في منطقة وفترة محددتين</translation>
    </message>
    <message>
        <source>Monitoring — follow-ups due this week and overdue</source>
        <translation>المتابعة — المتابعات المستحقة هذا الأسبوع والمتأخرة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>What Print paints: everything under the controls.
----------
While a country loads: its lanes say so rather than &quot;None recorded&quot;.</extracomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>غير مسند</translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation>فتح الملف</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, {overdue} overdue</source>
        <translation>
            <numerusform>لا متابعات مستحقة، {overdue} متأخرة</numerusform>
            <numerusform>متابعة واحدة مستحقة، {overdue} متأخرة</numerusform>
            <numerusform>متابعتان مستحقتان، {overdue} متأخرة</numerusform>
            <numerusform>%Ln متابعات مستحقة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln متابعة مستحقة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln متابعة مستحقة، {overdue} متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review decision for {country} recorded ({outcome}); %n incident(s) closed.</source>
        <translation>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ لم تُغلق أي حادثة.</numerusform>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ أُغلقت حادثة واحدة.</numerusform>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ أُغلقت حادثتان.</numerusform>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ أُغلقت %Ln حوادث.</numerusform>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ أُغلقت %Ln حادثة.</numerusform>
            <numerusform>تم تسجيل قرار المراجعة لـ {country} ({outcome})؛ أُغلقت %Ln حادثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>The columns, each named by the sort key a click on its header asks for. The mark after the head&apos;s name of a household with a vulnerable member (the page shows its legend). Statuses for which &quot;ready to travel&quot; no longer means anything: the household travelled or the case ended.</extracomment>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>جاهز للاستيراد</translation>
    </message>
    <message>
        <source>Import flight schedule</source>
        <translation>استيراد جدول الرحلات الجوية</translation>
    </message>
    <message>
        <source>Choose a schedule as CSV (UTF-8) or Excel (.xlsx), one movement per row. Required columns: &lt;b&gt;{required}&lt;/b&gt;; optional: {optional}. Times are UTC unless they carry an offset. Nothing is saved until you import; then all the rows you import are saved together, or none.</source>
        <translation>اختر جدولًا بصيغة CSV (UTF-8) أو Excel (.xlsx)، رحلة واحدة في كل صف. الأعمدة الإلزامية: &lt;b&gt;{required}&lt;/b&gt;؛ الاختيارية: {optional}. الأوقات بتوقيت UTC ما لم تتضمن فارقًا زمنيًا. لا يُحفظ شيء قبل الاستيراد؛ ثم تُحفظ كل الصفوف المستوردة معًا أو لا يُحفظ أيٌّ منها.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Rows of the schedule</source>
        <translation>صفوف الجدول</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>استيراد الكل</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>استيراد الصفوف الصالحة فقط</translation>
    </message>
    <message>
        <source>Choose a flight schedule</source>
        <translation>اختر جدول رحلات جوية</translation>
    </message>
    <message>
        <source>Schedules (*.csv *.xlsx)</source>
        <translation>الجداول (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>لا يمكن استيراد الملف:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n movement(s) can be imported.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;لا توجد رحلات للاستيراد.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;يمكن استيراد الرحلة.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;يمكن استيراد الرحلتين كلتيهما.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;يمكن استيراد الرحلات الـ%Ln كلها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;يمكن استيراد الرحلات الـ%Ln كلها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;يمكن استيراد الرحلات الـ%Ln كلها.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported from this file.&lt;/b&gt;</source>
        <translation>&lt;b&gt;لا يمكن استيراد أي شيء من هذا الملف.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{valid} can be imported&lt;/b&gt;; {invalid} (in red). Fix the file and choose it again, or import only the valid rows.</source>
        <translation>&lt;b&gt;يمكن استيراد {valid}&lt;/b&gt;؛ {invalid} (باللون الأحمر). صحّح الملف واختره من جديد، أو استورد الصفوف الصالحة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n movement(s)</source>
        <translation>
            <numerusform>{valid} من %Ln رحلة</numerusform>
            <numerusform>{valid} من رحلة واحدة</numerusform>
            <numerusform>{valid} من رحلتين</numerusform>
            <numerusform>{valid} من %Ln رحلات</numerusform>
            <numerusform>{valid} من %Ln رحلة</numerusform>
            <numerusform>{valid} من %Ln رحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems</source>
        <translation>
            <numerusform>لا صفوف فيها مشكلات</numerusform>
            <numerusform>صف واحد فيه مشكلات</numerusform>
            <numerusform>صفان فيهما مشكلات</numerusform>
            <numerusform>%Ln صفوف فيها مشكلات</numerusform>
            <numerusform>%Ln صفًا فيها مشكلات</numerusform>
            <numerusform>%Ln صف فيها مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import all %n</source>
        <translation>
            <numerusform>استيراد الكل</numerusform>
            <numerusform>استيراد الرحلة</numerusform>
            <numerusform>استيراد الرحلتين</numerusform>
            <numerusform>استيراد الـ%Ln كلها</numerusform>
            <numerusform>استيراد الـ%Ln كلها</numerusform>
            <numerusform>استيراد الـ%Ln كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the %n valid row(s)</source>
        <translation>
            <numerusform>استيراد الصفوف الصالحة فقط</numerusform>
            <numerusform>استيراد الصف الصالح فقط</numerusform>
            <numerusform>استيراد الصفين الصالحين فقط</numerusform>
            <numerusform>استيراد الصفوف الـ%Ln الصالحة فقط</numerusform>
            <numerusform>استيراد الـ%Ln صفًا الصالحة فقط</numerusform>
            <numerusform>استيراد الـ%Ln صف الصالحة فقط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n movement(s) imported&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;لم تُستورد أي رحلة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;استُوردت رحلة واحدة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;استُوردت رحلتان&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;استُوردت %Ln رحلات&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;استُوردت %Ln رحلة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;استُوردت %Ln رحلة&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}; {skipped}</source>
        <translation>{imported}؛ {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were left out</source>
        <translation>
            <numerusform>لم يُستبعد أي صف</numerusform>
            <numerusform>استُبعد صف واحد فيه مشكلات</numerusform>
            <numerusform>استُبعد صفان فيهما مشكلات</numerusform>
            <numerusform>استُبعدت %Ln صفوف فيها مشكلات</numerusform>
            <numerusform>استُبعد %Ln صفًا فيها مشكلات</numerusform>
            <numerusform>استُبعد %Ln صف فيها مشكلات</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>الشاغرة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Seats held by bookings (proposed, confirmed, checked in, travelled)</source>
        <translation>المقاعد المشغولة بحجوزات (مقترحة، مؤكدة، مسجّلة للسفر، سافرت)</translation>
    </message>
    <message>
        <source>Seats still free for returnees</source>
        <translation>المقاعد التي لا تزال شاغرة للعائدين</translation>
    </message>
    <message>
        <source>Free escort places of each kind / places on the movement</source>
        <translation>أماكن المرافقين الشاغرة من كل نوع / الأماكن في الرحلة</translation>
    </message>
    <message>
        <source>Departure date and time in UTC; the travel date readiness is checked on</source>
        <translation>تاريخ المغادرة ووقتها بتوقيت UTC؛ وهو تاريخ السفر الذي تُفحص الجاهزية عنده</translation>
    </message>
    <message>
        <source>{booked} of {capacity}</source>
        <translation>{booked} من {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>{status} · ⚠ %n at risk</source>
        <translation>
            <numerusform>{status} · ⚠ لا شيء معرّض للخطر</numerusform>
            <numerusform>{status} · ⚠ حجز واحد معرّض للخطر</numerusform>
            <numerusform>{status} · ⚠ حجزان معرّضان للخطر</numerusform>
            <numerusform>{status} · ⚠ %Ln حجوزات معرّضة للخطر</numerusform>
            <numerusform>{status} · ⚠ %Ln حجزًا معرّضًا للخطر</numerusform>
            <numerusform>{status} · ⚠ %Ln حجز معرّض للخطر</numerusform>
        </translation>
    </message>
    <message>
        <source>transit visa needed</source>
        <translation>تأشيرة عبور مطلوبة</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>أُلغيت: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked household(s) no longer ready for this movement: see its passengers</source>
        <translation>
            <numerusform>لا أسر محجوزة فقدت جاهزيتها لهذه الرحلة</numerusform>
            <numerusform>أسرة محجوزة واحدة لم تعد جاهزة لهذه الرحلة: انظر ركابها</numerusform>
            <numerusform>أسرتان محجوزتان لم تعودا جاهزتين لهذه الرحلة: انظر ركابها</numerusform>
            <numerusform>%Ln أسر محجوزة لم تعد جاهزة لهذه الرحلة: انظر ركابها</numerusform>
            <numerusform>%Ln أسرة محجوزة لم تعد جاهزة لهذه الرحلة: انظر ركابها</numerusform>
            <numerusform>%Ln أسرة محجوزة لم تعد جاهزة لهذه الرحلة: انظر ركابها</numerusform>
        </translation>
    </message>
    <message>
        <source>Departing from</source>
        <translation>المغادرة من</translation>
    </message>
    <message>
        <source>Departing until</source>
        <translation>المغادرة حتى</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>إظهار الملغاة</translation>
    </message>
    <message>
        <source>Only with bookings at risk</source>
        <translation>فقط ما فيه حجوزات معرّضة للخطر</translation>
    </message>
    <message>
        <source>Movements with a booked household that a change since booking made unready</source>
        <translation>الرحلات التي فيها أسرة محجوزة فقدت جاهزيتها بسبب تغيير حدث بعد الحجز</translation>
    </message>
    <message>
        <source>Movements register</source>
        <translation>سجل الرحلات</translation>
    </message>
    <message numerus="yes">
        <source>%n seats booked</source>
        <translation>
            <numerusform>لا مقاعد محجوزة</numerusform>
            <numerusform>مقعد واحد محجوز</numerusform>
            <numerusform>مقعدان محجوزان</numerusform>
            <numerusform>%Ln مقاعد محجوزة</numerusform>
            <numerusform>%Ln مقعدًا محجوزًا</numerusform>
            <numerusform>%Ln مقعد محجوز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>seats</comment>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%Ln مقاعد شاغرة</numerusform>
            <numerusform>%Ln مقعدًا شاغرًا</numerusform>
            <numerusform>%Ln مقعد شاغر</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery code</source>
        <extracomment>The printed sheet: its texts come translated and escaped.</extracomment>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>&lt;p&gt;If &lt;b&gt;{user}&lt;/b&gt; forgets the password, this code is the way back in: &lt;code&gt;homeward users recover {user} --code&lt;/code&gt;. It works once, and a new one is shown when it is used.&lt;/p&gt;&lt;p&gt;It is shown &lt;b&gt;only now&lt;/b&gt;. Print it or write it down and keep it offline, in a safe — not on this computer. Homeward keeps only a fingerprint of it; nobody can show it to you again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;إذا نسي &lt;b&gt;{user}&lt;/b&gt; كلمة المرور، فهذا الرمز هو طريق العودة: &lt;code&gt;homeward users recover {user} --code&lt;/code&gt;. يصلح لمرة واحدة، ويُعرض رمز جديد عند استخدامه.&lt;/p&gt;&lt;p&gt;لا يُعرض &lt;b&gt;إلا الآن&lt;/b&gt;. اطبعه أو دوّنه واحفظه بعيدًا عن الحاسوب، في خزنة — لا على هذا الحاسوب. لا يحتفظ Homeward إلا ببصمة له؛ ولن يستطيع أحد أن يعرضه عليك مرة أخرى.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>I have printed or written down this code and will keep it offline</source>
        <translation>طبعتُ هذا الرمز أو دوّنته وسأحفظه بعيدًا عن الحاسوب</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Homeward recovery code</source>
        <translation>رمز استرداد Homeward</translation>
    </message>
    <message>
        <source>Data-protection officer: {user}</source>
        <translation>مسؤول حماية البيانات: {user}</translation>
    </message>
    <message>
        <source>For a forgotten password: homeward users recover {user} --code. The code works once; keep the next one shown in its place.</source>
        <translation>عند نسيان كلمة المرور: homeward users recover {user} --code. يصلح الرمز لمرة واحدة؛ احفظ مكانه الرمز التالي الذي يُعرض.</translation>
    </message>
    <message>
        <source>The code is not shown again. Close without having printed or written it down?</source>
        <translation>لن يُعرض الرمز مرة أخرى. هل تغلق دون طباعته أو تدوينه؟</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Econ.</source>
        <translation>اقتصادي</translation>
    </message>
    <message>
        <source>Psych.</source>
        <translation>نفسي</translation>
    </message>
    <message>
        <source>readmission refused</source>
        <translation>رفض إعادة القبول</translation>
    </message>
    <message>
        <source>punished</source>
        <translation>معاقبة</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>احتجاز</translation>
    </message>
    <message>
        <source>fined</source>
        <translation>غرامة</translation>
    </message>
    <message>
        <source>prosecuted</source>
        <translation>ملاحقة قضائية</translation>
    </message>
    <message>
        <source>harassed</source>
        <translation>مضايقة</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>date</comment>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Monitoring history — select a follow-up to see the returnee&apos;s history</source>
        <translation>سجل المتابعة — اختر متابعة لعرض سجل العائد</translation>
    </message>
    <message>
        <source>Notes and files…</source>
        <translation>الملاحظات والملفات…</translation>
    </message>
    <message>
        <source>The notes and attachments of the selected logged follow-up (audited)</source>
        <translation>ملاحظات المتابعة المسجّلة المحددة ومرفقاتها (يُسجَّل الاطلاع في سجل التدقيق)</translation>
    </message>
    <message>
        <source>{dimension} sustainability, 1 (poor) to 5 (good)</source>
        <translation>الاستدامة — {dimension}: من 1 (ضعيفة) إلى 5 (جيدة)</translation>
    </message>
    <message>
        <source>Sustainability score over time (1 poor – 5 good)</source>
        <translation>درجة الاستدامة عبر الزمن (1 ضعيفة – 5 جيدة)</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>تاريخ إنجاز المتابعة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>No sustainability scores logged yet.</source>
        <translation>لم تُسجَّل أي درجات استدامة بعد.</translation>
    </message>
    <message>
        <source>Monitoring history — loading…</source>
        <translation>سجل المتابعة — جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Follow-up of {date} — {reference}</source>
        <translation>متابعة {date} — {reference}</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring history — {name} ({reference}): %n follow-up(s), {done} logged</source>
        <translation>
            <numerusform>سجل المتابعة — {name} ({reference}): لا متابعات، المسجّل منها {done}</numerusform>
            <numerusform>سجل المتابعة — {name} ({reference}): متابعة واحدة، المسجّل منها {done}</numerusform>
            <numerusform>سجل المتابعة — {name} ({reference}): متابعتان، المسجّل منهما {done}</numerusform>
            <numerusform>سجل المتابعة — {name} ({reference}): %Ln متابعات، المسجّل منها {done}</numerusform>
            <numerusform>سجل المتابعة — {name} ({reference}): %Ln متابعة، المسجّل منها {done}</numerusform>
            <numerusform>سجل المتابعة — {name} ({reference}): %Ln متابعة، المسجّل منها {done}</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring history — this case has no monitoring plan</source>
        <translation>سجل المتابعة — لا توجد خطة متابعة لهذا الملف</translation>
    </message>
    <message>
        <source>{kind} (month {month})</source>
        <translation>{kind} (الشهر {month})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breach</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>الضمانة</translation>
    </message>
    <message>
        <source>Protection claims are &lt;b&gt;referred, not decided&lt;/b&gt; here: the competent authority (national asylum authority or UNHCR) decides, and Homeward records its decision.</source>
        <translation>طلبات الحماية &lt;b&gt;تُحال ولا يُبتّ فيها&lt;/b&gt; هنا: السلطة المختصة (السلطة الوطنية للجوء أو المفوضية السامية للاجئين) هي التي تقرر، ويسجّل Homeward قرارها.</translation>
    </message>
    <message>
        <source>Raise a protection concern — {name}</source>
        <translation>الإبلاغ عن مخاوف تتعلق بالحماية — {name}</translation>
    </message>
    <message>
        <source>Raise concern</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <source>{name} fears return or asks for asylum. &lt;b&gt;The case goes on hold and out of every planned movement at once.&lt;/b&gt;</source>
        <translation>يخشى {name} العودة أو يطلب اللجوء. &lt;b&gt;يُعلَّق الملف ويُسحب فورًا من كل رحلة مخططة.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the person said</source>
        <translation>ما قاله الشخص</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Record referral to the competent authority</source>
        <translation>تسجيل الإحالة إلى السلطة المختصة</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>تسجيل الإحالة</translation>
    </message>
    <message>
        <source>Concern raised on {date}.</source>
        <translation>أُبلغ عن المخاوف بتاريخ {date}.</translation>
    </message>
    <message>
        <source>e.g. the office or officer the file went to</source>
        <translation>مثلًا: المكتب أو الموظف الذي أُرسل إليه الملف</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <source>Name / office</source>
        <translation>الاسم / المكتب</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <source>Record the authority&apos;s decision</source>
        <translation>تسجيل قرار السلطة</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>The decision taken by {authority} on the claim referred on {date}. A final negative decision lets the case be planned again only after a fresh voluntary decision; a finding that the person needs protection ends return planning for the case.</source>
        <translation>القرار الذي اتخذته {authority} بشأن الطلب المُحال بتاريخ {date}. لا يسمح القرار السلبي النهائي بإعادة تخطيط الملف إلا بعد قرار طوعي جديد؛ أما ثبوت حاجة الشخص إلى الحماية فيُنهي تخطيط العودة لهذا الملف.</translation>
    </message>
    <message>
        <source>The decision&apos;s reference number</source>
        <translation>الرقم المرجعي للقرار</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>الجهة المصدرة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>سارية من</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>سارية حتى</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}٪</translation>
    </message>
    <message>
        <source>Compliance — how a country keeps its assurances</source>
        <translation>الامتثال — مدى وفاء البلد بضماناته</translation>
    </message>
    <message>
        <source>Country of return</source>
        <translation>بلد العودة</translation>
    </message>
    <message>
        <source>Choose a country of return to see its compliance report.</source>
        <translation>اختر بلد العودة لعرض تقرير الامتثال الخاص به.</translation>
    </message>
    <message>
        <source>Follow-ups fell due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Not yet logged</source>
        <translation>لم تُسجَّل بعد</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>معدل التواصل</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Households monitored</source>
        <translation>الأسر المتابَعة</translation>
    </message>
    <message>
        <source>Monitoring shortfall</source>
        <translation>نقص المتابعة</translation>
    </message>
    <message>
        <source>Households whose risk profile calls for active monitoring where the country authorised only passive monitoring</source>
        <translation>الأسر التي يستدعي ملف مخاطرها متابعة نشطة بينما لم يأذن البلد إلا بمتابعة غير نشطة</translation>
    </message>
    <message>
        <source>Logged without reaching the returnee; each missed contact is escalated (a second attempt, then a field visit where authorised)</source>
        <translation>سُجّلت دون الوصول إلى العائد؛ يُصعَّد كل تواصل فائت (محاولة ثانية، ثم زيارة ميدانية حيث يُؤذن بها)</translation>
    </message>
    <message>
        <source>Assurances valid during the period, with their status today</source>
        <translation>الضمانات السارية خلال الفترة، مع حالتها اليوم</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>No report for this choice.</source>
        <translation>لا يوجد تقرير لهذا الاختيار.</translation>
    </message>
    <message>
        <source>follow-ups counted up to today, {date}</source>
        <translation>المتابعات محسوبة حتى اليوم، {date}</translation>
    </message>
    <message>
        <source>{country} ({code}), {start} to {end}</source>
        <translation>{country} ({code})، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>A follow-up counts in the month it fell due; done vs due = done / fell due; contact rate = contact made / logged (done + missed). One incident may report several kinds of breach. Review decisions in the period: {decisions}.</source>
        <translation>تُحسب المتابعة في الشهر الذي استحقت فيه؛ المنجز مقابل المستحق = المنجز / المستحق؛ معدل التواصل = التواصل الفعلي / المسجَّل (المنجز + الفائت). قد تُبلغ حادثة واحدة عن عدة أنواع من الانتهاكات. قرارات المراجعة خلال الفترة: {decisions}.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>review decisions</comment>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} of due</source>
        <translation>{percent} من المستحق</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>مُصعَّدة</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>{contact} of {logged} logged</source>
        <translation>{contact} من أصل {logged} مسجَّلة</translation>
    </message>
    <message numerus="yes">
        <source>%n open today</source>
        <translation>
            <numerusform>لا حوادث مفتوحة اليوم</numerusform>
            <numerusform>حادثة واحدة مفتوحة اليوم</numerusform>
            <numerusform>حادثتان مفتوحتان اليوم</numerusform>
            <numerusform>%Ln حوادث مفتوحة اليوم</numerusform>
            <numerusform>%Ln حادثة مفتوحة اليوم</numerusform>
            <numerusform>%Ln حادثة مفتوحة اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents reported in the period</source>
        <translation>لم يُبلَغ عن أي حوادث خلال الفترة</translation>
    </message>
    <message>
        <source>{active} active · {passive} passive</source>
        <translation>{active} نشطة · {passive} غير نشطة</translation>
    </message>
    <message>
        <source>{count} none</source>
        <translation>{count} بلا متابعة</translation>
    </message>
    <message>
        <source>active needed</source>
        <translation>تلزم متابعة نشطة</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>البلد بأكمله</translation>
    </message>
    <message>
        <source>No assurance of this country is valid during the period</source>
        <translation>لا توجد ضمانة سارية لهذا البلد خلال الفترة</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>حفظ تقرير الامتثال</translation>
    </message>
    <message>
        <source>Monitors per day</source>
        <translation>مسؤولو المتابعة في اليوم</translation>
    </message>
    <message>
        <source>Visit minutes</source>
        <translation>دقائق الزيارة</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>مسؤولو المتابعة</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>Tick the monitors who go out; their follow-ups and unassigned ones are planned</source>
        <extracomment>The routing solver, run in its own process: a crash there is a message on this page.</extracomment>
        <translation>حدّد مسؤولي المتابعة الذين يخرجون؛ تُخطَّط متابعاتهم والمتابعات غير المسندة</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> في اليوم</translation>
    </message>
    <message>
        <source>With no monitor ticked: how many (unnamed) monitors go out each day</source>
        <translation>عند عدم تحديد أي مسؤول متابعة: عدد مسؤولي المتابعة (غير المسمَّين) الذين يخرجون كل يوم</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>تخطيط المسارات</translation>
    </message>
    <message>
        <source>to</source>
        <comment>period</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Field office…</source>
        <translation>المكتب الميداني…</translation>
    </message>
    <message>
        <source>The office routes start from: where it is, its working hours and days</source>
        <translation>المكتب الذي تنطلق منه المسارات: موقعه وساعات عمله وأيامه</translation>
    </message>
    <message>
        <source>Choose a region and a period, then plan the routes.</source>
        <translation>اختر منطقة وفترة، ثم خطّط المسارات.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Arrives (local time)</source>
        <translation>الوصول (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>Leaves (local time)</source>
        <translation>المغادرة (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>Drive (min)</source>
        <translation>القيادة (دقيقة)</translation>
    </message>
    <message>
        <source>Visit (min)</source>
        <translation>الزيارة (دقيقة)</translation>
    </message>
    <message>
        <source>{region}, {start} to {end}</source>
        <translation>{region}، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Not on these routes</source>
        <translation>خارج هذه المسارات</translation>
    </message>
    <message>
        <source>Edit the household&apos;s place…</source>
        <translation>تعديل مكان سكن الأسرة…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <extracomment>Zoom factors offered; 0 fits the page to the window&apos;s width.</extracomment>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>معاينة الطباعة — {title}</translation>
    </message>
    <message>
        <source>Preparing the {title}…</source>
        <translation>جارٍ إعداد {title}…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{reference}&lt;/b&gt; — %n page(s) — verification code &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — لا صفحات — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — صفحة واحدة — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — صفحتان — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln صفحات — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln صفحة — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln صفحة — رمز التحقق &lt;b&gt;{code}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue is recorded: File ▸ Verify a document (or homeward verify CODE) tells whether the printed document still says what the records say.</source>
        <translation>تم تسجيل الإصدار: ملف ▸ التحقق من وثيقة (أو homeward verify CODE) يبيّن ما إذا كانت الوثيقة المطبوعة لا تزال مطابقة لما في السجلات.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>تعذّر تشغيل الطابعة؛ لم يُطبع شيء.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Unnamed monitors</source>
        <translation>متابعون غير مسمَّين</translation>
    </message>
    <message>
        <source>no field office yet</source>
        <translation>لا يوجد مكتب ميداني بعد</translation>
    </message>
    <message>
        <source>No monitor accounts: plan for unnamed monitors</source>
        <translation>لا توجد حسابات لمسؤولي المتابعة: التخطيط لمسؤولين غير مسمَّين</translation>
    </message>
    <message>
        <source>No region has active monitoring plans: there are no visits to route.</source>
        <translation>لا توجد منطقة فيها خطط متابعة نشطة: لا زيارات لتخطيط مساراتها.</translation>
    </message>
    <message>
        <source>No field office serves this region: record one before planning.</source>
        <translation>لا يخدم هذه المنطقة أي مكتب ميداني: سجّل مكتبًا قبل التخطيط.</translation>
    </message>
    <message>
        <source>Routes start and end at {office} ({hours}; {days}).</source>
        <translation>تبدأ المسارات وتنتهي في {office} ({hours}؛ {days}).</translation>
    </message>
    <message>
        <source>Planning the routes for {region}, {first} to {last}…</source>
        <translation>جارٍ تخطيط المسارات لـ {region}، من {first} إلى {last}…</translation>
    </message>
    <message>
        <source>No plan for this choice.</source>
        <translation>لا توجد خطة لهذا الاختيار.</translation>
    </message>
    <message>
        <source>{visits} over {days}</source>
        <translation>{visits} على مدى {days}</translation>
    </message>
    <message numerus="yes">
        <source>{scheduled} of %n due visit(s) planned</source>
        <translation>
            <numerusform>تم تخطيط {scheduled} من أصل %Ln زيارة مستحقة</numerusform>
            <numerusform>تم تخطيط {scheduled} من أصل زيارة مستحقة واحدة</numerusform>
            <numerusform>تم تخطيط {scheduled} من أصل زيارتين مستحقتين</numerusform>
            <numerusform>تم تخطيط {scheduled} من أصل %Ln زيارات مستحقة</numerusform>
            <numerusform>تم تخطيط {scheduled} من أصل %Ln زيارة مستحقة</numerusform>
            <numerusform>تم تخطيط {scheduled} من أصل %Ln زيارة مستحقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open it</source>
        <extracomment>What a row opens: a case, a movement (and the day it departs), or the follow-ups due.</extracomment>
        <translation>انقر نقرًا مزدوجًا على سطر، أو اضغط مفتاح الإدخال، لفتحه</translation>
    </message>
    <message>
        <source>The first {shown} of {total}</source>
        <translation>أول {shown} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>لم يُسجَّل سبب</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(و%Ln غيره)</numerusform>
            <numerusform>(وسبب آخر)</numerusform>
            <numerusform>(وسببان آخران)</numerusform>
            <numerusform>(و%Ln أسباب أخرى)</numerusform>
            <numerusform>(و%Ln سببًا آخر)</numerusform>
            <numerusform>(و%Ln سبب آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet referred</source>
        <translation>لم تُحل بعد</translation>
    </message>
    <message>
        <source>Departures this week and next</source>
        <translation>المغادرات هذا الأسبوع والأسبوع المقبل</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Free seats</source>
        <translation>المقاعد الشاغرة</translation>
    </message>
    <message>
        <source>No departure this week or the next.</source>
        <translation>لا مغادرة هذا الأسبوع ولا الأسبوع المقبل.</translation>
    </message>
    <message>
        <source>Arrivals this week and next</source>
        <translation>الوصول هذا الأسبوع والأسبوع المقبل</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>No arrival this week or the next.</source>
        <translation>لا وصول هذا الأسبوع ولا الأسبوع المقبل.</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue, by monitor</source>
        <translation>المتابعات المستحقة اليوم والمتأخرة، حسب المتابِع</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>أقدم استحقاق</translation>
    </message>
    <message>
        <source>No follow-up due today or overdue.</source>
        <translation>لا متابعة مستحقة اليوم ولا متأخرة.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>No booking at risk.</source>
        <translation>لا حجز معرّض للخطر.</translation>
    </message>
    <message>
        <source>Expiring before the travel date</source>
        <translation>ينتهي قبل تاريخ السفر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Travels</source>
        <translation>السفر</translation>
    </message>
    <message>
        <source>Nothing a booked household needs ends before it travels.</source>
        <translation>لا شيء تحتاجه أسرة محجوزة ينتهي قبل سفرها.</translation>
    </message>
    <message>
        <source>Protection referrals waiting for an outcome</source>
        <translation>إحالات الحماية التي تنتظر قرارًا</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>أُحيلت</translation>
    </message>
    <message>
        <source>No protection referral is waiting.</source>
        <translation>لا إحالة حماية في الانتظار.</translation>
    </message>
    <message>
        <source>{duration} on the road</source>
        <translation>{duration} على الطريق</translation>
    </message>
    <message numerus="yes">
        <source>%n left out (below)</source>
        <translation>
            <numerusform>لا زيارات مستبعدة</numerusform>
            <numerusform>زيارة واحدة مستبعدة (أدناه)</numerusform>
            <numerusform>زيارتان مستبعدتان (أدناه)</numerusform>
            <numerusform>%Ln زيارات مستبعدة (أدناه)</numerusform>
            <numerusform>%Ln زيارة مستبعدة (أدناه)</numerusform>
            <numerusform>%Ln زيارة مستبعدة (أدناه)</numerusform>
        </translation>
    </message>
    <message>
        <source>office closed {days}</source>
        <translation>المكتب مغلق {days}</translation>
    </message>
    <message>
        <source>No visit is due in {region} by {date}.</source>
        <translation>لا زيارات مستحقة في {region} حتى {date}.</translation>
    </message>
    <message>
        <source>Not on these routes ({count})</source>
        <translation>خارج هذه المسارات ({count})</translation>
    </message>
    <message>
        <source>Not on these routes: none — every due visit is planned</source>
        <translation>خارج هذه المسارات: لا شيء — كل الزيارات المستحقة مخطَّطة</translation>
    </message>
    <message>
        <source>Place of {reference} ({name}) saved; the routes are planned again.</source>
        <translation>تم حفظ مكان سكن {reference} ({name})؛ يُعاد تخطيط المسارات.</translation>
    </message>
    <message>
        <source>Save the day plan</source>
        <translation>حفظ خطة اليوم</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} — reference {reference}, verification code {code}.</source>
        <translation>تم حفظ {path} — المرجع {reference}، رمز التحقق {code}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer — verification code {code}.</source>
        <translation>
            <numerusform>تم إرسال %Ln صفحة إلى الطابعة — رمز التحقق {code}.</numerusform>
            <numerusform>تم إرسال صفحة واحدة إلى الطابعة — رمز التحقق {code}.</numerusform>
            <numerusform>تم إرسال صفحتين إلى الطابعة — رمز التحقق {code}.</numerusform>
            <numerusform>تم إرسال %Ln صفحات إلى الطابعة — رمز التحقق {code}.</numerusform>
            <numerusform>تم إرسال %Ln صفحة إلى الطابعة — رمز التحقق {code}.</numerusform>
            <numerusform>تم إرسال %Ln صفحة إلى الطابعة — رمز التحقق {code}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declaration</source>
        <extracomment>The kinds of document Homeward prints, as the answer names them.</extracomment>
        <translation>إقرار</translation>
    </message>
    <message>
        <source>Travel letter</source>
        <translation>رسالة السفر</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>بيان الركاب</translation>
    </message>
    <message>
        <source>Assurance summary</source>
        <translation>ملخص الضمانات</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <source>Visit form</source>
        <translation>استمارة الزيارة</translation>
    </message>
    <message>
        <source>Visit routes</source>
        <translation>مسارات الزيارات</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>تقرير الامتثال</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>حق الاطلاع على البيانات</translation>
    </message>
    <message>
        <source>{kind} for &lt;b&gt;{subject}&lt;/b&gt;, code {code}, issued on {date} by {user}.</source>
        <translation>{kind} لـ&lt;b&gt;{subject}&lt;/b&gt;، الرمز {code}، صادرة في {date} من قِبل {user}.</translation>
    </message>
    <message>
        <source>Check the code for typing errors; a document with an unknown code may be forged.</source>
        <translation>تأكد من خلو الرمز من أخطاء الكتابة؛ فقد تكون الوثيقة ذات الرمز غير المعروف مزوّرة.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>المعلومة</translation>
    </message>
    <message>
        <source>The document states</source>
        <translation>ما تذكره الوثيقة</translation>
    </message>
    <message>
        <source>The records say</source>
        <translation>ما تذكره السجلات</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>التحقق من وثيقة</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of the document (for example HW-7K3QX-M2P4A). Letters may be typed in lower case; a mistyped code is caught.</source>
        <translation>اكتب رمز التحقق المطبوع في أسفل الوثيقة (مثلًا HW-7K3QX-M2P4A). يمكن كتابة الحروف بأحرف صغيرة؛ ويُكتشف الرمز المكتوب خطأً.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Visit routes — the due visits of a region, as day plans per monitor</source>
        <translation>مسارات الزيارات — الزيارات المستحقة في منطقة، في خطط يومية لكل مسؤول متابعة</translation>
    </message>
    <message>
        <source>Edit particulars — {name}</source>
        <translation>تعديل البيانات الشخصية — {name}</translation>
    </message>
    <message>
        <source>Save particulars</source>
        <translation>حفظ البيانات</translation>
    </message>
    <message>
        <source>Yes — left irregularly</source>
        <translation>نعم — غادر بصورة غير نظامية</translation>
    </message>
    <message>
        <source>No — left regularly</source>
        <translation>لا — غادر بصورة نظامية</translation>
    </message>
    <message>
        <source>ISO codes separated by commas, e.g. ka, ru</source>
        <translation>رموز ISO مفصولة بفواصل، مثلًا: ka, ru</translation>
    </message>
    <message>
        <source>No escort needed</source>
        <translation>لا حاجة إلى مرافق</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>مرافق طبي</translation>
    </message>
    <message>
        <source>Escort for a minor</source>
        <translation>مرافق لقاصر</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>الأسماء الأولى (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Consent, given freely and informed, can be withdrawn at any time. The other bases — vital interest (life or health at stake), legal obligation, public interest, legitimate interest — need no signature but must be recorded with the reason.</source>
        <translation>الموافقة، المعطاة بحرية وعن علم، يمكن سحبها في أي وقت. أما الأسس الأخرى — المصلحة الحيوية (حين تكون الحياة أو الصحة معرّضة للخطر)، والالتزام القانوني، والمصلحة العامة، والمصلحة المشروعة — فلا تتطلب توقيعًا، لكن يجب تسجيلها مع سببها.</translation>
    </message>
    <message>
        <source>Names</source>
        <extracomment>What may be shared, as the share dialog and the register name it (the service&apos;s keys, translated here).</extracomment>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>الهاتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>تكوين الأسرة</translation>
    </message>
    <message>
        <source>Reintegration needs</source>
        <translation>احتياجات إعادة الإدماج</translation>
    </message>
    <message>
        <source>Medical needs for travel</source>
        <translation>الاحتياجات الطبية للسفر</translation>
    </message>
    <message>
        <source>What the data is for, e.g. reintegration assistance</source>
        <translation>الغرض من البيانات، مثل: المساعدة على إعادة الإدماج</translation>
    </message>
    <message>
        <source>Record consent or lawful basis — {name}</source>
        <translation>تسجيل موافقة أو أساس قانوني — {name}</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>verb</comment>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>How it was given or why the basis applies (e.g. signed form in the paper file)</source>
        <translation>كيف أُعطيت أو لماذا ينطبق الأساس (مثل: استمارة موقّعة في الملف الورقي)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>Withdraw — {purpose}</source>
        <translation>سحب — {purpose}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>{basis} for &lt;b&gt;{purpose}&lt;/b&gt;, given on {date}. From the date below no transfer for this purpose relies on it.</source>
        <translation>{basis} لغرض &lt;b&gt;{purpose}&lt;/b&gt;، أُعطي في {date}. ابتداءً من التاريخ أدناه لا يستند إليه أي نقل للبيانات لهذا الغرض.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Share data with a partner — {name}</source>
        <translation>مشاركة البيانات مع شريك — {name}</translation>
    </message>
    <message>
        <source>Register transfer</source>
        <translation>تسجيل النقل</translation>
    </message>
    <message>
        <source>Register what is given, to whom, why and how it is protected. Homeward refuses the transfer unless a consent or other lawful basis covers the purpose on that day.</source>
        <translation>سجّل ما يُعطى، ولمن، ولماذا، وكيف تُحمى البيانات. يرفض Homeward النقل ما لم تغطِّ موافقةٌ أو أساسٌ قانوني آخر الغرضَ في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Organisation and contact person, e.g. Caritas Georgia, N. Gelashvili</source>
        <translation>الجهة والشخص المسؤول عن التواصل، مثل: Caritas Georgia، N. Gelashvili</translation>
    </message>
    <message>
        <source>Data-sharing agreement, channel (encrypted e-mail, hand delivery), retention at the recipient</source>
        <translation>اتفاقية مشاركة البيانات، وقناة الإرسال (بريد إلكتروني مشفّر، تسليم باليد)، ومدة الاحتفاظ لدى الجهة المتلقية</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>الجهة المتلقية</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>ضمانات الحماية</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>تاريخ المشاركة</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>البيانات المشاركة</translation>
    </message>
    <message>
        <source>Consent and sharing — {name}</source>
        <translation>الموافقة والمشاركة — {name}</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent date</comment>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent date</comment>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Record consent or basis…</source>
        <translation>تسجيل موافقة أو أساس…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Consent and lawful basis</source>
        <translation>الموافقة والأساس القانوني</translation>
    </message>
    <message>
        <source>By</source>
        <comment>recorded by</comment>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Share data with a partner…</source>
        <translation>مشاركة البيانات مع شريك…</translation>
    </message>
    <message>
        <source>Register of transfers</source>
        <translation>سجل عمليات نقل البيانات</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>لم يعد هذا الشخص ضمن الملف.</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>الإقامة الدائمة</translation>
    </message>
    <message>
        <source>Left irregularly?</source>
        <translation>غادر بصورة غير نظامية؟</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Reload current values</source>
        <translation>إعادة تحميل القيم الحالية</translation>
    </message>
    <message>
        <source>Reloaded the current particulars. Apply your change again and save.</source>
        <translation>أُعيد تحميل البيانات الشخصية الحالية. أعد تطبيق تعديلك ثم احفظ.</translation>
    </message>
    <message>
        <source>Note a vulnerability — {name}</source>
        <translation>تسجيل حالة هشاشة — {name}</translation>
    </message>
    <message>
        <source>Add vulnerability</source>
        <translation>إضافة الهشاشة</translation>
    </message>
    <message>
        <source>Optional details</source>
        <translation>تفاصيل (اختياري)</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>الهشاشة</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>End vulnerability — {vulnerability}</source>
        <translation>إنهاء الهشاشة — {vulnerability}</translation>
    </message>
    <message>
        <source>End vulnerability</source>
        <translation>إنهاء الهشاشة</translation>
    </message>
    <message>
        <source>Noted on {date}. From which date does it no longer apply?</source>
        <translation>سُجّلت في {date}. اعتبارًا من أي تاريخ لم تعد قائمة؟</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Incidents reported per month, by kind</source>
        <translation>الحوادث المُبلَغ عنها شهريًا حسب النوع</translation>
    </message>
    <message>
        <source>Follow-ups per month: fell due, done — and contact rate</source>
        <extracomment>More months than this and the month names stand upright, so none is cut short.</extracomment>
        <translation>المتابعات شهريًا: المستحقة والمنجزة — ومعدل التواصل</translation>
    </message>
    <message>
        <source>Fell due</source>
        <translation>المستحقة</translation>
    </message>
    <message>
        <source>Contact rate (%)</source>
        <translation>معدل التواصل (٪)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>لا شيء خلال الفترة</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <translation>رُفضت إعادة القبول</translation>
    </message>
    <message>
        <source>The backup {path} holds installation {installation} with its audit log up to position {seq}.</source>
        <translation>تحتوي النسخة الاحتياطية {path} على التثبيت {installation}، مع سجل تدقيقه حتى الموضع {seq}.</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the database with the backup&apos;s content. What the database holds now is kept as a safety copy next to it.</source>
        <translation>تستبدل الاستعادةُ كلَّ ما في قاعدة البيانات بمحتوى النسخة الاحتياطية. ويُحفظ ما تحتويه القاعدة الآن نسخةَ أمان بجانبها.</translation>
    </message>
    <message>
        <source>written from {start} to {end}</source>
        <translation>كُتبت من {start} إلى {end}</translation>
    </message>
    <message numerus="yes">
        <source>This backup is of &lt;b&gt;another installation&lt;/b&gt;; this database is installation {ours}. Restoring it replaces everything here and undoes all %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا ولا تلغي أي قيد تدقيق (%n، {span})، وهي تخص: {touched}.</numerusform>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا وتلغي قيد التدقيق الوحيد في هذه القاعدة (%n، {span})، وهو يخص: {touched}.</numerusform>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا وتلغي قيدَي التدقيق في هذه القاعدة (%n، {span})، وهما يخصان: {touched}.</numerusform>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا وتلغي قيود التدقيق الـ%n في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا وتلغي %n قيدًا من قيود التدقيق في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
            <numerusform>هذه النسخة الاحتياطية من &lt;b&gt;تثبيت آخر&lt;/b&gt;؛ وقاعدة البيانات هذه هي التثبيت {ours}. استعادتها تستبدل كل ما هنا وتلغي %n قيد تدقيق في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup&apos;s history &lt;b&gt;went another way&lt;/b&gt; than the database&apos;s after position {common}. Restoring it undoes the last %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها لا تلغي أي قيد تدقيق (%n، {span})، وهي تخص: {touched}.</numerusform>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها تلغي آخر قيد تدقيق في هذه القاعدة (%n، {span})، وهو يخص: {touched}.</numerusform>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها تلغي آخر قيدَي تدقيق في هذه القاعدة (%n، {span})، وهما يخصان: {touched}.</numerusform>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها تلغي آخر %n قيود تدقيق في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها تلغي آخر %n قيدًا من قيود التدقيق في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
            <numerusform>&lt;b&gt;سلك&lt;/b&gt; تاريخُ هذه النسخة الاحتياطية &lt;b&gt;طريقًا آخر&lt;/b&gt; غير تاريخ قاعدة البيانات بعد الموضع {common}. استعادتها تلغي آخر %n قيد تدقيق في هذه القاعدة ({span})، وهي تخص: {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup is &lt;b&gt;older&lt;/b&gt; than the database (at position {live}). Restoring it undoes the last %n audit entries ({span}), which touched: {touched}. A protection concern, a refusal or a review decision recorded since then would be gone.</source>
        <translation>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها لا تلغي أي قيد تدقيق (%n، {span})، وهي تخص: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها تلغي آخر قيد تدقيق (%n، {span})، وهو يخص: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها تلغي آخر قيدَي تدقيق (%n، {span})، وهما يخصان: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها تلغي آخر %n قيود تدقيق ({span})، وهي تخص: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها تلغي آخر %n قيدًا من قيود التدقيق ({span})، وهي تخص: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
            <numerusform>هذه النسخة الاحتياطية &lt;b&gt;أقدم&lt;/b&gt; من قاعدة البيانات (عند الموضع {live}). استعادتها تلغي آخر %n قيد تدقيق ({span})، وهي تخص: {touched}. وسيختفي أي قلق حماية أو رفض أو قرار مراجعة سُجّل منذ ذلك الحين.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the database holds now is kept as a safety copy next to it; the restore is written to the restore log in your data folder and to the audit log.</source>
        <translation>يُحفظ ما تحتويه قاعدة البيانات الآن نسخةَ أمان بجانبها؛ وتُسجَّل الاستعادة في سجل الاستعادات داخل مجلد بياناتك وفي سجل التدقيق.</translation>
    </message>
    <message>
        <source>I understand what this restore undoes, and restore this backup</source>
        <translation>أفهم ما تلغيه هذه الاستعادة، وأستعيد هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Change the package</source>
        <translation>تغيير الحزمة</translation>
    </message>
    <message>
        <source>Package and delivery month</source>
        <translation>الحزمة وشهر التسليم</translation>
    </message>
    <message>
        <source>Leave this need unmet</source>
        <translation>ترك هذه الحاجة دون تلبية</translation>
    </message>
    <message>
        <source>{package} — {month} ({in_kind} in kind, {cash} cash)</source>
        <translation>{package} — {month} ({in_kind} عينيًا، و{cash} نقدًا)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Only the packages this person is eligible for, in the months their lead time allows after the arrival, are offered. Budgets, ceilings and partner places are checked on the whole allocation when you close this dialog.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;لا تُعرض إلا الحزم التي يستحقها هذا الشخص، في الأشهر التي تسمح بها مهلتها بعد الوصول. وتُفحص الميزانيات والسقوف وأماكن الشركاء على التخصيص كله عند إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>تسجيل التسليم</translation>
    </message>
    <message>
        <source>&lt;b&gt;{package}&lt;/b&gt; for {person} ({reference}), planned for {month} by {partner}.</source>
        <translation>&lt;b&gt;{package}&lt;/b&gt; لـ{person} ‏({reference})، مخطط لها في {month} من قِبل {partner}.</translation>
    </message>
    <message>
        <source>What was handed over, to whom, anything missing</source>
        <translation>ما الذي سُلّم، ولمن، وأي نقص</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>نفسي اجتماعي</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}٪</translation>
    </message>
    <message>
        <source>ages {first}–{last}</source>
        <translation>الأعمار من {first} إلى {last}</translation>
    </message>
    <message>
        <source>{first}+</source>
        <comment>ages</comment>
        <translation>{first} عامًا فأكثر</translation>
    </message>
    <message>
        <source>or</source>
        <comment>one of these</comment>
        <translation>أو</translation>
    </message>
    <message>
        <source>anyone</source>
        <comment>eligible</comment>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Delivery month</source>
        <translation>شهر التسليم</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Reintegration allocations</source>
        <translation>مخصصات إعادة الإدماج</translation>
    </message>
    <message>
        <source>Proposed allocation</source>
        <translation>التخصيص المقترح</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدي</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>المستحقون</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Months after the arrival month in which the partner delivers</source>
        <translation>الأشهر بعد شهر الوصول التي يسلّم فيها الشريك</translation>
    </message>
    <message>
        <source>arrival month + {first}–{last}</source>
        <translation>شهر الوصول + {first}–{last}</translation>
    </message>
    <message>
        <source>arrival month</source>
        <translation>شهر الوصول</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every region</comment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Demand index</source>
        <translation>مؤشر الطلب</translation>
    </message>
    <message>
        <source>0: nobody hires for it; 100: scarce and sought after. Double-click to change</source>
        <translation>0: لا أحد يوظّف فيها؛ 100: نادرة ومطلوبة. انقر نقرًا مزدوجًا للتغيير</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزَم به</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>المسلَّم</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدَم</translation>
    </message>
    <message>
        <source>Cash left</source>
        <translation>النقد المتبقي</translation>
    </message>
    <message>
        <source>Ceilings per adult / dependant</source>
        <translation>السقوف لكل بالغ / مُعال</translation>
    </message>
    <message>
        <source>Accepted, not yet handed over</source>
        <translation>مقبول، لم يُسلَّم بعد</translation>
    </message>
    <message>
        <source>In kind + cash, per household member</source>
        <translation>عيني + نقدي، لكل فرد من الأسرة</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every country</comment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>handed over {date}</source>
        <translation>سُلّمت في {date}</translation>
    </message>
    <message>
        <source>to deliver</source>
        <translation>قيد التسليم</translation>
    </message>
    <message>
        <source>The delivery month has passed without a recorded handover</source>
        <translation>انقضى شهر التسليم دون تسجيل أي تسليم</translation>
    </message>
    <message>
        <source>Documents, photos and recordings ({patterns})</source>
        <translation>المستندات والصور والتسجيلات ({patterns})</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>تتعذّر قراءة {file} ({reason})</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} م.ب</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Stored encrypted; at most 10 files of 10 MB each</source>
        <translation>تُخزَّن مشفّرة؛ 10 ملفات كحد أقصى بحجم 10 م.ب لكل منها</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Sensitive: stored encrypted. Opening this record has been written to the audit log.</source>
        <translation>بيانات حساسة: مخزّنة مشفّرة. سُجّل فتح هذا السجل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>لم تُكتب أي ملاحظات.</translation>
    </message>
    <message>
        <source>({size}, added by {user} on {date})</source>
        <translation>({size}، أضافه {user} في {date})</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>لا توجد ملفات مرفقة.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation>تتعذّر الكتابة ({reason})</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>تم حفظ نسخة في {path}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Monday to Sunday, as the office&apos;s working days are shown.</extracomment>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Field office — {name}</source>
        <translation>المكتب الميداني — {name}</translation>
    </message>
    <message>
        <source>Field office — new</source>
        <translation>المكتب الميداني — جديد</translation>
    </message>
    <message>
        <source>Save office</source>
        <translation>حفظ المكتب</translation>
    </message>
    <message>
        <source>Visit routes in {country} start and end at the field office serving the region (or, where a region has none, at the country&apos;s office without a region), within its working hours and days.</source>
        <translation>تبدأ مسارات الزيارات في {country} وتنتهي في المكتب الميداني الذي يخدم المنطقة (أو، إن لم يكن للمنطقة مكتب، في مكتب البلد غير المرتبط بمنطقة)، ضمن ساعات عمله وأيامه.</translation>
    </message>
    <message>
        <source>{region} field office</source>
        <translation>المكتب الميداني في {region}</translation>
    </message>
    <message>
        <source>Empty: the office serves the whole country</source>
        <translation>فارغ: يخدم المكتب البلد بأكمله</translation>
    </message>
    <message>
        <source>Latitude, longitude — e.g. {example}</source>
        <translation>خط العرض، خط الطول — مثلًا {example}</translation>
    </message>
    <message>
        <source>Open (routes start here)</source>
        <translation>مفتوح (تبدأ المسارات من هنا)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>a field office needs its coordinates: routes start and end there</source>
        <translation>يحتاج المكتب الميداني إلى إحداثياته: فالمسارات تبدأ وتنتهي فيه</translation>
    </message>
    <message>
        <source>Last recorded on {date} by {user}.</source>
        <translation>آخر تسجيل في {date} بواسطة {user}.</translation>
    </message>
    <message>
        <source>Where the household lives — {reference}</source>
        <translation>مكان سكن الأسرة — {reference}</translation>
    </message>
    <message>
        <source>Save place</source>
        <translation>حفظ المكان</translation>
    </message>
    <message>
        <source>Household {reference}: &lt;b&gt;{name}&lt;/b&gt;, {where}.&lt;br&gt;Visit routes need the coordinates; the address and directions are printed on the monitor&apos;s day plan and kept out of the audit log.</source>
        <translation>الأسرة {reference}: &lt;b&gt;{name}&lt;/b&gt;، {where}.&lt;br&gt;تحتاج مسارات الزيارات إلى الإحداثيات؛ ويُطبع العنوان والإرشادات على خطة اليوم لمسؤول المتابعة، ولا يُدرجان في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Street, house number, neighbourhood, town</source>
        <translation>الشارع، رقم المنزل، الحي، المدينة</translation>
    </message>
    <message>
        <source>How to find it: landmarks, who to ask</source>
        <translation>كيفية الوصول: معالم بارزة، ومن يُسأل</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>مهم</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>مفيد</translation>
    </message>
    <message>
        <source>Reintegration needs — {reference}</source>
        <translation>احتياجات إعادة الإدماج — {reference}</translation>
    </message>
    <message>
        <source>Save needs</source>
        <translation>حفظ الاحتياجات</translation>
    </message>
    <message>
        <source>Record what each member needs to restart at home, as discussed in counselling. Leave a kind at “—” when it is not needed. The allocation covers urgent needs and vulnerable people first, and matches vocational training to the trades in demand where the household settles.</source>
        <translation>سجّل ما يحتاجه كل فرد ليبدأ من جديد في بلده، كما نوقش في الإرشاد. اترك النوع عند «—» إن لم تكن هناك حاجة إليه. يلبّي التخصيص أولًا الاحتياجات العاجلة واحتياجات الأشخاص المستضعفين، ويطابق التدريب المهني مع المهن المطلوبة حيث تستقر الأسرة.</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>الفرد</translation>
    </message>
    <message>
        <source>Trade wished</source>
        <translation>المهنة المرغوبة</translation>
    </message>
    <message>
        <source>Skills held</source>
        <translation>المهارات المكتسبة</translation>
    </message>
    <message>
        <source>{kind} for {person}</source>
        <translation>{kind} لـ{person}</translation>
    </message>
    <message>
        <source>e.g. tailoring</source>
        <translation>مثلًا: الخياطة</translation>
    </message>
    <message>
        <source>The trade a vocational training should teach; empty: any trade in demand</source>
        <translation>المهنة التي ينبغي أن يعلّمها التدريب المهني؛ فارغ: أي مهنة مطلوبة</translation>
    </message>
    <message>
        <source>e.g. sewing, driving</source>
        <translation>مثلًا: الخياطة، القيادة</translation>
    </message>
    <message>
        <source>What the person already knows how to do, separated by commas</source>
        <translation>ما يجيده الشخص بالفعل، مفصولًا بفواصل</translation>
    </message>
    <message>
        <source>Counselling session — {reference}</source>
        <translation>جلسة إرشاد — {reference}</translation>
    </message>
    <message>
        <source>Record what was explained, what the household said they need, and the outcome.</source>
        <translation>سجّل ما تم شرحه، وما قالت الأسرة إنها تحتاجه، والنتيجة.</translation>
    </message>
    <message>
        <source>Name, if an interpreter took part</source>
        <translation>الاسم، إذا شارك مترجم شفوي</translation>
    </message>
    <message>
        <source>Needs of the individual and the family</source>
        <translation>احتياجات الفرد والأسرة</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>أي أمر آخر يستحق الحفظ</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>تاريخ الجلسة</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <source>Options explained</source>
        <translation>الخيارات المشروحة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>tick at least one member who took part</source>
        <translation>حدّد فردًا واحدًا على الأقل شارك في الجلسة</translation>
    </message>
    <message>
        <source>Where the household wants to settle, plans, worries</source>
        <translation>أين تريد الأسرة الاستقرار، والخطط، والمخاوف</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>الرغبات</translation>
    </message>
    <message>
        <source>must be an amount in euros</source>
        <translation>يجب أن يكون مبلغًا باليورو</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>choose the partner (add one first)</source>
        <translation>اختر الشريك (أضف واحدًا أولًا)</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>تعديل الشريك</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>An organisation that delivers packages in a country of return.</source>
        <translation>منظمة تقدّم الحزم في بلد العودة.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Set partner places</source>
        <translation>تحديد أماكن الشريك</translation>
    </message>
    <message>
        <source>How many packages the partner can deliver in the region each month, for every month from the first to the last. 0 means none that month.</source>
        <translation>عدد الحزم التي يستطيع الشريك تسليمها في المنطقة كل شهر، لكل شهر من الأول إلى الأخير. 0 يعني لا شيء في ذلك الشهر.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a period</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end of a period</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Places per month</source>
        <translation>الأماكن في الشهر</translation>
    </message>
    <message>
        <source>is before the first month</source>
        <translation>يسبق الشهر الأول</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>تعديل الحزمة</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>إضافة حزمة</translation>
    </message>
    <message>
        <source>A package of the catalogue: what it costs, who delivers it where, who may receive it, and how many months after arrival it is delivered.</source>
        <translation>حزمة من الكتالوج: تكلفتها، ومن يقدّمها وأين، ومن يحق له الحصول عليها، وبعد كم شهر من الوصول تُسلَّم.</translation>
    </message>
    <message>
        <source>empty: every region; or comma-separated</source>
        <translation>فارغ: كل المناطق؛ أو مفصولة بفواصل</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Only the head of household</source>
        <translation>ربّ الأسرة فقط</translation>
    </message>
    <message>
        <source>the trade taught (vocational training only)</source>
        <translation>المهنة التي تُدرَّس (التدريب المهني فقط)</translation>
    </message>
    <message>
        <source>Offered (inactive packages are kept but never allocated)</source>
        <translation>معروضة (تُحفظ الحزم غير النشطة لكنها لا تُخصَّص أبدًا)</translation>
    </message>
    <message>
        <source>Departs (UTC)</source>
        <translation>المغادرة (UTC)</translation>
    </message>
    <message>
        <source>Arrives (UTC)</source>
        <translation>الوصول (UTC)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <source>Transit visa</source>
        <translation>تأشيرة العبور</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>نقطة الانطلاق</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <source>transit visa required</source>
        <translation>تأشيرة العبور مطلوبة</translation>
    </message>
    <message>
        <source>{text} is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>{text} ليس تاريخًا ووقتًا (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>nothing is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>يلزم إدخال تاريخ ووقت (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>From</source>
        <comment>place</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <comment>place</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>إزالة المرحلة</translation>
    </message>
    <message>
        <source>needed</source>
        <comment>transit visa</comment>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Edit movement {code}</source>
        <translation>تعديل الرحلة {code}</translation>
    </message>
    <message>
        <source>Add movement</source>
        <translation>إضافة الرحلة</translation>
    </message>
    <message>
        <source>A way home: a seat quota on a scheduled flight, a charter or ground transport. Times are UTC. Leave the legs empty for a direct movement; with transit, each leg leaves from where the previous one arrived — &lt;b&gt;no overnight transit&lt;/b&gt; (no wait over 12 h, none between 00:00 and 06:00).</source>
        <translation>وسيلة للعودة: حصة مقاعد على رحلة جوية منتظمة أو رحلة مستأجرة أو نقل بري. الأوقات بتوقيت UTC. اترك المراحل فارغة للرحلة المباشرة؛ ومع العبور، تنطلق كل مرحلة من حيث وصلت سابقتها — &lt;b&gt;لا عبور ليلي&lt;/b&gt; (لا انتظار يتجاوز 12 ساعة، ولا انتظار بين 00:00 و06:00).</translation>
    </message>
    <message>
        <source>Save movement</source>
        <translation>حفظ الرحلة</translation>
    </message>
    <message>
        <source>e.g. TK-1771 or CH-GEO-07</source>
        <translation>مثلًا TK-1771 أو CH-GEO-07</translation>
    </message>
    <message>
        <source>e.g. Brussels (BRU)</source>
        <translation>مثلًا بروكسل (BRU)</translation>
    </message>
    <message>
        <source>e.g. Tbilisi (TBS)</source>
        <translation>مثلًا تبليسي (TBS)</translation>
    </message>
    <message>
        <source>Optional: transit requirements, contact at the airline, …</source>
        <translation>اختياري: متطلبات العبور، جهة الاتصال لدى شركة الطيران، …</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>(header, display text, sort key) of each column; headers untranslated (they name the columns in code too).</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Arrival (UTC)</source>
        <translation>الوصول (UTC)</translation>
    </message>
    <message>
        <source>Seats for returnees</source>
        <translation>المقاعد المخصصة للعائدين</translation>
    </message>
    <message>
        <source>Medical escort places</source>
        <translation>أماكن المرافقين الطبيين</translation>
    </message>
    <message>
        <source>Escort places for minors</source>
        <translation>أماكن مرافقي القاصرين</translation>
    </message>
    <message>
        <source>Cost per seat</source>
        <translation>تكلفة المقعد</translation>
    </message>
    <message>
        <source>Charter cost</source>
        <translation>تكلفة الرحلة المستأجرة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{households} holding {seats}&lt;/b&gt; are taken off it and can be planned again.</source>
        <translation>&lt;b&gt;{households} تشغل {seats}&lt;/b&gt; تُسحب منها ويمكن تخطيطها من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>لا مقاعد</numerusform>
            <numerusform>مقعدًا واحدًا</numerusform>
            <numerusform>مقعدين</numerusform>
            <numerusform>%Ln مقاعد</numerusform>
            <numerusform>%Ln مقعدًا</numerusform>
            <numerusform>%Ln مقعد</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is booked on it.</source>
        <translation>لا توجد أسرة محجوزة عليها.</translation>
    </message>
    <message>
        <source>Cancel movement {code}</source>
        <translation>إلغاء الرحلة {code}</translation>
    </message>
    <message>
        <source>Cancel movement</source>
        <translation>إلغاء الرحلة</translation>
    </message>
    <message>
        <source>{code} — {route}, departing {when} UTC. {households} The movement stays in the register, marked cancelled.</source>
        <translation>{code} — {route}، تغادر في {when} UTC. {households} تبقى الرحلة في السجل مع وسمها بأنها ملغاة.</translation>
    </message>
    <message>
        <source>Why: flight cancelled by the airline, charter not confirmed, …</source>
        <translation>السبب: رحلة ألغتها شركة الطيران، رحلة مستأجرة غير مؤكدة، …</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Move {reference}</source>
        <translation>نقل {reference}</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>نقل الحجز</translation>
    </message>
    <message>
        <source>{reference} ({head}, {seats}) is on {movement}. Homeward checks readiness on the new travel date and the seats and escort places free before moving them.</source>
        <translation>{reference} ({head}، {seats}) على الرحلة {movement}. يتحقق Homeward من الجاهزية في تاريخ السفر الجديد ومن المقاعد وأماكن المرافقين الشاغرة قبل النقل.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>النقل إلى</translation>
    </message>
    <message>
        <source>choose the movement to move the household to</source>
        <translation>اختر الرحلة التي تُنقل إليها الأسرة</translation>
    </message>
    <message>
        <source>Remove {reference} from {movement}</source>
        <translation>إزالة {reference} من {movement}</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>إزالة الحجز</translation>
    </message>
    <message>
        <source>{reference} ({head}) leaves {movement}; its {seats} are freed. Nothing is deleted: the booking stays on the record as cancelled, with your reason.</source>
        <translation>{reference} ({head}) تغادر {movement}؛ ويُحرَّر ما تشغله من مقاعد ({seats}). لا يُحذف شيء: يبقى الحجز في السجل ملغًى مع السبب الذي تذكره.</translation>
    </message>
    <message>
        <source>Why the household leaves this movement</source>
        <translation>سبب مغادرة الأسرة لهذه الرحلة</translation>
    </message>
    <message>
        <source>In kind (€)</source>
        <translation>عيني (€)</translation>
    </message>
    <message>
        <source>Cash (€)</source>
        <translation>نقدي (€)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>مخصصة لـ</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Delivered from month</source>
        <translation>تُسلَّم من الشهر</translation>
    </message>
    <message>
        <source>until month</source>
        <translation>حتى الشهر</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>تعديل الميزانية</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>إضافة ميزانية</translation>
    </message>
    <message>
        <source>A funding line for a period: what it can pay in kind and in cash, and the most one household receives per adult and per dependant. A household draws on the line of its country (else one for every country) whose period covers its arrival.</source>
        <translation>خط تمويل لفترة: ما يمكنه دفعه عينيًا ونقدًا، وأقصى ما تتلقاه الأسرة الواحدة لكل بالغ ولكل مُعال. تستفيد الأسرة من خط بلدها (وإلا من خط صالح لكل البلدان) الذي تغطي فترته وصولها.</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>خط التمويل</translation>
    </message>
    <message>
        <source>In kind, total (€)</source>
        <translation>عيني، الإجمالي (€)</translation>
    </message>
    <message>
        <source>Cash, total (€)</source>
        <translation>نقدي، الإجمالي (€)</translation>
    </message>
    <message>
        <source>In kind per adult (€)</source>
        <translation>عيني لكل بالغ (€)</translation>
    </message>
    <message>
        <source>In kind per dependant (€)</source>
        <translation>عيني لكل مُعال (€)</translation>
    </message>
    <message>
        <source>Cash per adult (€)</source>
        <translation>نقدي لكل بالغ (€)</translation>
    </message>
    <message>
        <source>Cash per dependant (€)</source>
        <translation>نقدي لكل مُعال (€)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{country}&lt;/b&gt;: %n open incident(s) ({kinds}; since {date}) — assurances under review, new movements there are blocked (S9).</source>
        <translation>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: لا حوادث مفتوحة ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: حادثة مفتوحة واحدة ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: حادثتان مفتوحتان ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: %Ln حوادث مفتوحة ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: %Ln حادثة مفتوحة ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: %Ln حادثة مفتوحة ({kinds}؛ منذ {date}) — الضمانات قيد المراجعة، والرحلات الجديدة إلى هذا البلد محظورة (S9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Affected cases…</source>
        <translation>الملفات المتأثرة…</translation>
    </message>
    <message>
        <source>Record review decision…</source>
        <translation>تسجيل قرار المراجعة…</translation>
    </message>
    <message>
        <source>Affected cases — {country}</source>
        <translation>الملفات المتأثرة — {country}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</source>
        <translation>
            <numerusform>لا ملفات إلى {country} لم تغادر بعد (المحجوزة منها على رحلة: {booked}). لا يمكن تخطيط أيٍّ منها أو مغادرتها ما دامت الضمانات قيد المراجعة (S9).</numerusform>
            <numerusform>ملف واحد إلى {country} لم يغادر بعد (المحجوز منه على رحلة: {booked}). لا يمكن تخطيطه أو مغادرته ما دامت الضمانات قيد المراجعة (S9).</numerusform>
            <numerusform>ملفان إلى {country} لم يغادرا بعد (المحجوز منهما على رحلة: {booked}). لا يمكن تخطيط أيٍّ منهما أو مغادرته ما دامت الضمانات قيد المراجعة (S9).</numerusform>
            <numerusform>%Ln ملفات إلى {country} لم تغادر بعد (المحجوزة منها على رحلة: {booked}). لا يمكن تخطيط أيٍّ منها أو مغادرتها ما دامت الضمانات قيد المراجعة (S9).</numerusform>
            <numerusform>%Ln ملفًا إلى {country} لم تغادر بعد (المحجوزة منها على رحلة: {booked}). لا يمكن تخطيط أيٍّ منها أو مغادرتها ما دامت الضمانات قيد المراجعة (S9).</numerusform>
            <numerusform>%Ln ملف إلى {country} لم تغادر بعد (المحجوزة منها على رحلة: {booked}). لا يمكن تخطيط أيٍّ منها أو مغادرتها ما دامت الضمانات قيد المراجعة (S9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>{status} (booked)</source>
        <translation>{status} (محجوز)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>طباعة — {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: each document is issued and recorded with its verification code, then written to the folder as a PDF. Households that may not travel are skipped, with the reason.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: تُصدَر كل وثيقة وتُسجَّل برمز التحقق الخاص بها، ثم تُكتب في المجلد بصيغة PDF. وتُتخطّى الأسر التي لا يجوز لها السفر، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>لم يبدأ.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Verification code / reason</source>
        <translation>رمز التحقق / السبب</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>إلغاء الطباعة</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>مجلد ملفات PDF</translation>
    </message>
    <message>
        <source>Listing the documents…</source>
        <translation>جارٍ سرد الوثائق…</translation>
    </message>
    <message>
        <source>Cancelling after the document being printed…</source>
        <translation>جارٍ الإلغاء بعد الوثيقة قيد الطباعة…</translation>
    </message>
    <message>
        <source>Printing {done} of {total}…</source>
        <translation>جارٍ طباعة {done} من {total}…</translation>
    </message>
    <message numerus="yes">
        <source>%n of %n done.</source>
        <translation>
            <numerusform>اكتمل %Ln من %Ln.</numerusform>
            <numerusform>اكتملت وثيقة واحدة من واحدة.</numerusform>
            <numerusform>اكتملت وثيقتان من اثنتين.</numerusform>
            <numerusform>اكتمل %Ln من %Ln.</numerusform>
            <numerusform>اكتمل %Ln من %Ln.</numerusform>
            <numerusform>اكتمل %Ln من %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <comment>batch result</comment>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>batch result</comment>
        <translation>تُخطّيت</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n printed before the cancel (complete and recorded), {skipped} skipped; the rest were not issued.</source>
        <translation>
            <numerusform>أُلغي: لم يُطبع شيء قبل الإلغاء، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
            <numerusform>أُلغي: طُبعت وثيقة واحدة قبل الإلغاء (كاملة ومسجلة)، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
            <numerusform>أُلغي: طُبعت وثيقتان قبل الإلغاء (كاملتان ومسجلتان)، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
            <numerusform>أُلغي: طُبعت %Ln وثائق قبل الإلغاء (كاملة ومسجلة)، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
            <numerusform>أُلغي: طُبعت %Ln وثيقة قبل الإلغاء (كاملة ومسجلة)، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
            <numerusform>أُلغي: طُبعت %Ln وثيقة قبل الإلغاء (كاملة ومسجلة)، وتُخطّي {skipped}؛ ولم يُصدَر الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>لم تُطبع.</translation>
    </message>
    <message>
        <source>Nothing to print: no household in this batch.</source>
        <translation>لا شيء للطباعة: لا توجد أسرة في هذه الدفعة.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, {skipped} skipped (see the reasons below).</source>
        <translation>
            <numerusform>تم: لم يُطبع شيء في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
            <numerusform>تم: طُبعت وثيقة واحدة في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
            <numerusform>تم: طُبعت وثيقتان في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
            <numerusform>تم: طُبعت %Ln وثائق في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
            <numerusform>تم: طُبعت %Ln وثيقة في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
            <numerusform>تم: طُبعت %Ln وثيقة في {folder}، وتُخطّي {skipped} (انظر الأسباب أدناه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, none skipped.</source>
        <translation>
            <numerusform>تم: لم يُطبع شيء في {folder}، ولم يُتخطَّ شيء.</numerusform>
            <numerusform>تم: طُبعت وثيقة واحدة في {folder}، ولم يُتخطَّ شيء.</numerusform>
            <numerusform>تم: طُبعت وثيقتان في {folder}، ولم يُتخطَّ شيء.</numerusform>
            <numerusform>تم: طُبعت %Ln وثائق في {folder}، ولم يُتخطَّ شيء.</numerusform>
            <numerusform>تم: طُبعت %Ln وثيقة في {folder}، ولم يُتخطَّ شيء.</numerusform>
            <numerusform>تم: طُبعت %Ln وثيقة في {folder}، ولم يُتخطَّ شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>declarations of voluntary return of a day</source>
        <translation>إقرارات العودة الطوعية ليوم واحد</translation>
    </message>
    <message>
        <source>Declarations recorded on</source>
        <translation>الإقرارات المسجلة في</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>السبب وما العمل</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message numerus="yes">
        <source>{date} — {monitor}:  leave {leave}, back {back} · %n visit(s) · {duration} on the road</source>
        <translation>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · لا زيارات · {duration} على الطريق</numerusform>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · زيارة واحدة · {duration} على الطريق</numerusform>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · زيارتان · {duration} على الطريق</numerusform>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · %Ln زيارات · {duration} على الطريق</numerusform>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · %Ln زيارة · {duration} على الطريق</numerusform>
            <numerusform>{date} — {monitor}:  الانطلاق {leave}، العودة {back} · %Ln زيارة · {duration} على الطريق</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({days} d overdue)</source>
        <translation>{date} (متأخرة {days} يوم)</translation>
    </message>
    <message>
        <source>Back at {office}</source>
        <translation>العودة إلى {office}</translation>
    </message>
    <message>
        <source>Double-click to record where the household lives</source>
        <translation>انقر نقرًا مزدوجًا لتسجيل مكان سكن الأسرة</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>إضافة رحلة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Cancel movement…</source>
        <translation>إلغاء الرحلة…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>استيراد جدول الرحلات…</translation>
    </message>
    <message>
        <source>Import a flight schedule from a CSV or Excel (.xlsx) file</source>
        <translation>استيراد جدول رحلات جوية من ملف CSV أو Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>تخطيط…</translation>
    </message>
    <message>
        <source>Plan ready households onto movements with the solver</source>
        <translation>تخطيط الأسر الجاهزة على الرحلات باستخدام المحلّل</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Manifest…</source>
        <translation>بيان الركاب…</translation>
    </message>
    <message>
        <source>All travel letters…</source>
        <translation>جميع رسائل السفر…</translation>
    </message>
    <message>
        <source>Export passengers…</source>
        <translation>تصدير الركاب…</translation>
    </message>
    <message>
        <source>Export manifest…</source>
        <translation>تصدير بيان الركاب…</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>list of movements</comment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>noun</comment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Choose a planned or confirmed movement</source>
        <translation>اختر رحلة مخططة أو مؤكدة</translation>
    </message>
    <message>
        <source>Save the chosen movement&apos;s list as an Excel workbook or a CSV file</source>
        <translation>حفظ قائمة الرحلة المختارة كمصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <source>The manifest or every travel letter of the chosen movement</source>
        <translation>بيان الركاب أو جميع رسائل السفر للرحلة المختارة</translation>
    </message>
    <message>
        <source>Choose a movement</source>
        <translation>اختر رحلة</translation>
    </message>
    <message>
        <source>Movement manifest — {code}</source>
        <translation>بيان ركاب الرحلة — {code}</translation>
    </message>
    <message>
        <source>travel letters of {code}</source>
        <translation>رسائل السفر للرحلة {code}</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>مثالية مُثبتة</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>التخطيط من</translation>
    </message>
    <message>
        <source>Plan until</source>
        <translation>التخطيط حتى</translation>
    </message>
    <message>
        <source>The longest the planner may search; it stops earlier once the plan is proven within the gap</source>
        <translation>أطول مدة يمكن أن يبحث فيها المخطِّط؛ يتوقف قبلها متى ثبت أن الخطة ضمن الفجوة</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this distance of the best possible plan</source>
        <translation>التوقف متى ثبت أن الخطة ضمن هذه المسافة من أفضل خطة ممكنة</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>verb</comment>
        <translation>تخطيط</translation>
    </message>
    <message>
        <source>Plan every ready household onto the movements in the horizon</source>
        <translation>تخطيط كل أسرة جاهزة على الرحلات ضمن الفترة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>waiting and cost proven optimal</source>
        <translation>ثبت أن الانتظار والتكلفة في حدهما الأمثل</translation>
    </message>
    <message>
        <source>waiting and cost within {percent}% of optimal</source>
        <translation>الانتظار والتكلفة في حدود {percent}٪ من الحد الأمثل</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Confirmed bookings departing within this many days stay where they are, like those whose travel letter was issued; unlock one in the plan to free it</source>
        <translation>تبقى الحجوزات المؤكَّدة التي تغادر خلال هذا العدد من الأيام في مكانها، مثل تلك التي صدرت رسالة سفرها؛ ألغِ قفل أحدها في الخطة لتحريره</translation>
    </message>
    <message>
        <source>Plan departures from</source>
        <translation>تخطيط المغادرات من</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>search at most</source>
        <translation>البحث لمدة أقصاها</translation>
    </message>
    <message>
        <source>stop within</source>
        <translation>التوقف عند فجوة</translation>
    </message>
    <message>
        <source>keep confirmed bookings departing within</source>
        <translation>الإبقاء على الحجوزات المؤكَّدة التي تغادر خلال</translation>
    </message>
    <message>
        <source>Choose the departures to plan and press Plan. Only households ready to travel are planned, each on the dates its readiness allows; nothing is booked until you accept the plan.</source>
        <translation>اختر المغادرات المراد تخطيطها واضغط «تخطيط». لا تُخطَّط إلا الأسر الجاهزة للسفر، كلٌّ في التواريخ التي تسمح بها جاهزيتها؛ لا يُحجز شيء حتى تقبل الخطة.</translation>
    </message>
    <message>
        <source>The end of the horizon is before its start.</source>
        <translation>نهاية الفترة تسبق بدايتها.</translation>
    </message>
    <message>
        <source>The planner stopped on an unexpected error; nothing was booked.</source>
        <translation>توقف المخطِّط بسبب خطأ غير متوقع؛ لم يُحجز شيء.</translation>
    </message>
    <message>
        <source>Reading ready households and movements…</source>
        <translation>جارٍ قراءة الأسر الجاهزة والرحلات…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The solver&apos;s own figures: what it optimised and how close to the best it proved</source>
        <translation>أرقام أداة الحل: ما حسّنته ومدى قربها المُثبت من الأفضل</translation>
    </message>
    <message>
        <source>&lt;b&gt;{placed}&lt;/b&gt; placed, the most possible</source>
        <translation>&lt;b&gt;{placed}&lt;/b&gt; مُدرجون، وهو الحد الأقصى الممكن</translation>
    </message>
    <message>
        <source>&lt;b&gt;{placed}&lt;/b&gt; placed, at most {bound} possible</source>
        <translation>&lt;b&gt;{placed}&lt;/b&gt; مُدرجون، والحد الأقصى الممكن {bound}</translation>
    </message>
    <message>
        <source>Searching… {placed} (people, a vulnerable person counting twice) · waiting and cost {objective} € · {gap} · {seconds} s</source>
        <translation>جارٍ البحث… {placed} (أشخاص، ويُحسب الشخص الضعيف مرتين) · الانتظار والتكلفة {objective} € · {gap} · {seconds} ث</translation>
    </message>
    <message>
        <source>Planned in {seconds} s; review the plan, then accept it to book.</source>
        <translation>اكتمل التخطيط في {seconds} ث؛ راجع الخطة ثم اقبلها للحجز.</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was booked.</source>
        <translation>أُلغي التخطيط؛ لم يُحجز شيء.</translation>
    </message>
    <message>
        <source>Taken out of the plan by you</source>
        <translation>أخرجته أنت من الخطة</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>المرافقون</translation>
    </message>
    <message>
        <source>{code}: {route}, departs {when} UTC</source>
        <translation>{code}: {route}، المغادرة {when} بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>Medical escorts</source>
        <translation>المرافقون الطبيون</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Minor escorts</source>
        <translation>مرافقو القاصرين</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>وثيقة السفر</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Travel needs</source>
        <translation>احتياجات السفر</translation>
    </message>
    <message>
        <source>Fit to travel until</source>
        <translation>لائق للسفر حتى</translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation>تسجيل الوصول (بالتوقيت العالمي)</translation>
    </message>
    <message>
        <source>none valid on the travel date</source>
        <translation>لا توجد وثيقة سارية في تاريخ السفر</translation>
    </message>
    <message>
        <source>Manifest of {code}</source>
        <translation>بيان ركاب {code}</translation>
    </message>
    <message>
        <source>medical {count}</source>
        <translation>طبية {count}</translation>
    </message>
    <message>
        <source>minors {count}</source>
        <translation>للقاصرين {count}</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>الركاب</translation>
    </message>
    <message>
        <source>Choose a movement in the register to see who is booked on it.</source>
        <translation>اختر رحلة في السجل لترى من حُجز عليها.</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>A locked booking stays where it is when the planner runs again</source>
        <translation>يبقى الحجز المقفل في مكانه عند تشغيل المخطِّط مرة أخرى</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>تسجيل السفر…</translation>
    </message>
    <message>
        <source>The departure check-in sheet (on the departure day)</source>
        <translation>ورقة تسجيل السفر عند المغادرة (في يوم المغادرة)</translation>
    </message>
    <message>
        <source>Passengers of {code}</source>
        <translation>ركاب الرحلة {code}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n booking(s) at risk</source>
        <translation>
            <numerusform>⚠ لا حجوزات معرّضة للخطر</numerusform>
            <numerusform>⚠ حجز واحد معرّض للخطر</numerusform>
            <numerusform>⚠ حجزان معرّضان للخطر</numerusform>
            <numerusform>⚠ %Ln حجوزات معرّضة للخطر</numerusform>
            <numerusform>⚠ %Ln حجزًا معرّضًا للخطر</numerusform>
            <numerusform>⚠ %Ln حجز معرّض للخطر</numerusform>
        </translation>
    </message>
    <message>
        <source>departs {when} UTC</source>
        <translation>تغادر في {when} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{households}, {people}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{households}، {people}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{free} of {capacity} seats free</source>
        <translation>{free} من {capacity} مقاعد شاغرة</translation>
    </message>
    <message>
        <source>escorts free: {escorts}</source>
        <translation>أماكن المرافقين الشاغرة: {escorts}</translation>
    </message>
    <message>
        <source>Double-click to open the case file</source>
        <translation>انقر نقرًا مزدوجًا لفتح الملف</translation>
    </message>
    <message>
        <source>Open the departure check-in sheet</source>
        <translation>فتح ورقة تسجيل السفر عند المغادرة</translation>
    </message>
    <message>
        <source>Movement</source>
        <extracomment>What a coordinator needs first: how many people are placed and how many not; the solver&apos;s figures (objective, proof) are under Details.</extracomment>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>الأشخاص المستضعفون</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>أيام الانتظار</translation>
    </message>
    <message>
        <source>Departures {start} to {end}</source>
        <translation>الرحلات من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>المُدرَجون</translation>
    </message>
    <message>
        <source>The plan is checked again as soon as you choose: readiness on the new date, seats and escort places. Nothing is booked until you accept the plan.</source>
        <translation>يُعاد التحقق من الخطة فور اختيارك: الجاهزية في التاريخ الجديد والمقاعد وأماكن المرافقين. لا يُحجز شيء حتى تقبل الخطة.</translation>
    </message>
    <message>
        <source>Departure (UTC)</source>
        <translation>المغادرة (UTC)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Statuses where &quot;ready to travel&quot; still means something: after departure, or once closed, it does not.</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Seats free</source>
        <translation>المقاعد الشاغرة</translation>
    </message>
    <message>
        <source>Escorts free</source>
        <translation>أماكن المرافقين الشاغرة</translation>
    </message>
    <message>
        <source>Free escort places after the plan: medical / for minors</source>
        <translation>أماكن المرافقين الشاغرة بعد الخطة: طبية / للقاصرين</translation>
    </message>
    <message>
        <source>Movements in the plan</source>
        <translation>الرحلات في الخطة</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>في وضع هش</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Planned passengers</source>
        <translation>الركاب المخططون</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock this booking when the plan is accepted: the planner keeps it next time</source>
        <translation>قفل هذا الحجز عند قبول الخطة: يحتفظ به المخطِّط في المرة القادمة</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Take out of plan</source>
        <translation>إخراج من الخطة</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>غير مُدرجة</translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation>سبب عدم الإدراج</translation>
    </message>
    <message>
        <source>Households not placed</source>
        <translation>الأسر غير المُدرجة</translation>
    </message>
    <message>
        <source>Place on…</source>
        <translation>إدراج في…</translation>
    </message>
    <message>
        <source>Put this household on a movement in the plan; it is validated at once</source>
        <translation>إدراج هذه الأسرة في رحلة ضمن الخطة؛ يجري التحقق فورًا</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>قبول الخطة</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>التراجع عن تعديلاتي</translation>
    </message>
    <message>
        <source>Proven within {percent}% of optimal</source>
        <translation>مُثبتة ضمن {percent}% من الحل الأمثل</translation>
    </message>
    <message>
        <source>Why some are not placed: see “Not placed” below</source>
        <translation>لماذا لم يُدرج بعضهم: انظر «غير مُدرجة» أدناه</translation>
    </message>
    <message>
        <source>Departures {start} to {end}: {households}, {people}</source>
        <translation>المغادرات من {start} إلى {end}: {households}، {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n ready household(s)</source>
        <translation>
            <numerusform>لا أسر جاهزة</numerusform>
            <numerusform>أسرة واحدة جاهزة</numerusform>
            <numerusform>أسرتان جاهزتان</numerusform>
            <numerusform>%Ln أسر جاهزة</numerusform>
            <numerusform>%Ln أسرة جاهزة</numerusform>
            <numerusform>%Ln أسرة جاهزة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>{movements} with {seats}</source>
        <translation>{movements} تضم {seats}</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>لا رحلات</numerusform>
            <numerusform>رحلة واحدة</numerusform>
            <numerusform>رحلتان</numerusform>
            <numerusform>%Ln رحلات</numerusform>
            <numerusform>%Ln رحلة</numerusform>
            <numerusform>%Ln رحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%Ln مقعد</numerusform>
            <numerusform>مقعد واحد</numerusform>
            <numerusform>مقعدان</numerusform>
            <numerusform>%Ln مقاعد</numerusform>
            <numerusform>%Ln مقعدًا</numerusform>
            <numerusform>%Ln مقعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with no movement their readiness allows</source>
        <translation>
            <numerusform>لا توجد أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>أسرة واحدة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>أسرتان بلا رحلة تسمح بها جاهزيتهما</numerusform>
            <numerusform>%Ln أسر بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>%Ln أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>%Ln أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see tooltip)</source>
        <translation>
            <numerusform>لا أحد مستبعد</numerusform>
            <numerusform>واحد مستبعد (انظر التلميح)</numerusform>
            <numerusform>اثنان مستبعدان (انظر التلميح)</numerusform>
            <numerusform>%Ln مستبعدين (انظر التلميح)</numerusform>
            <numerusform>%Ln مستبعدًا (انظر التلميح)</numerusform>
            <numerusform>%Ln مستبعد (انظر التلميح)</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan breaks a rule and cannot be accepted as it is:</source>
        <translation>تخرق هذه الخطة قاعدة ولا يمكن قبولها على حالها:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt; in {households}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt; في {households}</translation>
    </message>
    <message numerus="yes">
        <source>%n people placed</source>
        <translation>
            <numerusform>لم يُدرج أي شخص</numerusform>
            <numerusform>شخص واحد مُدرج</numerusform>
            <numerusform>شخصان مُدرجان</numerusform>
            <numerusform>%Ln أشخاص مُدرجين</numerusform>
            <numerusform>%Ln شخصًا مُدرجًا</numerusform>
            <numerusform>%Ln شخص مُدرج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>لا أسر</numerusform>
            <numerusform>أسرة واحدة</numerusform>
            <numerusform>أسرتان</numerusform>
            <numerusform>%Ln أسر</numerusform>
            <numerusform>%Ln أسرة</numerusform>
            <numerusform>%Ln أسرة</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt; ({households})</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt; ({households})</translation>
    </message>
    <message numerus="yes">
        <source>%n people not placed</source>
        <translation>
            <numerusform>لا أشخاص غير مُدرجين</numerusform>
            <numerusform>شخص واحد غير مُدرج</numerusform>
            <numerusform>شخصان غير مُدرجين</numerusform>
            <numerusform>%Ln أشخاص غير مُدرجين</numerusform>
            <numerusform>%Ln شخصًا غير مُدرج</numerusform>
            <numerusform>%Ln شخص غير مُدرج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing booking(s) moved</source>
        <translation>
            <numerusform>لم يُنقل أي حجز قائم</numerusform>
            <numerusform>نُقل حجز قائم واحد</numerusform>
            <numerusform>نُقل حجزان قائمان</numerusform>
            <numerusform>نُقلت %Ln حجوزات قائمة</numerusform>
            <numerusform>نُقل %Ln حجزًا قائمًا</numerusform>
            <numerusform>نُقل %Ln حجز قائم</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;edited by you&lt;/i&gt;</source>
        <translation>&lt;i&gt;عدّلتها أنت&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not placed in this plan</source>
        <translation>غير مُدرجة في هذه الخطة</translation>
    </message>
    <message>
        <source> — its booking on {movement} will be cancelled</source>
        <translation> — سيُلغى حجزها على {movement}</translation>
    </message>
    <message>
        <source>Not placed ({households}, {people})</source>
        <translation>غير مُدرجة ({households}، {people})</translation>
    </message>
    <message>
        <source>Planned passengers of {movement}</source>
        <translation>الركاب المخططون للرحلة {movement}</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>حجز جديد</translation>
    </message>
    <message>
        <source>Stays booked</source>
        <translation>يبقى محجوزًا</translation>
    </message>
    <message>
        <source>Moved from {movement}</source>
        <translation>منقول من {movement}</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, not containing the user name; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>%Ln حرف على الأقل، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>حرف واحد على الأقل (%Ln)، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>حرفان على الأقل (%Ln)، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>%Ln أحرف على الأقل، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>%Ln حرفًا على الأقل، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>%Ln حرف على الأقل، دون أن تتضمن اسم المستخدم؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</numerusform>
        </translation>
    </message>
    <message>
        <source>differs from the password typed above</source>
        <translation>تختلف عن كلمة المرور المكتوبة أعلاه</translation>
    </message>
    <message>
        <source>Homeward — first start</source>
        <translation>Homeward — التشغيل الأول</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>&lt;p&gt;{where} has no user accounts yet. Create the administrator&apos;s account: the data-protection officer, who adds everyone else (coordinators, monitors, read-only users) in &lt;b&gt;Administration › Users…&lt;/b&gt; and manages keys, retention and the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا توجد في {where} أي حسابات مستخدمين بعد. أنشئ حساب المسؤول: مسؤول حماية البيانات، الذي يضيف جميع الآخرين (المنسقين ومسؤولي المتابعة والمستخدمين للقراءة فقط) من &lt;b&gt;الإدارة › المستخدمون…&lt;/b&gt; ويدير المفاتيح والاحتفاظ وسجل التدقيق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>إنشاء وتسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>e.g. dpo or a.ahmadi</source>
        <translation>مثل: dpo أو a.ahmadi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Homeward is locked</source>
        <translation>Homeward مقفل</translation>
    </message>
    <message>
        <source>&lt;p&gt;Homeward locked itself after a while without use. Sign in as &lt;b&gt;{user}&lt;/b&gt; to carry on where you left off; nothing you had open was lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أقفل Homeward نفسه بعد فترة دون استخدام. سجّل الدخول باسم &lt;b&gt;{user}&lt;/b&gt; لتتابع من حيث توقفت؛ لم يُفقد شيء مما كان مفتوحًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to Homeward</source>
        <translation>تسجيل الدخول إلى Homeward</translation>
    </message>
    <message>
        <source>Homeward — sign in</source>
        <translation>Homeward — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Homeward — locked</source>
        <translation>Homeward — مقفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Quit Homeward</source>
        <translation>إنهاء Homeward</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your password was chosen by the administrator. Choose your own before you continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختار المسؤول كلمة مرورك. اختر كلمة مرورك الخاصة قبل المتابعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signed in as &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;مسجّل الدخول باسم &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>غيّر كلمة مرورك</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>waiting and cost {objective} € ({terms})</source>
        <translation>الانتظار والتكلفة {objective} € ({terms})</translation>
    </message>
    <message>
        <source>solved in {seconds} s</source>
        <translation>حُلّ في {seconds} ث</translation>
    </message>
    <message>
        <source>planned in {seconds} s</source>
        <translation>خُطّط في {seconds} ث</translation>
    </message>
    <message>
        <source>First the most people placed, a vulnerable person counting twice; then, for that many, the least waiting (€30 a person-day, more after long waits), cost and moves of existing bookings. &apos;Proven&apos; means no plan does better.</source>
        <translation>أولًا إدراج أكبر عدد من الأشخاص، ويُحسب الشخص الضعيف مرتين؛ ثم، لهذا العدد، أقل انتظار (30 € للشخص في اليوم، وأكثر بعد انتظار طويل) وأقل تكلفة وأقل نقل للحجوزات القائمة. «مُثبت» يعني أنه لا توجد خطة أفضل.</translation>
    </message>
    <message>
        <source>Kept: {why}</source>
        <translation>مُبقًى: {why}</translation>
    </message>
    <message>
        <source>Freed: plan again to let the planner move it</source>
        <translation>مُحرَّر: خطِّط من جديد ليتمكن المخطِّط من نقله</translation>
    </message>
    <message>
        <source>Fix the rules the plan breaks first</source>
        <translation>صحّح أولًا القواعد التي تخرقها الخطة</translation>
    </message>
    <message>
        <source>Book every household of the plan (all of them or none)</source>
        <translation>حجز جميع أسر الخطة (كلها أو لا شيء)</translation>
    </message>
    <message>
        <source>Move {reference} to</source>
        <translation>نقل {reference} إلى</translation>
    </message>
    <message>
        <source>Place {reference} on</source>
        <translation>إدراج {reference} في</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>اليوم {number}</translation>
    </message>
    <message>
        <source>Double-click a movement to open it</source>
        <translation>انقر نقرًا مزدوجًا على رحلة لفتحها</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>calendar view</comment>
        <extracomment>Which view the calendar shows, kept between sessions.</extracomment>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week</source>
        <comment>calendar view</comment>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Green: seats left · amber: full · red: a booking on it at risk</source>
        <translation>أخضر: مقاعد متاحة · برتقالي: ممتلئة · أحمر: حجز معرّض للخطر</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) this week</source>
        <translation>
            <numerusform>%n رحلة هذا الأسبوع</numerusform>
            <numerusform>رحلة واحدة هذا الأسبوع</numerusform>
            <numerusform>رحلتان هذا الأسبوع</numerusform>
            <numerusform>%n رحلات هذا الأسبوع</numerusform>
            <numerusform>%n رحلةً هذا الأسبوع</numerusform>
            <numerusform>%n رحلة هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) in {month}</source>
        <translation>
            <numerusform>%Ln رحلة في {month}</numerusform>
            <numerusform>رحلة واحدة في {month}</numerusform>
            <numerusform>رحلتان في {month}</numerusform>
            <numerusform>%Ln رحلات في {month}</numerusform>
            <numerusform>%Ln رحلةً في {month}</numerusform>
            <numerusform>%Ln رحلة في {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>العودة إلى هذا الأسبوع</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>العودة إلى هذا الشهر</translation>
    </message>
    <message>
        <source>Departures on {day}</source>
        <translation>المغادرات في {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%Ln مقاعد شاغرة</numerusform>
            <numerusform>%Ln مقعدًا شاغرًا</numerusform>
            <numerusform>%Ln مقعد شاغر</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>ممتلئة</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) at risk</source>
        <translation>
            <numerusform>%n حجز معرّض للخطر</numerusform>
            <numerusform>حجز واحد معرّض للخطر</numerusform>
            <numerusform>حجزان معرّضان للخطر</numerusform>
            <numerusform>%n حجوزات معرّضة للخطر</numerusform>
            <numerusform>%n حجزًا معرّضًا للخطر</numerusform>
            <numerusform>%n حجز معرّض للخطر</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>{people} booked / {seats} seats</source>
        <translation>{people} محجوز / {seats} مقعد</translation>
    </message>
    <message>
        <source>No departure on this day.</source>
        <translation>لا مغادرة في هذا اليوم.</translation>
    </message>
    <message>
        <source>readiness does not allow this date</source>
        <translation>الجاهزية لا تسمح بهذا التاريخ</translation>
    </message>
    <message>
        <source>Plan accepted: {booked}, {moved}, {kept}, {removed}. The register shows the booked seats.</source>
        <translation>قُبلت الخطة: {booked}، {moved}، {kept}، {removed}. يعرض السجل المقاعد المحجوزة.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) booked</source>
        <translation>
            <numerusform>لم تُحجز أي أسرة</numerusform>
            <numerusform>حُجزت أسرة واحدة</numerusform>
            <numerusform>حُجزت أسرتان</numerusform>
            <numerusform>حُجزت %Ln أسر</numerusform>
            <numerusform>حُجزت %Ln أسرة</numerusform>
            <numerusform>حُجزت %Ln أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>لم تُنقل أي أسرة</numerusform>
            <numerusform>نُقلت واحدة</numerusform>
            <numerusform>نُقلت اثنتان</numerusform>
            <numerusform>نُقلت %Ln</numerusform>
            <numerusform>نُقلت %Ln</numerusform>
            <numerusform>نُقلت %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>لم يُحتفظ بأي أسرة</numerusform>
            <numerusform>أُبقيت واحدة</numerusform>
            <numerusform>أُبقيت اثنتان</numerusform>
            <numerusform>أُبقيت %Ln</numerusform>
            <numerusform>أُبقيت %Ln</numerusform>
            <numerusform>أُبقيت %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off their movement</source>
        <translation>
            <numerusform>لم تُسحب أي أسرة من رحلتها</numerusform>
            <numerusform>سُحبت واحدة من رحلتها</numerusform>
            <numerusform>سُحبت اثنتان من رحلتيهما</numerusform>
            <numerusform>سُحبت %Ln من رحلاتها</numerusform>
            <numerusform>سُحبت %Ln من رحلاتها</numerusform>
            <numerusform>سُحبت %Ln من رحلاتها</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan was not accepted; nothing was booked.</source>
        <translation>لم تُقبل الخطة؛ لم يُحجز شيء.</translation>
    </message>
    <message>
        <source>Open the case file of {reference}</source>
        <translation>فتح ملف {reference}</translation>
    </message>
    <message>
        <source>Filter by partner, case, region, month…</source>
        <translation>تصفية حسب الشريك أو الملف أو المنطقة أو الشهر…</translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation>تسجيل التسليم…</translation>
    </message>
    <message>
        <source>Print voucher…</source>
        <translation>طباعة القسيمة…</translation>
    </message>
    <message>
        <source>The returnee&apos;s voucher for the chosen package (the handover certificate once delivered), bilingual, with a verification code</source>
        <translation>قسيمة العائد للحزمة المختارة (شهادة التسليم بعد تسليمها)، ثنائية اللغة، مع رمز تحقق</translation>
    </message>
    <message>
        <source>Import demand index…</source>
        <translation>استيراد مؤشر الطلب…</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) sheet with the columns country, region, skill, demand_index; all rows are checked first, nothing is written if one is wrong</source>
        <translation>ورقة CSV أو Excel ‏(.xlsx) بالأعمدة «country» و«region» و«skill» و«demand_index»؛ تُفحص جميع الصفوف أولًا، ولا يُكتب شيء إذا كان أحدها خاطئًا</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>إضافة حزمة…</translation>
    </message>
    <message>
        <source>Edit package…</source>
        <translation>تعديل الحزمة…</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>إضافة شريك…</translation>
    </message>
    <message>
        <source>Set places…</source>
        <translation>تحديد الأماكن…</translation>
    </message>
    <message>
        <source>Places for a partner in a region over a run of months (double-click a cell to change one month)</source>
        <translation>أماكن الشريك في منطقة على مدى عدة أشهر (انقر نقرًا مزدوجًا على خلية لتغيير شهر واحد)</translation>
    </message>
    <message>
        <source>Add budget…</source>
        <translation>إضافة ميزانية…</translation>
    </message>
    <message>
        <source>Edit budget…</source>
        <translation>تعديل الميزانية…</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>Accepted packages by delivery month; record each handover when the partner confirms it.</source>
        <translation>الحزم المقبولة حسب شهر التسليم؛ سجّل كل تسليم عندما يؤكده الشريك.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التسليمات</translation>
    </message>
    <message>
        <source>The packages partners deliver, their cost in kind and in cash, who is eligible, and when after arrival.</source>
        <translation>الحزم التي يقدمها الشركاء، وتكلفتها العينية والنقدية، ومن يستحقها، ومتى بعد الوصول.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Packages each partner can deliver per region and month (double-click a month to change it).</source>
        <translation>الحزم التي يستطيع كل شريك تسليمها لكل منطقة وشهر (انقر نقرًا مزدوجًا على شهر لتغييره).</translation>
    </message>
    <message>
        <source>Partners and capacity</source>
        <translation>الشركاء والقدرة الاستيعابية</translation>
    </message>
    <message>
        <source>How much each skill is sought after in each region of return (0–100, double-click to change); vocational training is matched to it.</source>
        <translation>مدى الطلب على كل مهارة في كل منطقة عودة (0–100، انقر نقرًا مزدوجًا للتغيير)؛ ويُطابَق التدريب المهني معه.</translation>
    </message>
    <message>
        <source>Skills in demand</source>
        <translation>المهارات المطلوبة</translation>
    </message>
    <message>
        <source>Funding lines with their ceilings per adult and per dependant, and what accepted and delivered packages used.</source>
        <translation>خطوط التمويل مع سقوفها لكل بالغ ولكل مُعال، وما استهلكته الحزم المقبولة والمسلَّمة.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>الميزانيات</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>شهادة التسليم</translation>
    </message>
    <message>
        <source>Reintegration voucher</source>
        <translation>قسيمة إعادة الإدماج</translation>
    </message>
    <message>
        <source>{document} — {reference}, {person}</source>
        <translation>{document} — {reference}، {person}</translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation>طباعة الشهادة…</translation>
    </message>
    <message>
        <source>Add a partner first</source>
        <translation>أضف شريكًا أولًا</translation>
    </message>
    <message>
        <source>{partner}, {region}, {month}: places must be a whole number (not “{text}”)</source>
        <translation>{partner}، {region}، {month}: يجب أن يكون عدد الأماكن عددًا صحيحًا (وليس «{text}»)</translation>
    </message>
    <message>
        <source>Import demand index</source>
        <translation>استيراد مؤشر الطلب</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Demand index imported</source>
        <translation>تم استيراد مؤشر الطلب</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>أُضيف {added}، وحُدّث {updated}، ولم يتغير {unchanged}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا شيء غير ذلك</numerusform>
            <numerusform>ومشكلة أخرى</numerusform>
            <numerusform>ومشكلتان أخريان</numerusform>
            <numerusform>و%Ln مشكلات أخرى</numerusform>
            <numerusform>و%Ln مشكلة أخرى</numerusform>
            <numerusform>و%Ln مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الحاجة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>The month the partner delivers, within the package&apos;s lead time after arrival</source>
        <translation>الشهر الذي يسلّم فيه الشريك، ضمن مهلة الحزمة بعد الوصول</translation>
    </message>
    <message>
        <source>Kept: accepted before and unchanged. Unmet needs say why</source>
        <translation>محتفَظ بها: مقبولة سابقًا ودون تغيير. وتُذكر أسباب الاحتياجات غير الملبّاة</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>allocated package</comment>
        <translation>محتفَظ بها</translation>
    </message>
    <message>
        <source>new</source>
        <comment>allocated package</comment>
        <translation>جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) planned of {places} place(s)</source>
        <translation>
            <numerusform>لا حزم مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>حزمة واحدة مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>حزمتان مخططتان من أصل {places} من الأماكن</numerusform>
            <numerusform>%Ln حزم مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>%Ln حزمة مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>%Ln حزمة مخططة من أصل {places} من الأماكن</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <extracomment>What a run does off the GUI thread: `work(progress, should_stop)`, `progress(*values)` reaching `show_live`.</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <source>The longest the solver may search; it stops earlier once proven within the gap</source>
        <translation>أطول مدة يبحث فيها المحلّل؛ ويتوقف قبلها متى ثبت أن النتيجة ضمن الفجوة</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>تخصيص</translation>
    </message>
    <message>
        <source>Allocate packages to every assessed household with a planned or recorded arrival</source>
        <translation>تخصيص الحزم لكل أسرة مقيَّمة لها وصول مخطط أو مسجَّل</translation>
    </message>
    <message>
        <source>Deliveries over</source>
        <translation>التسليمات على مدى</translation>
    </message>
    <message>
        <source>Filter by case, person, need or partner…</source>
        <extracomment>The solver&apos;s figures (coverage points, proof, first come first served) under Details.</extracomment>
        <translation>تصفية حسب الملف أو الشخص أو الحاجة أو الشريك…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Another package or month for the chosen need, or leave it unmet</source>
        <translation>حزمة أو شهر آخر للحاجة المختارة، أو تركها دون تلبية</translation>
    </message>
    <message>
        <source>Leave unmet</source>
        <translation>ترك دون تلبية</translation>
    </message>
    <message>
        <source>Accept allocation</source>
        <translation>قبول التخصيص</translation>
    </message>
    <message>
        <source>Partner load by month (planned / places)</source>
        <translation>عبء الشركاء حسب الشهر (المخطط / الأماكن)</translation>
    </message>
    <message>
        <source>Press Allocate to propose packages for every assessed household with a planned or recorded arrival: needs covered first for vulnerable people and urgent needs, vocational training matched to the skills in demand where they settle, within the budgets, the ceilings per adult and dependant and the partners&apos; places. Nothing is committed until you accept.</source>
        <translation>اضغط «تخصيص» لاقتراح حزم لكل أسرة مقيَّمة لها وصول مخطط أو مسجَّل: تُلبّى أولًا احتياجات الأشخاص المستضعفين والاحتياجات العاجلة، ويُطابَق التدريب المهني مع المهارات المطلوبة حيث يستقرون، ضمن الميزانيات وسقوف كل بالغ ومُعال وأماكن الشركاء. لا يُلتزم بشيء حتى تقبل.</translation>
    </message>
    <message>
        <source>The allocation stopped on an unexpected error; nothing was changed.</source>
        <translation>توقف التخصيص بسبب خطأ غير متوقع؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Reading households, needs, catalogue, budgets and partners…</source>
        <translation>قراءة الأسر والاحتياجات والكتالوج والميزانيات والشركاء…</translation>
    </message>
    <message>
        <source>Searching… best coverage so far &lt;b&gt;{best}&lt;/b&gt; · proven bound {bound} · gap {gap} · {seconds} s</source>
        <translation>جارٍ البحث… أفضل تغطية حتى الآن &lt;b&gt;{best}&lt;/b&gt; · الحد المُثبت {bound} · الفجوة {gap} · {seconds} ث</translation>
    </message>
    <message>
        <source>Allocation cancelled; nothing was changed.</source>
        <translation>أُلغي التخصيص؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>left unmet by hand</source>
        <translation>تُرك دون تلبية يدويًا</translation>
    </message>
    <message>
        <source>Save the proposed allocation, as filtered, as an Excel workbook or a CSV file</source>
        <translation>حفظ التخصيص المقترح، كما هو مُصفّى، كمصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <source>The adjusted allocation breaks a rule and cannot be accepted: {rules}</source>
        <translation>التخصيص المعدَّل يخالف قاعدة ولا يمكن قبوله: {rules}</translation>
    </message>
    <message>
        <source>Allocated in {seconds} s; review it, adjust if needed, then accept.</source>
        <translation>تم التخصيص في {seconds} ث؛ راجعه وعدّله عند الحاجة ثم اقبله.</translation>
    </message>
    <message>
        <source>proven within {gap} of optimal</source>
        <translation>ضمن {gap} من الحل الأمثل (مُثبت)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{met} of {needs}&lt;/b&gt; needs met for %n household(s) (vulnerable people: {vulnerable_met} of {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; in kind, {cash} cash</source>
        <translation>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة دون أي أسرة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لأسرة واحدة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لأسرتين (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%Ln أسر (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%Ln أسرة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%Ln أسرة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage {points} points, {proven}; first come, first served would reach {greedy} ({gain})</source>
        <translation>التغطية {points} نقطة، {proven}؛ وكان مبدأ «الأسبق أولًا» سيبلغ {greedy} ({gain})</translation>
    </message>
    <message>
        <source>Adjusted by hand: coverage now {points} points</source>
        <translation>عُدّل يدويًا: التغطية الآن {points} نقطة</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>عُدّل يدويًا</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted package(s) of households that no longer have an arrival will be withdrawn when you accept</source>
        <translation>
            <numerusform>لن تُسحب أي حزمة مقبولة</numerusform>
            <numerusform>ستُسحب عند القبول حزمة مقبولة واحدة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول حزمتان مقبولتان لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %Ln حزم مقبولة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %Ln حزمة مقبولة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %Ln حزمة مقبولة لأسر لم يعد لها وصول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed case(s) not allocated: {cases}</source>
        <translation>
            <numerusform>لا ملفات مقيَّمة دون تخصيص: {cases}</numerusform>
            <numerusform>ملف مقيَّم واحد دون تخصيص: {cases}</numerusform>
            <numerusform>ملفان مقيَّمان دون تخصيص: {cases}</numerusform>
            <numerusform>%Ln ملفات مقيَّمة دون تخصيص: {cases}</numerusform>
            <numerusform>%Ln ملفًا مقيَّمًا دون تخصيص: {cases}</numerusform>
            <numerusform>%Ln ملف مقيَّم دون تخصيص: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocate first (and fix any broken rule)</source>
        <translation>خصّص أولًا (وأصلح أي قاعدة مخالَفة)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n package(s) added, {kept} kept, {withdrawn} withdrawn. The partners can be told their deliveries.</source>
        <translation>
            <numerusform>قُبل: لم تُضف أي حزمة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت حزمة واحدة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت حزمتان، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت %Ln حزم، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت %Ln حزمة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت %Ln حزمة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add travel document — {name}</source>
        <translation>إضافة وثيقة سفر — {name}</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>إضافة الوثيقة</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>كما هو مطبوع على الوثيقة</translation>
    </message>
    <message>
        <source>ISO code (GEO) or name</source>
        <translation>رمز ISO (GEO) أو الاسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Add fit-to-travel clearance — {name}</source>
        <translation>إضافة شهادة لياقة للسفر — {name}</translation>
    </message>
    <message>
        <source>Add clearance</source>
        <translation>إضافة الشهادة</translation>
    </message>
    <message>
        <source>A medical assessment of whether the person can travel, and until when.</source>
        <translation>تقييم طبي يبيّن ما إذا كان الشخص قادرًا على السفر وحتى متى.</translation>
    </message>
    <message>
        <source>Doctor or clinic</source>
        <translation>الطبيب أو العيادة</translation>
    </message>
    <message>
        <source>Fit to travel</source>
        <translation>لائق للسفر</translation>
    </message>
    <message>
        <source>e.g. wheelchair at transit, oxygen on board</source>
        <translation>مثلًا كرسي متحرك عند العبور، أكسجين على متن الطائرة</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>أجرى التقييم</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Arabic</source>
        <extracomment>Languages counsellors use most often, offered first; any ISO 639 code can be typed.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Persian (Farsi/Dari)</source>
        <translation>الفارسية (فارسي/دري)</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتو</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>الجورجية</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>الأرمنية</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>البنجابية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>المنغولية</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>الأوزبكية</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>الطاجيكية</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>الهوسا</translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation>الولوفية</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>مفتوح المدة</translation>
    </message>
    <message>
        <source>ISO code, e.g. ka</source>
        <translation>رمز ISO، مثلًا: ka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Case details — {reference}</source>
        <translation>تفاصيل الملف — {reference}</translation>
    </message>
    <message>
        <source>Region of return in {country}</source>
        <translation>منطقة العودة في {country}</translation>
    </message>
    <message>
        <source>How the household came to the programme</source>
        <translation>كيف وصلت الأسرة إلى البرنامج</translation>
    </message>
    <message>
        <source>Region of return</source>
        <translation>منطقة العودة</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>ملاحظة الإحالة</translation>
    </message>
    <message>
        <source>Best-interests determination — {name}</source>
        <translation>تقييم المصلحة الفضلى — {name}</translation>
    </message>
    <message>
        <source>Record determination</source>
        <translation>تسجيل التقييم</translation>
    </message>
    <message>
        <source>An unaccompanied minor returns only if a best-interests determination finds return in the child&apos;s interests and a reception arrangement is confirmed.</source>
        <translation>لا يعود القاصر غير المصحوب إلا إذا خلص تقييم المصلحة الفضلى إلى أن العودة في مصلحة الطفل وتم تأكيد ترتيبات استقباله.</translation>
    </message>
    <message>
        <source>Panel or officer who decided</source>
        <translation>اللجنة أو الموظف الذي اتخذ القرار</translation>
    </message>
    <message>
        <source>Who will receive the child on arrival (optional here)</source>
        <translation>من سيستقبل الطفل عند الوصول (اختياري هنا)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Confirm reception arrangement</source>
        <translation>تأكيد ترتيبات الاستقبال</translation>
    </message>
    <message>
        <source>Confirm reception</source>
        <translation>تأكيد الاستقبال</translation>
    </message>
    <message>
        <source>Determination of {date} by {decided_by}.</source>
        <translation>تقييم بتاريخ {date} صادر عن {decided_by}.</translation>
    </message>
    <message>
        <source>Who receives the child, where, and how it was confirmed</source>
        <translation>من يستقبل الطفل وأين وكيف تم تأكيد ذلك</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>تاريخ التأكيد</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>الترتيبات</translation>
    </message>
    <message>
        <source>Add a country of return</source>
        <extracomment>The field the country&apos;s errors are reported under (as the countries service names it).</extracomment>
        <translation>إضافة بلد عودة</translation>
    </message>
    <message>
        <source>{country} — already listed</source>
        <translation>{country} — مُدرج مسبقًا</translation>
    </message>
    <message>
        <source>Type part of a name or an ISO code</source>
        <translation>اكتب جزءًا من الاسم أو رمز ISO</translation>
    </message>
    <message>
        <source>The country gets a profile you can fill in next: whether irregular exit is punished and which returnees need active monitoring there.</source>
        <translation>يحصل البلد على ملف تعريف يمكنك ملؤه بعد ذلك: هل يُعاقَب على الخروج غير النظامي، ومن هم العائدون الذين يحتاجون إلى متابعة نشطة هناك.</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;البلد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>اختر بلدًا من القائمة</translation>
    </message>
    <message>
        <source>Assurances</source>
        <translation>الضمانات</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>تنبيهات التعليق</translation>
    </message>
    <message>
        <source>Only a coordinator or the data-protection officer may record the review decision; you may read it, but saving will be refused.</source>
        <translation>لا يجوز تسجيل قرار المراجعة إلا للمنسق أو لمسؤول حماية البيانات؛ يمكنك الاطلاع عليه، لكن الحفظ سيُرفض.</translation>
    </message>
    <message>
        <source>Review decision — {country}</source>
        <translation>قرار المراجعة — {country}</translation>
    </message>
    <message>
        <source>The assurances of &lt;b&gt;{country}&lt;/b&gt; are under review after a reported breach; new movements there are blocked (S9) until this decision is recorded. It is audited.</source>
        <translation>ضمانات &lt;b&gt;{country}&lt;/b&gt; قيد المراجعة بعد الإبلاغ عن انتهاك؛ والرحلات الجديدة إلى هذا البلد محظورة (S9) إلى أن يُسجَّل هذا القرار. ويُدوَّن في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The region returns may go to, e.g. Tbilisi</source>
        <translation>المنطقة التي يمكن العودة إليها، مثل تبليسي</translation>
    </message>
    <message>
        <source>Why (required; e.g. the authorities&apos; explanation, the monitors&apos; findings)</source>
        <translation>السبب (إلزامي؛ مثل تفسير السلطات أو نتائج مسؤولي المتابعة)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>country</comment>
        <translation>بيانات البلد</translation>
    </message>
    <message>
        <source>Choose a country on the left, or add one.</source>
        <translation>اختر بلدًا من القائمة، أو أضف بلدًا.</translation>
    </message>
    <message>
        <source>Country assurance summary — {code}</source>
        <translation>ملخص ضمانات البلد — {code}</translation>
    </message>
    <message>
        <source>Assurances ({count})</source>
        <translation>الضمانات ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Advisories (%n in force)</source>
        <translation>
            <numerusform>تنبيهات التعليق (لا تنبيه سارٍ)</numerusform>
            <numerusform>تنبيهات التعليق (تنبيه واحد سارٍ)</numerusform>
            <numerusform>تنبيهات التعليق (تنبيهان ساريان)</numerusform>
            <numerusform>تنبيهات التعليق (%Ln تنبيهات سارية)</numerusform>
            <numerusform>تنبيهات التعليق (%Ln تنبيهًا ساريًا)</numerusform>
            <numerusform>تنبيهات التعليق (%Ln تنبيه سارٍ)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <extracomment>What was typed in the date of birth when it is not a date (kept to say so).</extracomment>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>(relationship not chosen)</source>
        <translation>(لم تُختر صلة القرابة)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>الجهة المُحيلة</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>إزالة الفرد</translation>
    </message>
    <message>
        <source>if the name is written in another script</source>
        <translation>إذا كان الاسم مكتوبًا بأبجدية أخرى</translation>
    </message>
    <message>
        <source>ISO codes, e.g. ar, ku</source>
        <extracomment>Every mistake found at the last attempt, by member (a member&apos;s show under its fields when selected).</extracomment>
        <translation>رموز ISO، مثلًا: ar, ku</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Irregularly</source>
        <translation>بصورة غير نظامية</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>بصورة نظامية</translation>
    </message>
    <message>
        <source>None</source>
        <comment>escort</comment>
        <translation>بلا مرافق</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <translation>صلة القرابة برب الأسرة</translation>
    </message>
    <message>
        <source>Guardian (for a minor)</source>
        <translation>الوصي (للقاصر)</translation>
    </message>
    <message>
        <source>Left the country</source>
        <translation>مغادرة البلد</translation>
    </message>
    <message>
        <source>Escort needed</source>
        <translation>الحاجة إلى مرافق</translation>
    </message>
    <message>
        <source>This household matches someone whose involvement ended or who was granted protection:</source>
        <translation>تطابق هذه الأسرة شخصًا انتهى التدخل في شأنه أو مُنح الحماية:</translation>
    </message>
    <message>
        <source>This household matches people already known:</source>
        <translation>تطابق هذه الأسرة أشخاصًا معروفين من قبل:</translation>
    </message>
    <message>
        <source>Check the particulars; open the case anyway only if it is right.</source>
        <translation>تحقّق من البيانات الشخصية؛ ولا تفتح الملف رغم ذلك إلا إذا كانت صحيحة.</translation>
    </message>
    <message>
        <source>Open case anyway</source>
        <translation>فتح الملف رغم ذلك</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>أوجه الهشاشة</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>A case needs at least one person.</source>
        <extracomment>Who the household matches among people already known, and why it matters (shown before opening).</extracomment>
        <translation>يجب أن يضم الملف شخصًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Once saved, this record cannot be edited or deleted; a later record can only add to it.</source>
        <translation>بعد الحفظ لا يمكن تعديل هذا السجل أو حذفه؛ ولا يمكن لسجل لاحق إلا أن يضيف إليه.</translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation>تسجيل الإقرار</translation>
    </message>
    <message>
        <source>Record reconfirmation</source>
        <translation>تسجيل إعادة التأكيد</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>تسجيل التراجع</translation>
    </message>
    <message>
        <source>{name} decides, after counselling, to return. An informed decision records the counsellor, the language used and what was explained — including that they may change their mind at any time.</source>
        <translation>يقرّر {name} العودة بعد الإرشاد. يُسجَّل في القرار المستنير المرشد واللغة المستخدمة وما تم شرحه — بما في ذلك أن له الحق في تغيير رأيه في أي وقت.</translation>
    </message>
    <message>
        <source>{name} confirms again that they want to return.</source>
        <translation>يؤكد {name} مجددًا رغبته في العودة.</translation>
    </message>
    <message>
        <source>{name} refuses or disagrees. &lt;b&gt;The whole household is taken out of every planned movement at once and the case goes back to counselling.&lt;/b&gt;</source>
        <translation>يرفض {name} أو لا يوافق. &lt;b&gt;تُسحب الأسرة بأكملها فورًا من كل رحلة مخططة ويعود الملف إلى الإرشاد.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name} withdraws their decision. &lt;b&gt;The whole household is taken out of every planned movement at once and the case goes back to counselling.&lt;/b&gt;</source>
        <translation>يتراجع {name} عن قراره. &lt;b&gt;تُسحب الأسرة بأكملها فورًا من كل رحلة مخططة ويعود الملف إلى الإرشاد.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{action} — {name}</source>
        <translation>{action} — {name}</translation>
    </message>
    <message>
        <source>Optional: the person&apos;s own words</source>
        <translation>اختياري: كلمات الشخص نفسه</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>المعلومات المقدَّمة</translation>
    </message>
    <message>
        <source>This ends the organisation&apos;s involvement in {reference} for good.</source>
        <translation>يُنهي هذا تدخل المنظمة في الملف {reference} نهائيًا.</translation>
    </message>
    <message>
        <source>Homeward never supports a deportation. If physical force would be needed to move {name}, the whole household is taken out of every movement, the case is closed as &lt;i&gt;involvement ended&lt;/i&gt;, it can never be scheduled again and no travel document can be printed for it.</source>
        <translation>لا يدعم Homeward أي ترحيل قسري. إذا كان نقل {name} يتطلب استخدام القوة الجسدية، تُسحب الأسرة بأكملها من كل رحلة، ويُغلق الملف بحالة &lt;i&gt;انتهى التدخل&lt;/i&gt;، ولا يمكن جدولته مرة أخرى أبدًا، ولا يمكن طباعة أي وثيقة سفر له.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone&lt;/b&gt; — not by you, not by an administrator.</source>
        <translation>&lt;b&gt;لا يمكن التراجع عن ذلك&lt;/b&gt; — لا من قِبلك ولا من قِبل أي مسؤول.</translation>
    </message>
    <message>
        <source>Force would be needed — {name}</source>
        <translation>يتطلب الإكراه — {name}</translation>
    </message>
    <message>
        <source>End involvement for good</source>
        <translation>إنهاء التدخل نهائيًا</translation>
    </message>
    <message>
        <source>Who witnessed it</source>
        <translation>من شهد ذلك</translation>
    </message>
    <message>
        <source>What happened: why force would be needed</source>
        <translation>ما حدث: لماذا قد يلزم استخدام القوة</translation>
    </message>
    <message>
        <source>I confirm force would be needed, and that this ends the case for good</source>
        <translation>أؤكد أن استخدام القوة سيكون ضروريًا وأن هذا يُنهي الملف نهائيًا</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Assurances expiring within 30 days</source>
        <translation>الضمانات التي تنتهي خلال 30 يومًا</translation>
    </message>
    <message>
        <source>{assurances} in {countries} end within 30 days. Double-click one (or press Enter) to open it in its country&apos;s register.</source>
        <translation>{assurances} في {countries}: تنتهي صلاحيتها خلال 30 يومًا. انقر نقرًا مزدوجًا على إحداها (أو اضغط Enter) لفتحها في سجل بلدها.</translation>
    </message>
    <message numerus="yes">
        <source>%n assurance(s) in force</source>
        <translation>
            <numerusform>لا ضمانات سارية</numerusform>
            <numerusform>ضمانة سارية واحدة</numerusform>
            <numerusform>ضمانتان ساريتان</numerusform>
            <numerusform>%Ln ضمانات سارية</numerusform>
            <numerusform>%Ln ضمانةً سارية</numerusform>
            <numerusform>%Ln ضمانة سارية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>لا بلدان</numerusform>
            <numerusform>بلد واحد</numerusform>
            <numerusform>بلدين</numerusform>
            <numerusform>%Ln بلدان</numerusform>
            <numerusform>%Ln بلدًا</numerusform>
            <numerusform>%Ln بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>No assurance in force ends within the next 30 days.</source>
        <translation>لا تنتهي أي ضمانة سارية خلال الأيام الثلاثين المقبلة.</translation>
    </message>
    <message>
        <source>{person} has no recorded decision to return</source>
        <extracomment>The readiness check&apos;s messages and resolutions (planning/readiness/).</extracomment>
        <translation>لم يُسجَّل أي قرار بالعودة من {person}</translation>
    </message>
    <message>
        <source>Counsel {person} and record their informed declaration</source>
        <translation>قدِّم الإرشاد إلى {person} وسجِّل الإقرار المستنير</translation>
    </message>
    <message>
        <source>The declaration of {declared_on} by {person} does not record the counsellor, the language and the information given</source>
        <translation>إقرار {person} المؤرخ {declared_on} لا يذكر المرشد واللغة والمعلومات المقدَّمة</translation>
    </message>
    <message>
        <source>Record a new informed declaration for {person}</source>
        <translation>سجِّل إقرارًا مستنيرًا جديدًا من {person}</translation>
    </message>
    <message>
        <source>{person}&apos;s decision was last expressed on {expressed_on}, more than {days} days before {on}</source>
        <translation>آخر تعبير عن قرار {person} كان في {expressed_on}، أي قبل أكثر من {days} يومًا من {on}</translation>
    </message>
    <message>
        <source>Reconfirm {person}&apos;s decision within {days} days of travel</source>
        <translation>اطلب إعادة تأكيد قرار {person} خلال {days} يومًا قبل السفر</translation>
    </message>
    <message>
        <source>{person} has not reconfirmed the decision on the day of departure ({on})</source>
        <translation>لم يُعِد {person} تأكيد القرار يوم المغادرة ({on})</translation>
    </message>
    <message>
        <source>Ask {person} at check-in and record the reconfirmation</source>
        <translation>اسأل {person} عند تسجيل السفر وسجِّل إعادة التأكيد</translation>
    </message>
    <message>
        <source>{person} is an unaccompanied minor with no best-interests decision</source>
        <translation>لا يوجد قرار المصلحة الفضلى بشأن {person}، وهو قاصر غير مصحوب</translation>
    </message>
    <message>
        <source>Record a best-interests determination for {person}</source>
        <translation>سجِّل تقييم المصلحة الفضلى بشأن {person}</translation>
    </message>
    <message>
        <source>The best-interests determination of {decided_on} found return is not in {person}&apos;s best interests</source>
        <translation>خلص تقييم المصلحة الفضلى المؤرخ {decided_on} إلى أن العودة لا تحقق مصلحة {person} الفضلى</translation>
    </message>
    <message>
        <source>Only a new best-interests determination finding return in the child&apos;s interests can lift this</source>
        <translation>لا يرفع هذا المانع إلا تقييم جديد للمصلحة الفضلى يخلص إلى أن العودة تحقق مصلحة الطفل</translation>
    </message>
    <message>
        <source>No reception arrangement is confirmed for {person} in the country of return</source>
        <translation>لم تُؤكَّد أي ترتيبات لاستقبال {person} في بلد العودة</translation>
    </message>
    <message>
        <source>Confirm who receives {person} on arrival and record the confirmation</source>
        <translation>تأكَّد ممن سيستقبل {person} عند الوصول وسجِّل التأكيد</translation>
    </message>
    <message>
        <source>{person} refused on {occurred_on}; the whole household is out of every planned movement and back in counselling</source>
        <translation>رفض {person} في {occurred_on}؛ سُحبت الأسرة كلها من كل الرحلات المخططة وعادت إلى الإرشاد</translation>
    </message>
    <message>
        <source>Counsel the household again; only a new declaration by {person} after that counselling lifts this</source>
        <translation>قدِّم الإرشاد إلى الأسرة مجددًا؛ ولا يرفع هذا المانع إلا إقرار جديد من {person} بعد ذلك الإرشاد</translation>
    </message>
    <message>
        <source>{person} withdrew on {occurred_on}; the whole household is out of every planned movement and back in counselling</source>
        <translation>سحب {person} القرار في {occurred_on}؛ سُحبت الأسرة كلها من كل الرحلات المخططة وعادت إلى الإرشاد</translation>
    </message>
    <message>
        <source>On {occurred_on} it was recorded that physical force would be needed to move {person}; the organisation&apos;s involvement has ended</source>
        <translation>سُجِّل في {occurred_on} أنه سيلزم استخدام القوة البدنية لنقل {person}؛ وقد انتهى تدخل المنظمة</translation>
    </message>
    <message>
        <source>None: the case can never be scheduled again</source>
        <translation>لا شيء: لا يمكن تخطيط هذا الملف مرة أخرى أبدًا</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, whose involvement ended on {ended_on} (force would have been needed): the same person is not moved under a new case</source>
        <translation>{person} يطابق {other} في الملف {reference}، الذي انتهى التدخل في شأنه بتاريخ {ended_on} (إذ كان نقله سيتطلب استخدام القوة): لا يُنقل الشخص نفسه في إطار ملف جديد</translation>
    </message>
    <message>
        <source>A coordinator and a data-protection officer must each record a reasoned decision that {person} is a different person, or that a new, genuine decision stands</source>
        <translation>يجب أن يسجّل كلٌّ من منسق ومسؤول حماية البيانات قرارًا مسبَّبًا بأن {person} شخص مختلف، أو بأن قرارًا جديدًا وحقيقيًا قد اتُّخذ</translation>
    </message>
    <message>
        <source>{person} was found to need international protection ({reference})</source>
        <translation>ثبت أن {person} يحتاج إلى حماية دولية ({reference})</translation>
    </message>
    <message>
        <source>None: a person in need of protection is not returned</source>
        <translation>لا شيء: لا يُعاد الشخص المحتاج إلى الحماية</translation>
    </message>
    <message>
        <source>{person} expressed a fear of return on {raised_on}; the case is on hold</source>
        <translation>أبدى {person} خوفًا من العودة في {raised_on}؛ الملف معلّق</translation>
    </message>
    <message>
        <source>Refer the claim to the national asylum authority or UNHCR</source>
        <translation>أحِل الطلب إلى السلطة الوطنية للجوء أو المفوضية السامية للاجئين</translation>
    </message>
    <message>
        <source>{person}&apos;s protection claim was referred on {referred_on} and awaits a decision</source>
        <translation>أُحيل طلب الحماية المقدَّم من {person} في {referred_on} وهو بانتظار قرار</translation>
    </message>
    <message>
        <source>After the final negative decision of {decided_on} on {person}&apos;s claim, no new voluntary decision has been recorded</source>
        <translation>بعد القرار النهائي السلبي الصادر في {decided_on} بشأن طلب {person}، لم يُسجَّل أي قرار طوعي جديد</translation>
    </message>
    <message>
        <source>Counsel {holder} and record a new declaration dated after {decided_on}</source>
        <translation>قدِّم الإرشاد إلى {holder} وسجِّل إقرارًا جديدًا بتاريخ لاحق ليوم {decided_on}</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, who was found to need international protection ({protection}): the same person is not returned under a new case</source>
        <translation>{person} يطابق {other} في الملف {reference}، الذي ثبت أنه يحتاج إلى حماية دولية ({protection}): لا يُعاد الشخص نفسه في إطار ملف جديد</translation>
    </message>
    <message>
        <source>A coordinator and a data-protection officer must each record a reasoned decision that {person} is a different person, or that the protection has ceased</source>
        <translation>يجب أن يسجّل كلٌّ من منسق ومسؤول حماية البيانات قرارًا مسبَّبًا بأن {person} شخص مختلف، أو بأن الحماية قد انتهت</translation>
    </message>
    <message>
        <source>No readmission assurance from {country} covers {person} on {on}: {why}</source>
        <translation>لا توجد ضمانة إعادة قبول من {country} تشمل {person} في {on}: {why}</translation>
    </message>
    <message>
        <source>Obtain a readmission assurance from {country} covering {person} ({nationality} national) valid on the travel date</source>
        <translation>احصل من {country} على ضمانة إعادة قبول تشمل {person} (الجنسية: {nationality}) سارية في تاريخ السفر</translation>
    </message>
    <message>
        <source>{country} punishes irregular exit and no guarantee of non-punishment covers {person} on {on}: {why}</source>
        <translation>يُعاقَب على الخروج غير النظامي في {country}، ولا توجد ضمانة عدم المعاقبة تشمل {person} في {on}: {why}</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s guarantee that returnees are not punished for leaving irregularly, valid on the travel date (or record that the exit was regular)</source>
        <translation>احصل من {country} على ضمانة بعدم معاقبة العائدين بسبب المغادرة بصورة غير نظامية، سارية في تاريخ السفر (أو سجِّل أن الخروج كان نظاميًا)</translation>
    </message>
    <message>
        <source>{country} has given no monitoring authorisation valid on {on}</source>
        <translation>لا يوجد إذن متابعة من {country} سارٍ في {on}</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s authorisation to monitor returnees</source>
        <translation>احصل من {country} على إذن بمتابعة العائدين</translation>
    </message>
    <message>
        <source>{person}&apos;s profile calls for active monitoring, but {country} authorises only passive monitoring</source>
        <translation>يستدعي ملف {person} متابعة نشطة، لكن {country} لا يأذن إلا بمتابعة غير نشطة</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s authorisation for active monitoring</source>
        <translation>احصل من {country} على إذن بالمتابعة النشطة</translation>
    </message>
    <message>
        <source>Returns to {where} are suspended by {issued_by} {until}: {summary}</source>
        <translation>العودة إلى {where} معلّقة بقرار من {issued_by} {until}: {summary}</translation>
    </message>
    <message>
        <source>Wait until the advisory is lifted or ends</source>
        <translation>انتظر حتى يُرفع تنبيه التعليق أو ينتهي</translation>
    </message>
    <message>
        <source>Returns of {profile} to {where} are suspended by {issued_by} {until}: {summary}</source>
        <translation>عودة الأشخاص من فئة «{profile}» إلى {where} معلّقة بقرار من {issued_by} {until}: {summary}</translation>
    </message>
    <message>
        <source>{country}&apos;s assurances ({kinds}) are under review after a reported breach</source>
        <translation>ضمانات {country} ({kinds}) قيد المراجعة بعد الإبلاغ عن إخلال</translation>
    </message>
    <message>
        <source>A coordinator with the review role must record the review decision for {country}</source>
        <translation>يجب أن يسجّل منسق مخوَّل بالمراجعة قرار المراجعة بشأن {country}</translation>
    </message>
    <message>
        <source>{person} holds no travel document valid on {on}: {why}</source>
        <translation>لا يحمل {person} أي وثيقة سفر سارية في {on}: {why}</translation>
    </message>
    <message>
        <source>Record a valid passport or emergency travel document for {person}</source>
        <translation>سجِّل جواز سفر أو وثيقة سفر طارئة سارية باسم {person}</translation>
    </message>
    <message>
        <source>{person} has medical needs and no fit-to-travel clearance valid on {on}: {why}</source>
        <translation>لدى {person} احتياجات طبية ولا توجد شهادة لياقة للسفر سارية في {on}: {why}</translation>
    </message>
    <message>
        <source>Record a fit-to-travel clearance for {person} valid on the travel date</source>
        <translation>سجِّل شهادة لياقة للسفر باسم {person} سارية في تاريخ السفر</translation>
    </message>
    <message>
        <source>{needed} member(s) need a medical escort; the booking holds {booked}</source>
        <translation>عدد الأفراد الذين يحتاجون إلى مرافق طبي: {needed}؛ والأماكن المحجوزة: {booked}</translation>
    </message>
    <message>
        <source>Reserve medical escort places on the movement</source>
        <translation>احجز أماكن مرافقين طبيين في الرحلة</translation>
    </message>
    <message>
        <source>{needed} minor(s) need an escort; the booking holds {booked}</source>
        <translation>عدد القاصرين الذين يحتاجون إلى مرافق: {needed}؛ والأماكن المحجوزة: {booked}</translation>
    </message>
    <message>
        <source>Reserve escort places for minors on the movement</source>
        <translation>احجز أماكن مرافقين للقاصرين في الرحلة</translation>
    </message>
    <message>
        <source>the assurance {reference} only takes effect on {valid_from}</source>
        <translation>لا تسري الضمانة {reference} إلا اعتبارًا من {valid_from}</translation>
    </message>
    <message>
        <source>the assurance {reference} expired on {valid_to}</source>
        <translation>انتهت صلاحية الضمانة {reference} في {valid_to}</translation>
    </message>
    <message>
        <source>the assurance {reference} has been requested but not given</source>
        <translation>طُلبت الضمانة {reference} ولم تُمنح</translation>
    </message>
    <message>
        <source>none is recorded</source>
        <comment>no_assurance</comment>
        <translation>لا توجد أي ضمانة مسجَّلة</translation>
    </message>
    <message>
        <source>the {document} expires on {valid_until}</source>
        <translation>انتهت صلاحية الوثيقة ({document}) في {valid_until}</translation>
    </message>
    <message>
        <source>none is recorded</source>
        <comment>no_document</comment>
        <translation>لا توجد أي وثيقة مسجَّلة</translation>
    </message>
    <message>
        <source>{month} has no day {day}</source>
        <translation>لا يوجد يوم {day} في {month}</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>لا يوجد شهر رقمه {month}</translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation>لا توجد سنة 0</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>فترة الميزانية</translation>
    </message>
    <message>
        <source>Budgets and spending (euros)</source>
        <translation>الميزانيات والإنفاق (باليورو)</translation>
    </message>
    <message>
        <source>by {dimension}</source>
        <translation>حسب {dimension}</translation>
    </message>
    <message>
        <source>by {down} and {across}</source>
        <translation>حسب {down} و{across}</translation>
    </message>
    <message>
        <source>Delivered in the period</source>
        <translation>المسلَّم خلال الفترة</translation>
    </message>
    <message>
        <source>Delivered to date</source>
        <translation>المسلَّم حتى الآن</translation>
    </message>
    <message>
        <source>Figures drawn up on {day}.</source>
        <translation>أُعدّت الأرقام في {day}.</translation>
    </message>
    <message>
        <source>Every count is shown: this report is not meant for sharing.</source>
        <translation>تُعرض كل الأعداد: هذا التقرير ليس معدًّا للمشاركة.</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>طريقة العدّ</translation>
    </message>
    <message>
        <source>A follow-up counts in the month it fell due, once it has fallen due, whoever it is assigned to; escalated: missed and followed by a second attempt or a field visit. Incidents count in the month they were reported. Scores are the mean (1 to 5) of the follow-ups done that recorded one.</source>
        <translation>تُحتسب المتابعة في الشهر الذي استحقت فيه، بعد حلول موعدها، أيًّا كان المكلَّف بها؛ المصعَّدة: الفائتة التي تلتها محاولة ثانية أو زيارة ميدانية. تُحتسب الحوادث في الشهر الذي أُبلغ عنها فيه. الدرجات هي متوسط (من 1 إلى 5) المتابعات المنجزة التي سُجّلت فيها درجة.</translation>
    </message>
    <message>
        <source>A package counts as allocated on the day its allocation was accepted (unless cancelled since) and as delivered on the day it was handed over, under the person it went to on that day. A person or household with several packages counts once in a total; amounts are in euros, in kind and cash together.</source>
        <translation>تُحتسب الحزمة مخصَّصة في يوم قبول تخصيصها (ما لم تُلغَ بعد ذلك) ومسلَّمة في يوم تسليمها، تحت الشخص الذي حصل عليها في ذلك اليوم. يُحتسب الشخص أو الأسرة التي لها عدة حزم مرة واحدة في المجموع؛ والمبالغ باليورو، العينية والنقدية معًا.</translation>
    </message>
    <message>
        <source>Each person counts once, under their last outcome in the period (on one day, travelling outranks the others): someone who withdrew, decided again and travelled counts as travelled. Events count in the month, country, age group and vulnerabilities of their own day; a person with several vulnerabilities counts under each, once in the totals.</source>
        <translation>يُحتسب كل شخص مرة واحدة، تحت آخر نتيجة له في الفترة (في اليوم نفسه تتقدّم السفر على غيره): من تراجع ثم قرّر من جديد وسافر يُحتسب مسافرًا. تُحتسب الأحداث في الشهر والبلد والفئة العمرية وأوجه الضعف الخاصة بيومها؛ ويُحتسب الشخص الذي له عدة أوجه ضعف تحت كل منها، ومرة واحدة في المجاميع.</translation>
    </message>
    <message>
        <source>No budget covers the period.</source>
        <translation>لا توجد ميزانية تغطي الفترة.</translation>
    </message>
    <message>
        <source>Overview by {dimension}</source>
        <translation>نظرة عامة حسب {dimension}</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>{start} to {end} · by {by}</source>
        <translation>من {start} إلى {end} · حسب {by}</translation>
    </message>
    <message>
        <source>Cells standing for fewer than {n} people or records are shown as “&lt;{n}” (statistical disclosure control).</source>
        <translation>تُعرض الخلايا التي تمثل أقل من {n} من الأشخاص أو السجلات بالشكل «&lt;{n}» (ضبط الإفصاح الإحصائي).</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>تقرير المتابعة</translation>
    </message>
    <message>
        <source>Reintegration report</source>
        <translation>تقرير إعادة الإدماج</translation>
    </message>
    <message>
        <source>Returns report</source>
        <translation>تقرير العودة</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>reintegration allocation</source>
        <translation>توزيع حزم إعادة الإدماج</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>رمز الخروج {code}</translation>
    </message>
    <message>
        <source>killed, perhaps for lack of memory</source>
        <translation>أُنهي قسرًا، ربما لنفاد الذاكرة</translation>
    </message>
    <message>
        <source>movement planner</source>
        <translation>مخطِّط الرحلات</translation>
    </message>
    <message>
        <source>visit-route planner</source>
        <translation>مخطِّط جولات الزيارة</translation>
    </message>
    <message>
        <source>signal {name}</source>
        <translation>الإشارة {name}</translation>
    </message>
    <message>
        <source>assessed unfit to travel on {assessed_on}</source>
        <translation>تقرَّر عدم اللياقة للسفر في {assessed_on}</translation>
    </message>
    <message>
        <source>the clearance ran out on {valid_until}</source>
        <translation>انتهت صلاحية الشهادة في {valid_until}</translation>
    </message>
    <message>
        <source>no clearance is recorded</source>
        <translation>لا توجد أي شهادة مسجَّلة</translation>
    </message>
    <message>
        <source>{country}, {region}</source>
        <translation>{country}، {region}</translation>
    </message>
    <message>
        <source>Sign as coordinator…</source>
        <translation>التوقيع بصفة منسق…</translation>
    </message>
    <message>
        <source>Sign as data-protection officer…</source>
        <translation>التوقيع بصفة مسؤول حماية البيانات…</translation>
    </message>
    <message>
        <source>A member of this household matches someone whose involvement ended (S3) or who was granted protection (S4) in another case. The case is blocked until a coordinator and a data-protection officer — two different accounts — each sign the same reasoned finding: that it is a different person, or that a new, genuine decision stands. Both halves are audited.</source>
        <translation>يطابق أحد أفراد هذه الأسرة شخصًا انتهى التدخل في شأنه (S3) أو مُنح الحماية (S4) في ملف آخر. يبقى الملف محظورًا إلى أن يوقّع كلٌّ من منسق ومسؤول حماية البيانات — بحسابين مختلفين — النتيجةَ المسبَّبة نفسها: أنه شخص مختلف، أو أن قرارًا جديدًا وحقيقيًا قد اتُّخذ. ويُسجَّل النصفان كلاهما في سجل التدقيق.</translation>
    </message>
    <message numerus="yes">
        <source>The same person in another case: %n blocking match(es)</source>
        <translation>
            <numerusform>الشخص نفسه في ملف آخر: لا توجد تطابقات حاجبة</numerusform>
            <numerusform>الشخص نفسه في ملف آخر: تطابق حاجب واحد</numerusform>
            <numerusform>الشخص نفسه في ملف آخر: تطابقان حاجبان</numerusform>
            <numerusform>الشخص نفسه في ملف آخر: %n تطابقات حاجبة</numerusform>
            <numerusform>الشخص نفسه في ملف آخر: %n تطابقًا حاجبًا</numerusform>
            <numerusform>الشخص نفسه في ملف آخر: %n تطابق حاجب</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person in another case: decided</source>
        <translation>الشخص نفسه في ملف آخر: صدر القرار</translation>
    </message>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; (this case) matches &lt;b&gt;{other}&lt;/b&gt; of case &lt;b&gt;{reference}&lt;/b&gt; ({status})</source>
        <translation>&lt;b&gt;{person}&lt;/b&gt; (هذا الملف) يطابق &lt;b&gt;{other}&lt;/b&gt; في الملف &lt;b&gt;{reference}&lt;/b&gt; ({status})</translation>
    </message>
    <message>
        <source>S3 — No force, ever: the involvement in {reference} ended on {date}; force would have been needed.</source>
        <translation>S3 — لا قوة أبدًا: انتهى التدخل في {reference} بتاريخ {date}؛ إذ كان الأمر سيتطلب استخدام القوة.</translation>
    </message>
    <message>
        <source>S4 — {other} was found to need international protection ({decision}).</source>
        <translation>S4 — ثبت أن {other} يحتاج إلى حماية دولية ({decision}).</translation>
    </message>
    <message>
        <source>decision recorded</source>
        <translation>القرار مسجَّل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided: {finding}.&lt;/b&gt; This match no longer blocks the case.</source>
        <translation>&lt;b&gt;صدر القرار: {finding}.&lt;/b&gt; لم يعد هذا التطابق يحظر الملف.</translation>
    </message>
    <message>
        <source>The two halves do not agree (or were signed by the same account): the case stays blocked until they do.</source>
        <translation>النصفان غير متطابقين (أو وُقّعا من الحساب نفسه): يبقى الملف محظورًا إلى أن يتطابقا.</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>فتح {reference}</translation>
    </message>
    <message>
        <source>Open the other case&apos;s file</source>
        <translation>فتح ملف الحالة الأخرى</translation>
    </message>
    <message>
        <source>Sign this half of the decision, with your reasons</source>
        <translation>وقّع هذا النصف من القرار مع ذكر أسبابك</translation>
    </message>
    <message>
        <source>Decided already; it cannot be signed again</source>
        <translation>صدر القرار بالفعل؛ ولا يمكن توقيعه مرة أخرى</translation>
    </message>
    <message>
        <source>Only a user with this role signs this half</source>
        <translation>لا يوقّع هذا النصف إلا مستخدم له هذا الدور</translation>
    </message>
    <message>
        <source>You signed the other half; this one needs another account</source>
        <translation>لقد وقّعت النصف الآخر؛ ويحتاج هذا النصف إلى حساب آخر</translation>
    </message>
    <message>
        <source>{safeguard}: {message}</source>
        <extracomment>The message and resolution of each reason code and the wordings of parts of a reason, as the check words them in English; `desktop/service_messages.py` marks them for translation. Each phrase&apos;s template and the disambiguation its translation is looked up with.</extracomment>
        <translation>{safeguard}: {message}</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>لا ملفات مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>لا ملفات مفتوحة</numerusform>
            <numerusform>ملف مفتوح واحد</numerusform>
            <numerusform>ملفان مفتوحان</numerusform>
            <numerusform>%Ln ملفات مفتوحة</numerusform>
            <numerusform>%Ln ملفًا مفتوحًا</numerusform>
            <numerusform>%Ln ملف مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>{cases} · none blocked today by the country&apos;s safeguards (S5–S9)</source>
        <translation>{cases} · لا ملف محظور اليوم بموجب الضوابط الخاصة بالبلد (S5–S9)</translation>
    </message>
    <message numerus="yes">
        <source>{cases} · &lt;b&gt;%n blocked today&lt;/b&gt; by S5–S9 ({safeguards})</source>
        <translation>
            <numerusform>{cases} · &lt;b&gt;لا ملف محظور اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;ملف واحد محظور اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;ملفان محظوران اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;%Ln ملفات محظورة اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;%Ln ملفًا محظورًا اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;%Ln ملف محظور اليوم&lt;/b&gt; بموجب S5–S9 ({safeguards})</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Assurances under review ({safeguard}):&lt;/b&gt; {assurances}. New movements to {country} are blocked until a review decision is recorded.</source>
        <translation>&lt;b&gt;ضمانات قيد المراجعة ({safeguard}):&lt;/b&gt; {assurances}. الرحلات الجديدة إلى {country} محظورة إلى أن يُسجَّل قرار المراجعة.</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>البلد بأكمله</translation>
    </message>
    <message>
        <source>, {profile} only</source>
        <translation>، {profile} فقط</translation>
    </message>
    <message>
        <source>In force today</source>
        <extracomment>(header, display text, sort key) of each column; headers untranslated until shown.</extracomment>
        <translation>سارٍ اليوم</translation>
    </message>
    <message>
        <source>Suspends returns</source>
        <translation>يعلّق العودة</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>البلد بأكمله</translation>
    </message>
    <message>
        <source>Add an advisory — {country}</source>
        <translation>إضافة تنبيه تعليق — {country}</translation>
    </message>
    <message>
        <source>e.g. UNHCR</source>
        <translation>مثل المفوضية السامية للاجئين</translation>
    </message>
    <message>
        <source>What the advisory says about returns</source>
        <translation>ما يقوله التنبيه عن العودة</translation>
    </message>
    <message>
        <source>Leave empty for the whole country</source>
        <translation>اتركه فارغًا للبلد بأكمله</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Suspends returns while in force (blocks planning, S8)</source>
        <translation>يعلّق العودة ما دام ساريًا (يمنع التخطيط، S8)</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <extracomment>(label, field, the service&apos;s field name whose errors show under it)</extracomment>
        <translation>ال&amp;جهة المصدرة</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>ال&amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>سارٍ &amp;من</translation>
    </message>
    <message>
        <source>In force &amp;to</source>
        <translation>سارٍ &amp;حتى</translation>
    </message>
    <message>
        <source>End advisory</source>
        <translation>إنهاء تنبيه التعليق</translation>
    </message>
    <message>
        <source>&lt;b&gt;{issuer}&lt;/b&gt;, in force since {date}:</source>
        <translation>&lt;b&gt;{issuer}&lt;/b&gt;، سارٍ منذ {date}:</translation>
    </message>
    <message>
        <source>&amp;Last day in force</source>
        <translation>آ&amp;خر يوم سريان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>with no end date</source>
        <translation>دون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>suspends returns</source>
        <translation>يعلّق العودة</translation>
    </message>
    <message>
        <source>does not suspend returns</source>
        <translation>لا يعلّق العودة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{issuer}&lt;/b&gt;, in force from {date} {until}; {effect}.</source>
        <translation>&lt;b&gt;{issuer}&lt;/b&gt;، سارٍ من {date} {until}؛ {effect}.</translation>
    </message>
    <message>
        <source>Add a&amp;dvisory…</source>
        <translation>إضافة &amp;تنبيه…</translation>
    </message>
    <message>
        <source>&amp;End advisory…</source>
        <translation>إ&amp;نهاء التنبيه…</translation>
    </message>
    <message>
        <source>No advisories recorded for this country.</source>
        <translation>لا تنبيهات تعليق مسجلة لهذا البلد.</translation>
    </message>
    <message>
        <source>Select an advisory to read it whole.</source>
        <translation>اختر تنبيهًا لقراءته كاملًا.</translation>
    </message>
    <message>
        <source>Advisory added</source>
        <translation>أُضيف تنبيه التعليق</translation>
    </message>
    <message>
        <source>Advisory of {issuer} ended</source>
        <translation>أُنهي تنبيه {issuer}</translation>
    </message>
    <message>
        <source>{issuer} ({where}{profile}, {until}): {summary}</source>
        <translation>{issuer} ({where}{profile}، {until}): {summary}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns suspended ({safeguard}):&lt;/b&gt; {advisories}</source>
        <translation>&lt;b&gt;العودة معلّقة ({safeguard}):&lt;/b&gt; {advisories}</translation>
    </message>
    <message>
        <source>Print assurance summary…</source>
        <translation>طباعة ملخص الضمانات…</translation>
    </message>
    <message>
        <source>What the country guaranteed, with references, validity and status</source>
        <translation>ما ضمنه البلد، مع المراجع والصلاحية والحالة</translation>
    </message>
    <message>
        <source>Irregular exit punished</source>
        <translation>الخروج غير النظامي معاقَب عليه</translation>
    </message>
    <message>
        <source>Irregular exit not punished</source>
        <translation>الخروج غير النظامي غير معاقَب عليه</translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n assurance(s) valid today</source>
        <translation>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
            <numerusform>الضمانات الصالحة اليوم: {valid} من %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>1  Choose the file</source>
        <translation>1  اختيار الملف</translation>
    </message>
    <message>
        <source>2  Match the columns</source>
        <translation>2  مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>3  Check the rows</source>
        <translation>3  التحقق من الصفوف</translation>
    </message>
    <message>
        <source>4  Imported</source>
        <translation>4  تم الاستيراد</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>ما يجب تصحيحه</translation>
    </message>
    <message>
        <source>{message} (did you mean {suggestion}?)</source>
        <translation>{message} (هل تقصد {suggestion}؟)</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation>استيراد الإحالات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Save this report, row by row, as an Excel workbook or a CSV file</source>
        <translation>حفظ هذا التقرير، سطرًا سطرًا، كمصنف Excel أو ملف CSV</translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n household(s)…</source>
        <translation>
            <numerusform>تم استيراد {done} من أصل %Ln أسرة…</numerusform>
            <numerusform>تم استيراد {done} من أصل أسرة واحدة…</numerusform>
            <numerusform>تم استيراد {done} من أصل أسرتين…</numerusform>
            <numerusform>تم استيراد {done} من أصل %Ln أسر…</numerusform>
            <numerusform>تم استيراد {done} من أصل %Ln أسرة…</numerusform>
            <numerusform>تم استيراد {done} من أصل %Ln أسرة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral list from a partner (CSV or Excel .xlsx). Each row is one person; rows sharing a household or referral id become one case. Nothing is saved until you import, and then all the valid households are saved together.</source>
        <translation>اختر قائمة إحالات واردة من شريك (CSV أو Excel ‎.xlsx). كل صف يمثل شخصًا واحدًا، والصفوف التي تشترك في معرّف أسرة أو إحالة تصبح ملفًا واحدًا. لا يُحفظ شيء قبل الاستيراد، وعندها تُحفظ جميع الأسر الصالحة معًا.</translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation>قائمة الإحالات</translation>
    </message>
    <message>
        <source>Day first — 03/04/1990 is 3 April 1990</source>
        <translation>اليوم أولًا — 03/04/1990 تعني 3 أبريل 1990</translation>
    </message>
    <message>
        <source>Month first — 03/04/1990 is 4 March 1990</source>
        <translation>الشهر أولًا — 03/04/1990 تعني 4 مارس 1990</translation>
    </message>
    <message>
        <source>Dates written</source>
        <translation>صيغة التواريخ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Rows likely describing someone already known are left out; tick “import anyway” if you are sure it is another person. A household is imported whole or not at all.</source>
        <translation>تُستبعد الصفوف التي يُرجَّح أنها تصف شخصًا معروفًا مسبقًا؛ حدّد «استيراد رغم ذلك» إذا كنت متأكدًا من أنه شخص آخر. تُستورد الأسرة كاملة أو لا تُستورد إطلاقًا.</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>التحقق من الصفوف</translation>
    </message>
    <message numerus="yes">
        <source>Import %n household(s) ({people})</source>
        <translation>
            <numerusform>استيراد %Ln أسرة ({people})</numerusform>
            <numerusform>استيراد أسرة واحدة ({people})</numerusform>
            <numerusform>استيراد أسرتين ({people})</numerusform>
            <numerusform>استيراد %Ln أسر ({people})</numerusform>
            <numerusform>استيراد %Ln أسرة ({people})</numerusform>
            <numerusform>استيراد %Ln أسرة ({people})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Choose a referral list</source>
        <translation>اختيار قائمة إحالات</translation>
    </message>
    <message>
        <source>Referral lists (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation>قوائم الإحالات (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>جارٍ قراءة الملف والتحقق منه…</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation>لا يمكن استيراد {file}: {reason}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>{encoding} text</source>
        <translation>نص {encoding}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({where}): {rows} in {columns}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({where}): {rows} في {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%Ln عمود</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%Ln أعمدة</numerusform>
            <numerusform>%Ln عمودًا</numerusform>
            <numerusform>%Ln عمود</numerusform>
        </translation>
    </message>
    <message>
        <source>Homeward guessed what each column holds from its heading; correct any guess, or choose “{ignore}” for columns you do not want imported.</source>
        <translation>خمّن Homeward محتوى كل عمود من عنوانه؛ صحّح أي تخمين، أو اختر «{ignore}» للأعمدة التي لا تريد استيرادها.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>Still to match: {fields} (needed for every person).</source>
        <translation>لم تُطابَق بعد: {fields} (مطلوبة لكل شخص).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} in {households}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} في {households}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ready to import</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; جاهزة للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>في %Ln ملف</numerusform>
            <numerusform>في ملف واحد</numerusform>
            <numerusform>في ملفين</numerusform>
            <numerusform>في %Ln ملفات</numerusform>
            <numerusform>في %Ln ملفًا</numerusform>
            <numerusform>في %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; with errors</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; بها أخطاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; likely already known</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معروفة مسبقًا على الأرجح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; held with their household</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; محجوزة مع أسرتها</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Known as {reference} — import anyway</source>
        <translation>معروف (الملف {reference}) — استيراد رغم ذلك</translation>
    </message>
    <message>
        <source>Known as {reference}, ended or protected — import anyway, blocked until decided</source>
        <translation>معروف في {reference}، انتهى التدخل أو مُنحت الحماية — استيراد رغم ذلك، ويبقى محظورًا حتى صدور القرار</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n household(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %Ln أسرة…</numerusform>
            <numerusform>جارٍ استيراد أسرة واحدة…</numerusform>
            <numerusform>جارٍ استيراد أسرتين…</numerusform>
            <numerusform>جارٍ استيراد %Ln أسر…</numerusform>
            <numerusform>جارٍ استيراد %Ln أسرة…</numerusform>
            <numerusform>جارٍ استيراد %Ln أسرة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened for {people}</source>
        <translation>
            <numerusform>فُتح %Ln ملف لـ {people}</numerusform>
            <numerusform>فُتح ملف واحد لـ {people}</numerusform>
            <numerusform>فُتح ملفان لـ {people}</numerusform>
            <numerusform>فُتحت %Ln ملفات لـ {people}</numerusform>
            <numerusform>فُتح %Ln ملفًا لـ {people}</numerusform>
            <numerusform>فُتح %Ln ملف لـ {people}</numerusform>
        </translation>
    </message>
    <message>
        <source>From &lt;b&gt;{file}&lt;/b&gt;, referred by {source}: {references}.</source>
        <translation>من &lt;b&gt;{file}&lt;/b&gt;، بإحالة من {source}: {references}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; fix them in the file and import it again — rows already imported will then show as likely known.</source>
        <translation>
            <numerusform>لم يُستورد %Ln صف؛ صحّحها في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
            <numerusform>لم يُستورد صف واحد؛ صحّحه في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
            <numerusform>لم يُستورد صفان؛ صحّحهما في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
            <numerusform>لم تُستورد %Ln صفوف؛ صحّحها في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
            <numerusform>لم يُستورد %Ln صفًا؛ صحّحها في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
            <numerusform>لم يُستورد %Ln صف؛ صحّحها في الملف ثم استورده من جديد — وستظهر الصفوف المستوردة سابقًا حينها على أنها معروفة على الأرجح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>استُوردت جميع الصفوف.</translation>
    </message>
    <message>
        <source>The new cases are in intake; find them on the Cases page.</source>
        <translation>الملفات الجديدة في مرحلة الاستقبال؛ تجدها في صفحة الملفات.</translation>
    </message>
    <message>
        <source>Monitoring · {level}</source>
        <translation>المتابعة · {level}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reference}&lt;/b&gt; issued by {authority}</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; صادرة عن {authority}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>لم يتبقَّ أي يوم</numerusform>
            <numerusform>يتبقى يوم واحد</numerusform>
            <numerusform>يتبقى يومان</numerusform>
            <numerusform>يتبقى %Ln أيام</numerusform>
            <numerusform>يتبقى %Ln يومًا</numerusform>
            <numerusform>يتبقى %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>covers {persons}</source>
        <translation>تشمل {persons}</translation>
    </message>
    <message>
        <source>conditions: {conditions}</source>
        <translation>الشروط: {conditions}</translation>
    </message>
    <message>
        <source>scan: {file}</source>
        <translation>النسخة الممسوحة: {file}</translation>
    </message>
    <message>
        <source>no scan attached</source>
        <translation>لا نسخة ممسوحة مرفقة</translation>
    </message>
    <message numerus="yes">
        <source>%n named person(s)</source>
        <translation>
            <numerusform>لا أحد بالاسم</numerusform>
            <numerusform>شخص واحد بالاسم</numerusform>
            <numerusform>شخصان بالاسم</numerusform>
            <numerusform>%Ln أشخاص بالاسم</numerusform>
            <numerusform>%Ln شخصًا بالاسم</numerusform>
            <numerusform>%Ln شخص بالاسم</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>النسخة الممسوحة</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>مرفقة</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>انتهت منذ أقل من يوم</numerusform>
            <numerusform>انتهت منذ يوم واحد</numerusform>
            <numerusform>انتهت منذ يومين</numerusform>
            <numerusform>انتهت منذ %Ln أيام</numerusform>
            <numerusform>انتهت منذ %Ln يومًا</numerusform>
            <numerusform>انتهت منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>الشروط: {conditions}</translation>
    </message>
    <message>
        <source>no scan is attached to this assurance</source>
        <translation>لا توجد نسخة ممسوحة مرفقة بهذه الضمانة</translation>
    </message>
    <message>
        <source>Could not save the scan to {path}: {reason}</source>
        <translation>تعذّر حفظ النسخة الممسوحة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Add assurance…</source>
        <translation>إ&amp;ضافة ضمانة…</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>تغيير ال&amp;حالة…</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>إرفاق نسخة م&amp;مسوحة…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>فتح النسخة الممسوحة</translation>
    </message>
    <message>
        <source>Save scan as…</source>
        <translation>حفظ النسخة الممسوحة باسم…</translation>
    </message>
    <message>
        <source>Assurance register</source>
        <translation>سجل الضمانات</translation>
    </message>
    <message>
        <source>Select an assurance (in the register or on the timeline) to see its details.</source>
        <translation>اختر ضمانة (في السجل أو على المخطط الزمني) لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>Replace s&amp;can…</source>
        <translation>استبدال النسخة الم&amp;مسوحة…</translation>
    </message>
    <message>
        <source>Assurance added</source>
        <translation>أُضيفت الضمانة</translation>
    </message>
    <message>
        <source>Status of {reference} changed</source>
        <translation>تم تغيير حالة {reference}</translation>
    </message>
    <message>
        <source>Attach the scanned letter for {reference}</source>
        <translation>إرفاق الرسالة الممسوحة ضوئيًا الخاصة بـ {reference}</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>النسخ الممسوحة (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>جارٍ إرفاق {file}…</translation>
    </message>
    <message>
        <source>Scan {file} attached to {reference}</source>
        <translation>أُرفقت النسخة الممسوحة {file} بـ {reference}</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>جارٍ فتح {file}…</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>تم فتح {file}</translation>
    </message>
    <message>
        <source>Save the scanned letter</source>
        <translation>حفظ الرسالة الممسوحة ضوئيًا</translation>
    </message>
    <message>
        <source>scan</source>
        <comment>file name</comment>
        <translation>نسخة-ممسوحة</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>تم حفظ {file}</translation>
    </message>
    <message>
        <source>edit the profile of {country}</source>
        <translation>تعديل بيانات {country}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed the profile of {country}&lt;/b&gt; while you were editing it (you started from version {expected}, it is now at version {found}). Nothing was saved. Reload to see their version, then apply your change again.</source>
        <translation>&lt;b&gt;عدّل شخص آخر بيانات {country}&lt;/b&gt; أثناء تعديلك لها (بدأت من الإصدار {expected}، وهي الآن في الإصدار {found}). لم يُحفظ أي شيء. أعد التحميل لرؤية نسخته، ثم طبّق تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Irregular exit (S6)</source>
        <extracomment>The latest version of each profile this editor saved or loaded: what the next save expects.</extracomment>
        <translation>الخروج غير النظامي (S6)</translation>
    </message>
    <message>
        <source>Leaving the country irregularly is punished there</source>
        <translation>مغادرة البلد بصورة غير نظامية يُعاقَب عليها هناك</translation>
    </message>
    <message>
        <source>Returnees who left irregularly then need a no-punishment guarantee valid on the travel date.</source>
        <translation>يحتاج العائدون الذين غادروا بصورة غير نظامية عندئذٍ إلى ضمانة عدم المعاقبة سارية في تاريخ السفر.</translation>
    </message>
    <message>
        <source>Active monitoring required (S7)</source>
        <translation>المتابعة النشطة مطلوبة (S7)</translation>
    </message>
    <message>
        <source>Returnees with these profiles can only be planned while the country authorises active monitoring.</source>
        <translation>لا يمكن تخطيط عودة العائدين من هذه الفئات إلا ما دام البلد يأذن بالمتابعة النشطة.</translation>
    </message>
    <message>
        <source>Context a coordinator should know about returns to this country</source>
        <translation>سياق ينبغي أن يعرفه المنسق عن العودة إلى هذا البلد</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;حفظ البيانات</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>تراجع: {edit}</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>إعادة: {edit}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Saved · version {version}</source>
        <translation>محفوظ · الإصدار {version}</translation>
    </message>
    <message>
        <source>Assurance validity timeline</source>
        <translation>المخطط الزمني لصلاحية الضمانات</translation>
    </message>
    <message>
        <source>None recorded — not needed while irregular exit is not punished</source>
        <translation>لا شيء مسجَّل — غير مطلوبة ما دام الخروج غير النظامي غير معاقَب عليه</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>تاريخ السفر</translation>
    </message>
    <message>
        <source>Check whether the case could travel on another date</source>
        <translation>التحقق مما إذا كان يمكن للملف السفر في تاريخ آخر</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Back to today ({date})</source>
        <translation>العودة إلى اليوم ({date})</translation>
    </message>
    <message>
        <source>Ready to travel today</source>
        <translation>جاهز للسفر اليوم</translation>
    </message>
    <message>
        <source>Ready to travel on {date}</source>
        <translation>جاهز للسفر في {date}</translation>
    </message>
    <message>
        <source>Every safeguard is satisfied. The case can be planned on a movement.</source>
        <translation>جميع الضوابط مستوفاة. يمكن تخطيط الملف على رحلة.</translation>
    </message>
    <message>
        <source>Can never travel</source>
        <translation>لا يمكنه السفر أبدًا</translation>
    </message>
    <message>
        <source>A safeguard that nothing can lift stops this case.</source>
        <translation>ضابط لا يمكن رفعه بأي حال يوقف هذا الملف.</translation>
    </message>
    <message>
        <source>Not ready to travel today</source>
        <translation>غير جاهز للسفر اليوم</translation>
    </message>
    <message>
        <source>Not ready to travel on {date}</source>
        <translation>غير جاهز للسفر في {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) to resolve first.</source>
        <translation>
            <numerusform>لا أسباب يلزم حلّها أولًا.</numerusform>
            <numerusform>سبب واحد يلزم حلّه أولًا.</numerusform>
            <numerusform>سببان يلزم حلّهما أولًا.</numerusform>
            <numerusform>%Ln أسباب يلزم حلّها أولًا.</numerusform>
            <numerusform>%Ln سببًا يلزم حلّها أولًا.</numerusform>
            <numerusform>%Ln سبب يلزم حلّها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>الأسرة كلها</translation>
    </message>
    <message>
        <source>Nothing can resolve this.</source>
        <translation>لا يمكن حل هذا بأي حال.</translation>
    </message>
    <message>
        <source>Open-ended: fades to the edge</source>
        <translation>مفتوحة المدة: تتلاشى حتى الحافة</translation>
    </message>
    <message>
        <source>Issued by {authority}</source>
        <translation>الجهة المصدرة: {authority}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>النطاق: {scope}</translation>
    </message>
    <message>
        <source>Monitoring: {level}</source>
        <translation>المتابعة: {level}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>المنطقة: {region}</translation>
    </message>
    <message>
        <source>Scan: {file}</source>
        <translation>النسخة الممسوحة: {file}</translation>
    </message>
    <message>
        <source>Putting assurances under review, and deciding a review, is normally done by monitoring after a reported breach (S9). Record it here only for a decision already taken, and say who took it.</source>
        <translation>يتولى فريق المتابعة عادةً وضع الضمانات قيد المراجعة والبتّ في المراجعة بعد الإبلاغ عن انتهاك (S9). لا تسجّل ذلك هنا إلا لقرار اتُّخذ بالفعل، واذكر من اتخذه.</translation>
    </message>
    <message>
        <source>Case reference, e.g. HW-2026-000123</source>
        <translation>مرجع الملف، مثل HW-2026-000123</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>عرض الأفراد</translation>
    </message>
    <message>
        <source>{name} — {nationality}, born {date}</source>
        <translation>{name} — {nationality}، مواليد {date}</translation>
    </message>
    <message>
        <source>Add an assurance — {country}</source>
        <translation>إضافة ضمانة — {country}</translation>
    </message>
    <message>
        <source>e.g. Ministry of Internal Affairs</source>
        <translation>مثل وزارة الداخلية</translation>
    </message>
    <message>
        <source>The letter&apos;s reference number</source>
        <translation>الرقم المرجعي للرسالة</translation>
    </message>
    <message>
        <source>Conditions the country attached, if any</source>
        <translation>الشروط التي وضعها البلد، إن وُجدت</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <extracomment>(label, field, the service&apos;s field names whose errors show under it)</extracomment>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Issuing &amp;authority</source>
        <translation>الجهة الم&amp;صدرة</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>النطا&amp;ق</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>&amp;Monitoring level</source>
        <translation>مستوى المتا&amp;بعة</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>سارية م&amp;ن</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>سارية &amp;حتى</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>الش&amp;روط</translation>
    </message>
    <message>
        <source>Change status — {reference}</source>
        <translation>تغيير الحالة — {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; {reference} is &lt;b&gt;{status}&lt;/b&gt; ({start} → {end}).</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; {reference}: &lt;b&gt;{status}&lt;/b&gt; (من {start} إلى {end}).</translation>
    </message>
    <message>
        <source>Why, who decided, and on what basis (kept in the audit log)</source>
        <translation>السبب، ومن قرّر، وعلى أي أساس (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>ال&amp;حالة الجديدة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>S3 — No force, ever: the organisation&apos;s involvement in this case has ended for good. Nothing can reopen it.</source>
        <translation>S3 — لا إكراه أبدًا: انتهى تدخل المنظمة في هذا الملف نهائيًا. ولا شيء يمكن أن يعيد فتحه.</translation>
    </message>
    <message>
        <source>S4 — A member was found to need protection; the case cannot be planned for return.</source>
        <translation>S4 — ثبت أن أحد الأفراد يحتاج إلى الحماية؛ لا يمكن تخطيط العودة لهذا الملف.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Cases ready to plan</source>
        <translation>ملفات جاهزة للتخطيط</translation>
    </message>
    <message>
        <source>Open the list of cases ready to travel</source>
        <translation>فتح قائمة الملفات الجاهزة للسفر</translation>
    </message>
    <message>
        <source>Open the assurances that expire soon</source>
        <translation>فتح الضمانات التي تنتهي قريبًا</translation>
    </message>
    <message>
        <source>Countries with assurances under review</source>
        <translation>بلدان ضماناتها قيد المراجعة</translation>
    </message>
    <message>
        <source>Open the countries under review</source>
        <translation>فتح البلدان قيد المراجعة</translation>
    </message>
    <message>
        <source>Protection referrals awaiting an outcome</source>
        <translation>إحالات الحماية التي تنتظر قرارًا</translation>
    </message>
    <message>
        <source>Open the cases whose protection claim awaits a decision</source>
        <translation>فتح الملفات التي ينتظر طلب الحماية فيها قرارًا</translation>
    </message>
    <message>
        <source>Bookings at risk</source>
        <translation>حجوزات معرّضة للخطر</translation>
    </message>
    <message>
        <source>Booked households a change since booking made unready: open the movements</source>
        <translation>أسر محجوزة فقدت جاهزيتها بسبب تغيير بعد الحجز: افتح الرحلات</translation>
    </message>
    <message>
        <source>Movements calendar</source>
        <translation>تقويم الرحلات</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>الملفات حسب الحالة</translation>
    </message>
    <message>
        <source>Open the cases with the status “{status}”</source>
        <translation>فتح الملفات ذات الحالة «{status}»</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Under review after a reported breach: {countries}</source>
        <translation>قيد المراجعة بعد الإبلاغ عن إخلال: {countries}</translation>
    </message>
    <message>
        <source>Declaration of voluntary return</source>
        <extracomment>The documents printed from the case file, named in the interface language (the PDF keeps its own).</extracomment>
        <translation>إقرار العودة الطوعية</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>الأ&amp;فراد</translation>
    </message>
    <message>
        <source>&amp;Voluntariness</source>
        <translation>ال&amp;طوعية</translation>
    </message>
    <message>
        <source>&amp;Counselling</source>
        <translation>الإ&amp;رشاد</translation>
    </message>
    <message>
        <source>&amp;Protection</source>
        <translation>ال&amp;حماية</translation>
    </message>
    <message>
        <source>Open a case from the case list to see its file.</source>
        <translation>افتح ملفًا من قائمة الملفات لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Loading the case file…</source>
        <translation>جارٍ تحميل الملف…</translation>
    </message>
    <message>
        <source>{document} — {reference}</source>
        <translation>{document} — {reference}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>edit case details</source>
        <translation>تعديل تفاصيل الملف</translation>
    </message>
    <message>
        <source>Could not undo/redo: {error}. The undo history was cleared.</source>
        <translation>تعذّر التراجع أو الإعادة: {error}. مُسح سجل التراجع.</translation>
    </message>
    <message>
        <source>The case file could not be opened: {error}</source>
        <translation>تعذّر فتح الملف: {error}</translation>
    </message>
    <message>
        <source>The case file could not be refreshed: {error}</source>
        <translation>تعذّر تحديث الملف: {error}</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>إضافة جلسة…</translation>
    </message>
    <message>
        <source>Record a counselling session with the household (Ctrl+N)</source>
        <translation>تسجيل جلسة إرشاد مع الأسرة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reintegration needs…</source>
        <translation>احتياجات إعادة الإدماج…</translation>
    </message>
    <message>
        <source>What each member needs to restart at home: packages, urgency, trade wished, skills held</source>
        <translation>ما يحتاجه كل فرد ليبدأ من جديد في بلده: الحزم، ودرجة الإلحاح، والمهنة المرغوبة، والمهارات المكتسبة</translation>
    </message>
    <message>
        <source>No counselling recorded yet. A decision to return counts only once the household has been counselled and the options explained.</source>
        <translation>لم يُسجَّل أي إرشاد بعد. لا يُعتدّ بقرار العودة إلا بعد إرشاد الأسرة وشرح الخيارات لها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session of {date}&lt;/b&gt; with {counsellor} — {outcome}</source>
        <translation>&lt;b&gt;جلسة {date}&lt;/b&gt; مع {counsellor} — {outcome}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options explained:&lt;/b&gt; {topics}</source>
        <translation>&lt;b&gt;الخيارات المشروحة:&lt;/b&gt; {topics}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; {needs}</source>
        <translation>&lt;b&gt;الاحتياجات:&lt;/b&gt; {needs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; {notes}</source>
        <translation>&lt;b&gt;ملاحظات:&lt;/b&gt; {notes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Involvement ended — for good.&lt;/b&gt; Force would have been needed to move a member of this household (S3 — No force, ever). The case can never be scheduled again and no travel document can be printed for it. The record stays for the file; nothing can reopen it.</source>
        <extracomment>The banner of a case that has reached an end (marked here, translated where shown).</extracomment>
        <translation>&lt;b&gt;انتهى التدخل — نهائيًا.&lt;/b&gt; كان نقل أحد أفراد هذه الأسرة سيتطلب استخدام القوة (S3 — لا إكراه أبدًا). لا يمكن جدولة هذا الملف مرة أخرى أبدًا، ولا يمكن طباعة أي وثيقة سفر له. يبقى السجل محفوظًا في الملف؛ ولا شيء يمكن أن يعيد فتحه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protection granted.&lt;/b&gt; The competent authority found that a member needs protection (S4). This case cannot be planned for return.</source>
        <translation>&lt;b&gt;مُنحت الحماية.&lt;/b&gt; قررت السلطة المختصة أن أحد الأفراد يحتاج إلى الحماية (S4). لا يمكن تخطيط العودة لهذا الملف.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed.&lt;/b&gt; This case file is kept for the record.</source>
        <translation>&lt;b&gt;مغلق.&lt;/b&gt; يُحتفظ بهذا الملف للسجل.</translation>
    </message>
    <message>
        <source>Issue a document for this household: previewed, then printed or saved</source>
        <translation>إصدار وثيقة لهذه الأسرة: معاينة ثم طباعة أو حفظ</translation>
    </message>
    <message>
        <source>Declaration of voluntary return…</source>
        <translation>إقرار العودة الطوعية…</translation>
    </message>
    <message>
        <source>Travel letter…</source>
        <translation>رسالة السفر…</translation>
    </message>
    <message>
        <source>Only for a household ready on its travel date</source>
        <translation>فقط لأسرة جاهزة في تاريخ سفرها</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>تعديل التفاصيل…</translation>
    </message>
    <message>
        <source>Region of return and referral note (undoable)</source>
        <translation>منطقة العودة وملاحظة الإحالة (يمكن التراجع عنها)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Return to {country}</source>
        <translation>العودة إلى {country}</translation>
    </message>
    <message>
        <source>referred by {source}</source>
        <translation>أحالته: {source}</translation>
    </message>
    <message>
        <source>opened {date}</source>
        <translation>فُتح في {date}</translation>
    </message>
    <message>
        <source>decided {date}</source>
        <translation>تاريخ القرار {date}</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>لا قرار بعد</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>أُغلق في {date}</translation>
    </message>
    <message numerus="yes">
        <source>booked on &lt;b&gt;{movement}&lt;/b&gt; from {origin}, {when} UTC, %n seat(s)</source>
        <translation>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، %Ln مقعد</numerusform>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، مقعد واحد</numerusform>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، مقعدان</numerusform>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، %Ln مقاعد</numerusform>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، %Ln مقعدًا</numerusform>
            <numerusform>محجوز على &lt;b&gt;{movement}&lt;/b&gt; من {origin}، {when} بالتوقيت العالمي، %Ln مقعد</numerusform>
        </translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>غير مقفل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {action}</source>
        <translation>&lt;b&gt;الخطوة التالية:&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The booking on {movement} is at risk.&lt;/b&gt; Since it was made, something changed that stops this household travelling on {day}; no check-in, departure, travel letter or manifest lets it through until this is resolved, or the household is moved or taken off the movement.</source>
        <translation>&lt;b&gt;⚠ الحجز على {movement} معرّض للخطر.&lt;/b&gt; منذ إجرائه طرأ تغيير يمنع هذه الأسرة من السفر في {day}؛ لا يسمح لها أي تسجيل للسفر أو مغادرة أو رسالة سفر أو بيان ركاب بالمرور حتى يُحلّ ذلك، أو تُنقل الأسرة أو تُرفع من الرحلة.</translation>
    </message>
    <message>
        <source>resolve what puts the booking at risk (below), or move the household to another movement</source>
        <translation>عالج ما يعرّض الحجز للخطر (أدناه)، أو انقل الأسرة إلى رحلة أخرى</translation>
    </message>
    <message>
        <source>record the departure of {movement} on {day}</source>
        <translation>سجّل مغادرة {movement} في {day}</translation>
    </message>
    <message>
        <source>check the household in for {movement} on {day}</source>
        <translation>سجّل حضور الأسرة لرحلة {movement} في {day}</translation>
    </message>
    <message>
        <source>record the arrival</source>
        <translation>سجّل الوصول</translation>
    </message>
    <message>
        <source>the follow-ups of the monitoring plan (Monitoring page)</source>
        <translation>متابعات خطة المتابعة (صفحة المتابعة)</translation>
    </message>
    <message>
        <source>plan the household onto a movement (Movements › Plan)</source>
        <translation>خطّط لوضع الأسرة على رحلة (الرحلات › التخطيط)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Note a vulnerability of this member</source>
        <translation>تسجيل حالة هشاشة لهذا الفرد</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>إنهاء…</translation>
    </message>
    <message>
        <source>Record that the selected vulnerability no longer applies</source>
        <translation>تسجيل أن حالة الهشاشة المحددة لم تعد قائمة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <source>Record a passport or emergency travel document</source>
        <translation>تسجيل جواز سفر أو وثيقة سفر طارئة</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>وسم كملغاة</translation>
    </message>
    <message>
        <source>The selected document was cancelled</source>
        <translation>أُلغيت الوثيقة المحددة</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>وسم كمفقودة</translation>
    </message>
    <message>
        <source>The selected document was lost</source>
        <translation>فُقدت الوثيقة المحددة</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Record a fit-to-travel assessment</source>
        <translation>تسجيل تقييم اللياقة للسفر</translation>
    </message>
    <message>
        <source>Decided</source>
        <comment>date</comment>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Reception confirmed</source>
        <translation>تأكيد الاستقبال</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Record a best-interests determination</source>
        <translation>تسجيل تقييم المصلحة الفضلى</translation>
    </message>
    <message>
        <source>Confirm reception…</source>
        <translation>تأكيد الاستقبال…</translation>
    </message>
    <message>
        <source>Record that the reception arrangement is confirmed</source>
        <translation>تسجيل تأكيد ترتيبات الاستقبال</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>وثائق السفر</translation>
    </message>
    <message>
        <source>Best interests (unaccompanied minor)</source>
        <translation>المصلحة الفضلى (قاصر غير مصحوب)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>لائق</translation>
    </message>
    <message>
        <source>Not fit</source>
        <translation>غير لائق</translation>
    </message>
    <message>
        <source>{name} is a minor travelling on the decision of {guardian}.</source>
        <translation>{name} قاصر يسافر بناءً على قرار {guardian}.</translation>
    </message>
    <message>
        <source>{name} is a minor.</source>
        <translation>{name} قاصر.</translation>
    </message>
    <message>
        <source>Select a current vulnerability first</source>
        <translation>اختر أولًا حالة هشاشة قائمة</translation>
    </message>
    <message>
        <source>Select a valid document first</source>
        <translation>اختر أولًا وثيقة صالحة</translation>
    </message>
    <message>
        <source>Select a determination whose reception is not yet confirmed</source>
        <translation>اختر تقييمًا لم يُؤكَّد الاستقبال فيه بعد</translation>
    </message>
    <message>
        <source>{document} {number} marked cancelled.</source>
        <translation>وُسمت {document} {number} بأنها ملغاة.</translation>
    </message>
    <message>
        <source>{document} {number} marked lost.</source>
        <translation>وُسمت {document} {number} بأنها مفقودة.</translation>
    </message>
    <message>
        <source>{document} {number} marked {status}.</source>
        <translation>وُسمت {document} {number}: {status}.</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>travel document</comment>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>travel document</comment>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Edit particulars…</source>
        <translation>تعديل البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Correct this member&apos;s names, date of birth, nationality, languages and contact (Ctrl+Z undoes)</source>
        <translation>تصحيح أسماء هذا الفرد وتاريخ ميلاده وجنسيته ولغاته وبيانات الاتصال به (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>Consent and sharing…</source>
        <translation>الموافقة والمشاركة…</translation>
    </message>
    <message>
        <source>Lawful bases per purpose, and data shared with partners (refused without a basis)</source>
        <translation>الأسس القانونية لكل غرض، والبيانات المشتركة مع الشركاء (يُرفض دون أساس قانوني)</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>حق الاطلاع على البيانات…</translation>
    </message>
    <message>
        <source>Export everything held on this member as PDF and JSON</source>
        <translation>تصدير كل البيانات المحفوظة عن هذا الفرد بصيغتي PDF وJSON</translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation>اختر فردًا</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>مواليد {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>أقل من سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيلت إلى</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Decided on {date} (ref. {reference})</source>
        <translation>صدر القرار في {date} (المرجع {reference})</translation>
    </message>
    <message>
        <source>Raised — to be referred</source>
        <translation>أُبلغ عنها — في انتظار الإحالة</translation>
    </message>
    <message>
        <source>Referred — awaiting decision</source>
        <translation>أُحيلت — في انتظار القرار</translation>
    </message>
    <message>
        <source>Raise concern…</source>
        <translation>الإبلاغ…</translation>
    </message>
    <message>
        <source>The person fears return or asks for asylum: the case goes on hold and out of every planned movement</source>
        <translation>الشخص يخشى العودة أو يطلب اللجوء: يُعلَّق الملف ويُسحب من كل الرحلات المخططة</translation>
    </message>
    <message>
        <source>Record referral…</source>
        <translation>تسجيل الإحالة…</translation>
    </message>
    <message>
        <source>Record to which authority the claim was referred</source>
        <translation>تسجيل الجهة التي أُحيل إليها الطلب</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>تسجيل القرار…</translation>
    </message>
    <message>
        <source>Record the authority&apos;s final decision</source>
        <translation>تسجيل القرار النهائي للجهة المختصة</translation>
    </message>
    <message>
        <source>No protection concern has been raised in this case.</source>
        <translation>لم يُبلَّغ عن أي مخاوف تتعلق بالحماية في هذا الملف.</translation>
    </message>
    <message>
        <source>While a claim is pending the case stays on hold; it can be planned again only after a final negative decision &lt;i&gt;and&lt;/i&gt; a fresh voluntary decision taken after it.</source>
        <translation>ما دام الطلب قيد النظر يبقى الملف معلّقًا؛ ولا يمكن تخطيطه من جديد إلا بعد قرار سلبي نهائي &lt;i&gt;وكذلك&lt;/i&gt; قرار طوعي جديد يُتخذ بعده.</translation>
    </message>
    <message>
        <source>Select a concern in the list first</source>
        <translation>اختر أولًا بلاغًا من القائمة</translation>
    </message>
    <message>
        <source>Select a referred concern in the list first</source>
        <translation>اختر أولًا بلاغًا محالًا من القائمة</translation>
    </message>
    <message>
        <source>Already referred on {date}</source>
        <translation>أُحيل بالفعل في {date}</translation>
    </message>
    <message>
        <source>A decision was already recorded on {date}</source>
        <translation>سُجّل قرار بالفعل في {date}</translation>
    </message>
    <message>
        <source>Record the referral to the authority first</source>
        <translation>سجّل أولًا الإحالة إلى الجهة المختصة</translation>
    </message>
    <message>
        <source>declared {date}</source>
        <extracomment>The last expression of will, in a few words (marked here, translated where shown).</extracomment>
        <translation>أقرّ في {date}</translation>
    </message>
    <message>
        <source>reconfirmed {date}</source>
        <translation>أعاد التأكيد في {date}</translation>
    </message>
    <message>
        <source>refused {date}</source>
        <translation>رفض في {date}</translation>
    </message>
    <message>
        <source>withdrew {date}</source>
        <translation>تراجع في {date}</translation>
    </message>
    <message>
        <source>force needed {date}</source>
        <translation>يتطلب الإكراه منذ {date}</translation>
    </message>
    <message>
        <source>on {guardian}&apos;s decision</source>
        <translation>بناءً على قرار {guardian}</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>لا قرار مسجّل</translation>
    </message>
    <message>
        <source>Record declaration…</source>
        <translation>تسجيل الإقرار…</translation>
    </message>
    <message>
        <source>The person decides, after counselling, to return</source>
        <translation>يقرر الشخص العودة بعد الإرشاد</translation>
    </message>
    <message>
        <source>Reconfirm…</source>
        <translation>إعادة التأكيد…</translation>
    </message>
    <message>
        <source>The person confirms the decision again (e.g. before travel)</source>
        <translation>يؤكد الشخص قراره مرة أخرى (مثلًا قبل السفر)</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>تسجيل الرفض…</translation>
    </message>
    <message>
        <source>The person refuses or disagrees: the household leaves every planned movement and goes back to counselling</source>
        <translation>يرفض الشخص أو يعترض: تخرج الأسرة من كل الرحلات المخططة وتعود إلى الإرشاد</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>تسجيل التراجع…</translation>
    </message>
    <message>
        <source>The person withdraws the decision: the household leaves every planned movement and goes back to counselling</source>
        <translation>يسحب الشخص قراره: تخرج الأسرة من كل الرحلات المخططة وتعود إلى الإرشاد</translation>
    </message>
    <message>
        <source>Physical force would be needed to move the person: ends the organisation&apos;s involvement for good</source>
        <translation>سيلزم استخدام القوة البدنية لنقل الشخص: يُنهي تدخل المنظمة نهائيًا</translation>
    </message>
    <message>
        <source>Voluntariness records are append-only: they cannot be edited, deleted or undone. A change of mind is recorded as a new event.</source>
        <translation>سجلات الطوعية تُضاف ولا تُعدَّل: لا يمكن تعديلها أو حذفها أو التراجع عنها. ويُسجَّل تغيير الرأي حدثًا جديدًا.</translation>
    </message>
    <message>
        <source>Select a person first</source>
        <translation>اختر شخصًا أولًا</translation>
    </message>
    <message>
        <source>No expression of will recorded yet. Counsel the household, then record the person&apos;s informed declaration.</source>
        <translation>لم يُسجَّل أي تعبير عن الإرادة بعد. قدّم الإرشاد للأسرة، ثم سجّل إقرار الشخص المستنير.</translation>
    </message>
    <message>
        <source>{name} has no current declaration to reconfirm</source>
        <translation>ليس لدى {name} إقرار قائم لإعادة تأكيده</translation>
    </message>
    <message>
        <source>Recorded that force would be needed to move {name}. The organisation&apos;s involvement in {reference} has ended for good.</source>
        <translation>سُجّل أن نقل {name} سيتطلب استخدام القوة. انتهى تدخل المنظمة في الملف {reference} نهائيًا.</translation>
    </message>
    <message>
        <source>{name}&apos;s refusal recorded.</source>
        <translation>سُجّل رفض {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s withdrawal recorded.</source>
        <translation>سُجّل تراجع {name}.</translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s); the case is back in counselling ({status}).</source>
        <translation>
            <numerusform>لم تُسحب الأسرة من أي رحلة مخططة؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
            <numerusform>سُحبت الأسرة من رحلة مخططة واحدة؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
            <numerusform>سُحبت الأسرة من رحلتين مخططتين؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلات مخططة؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلةً مخططة؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلة مخططة؛ وعاد الملف إلى الإرشاد ({status}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s).</source>
        <translation>
            <numerusform>لم تُسحب الأسرة من أي رحلة مخططة.</numerusform>
            <numerusform>سُحبت الأسرة من رحلة مخططة واحدة.</numerusform>
            <numerusform>سُحبت الأسرة من رحلتين مخططتين.</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلات مخططة.</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلةً مخططة.</numerusform>
            <numerusform>سُحبت الأسرة من %Ln رحلة مخططة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No movement was planned for the household; the case is back in counselling ({status}).</source>
        <translation>لم تكن هناك رحلة مخططة للأسرة؛ وعاد الملف إلى الإرشاد ({status}).</translation>
    </message>
    <message>
        <source>No movement was planned for the household.</source>
        <translation>لم تكن هناك رحلة مخططة للأسرة.</translation>
    </message>
    <message>
        <source>Counsellor {name}</source>
        <translation>المرشد: {name}</translation>
    </message>
    <message>
        <source>language {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <source>interpreter {name}</source>
        <translation>المترجم الشفوي: {name}</translation>
    </message>
    <message>
        <source>recorded by {name}</source>
        <translation>سجّله {name}</translation>
    </message>
    <message>
        <source>Information given: {topics}</source>
        <translation>المعلومات المقدَّمة: {topics}</translation>
    </message>
    <message>
        <source>&lt;i&gt;“{statement}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;«{statement}»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A voluntary decision to return</source>
        <translation>قرار طوعي بالعودة</translation>
    </message>
    <message>
        <source>Your password was changed</source>
        <extracomment>The Administration menu&apos;s object name: found by it, since its title is translated.</extracomment>
        <translation>تم تغيير كلمة مرورك</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;الإدارة</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;المستخدمون…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>رمز &amp;استرداد جديد…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>رمز استرداد جديد</translation>
    </message>
    <message>
        <source>Make a new recovery code for {user}? The code you hold now stops working.</source>
        <translation>هل تُنشئ رمز استرداد جديدًا لـ{user}؟ سيتوقف الرمز الذي تحمله الآن عن العمل.</translation>
    </message>
    <message>
        <source>&amp;Office…</source>
        <translation>&amp;المكتب…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>سجل &amp;التدقيق…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;الاحتفاظ…</translation>
    </message>
    <message>
        <source>Closed cases — closed after monitoring or when the household no longer sought return, involvement ended, or protection granted — are anonymised once the retention period has passed since closing (or since the last change, for a case ended without a closing date). Names, dates of birth, contact details, statements, notes, attachments and document numbers go; country, years, household size and outcome stay for statistics. The audit log keeps who did what and when, without the values.</source>
        <translation>الملفات المنتهية — المغلقة بعد المتابعة أو حين لم تعد الأسرة تسعى إلى العودة، أو المنتهي فيها التدخل، أو الممنوحة الحماية — تُخفى هويتها بعد انقضاء فترة الاحتفاظ منذ الإغلاق (أو منذ آخر تغيير، بالنسبة إلى ملف انتهى دون تاريخ إغلاق). تُحذف الأسماء وتواريخ الميلاد وبيانات الاتصال والإفادات والملاحظات والمرفقات وأرقام الوثائق؛ ويبقى البلد والسنوات وحجم الأسرة والنتيجة لأغراض الإحصاء. ويحتفظ سجل التدقيق بمن فعل ماذا ومتى، دون القيم.</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Retention period after closing</source>
        <translation>فترة الاحتفاظ بعد الإغلاق</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>case end date</comment>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>سيُحذف</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>Only the data-protection officer may run retention; {user} is signed in as {role}.</source>
        <translation>لا يشغّل الاحتفاظ إلا مسؤول حماية البيانات؛ و{user} مسجّل الدخول بصفة {role}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for cases past the retention period…</source>
        <translation>جارٍ البحث عن الملفات التي تجاوزت فترة الاحتفاظ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد (%Ln)</numerusform>
            <numerusform>عنصران (%Ln)</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for anonymisation: &lt;b&gt;%Ln case(s)&lt;/b&gt; ended on or before {date}. This list is a dry run: nothing has been changed.</source>
        <translation>
            <numerusform>مستحقة لإخفاء الهوية: &lt;b&gt;%Ln ملف&lt;/b&gt; انتهت في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
            <numerusform>مستحق لإخفاء الهوية: &lt;b&gt;ملف واحد (%Ln)&lt;/b&gt; انتهى في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
            <numerusform>مستحقان لإخفاء الهوية: &lt;b&gt;ملفان (%Ln)&lt;/b&gt; انتهيا في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
            <numerusform>مستحقة لإخفاء الهوية: &lt;b&gt;%Ln ملفات&lt;/b&gt; انتهت في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
            <numerusform>مستحقة لإخفاء الهوية: &lt;b&gt;%Ln ملفًا&lt;/b&gt; انتهت في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
            <numerusform>مستحقة لإخفاء الهوية: &lt;b&gt;%Ln ملف&lt;/b&gt; انتهت في {date} أو قبله. هذه القائمة محاكاة: لم يُغيَّر شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed case ended on or before {date}: nothing is due.</source>
        <translation>لا يوجد ملف منتهٍ في {date} أو قبله: لا شيء مستحق.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)…</source>
        <translation>
            <numerusform>إخفاء هوية %Ln ملف…</numerusform>
            <numerusform>إخفاء هوية ملف واحد…</numerusform>
            <numerusform>إخفاء هوية ملفين…</numerusform>
            <numerusform>إخفاء هوية %Ln ملفات…</numerusform>
            <numerusform>إخفاء هوية %Ln ملفًا…</numerusform>
            <numerusform>إخفاء هوية %Ln ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise cases</source>
        <translation>إخفاء هوية الملفات</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)? Names, contacts, statements, notes and attachments are removed for good; this cannot be undone.</source>
        <translation>
            <numerusform>إخفاء هوية %Ln ملف؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية ملف واحد؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية ملفين؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %Ln ملفات؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %Ln ملفًا؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %Ln ملف؟ تُحذف الأسماء وبيانات الاتصال والإفادات والملاحظات والمرفقات نهائيًا؛ ولا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %Ln case(s): {references}.</source>
        <translation>
            <numerusform>أُخفيت هوية %Ln ملف: {references}.</numerusform>
            <numerusform>أُخفيت هوية ملف واحد: {references}.</numerusform>
            <numerusform>أُخفيت هوية ملفين: {references}.</numerusform>
            <numerusform>أُخفيت هوية %Ln ملفات: {references}.</numerusform>
            <numerusform>أُخفيت هوية %Ln ملفًا: {references}.</numerusform>
            <numerusform>أُخفيت هوية %Ln ملف: {references}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>مسؤول المتابعة</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>مقفل حتى {time}</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>لا كلمة مرور بعد</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>account status</comment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>إضافة المستخدم</translation>
    </message>
    <message>
        <source>The person signs in with the initial password you choose here and must then choose their own. Give it to them in person or by phone, not by e-mail.</source>
        <translation>يسجّل الشخص دخوله بكلمة المرور الأولية التي تختارها هنا، ثم يجب عليه اختيار كلمة مروره الخاصة. أعطه إياها شخصيًا أو عبر الهاتف، لا بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>كلمة المرور الأولية</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>إعادة تعيين كلمة مرور {user}</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>{name} signs in with this password and must then choose their own. Resetting also lifts a lock after wrong passwords.</source>
        <translation>يسجّل {name} الدخول بكلمة المرور هذه، ثم يجب عليه اختيار كلمة مروره الخاصة. تؤدي إعادة التعيين أيضًا إلى رفع القفل الناتج عن كلمات مرور خاطئة.</translation>
    </message>
    <message>
        <source>Change the role of {user}</source>
        <translation>تغيير دور {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>What {name} may do changes at their next sign-in.</source>
        <translation>تتغير صلاحيات {name} عند تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Who may sign in to this database, and what their role lets them do. Accounts are deactivated, never deleted: their names stay in the audit log.</source>
        <translation>من يمكنه تسجيل الدخول إلى قاعدة البيانات هذه، وما يتيحه له دوره. تُعطَّل الحسابات ولا تُحذف أبدًا: تبقى أسماء أصحابها في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>never</source>
        <comment>signed in</comment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>تعطيل المستخدم</translation>
    </message>
    <message>
        <source>Deactivate {user} ({name})? They can no longer sign in; their records and audit entries stay.</source>
        <translation>تعطيل {user} ({name})؟ لن يتمكن بعد الآن من تسجيل الدخول؛ وتبقى سجلاته وقيود التدقيق الخاصة به.</translation>
    </message>
    <message>
        <source>Only the data-protection officer may export a person&apos;s data; you are signed in as {role}</source>
        <translation>لا يصدّر بيانات شخص إلا مسؤول حماية البيانات؛ وأنت مسجّل الدخول بصفة {role}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) in {folder}</source>
        <translation>
            <numerusform>%Ln مرفق في {folder}</numerusform>
            <numerusform>مرفق واحد في {folder}</numerusform>
            <numerusform>مرفقان في {folder}</numerusform>
            <numerusform>%Ln مرفقات في {folder}</numerusform>
            <numerusform>%Ln مرفقًا في {folder}</numerusform>
            <numerusform>%Ln مرفق في {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything held on {name} was exported:</source>
        <translation>صُدِّرت جميع البيانات المحفوظة عن {name}:</translation>
    </message>
    <message>
        <source>Verification code {code}. The export is recorded in the audit log.</source>
        <translation>رمز التحقق {code}. سُجِّل التصدير في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Folder for the subject access export</source>
        <translation>مجلد تصدير بيانات حق الاطلاع</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>عبارة مرور النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was written.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Homeward backup (*.db)</source>
        <translation>نسخة Homeward الاحتياطية (*.db)</translation>
    </message>
    <message>
        <source>Protect this backup with a passphrase of its own?

Choose Yes to restore it on another computer; No encrypts it with this database&apos;s key, kept in this computer&apos;s keychain.</source>
        <translation>هل تريد حماية هذه النسخة الاحتياطية بعبارة مرور خاصة بها؟

اختر «نعم» لاستعادتها على حاسوب آخر؛ أما «لا» فتشفّرها بمفتاح قاعدة البيانات هذه، المحفوظ في سلسلة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Backup written to {path} ({size} MB).</source>
        <translation>كُتبت النسخة الاحتياطية في {path} ({size} ميغابايت).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>تمت الاستعادة من {path}.</translation>
    </message>
    <message>
        <source>Something went wrong that Homeward did not expect. Nothing was half-saved: the action that failed was rolled back.</source>
        <translation>حدث خطأ لم يتوقعه Homeward. لم يُحفظ شيء بشكل جزئي: أُلغيت العملية التي فشلت بالكامل.</translation>
    </message>
    <message>
        <source>0, 0 is not a place anyone lives; leave the coordinates empty if they are not known</source>
        <translation>الإحداثيات 0, 0 لا تدل على أي مكان مأهول؛ اترك الإحداثيات فارغة إن لم تكن معروفة</translation>
    </message>
    <message>
        <source>An administrator exists already; sign in, and ask them for an account</source>
        <translation>يوجد مدير للنظام بالفعل؛ سجّل الدخول، واطلب منه حسابًا إن لم يكن لديك حساب</translation>
    </message>
    <message>
        <source>The allocation was not accepted: arrivals, needs, budgets, capacities or accepted allocations changed since it was made; run it again</source>
        <translation>لم يُقبل التخصيص: تغيّرت حالات الوصول أو الاحتياجات أو الميزانيات أو الطاقات الاستيعابية أو التخصيصات المقبولة منذ إجرائه؛ أعد تشغيله</translation>
    </message>
    <message>
        <source>The change conflicts with a stored record ({constraint}); nothing was saved</source>
        <translation>يتعارض التغيير مع سجل محفوظ ({constraint})؛ لم يُحفظ أي شيء</translation>
    </message>
    <message>
        <source>The database failed: {name}</source>
        <translation>خطأ في قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened; check the folder exists and is writable</source>
        <translation>تعذّر فتح ملف قاعدة البيانات {where}؛ تحقّق من وجود المجلد ومن إمكانية الكتابة فيه</translation>
    </message>
    <message>
        <source>The database holds tables but no migration history, so Homeward cannot tell which version wrote it; restore it from a backup or ask your administrator</source>
        <translation>تحتوي قاعدة البيانات على جداول دون سجل ترحيل، لذا لا يستطيع Homeward معرفة الإصدار الذي كتبها؛ استعِدها من نسخة احتياطية أو راجع مدير النظام</translation>
    </message>
    <message>
        <source>The database server at {where} cannot be reached or refused the login; check the address, the network and the credentials</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات في {where} أو رفض تسجيل الدخول؛ تحقّق من العنوان والشبكة وبيانات الاعتماد</translation>
    </message>
    <message>
        <source>The database {path} cannot be read with the keychain&apos;s key</source>
        <translation>تتعذّر قراءة قاعدة البيانات {path} بالمفتاح المحفوظ في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>The database {path} does not open with its new key after the rotation; the new key stays in the keychain as pending and is tried at the next start</source>
        <translation>لا تُفتح قاعدة البيانات {path} بمفتاحها الجديد بعد التدوير؛ يبقى المفتاح الجديد معلّقًا في سلسلة المفاتيح وسيُجرَّب عند التشغيل التالي</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close Homeward everywhere it is open and try again</source>
        <translation>قاعدة البيانات {path} قيد الاستخدام من برنامج آخر؛ أغلق Homeward في كل مكان يكون مفتوحًا فيه ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>The database {where} cannot be read with this key: the key or passphrase is wrong, or the file is not a Homeward database</source>
        <translation>تتعذّر قراءة قاعدة البيانات {where} بهذا المفتاح: المفتاح أو عبارة المرور خاطئة، أو أن الملف ليس قاعدة بيانات Homeward</translation>
    </message>
    <message>
        <source>The database {where} failed: {name}</source>
        <translation>خطأ في قاعدة البيانات {where}: {name}</translation>
    </message>
    <message>
        <source>The database {where} is damaged; restore it from a backup</source>
        <translation>قاعدة البيانات {where} تالفة؛ استعِدها من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program; close it and try again</source>
        <translation>قاعدة البيانات {where} مقفلة من قِبل برنامج آخر؛ أغلقه ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>The database {where} is read-only; check the file&apos;s permissions</source>
        <translation>قاعدة البيانات {where} للقراءة فقط؛ تحقّق من أذونات الملف</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space</source>
        <translation>القرص الذي يحوي {where} ممتلئ؛ حرِّر بعض المساحة</translation>
    </message>
    <message>
        <source>{what} {record} was changed by someone else (you edited version {expected}, it is now at version {found}); nothing was saved, reload and apply your change again</source>
        <translation>قام شخص آخر بتعديل {what} {record} (عدّلتَ النسخة {expected}، وهي الآن في النسخة {found})؛ لم يُحفظ شيء، أعد التحميل وطبّق تعديلك مرة أخرى</translation>
    </message>
    <message>
        <source>The {what} was changed by someone else while you were saving; nothing was saved, reload and apply your change again</source>
        <translation>قام شخص آخر بتعديل {what} أثناء الحفظ؛ لم يُحفظ شيء، أعد التحميل وطبّق تعديلك مرة أخرى</translation>
    </message>
    <message>
        <source>The decision on {person} and {other} of case {reference} was already recorded by {coordinator} and {officer}; it cannot be signed again</source>
        <translation>سبق أن سجّل {coordinator} و{officer} القرار بشأن {person} و{other} في الملف {reference}؛ ولا يمكن توقيعه مرة أخرى</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, whose involvement ended on {ended_on} (force would have been needed): the new case will be blocked until a coordinator and a data-protection officer both record a reasoned decision that it is a different person or that a new, genuine decision stands</source>
        <translation>{person} يطابق {other} في الملف {reference}، الذي انتهى التدخل في شأنه بتاريخ {ended_on} (إذ كان نقله سيتطلب استخدام القوة): سيبقى الملف الجديد محظورًا إلى أن يسجّل كلٌّ من منسق ومسؤول حماية البيانات قرارًا مسبَّبًا بأنه شخص مختلف أو بأن قرارًا جديدًا وحقيقيًا قد اتُّخذ</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference} ({status}): the new record will be linked to the same person</source>
        <translation>{person} يطابق {other} في الملف {reference} ({status}): سيُربط السجل الجديد بالشخص نفسه</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, who was found to need international protection ({protection}): the new case will be blocked until a coordinator and a data-protection officer both record a reasoned decision that it is a different person or that the protection has ceased</source>
        <translation>{person} يطابق {other} في الملف {reference}، الذي ثبت أنه يحتاج إلى حماية دولية ({protection}): سيبقى الملف الجديد محظورًا إلى أن يسجّل كلٌّ من منسق ومسؤول حماية البيانات قرارًا مسبَّبًا بأنه شخص مختلف أو بأن الحماية قد انتهت</translation>
    </message>
    <message>
        <source>{person} is not linked to anyone of another case whose involvement ended or who was granted protection; there is nothing to decide</source>
        <translation>{person} غير مرتبط بأي شخص في ملف آخر انتهى التدخل في شأنه أو مُنح الحماية؛ لا يوجد ما يُقرَّر</translation>
    </message>
    <message>
        <source>{user} may not sign this decision: one half is signed by a coordinator, the other by a data-protection officer</source>
        <translation>لا يجوز لـ{user} توقيع هذا القرار: يوقّع منسقٌ نصفَه، ويوقّع مسؤولُ حماية البيانات نصفَه الآخر</translation>
    </message>
    <message>
        <source>{user} signed the other half of this decision; the second half must be signed by another account</source>
        <translation>وقّع {user} النصف الآخر من هذا القرار؛ ويجب أن يوقّع النصفَ الثاني حسابٌ آخر</translation>
    </message>
    <message>
        <source>is not a known finding</source>
        <translation>ليست نتيجة معروفة</translation>
    </message>
    <message>
        <source>The encrypted {context} is damaged</source>
        <translation>المحتوى المشفّر {context} تالف</translation>
    </message>
    <message>
        <source>The keychain holds no key for {path} (it is opened with a passphrase); the key can be rotated only where the keychain holds it</source>
        <translation>لا تحتوي سلسلة المفاتيح على مفتاح لـ {path} (إذ تُفتح بعبارة مرور)؛ لا يمكن تدوير المفتاح إلا حيث تحتفظ به سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>The plan was not accepted: the booking of {reference} changed since the plan was made; plan again</source>
        <translation>لم تُقبل الخطة: تغيّر حجز {reference} منذ إعداد الخطة؛ أعد التخطيط</translation>
    </message>
    <message>
        <source>This desktop&apos;s keychain holds no field key {key_id} for this database, so encrypted notes and attachments cannot be read or written; ask an administrator for the exported key and run `homeward keys import-field-key FILE`</source>
        <translation>لا تحتوي سلسلة المفاتيح على هذا الجهاز على مفتاح الميدان {key_id} لقاعدة البيانات هذه، لذا تتعذّر قراءة الملاحظات والمرفقات المشفّرة أو كتابتها؛ اطلب المفتاح المُصدَّر من مدير النظام ونفّذ `homeward keys import-field-key FILE`</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>يجب أن تكون صورة PNG أو JPEG</translation>
    </message>
    <message>
        <source>a case needs at least one person</source>
        <translation>يجب أن يضم الملف شخصًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>a charter has a charter cost</source>
        <translation>يجب أن تكون للرحلة المستأجرة تكلفة استئجار</translation>
    </message>
    <message>
        <source>a decision was already recorded on {outcome_on}</source>
        <translation>سبق تسجيل قرار في {outcome_on}</translation>
    </message>
    <message>
        <source>a file needs a plain file name</source>
        <translation>يجب أن يكون للملف اسم ملف بسيط (دون مسار)</translation>
    </message>
    <message>
        <source>a household has at least one person</source>
        <translation>تضم الأسرة شخصًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>a locked case needs its current movement</source>
        <translation>يجب أن يحتفظ الملف المثبَّت برحلته الحالية</translation>
    </message>
    <message>
        <source>a member of {reference} was found to need protection; the case cannot be planned for return</source>
        <translation>ثبت أن أحد أفراد {reference} بحاجة إلى الحماية؛ لا يمكن تخطيط عودة الملف</translation>
    </message>
    <message>
        <source>a monitoring authorisation says passive or active</source>
        <translation>يجب أن يحدد إذن المتابعة متابعة سلبية أو نشطة</translation>
    </message>
    <message>
        <source>a movement {code} is already registered</source>
        <translation>توجد بالفعل رحلة مسجَّلة بالرمز {code}</translation>
    </message>
    <message>
        <source>a new or edited movement is planned or confirmed</source>
        <translation>يجب أن تكون الرحلة الجديدة أو المعدَّلة مخططة أو مؤكدة</translation>
    </message>
    <message>
        <source>a package costs something (in kind or cash)</source>
        <translation>يجب أن تكون للحزمة تكلفة (عينية أو نقدية)</translation>
    </message>
    <message>
        <source>a package costs something, in kind or in cash</source>
        <translation>يجب أن تكون للحزمة تكلفة، عينية أو نقدية</translation>
    </message>
    <message>
        <source>a person has at most one need of each kind</source>
        <translation>للشخص حاجة واحدة على الأكثر من كل نوع</translation>
    </message>
    <message>
        <source>a person has one need per kind</source>
        <translation>للشخص حاجة واحدة لكل نوع</translation>
    </message>
    <message>
        <source>a sustainability score needs contact with the returnee</source>
        <translation>تتطلب درجة الاستدامة تواصلًا مع العائد</translation>
    </message>
    <message>
        <source>a visit is active monitoring, which the country did not authorise for this plan</source>
        <translation>الزيارة متابعة نشطة، ولم يأذن بها البلد لهذه الخطة</translation>
    </message>
    <message>
        <source>a visit lasts from 5 to 480 minutes</source>
        <translation>تستغرق الزيارة من 5 إلى 480 دقيقة</translation>
    </message>
    <message>
        <source>a vocational training names the trade it teaches, other packages none</source>
        <translation>يحدد التدريب المهني المهنة التي يعلّمها، ولا تحدد الحزم الأخرى أي مهنة</translation>
    </message>
    <message>
        <source>an average speed from 5 to 120 km/h</source>
        <translation>يجب أن تكون السرعة المتوسطة من 5 إلى 120 كم/س</translation>
    </message>
    <message>
        <source>an embedded database needs a file path</source>
        <translation>تحتاج قاعدة البيانات المدمجة إلى مسار ملف</translation>
    </message>
    <message>
        <source>an individual assurance names the persons it covers</source>
        <translation>يجب أن تحدد الضمانة الفردية الأشخاص الذين تشملهم</translation>
    </message>
    <message>
        <source>an informed decision records the language used</source>
        <translation>يجب أن يُسجَّل في القرار المستنير اللغة المستخدمة</translation>
    </message>
    <message>
        <source>another package already has this code</source>
        <translation>هذا الرمز مستخدم بالفعل لحزمة أخرى</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>هذا الاسم مستخدم بالفعل لشريك آخر</translation>
    </message>
    <message>
        <source>are not members of this case</source>
        <translation>ليسوا أفرادًا في هذا الملف</translation>
    </message>
    <message>
        <source>bookings already hold {booked}; remove or move bookings first</source>
        <translation>تشغل الحجوزات بالفعل {booked}؛ احذف حجوزات أو انقلها أولًا</translation>
    </message>
    <message>
        <source>check-in for {code} is on its departure day, {day}</source>
        <translation>يجري تسجيل السفر للرحلة {code} في يوم مغادرتها، {day}</translation>
    </message>
    <message>
        <source>choose at least one kind of data to share</source>
        <translation>اختر نوعًا واحدًا على الأقل من البيانات لمشاركته</translation>
    </message>
    <message>
        <source>choose at least one month</source>
        <translation>اختر شهرًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>contradicts the punishment, detention or refusal reported</source>
        <translation>يتناقض مع العقوبة أو الاحتجاز أو الرفض المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>days are numbered 1 (Monday) to 7 (Sunday)</source>
        <translation>تُرقَّم الأيام من 1 (الاثنين) إلى 7 (الأحد)</translation>
    </message>
    <message>
        <source>departs after the horizon</source>
        <translation>تغادر بعد نهاية الفترة</translation>
    </message>
    <message>
        <source>departs before the horizon</source>
        <translation>تغادر قبل بداية الفترة</translation>
    </message>
    <message>
        <source>does not open this key file</source>
        <translation>لا تفتح ملف المفتاح هذا</translation>
    </message>
    <message>
        <source>duplicate case ids</source>
        <translation>معرّفات ملفات مكرّرة</translation>
    </message>
    <message>
        <source>duplicate ids</source>
        <translation>معرّفات مكرّرة</translation>
    </message>
    <message>
        <source>duplicate movement ids</source>
        <translation>معرّفات رحلات مكرّرة</translation>
    </message>
    <message>
        <source>exactly one member must be the head of household</source>
        <translation>يجب أن يكون فرد واحد بالضبط ربَّ الأسرة</translation>
    </message>
    <message>
        <source>give an address, coordinates or both</source>
        <translation>أدخل عنوانًا أو إحداثيات أو كليهما</translation>
    </message>
    <message>
        <source>households are booked on this movement; move them before changing its country</source>
        <translation>توجد أسر محجوزة على هذه الرحلة؛ انقلها قبل تغيير بلدها</translation>
    </message>
    <message>
        <source>households are checked in on {code}; record the departure or remove them one by one, with their reason</source>
        <translation>توجد أسر مسجّلة للسفر على {code}؛ سجّل المغادرة أو أزلها واحدة تلو الأخرى مع ذكر السبب</translation>
    </message>
    <message>
        <source>import reads .csv or .xlsx files</source>
        <translation>يقرأ الاستيراد ملفات .csv أو .xlsx</translation>
    </message>
    <message>
        <source>is a follow-up number</source>
        <translation>يجب أن يكون رقم متابعة</translation>
    </message>
    <message>
        <source>is before the earliest delivery ({lead_min})</source>
        <translation>يسبق أقرب موعد تسليم ({lead_min})</translation>
    </message>
    <message>
        <source>is before the first day {first_day}</source>
        <translation>يسبق اليوم الأول {first_day}</translation>
    </message>
    <message>
        <source>is below the minimum age {min_age}</source>
        <translation>أقل من الحد الأدنى للعمر {min_age}</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>كبير على نحو غير معقول</translation>
    </message>
    <message>
        <source>is locked on its movement; unlock it before re-planning</source>
        <translation>مثبّت على رحلته؛ ألغِ التثبيت قبل إعادة التخطيط</translation>
    </message>
    <message>
        <source>is longer than {max_length} characters</source>
        <translation>أطول من {max_length} حرفًا</translation>
    </message>
    <message>
        <source>contains a control character ({character}); remove it</source>
        <translation>يحتوي على حرف تحكّم ({character})؛ احذفه</translation>
    </message>
    <message>
        <source>contains {character}, which would change the direction of the text around it; remove it</source>
        <translation>يحتوي على {character} الذي قد يغيّر اتجاه النص المحيط به؛ احذفه</translation>
    </message>
    <message>
        <source>contains an invisible character ({character}); remove it</source>
        <translation>يحتوي على حرف غير مرئي ({character})؛ احذفه</translation>
    </message>
    <message>
        <source>must be on one line: it contains a line break</source>
        <translation>يجب أن يكون في سطر واحد: فهو يحتوي على فاصل أسطر</translation>
    </message>
    <message>
        <source>is missing while the latitude is given; give both or neither</source>
        <translation>مفقود بينما خط العرض مُدخل؛ أدخل الاثنين معًا أو لا شيء منهما</translation>
    </message>
    <message>
        <source>is missing while the longitude is given; give both or neither</source>
        <translation>مفقود بينما خط الطول مُدخل؛ أدخل الاثنين معًا أو لا شيء منهما</translation>
    </message>
    <message>
        <source>is not a Homeward field key export</source>
        <translation>ليس ملف تصدير لمفاتيح الميدان من Homeward</translation>
    </message>
    <message>
        <source>is not a case</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>is not a known assurance</source>
        <translation>ليس ضمانة معروفة</translation>
    </message>
    <message>
        <source>is not a known best-interests outcome</source>
        <translation>ليس نتيجة معروفة لتقييم المصلحة الفضلى</translation>
    </message>
    <message>
        <source>is not a known check-in answer</source>
        <translation>ليس ردًّا معروفًا على تسجيل الحضور</translation>
    </message>
    <message>
        <source>is not a known counselling topic</source>
        <translation>ليس موضوع إرشاد معروفًا</translation>
    </message>
    <message>
        <source>is not a known document status</source>
        <translation>ليس حالة وثيقة معروفة</translation>
    </message>
    <message>
        <source>is not a known kind</source>
        <translation>ليس نوعًا معروفًا</translation>
    </message>
    <message>
        <source>is not a known kind of movement</source>
        <translation>ليس نوع رحلة معروفًا</translation>
    </message>
    <message>
        <source>is not a known kind of package</source>
        <translation>ليس نوع حزمة معروفًا</translation>
    </message>
    <message>
        <source>is not a known lawful basis</source>
        <translation>ليس أساسًا قانونيًا معروفًا</translation>
    </message>
    <message>
        <source>is not a known outcome</source>
        <translation>ليس نتيجة معروفة</translation>
    </message>
    <message>
        <source>is not a known profile</source>
        <translation>ليس فئة معروفة</translation>
    </message>
    <message>
        <source>is not a known referral source</source>
        <translation>ليس جهة إحالة معروفة</translation>
    </message>
    <message>
        <source>is not a known relationship</source>
        <translation>ليس صلة قرابة معروفة</translation>
    </message>
    <message>
        <source>is not a known scope</source>
        <translation>ليس نطاقًا معروفًا</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>ليس حالة معروفة</translation>
    </message>
    <message>
        <source>is not a known topic</source>
        <translation>ليس موضوعًا معروفًا</translation>
    </message>
    <message>
        <source>is not a known voluntariness event</source>
        <translation>ليس حدثًا معروفًا يتعلق بالطوعية</translation>
    </message>
    <message>
        <source>is not a known vulnerability</source>
        <translation>ليس جانب ضعف معروفًا</translation>
    </message>
    <message>
        <source>is not a known way of following up</source>
        <translation>ليس طريقة متابعة معروفة</translation>
    </message>
    <message>
        <source>is not a member of this case</source>
        <translation>ليس فردًا في هذا الملف</translation>
    </message>
    <message>
        <source>is not a valid database URL or path</source>
        <translation>ليس عنوان URL أو مسارًا صالحًا لقاعدة البيانات</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>ليس مبلغًا</translation>
    </message>
    <message>
        <source>is not an existing folder</source>
        <translation>ليس مجلدًا موجودًا</translation>
    </message>
    <message>
        <source>is not coordinator, monitor, data_protection_officer or read_only</source>
        <translation>ليس coordinator أو monitor أو data_protection_officer أو read_only</translation>
    </message>
    <message>
        <source>is not part of this plan</source>
        <translation>ليس جزءًا من هذه الخطة</translation>
    </message>
    <message>
        <source>is not restore, restrict_region, restrict_profile or suspend</source>
        <translation>ليس restore أو restrict_region أو restrict_profile أو suspend</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>ليست كلمة المرور الحالية الخاصة بك</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is required (a date and time)</source>
        <translation>مطلوب (تاريخ ووقت)</translation>
    </message>
    <message>
        <source>is taken</source>
        <translation>مستخدم بالفعل</translation>
    </message>
    <message>
        <source>{user} is the last active data-protection officer; make someone else one first</source>
        <translation>{user} هو آخر مسؤول حماية بيانات نشط؛ عيِّن شخصًا آخر في هذا الدور أولًا</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>account.name_empty</comment>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB per file</source>
        <translation>حجم {name} هو {size} ميغابايت؛ والحد الأقصى {limit} ميغابايت لكل ملف</translation>
    </message>
    <message>
        <source>together the files are {size} MB; the limit is {limit} MB</source>
        <translation>يبلغ حجم الملفات معًا {size} ميغابايت؛ والحد الأقصى {limit} ميغابايت</translation>
    </message>
    <message>
        <source>at most {most} per follow-up</source>
        <translation>{most} كحد أقصى لكل متابعة</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); nothing was restored</source>
        <translation>{path} تالف ({detail})؛ لم تتم استعادة أي شيء</translation>
    </message>
    <message>
        <source>{path} holds a damaged dump; nothing was restored</source>
        <translation>يحتوي {path} على تفريغ تالف؛ لم تتم استعادة أي شيء</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a backup of an embedded database and cannot be restored into this one</source>
        <translation>{path} نسخة احتياطية لقاعدة بيانات مدمجة ولا يمكن استعادتها في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>{path} is a backup of a PostgreSQL database and cannot be restored into this one</source>
        <translation>{path} نسخة احتياطية لقاعدة بيانات PostgreSQL ولا يمكن استعادتها في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>فشل pg_dump: {detail}</translation>
    </message>
    <message>
        <source>pg_restore failed, the database is unchanged: {detail}</source>
        <translation>فشل pg_restore، ولم تتغير قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} مجلد</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason})</source>
        <translation>تتعذر الكتابة في {path} ({reason})</translation>
    </message>
    <message>
        <source>cannot be written to ({reason})</source>
        <translation>تتعذّر الكتابة ({reason})</translation>
    </message>
    <message>
        <source>{reference} needs {wanted} on {code}; {free} free</source>
        <translation>يحتاج {reference} إلى {wanted} على {code}؛ المتاح: {free}</translation>
    </message>
    <message>
        <source>a {status} booking cannot be locked</source>
        <translation>لا يمكن تثبيت حجز حالته {status}</translation>
    </message>
    <message>
        <source>a {status} booking cannot be moved</source>
        <translation>لا يمكن نقل حجز حالته {status}</translation>
    </message>
    <message>
        <source>{reference} cannot travel on {day}: {reason}</source>
        <translation>لا يمكن لـ {reference} السفر بتاريخ {day}: {reason}</translation>
    </message>
    <message>
        <source>{reference} cannot travel on {day}: {reason} (and {more})</source>
        <translation>لا يمكن لـ {reference} السفر بتاريخ {day}: {reason} (و{more})</translation>
    </message>
    <message>
        <source>a {status} booking cannot be removed</source>
        <translation>لا يمكن حذف حجز حالته {status}</translation>
    </message>
    <message>
        <source>{code} would hold {taken}; it has {available}</source>
        <translation>سيكون على {code} {taken}؛ بينما سعته {available}</translation>
    </message>
    <message>
        <source>{code} does not go to {country}, {reference}&apos;s country of return</source>
        <translation>لا تتجه {code} إلى {country}، بلد عودة {reference}</translation>
    </message>
    <message>
        <source>{day} is before the case was opened</source>
        <translation>{day} يسبق تاريخ فتح الملف</translation>
    </message>
    <message>
        <source>{day} is before the case was opened ({opened_on})</source>
        <translation>{day} يسبق تاريخ فتح الملف ({opened_on})</translation>
    </message>
    <message>
        <source>{reference} is {status}</source>
        <translation>حالة {reference} هي {status}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>«{email}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>{born} would make the person older than 125</source>
        <translation>بحسب {born} سيتجاوز عمر الشخص 125 عامًا</translation>
    </message>
    <message>
        <source>{person} is not booked on {code}</source>
        <translation>{person} غير محجوز على {code}</translation>
    </message>
    <message>
        <source>{code} has {status}, not departed</source>
        <translation>حالة {code} هي {status}، وليست «غادر»</translation>
    </message>
    <message>
        <source>a report covers at most {most}; this period spans {months}</source>
        <translation>لا يغطي التقرير أكثر من {most}؛ وتمتد هذه الفترة على {months}</translation>
    </message>
    <message>
        <source>was already withdrawn on {day}</source>
        <translation>سُحبت بالفعل بتاريخ {day}</translation>
    </message>
    <message>
        <source>case {reference} was anonymised on {day}</source>
        <translation>أُخفيت هوية الملف {reference} في {day}</translation>
    </message>
    <message>
        <source>{day} is before the person was born</source>
        <translation>{day} يسبق تاريخ ولادة الشخص</translation>
    </message>
    <message>
        <source>Sharing {person}&apos;s data with {to} for &quot;{purpose}&quot; is refused: no consent or other lawful basis for that purpose is recorded for {day} (record it in the case file first)</source>
        <translation>رُفضت مشاركة بيانات {person} مع {to} لغرض «{purpose}»: لا توجد موافقة ولا أي أساس قانوني آخر مسجَّل لهذا الغرض في {day} (سجّله في الملف أولًا)</translation>
    </message>
    <message>
        <source>unknown: {unknown} (known: {known})</source>
        <translation>غير معروف: {unknown} (المعروف: {known})</translation>
    </message>
    <message>
        <source>{day} is before it was given ({given})</source>
        <translation>{day} يسبق تاريخ منحها ({given})</translation>
    </message>
    <message>
        <source>unknown country code &apos;{code}&apos;</source>
        <translation>رمز بلد غير معروف «{code}»</translation>
    </message>
    <message>
        <source>{when} is impossibly early</source>
        <translation>{when} تاريخ مبكر بشكل غير ممكن</translation>
    </message>
    <message>
        <source>{when} is in the future</source>
        <translation>{when} في المستقبل</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as {example}</source>
        <translation>«{text}» ليس تاريخًا؛ اكتبه هكذا: {example}</translation>
    </message>
    <message>
        <source>{reference} has already left on {movement} ({status}); the letter printed before departure stays valid</source>
        <translation>غادر {reference} بالفعل على {movement} ({status})؛ وتبقى الرسالة المطبوعة قبل المغادرة صالحة</translation>
    </message>
    <message>
        <source>{reference}: no declaration of voluntary return can be printed: {why}</source>
        <translation>{reference}: لا يمكن طباعة إقرار العودة الطوعية: {why}</translation>
    </message>
    <message>
        <source>{reference}: {reason}; no travel document can be printed for this case</source>
        <translation>{reference}: {reason}؛ لا يمكن طباعة أي وثيقة سفر لهذا الملف</translation>
    </message>
    <message>
        <source>{reference} is not ready to travel on {day}: {why}</source>
        <translation>{reference} غير جاهز للسفر في {day}: {why}</translation>
    </message>
    <message>
        <source>package {allocation} was cancelled; it has no voucher</source>
        <translation>أُلغيت الحزمة {allocation}؛ ليس لها قسيمة</translation>
    </message>
    <message>
        <source>The encrypted {context} was sealed with field key {sealed_with}, not the key this desktop holds ({held}); import that key</source>
        <translation>خُتم المحتوى المشفّر {context} بمفتاح الميدان {sealed_with}، لا بالمفتاح الموجود على هذا الجهاز ({held})؛ استورد ذلك المفتاح</translation>
    </message>
    <message>
        <source>The field key in the keychain ({held}) is not this database&apos;s ({expected})</source>
        <translation>مفتاح الميدان في سلسلة المفاتيح ({held}) ليس مفتاح قاعدة البيانات هذه ({expected})</translation>
    </message>
    <message>
        <source>holds field key {held}, but this database uses {expected}</source>
        <translation>يحتوي على مفتاح الميدان {held}، لكن قاعدة البيانات هذه تستخدم {expected}</translation>
    </message>
    <message>
        <source>needs at least {length}</source>
        <translation>يجب أن تتكون من {length} على الأقل</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>أكبر من {megabytes} ميغابايت</translation>
    </message>
    <message>
        <source>was already logged ({status})</source>
        <translation>سُجِّلت بالفعل ({status})</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة الملف {path}: {reason}</translation>
    </message>
    <message>
        <source>The keychain holds no key for {path}</source>
        <translation>لا تحتوي سلسلة المفاتيح على مفتاح لـ {path}</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the backup key ({error})</source>
        <translation>رفضت سلسلة مفاتيح نظام التشغيل تخزين مفتاح النسخ الاحتياطي ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the field key ({error})</source>
        <translation>رفضت سلسلة مفاتيح نظام التشغيل تخزين مفتاح الميدان ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the key ({error})</source>
        <translation>رفضت سلسلة مفاتيح نظام التشغيل تخزين المفتاح ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the server password ({error})</source>
        <translation>رفضت سلسلة مفاتيح نظام التشغيل تخزين كلمة مرور الخادم ({error})</translation>
    </message>
    <message>
        <source>No OS keychain is available ({error})</source>
        <translation>لا تتوفر سلسلة مفاتيح لنظام التشغيل ({error})</translation>
    </message>
    <message>
        <source>unknown language code &apos;{code}&apos;</source>
        <translation>رمز لغة غير معروف «{code}»</translation>
    </message>
    <message>
        <source>an address is recorded but no coordinates: add them to the household&apos;s place</source>
        <translation>العنوان مسجَّل لكن دون إحداثيات: أضفها إلى مكان سكن الأسرة</translation>
    </message>
    <message>
        <source>no address or coordinates recorded: record where the household lives</source>
        <translation>لا عنوان ولا إحداثيات مسجَّلة: سجّل مكان سكن الأسرة</translation>
    </message>
    <message>
        <source>no room on the working days it may be visited ({window}): add a monitor or lengthen the day</source>
        <translation>لا متّسع في أيام العمل التي يمكن فيها الزيارة ({window}): أضف مسؤول متابعة أو أطِل يوم العمل</translation>
    </message>
    <message>
        <source>the field office does not work on any day it may be visited ({window})</source>
        <translation>لا يعمل المكتب الميداني في أي يوم يمكن فيه إجراء الزيارة ({window})</translation>
    </message>
    <message>
        <source>overdue by {overdue}; no room left in the period ({window}) after more overdue or closer visits: add a monitor or lengthen the working hours</source>
        <translation>متأخرة {overdue}؛ لم يبقَ متّسع في الفترة ({window}) بعد زيارات أكثر تأخرًا أو أقرب مسافة: أضف مسؤول متابعة أو أطِل ساعات العمل</translation>
    </message>
    <message>
        <source>{km} km from {office}: {reason}</source>
        <translation>على بُعد {km} كم من {office}: {reason}</translation>
    </message>
    <message>
        <source>the connection at {place} spans the night (00:00–06:00 local); no overnight transit</source>
        <translation>يمتد الترانزيت في {place} خلال الليل (00:00–06:00 بالتوقيت المحلي)؛ لا يُسمح بالعبور الليلي</translation>
    </message>
    <message>
        <source>the connection at {place} lasts {wait}, longer than {limit} h (no overnight transit)</source>
        <translation>يستغرق الترانزيت في {place} مدة {wait}، أي أكثر من {limit} ساعة (لا يُسمح بالعبور الليلي)</translation>
    </message>
    <message>
        <source>leaves {place} before the previous leg arrives</source>
        <translation>يغادر {place} قبل وصول المرحلة السابقة</translation>
    </message>
    <message>
        <source>must leave from {place}, where the previous leg arrives</source>
        <translation>يجب أن تنطلق من {place}، حيث تصل المرحلة السابقة</translation>
    </message>
    <message>
        <source>{code} has {status}</source>
        <translation>حالة {code} هي {status}</translation>
    </message>
    <message>
        <source>{code} departed on {day}</source>
        <translation>غادرت {code} بتاريخ {day}</translation>
    </message>
    <message>
        <source>movement {code} has {status}; it cannot be cancelled</source>
        <translation>حالة الرحلة {code} هي {status}؛ لا يمكن إلغاؤها</translation>
    </message>
    <message>
        <source>movement {code} has {status}; it can no longer be changed</source>
        <translation>حالة الرحلة {code} هي {status}؛ لم يعد من الممكن تغييرها</translation>
    </message>
    <message>
        <source>line {line}, {issue}</source>
        <translation>السطر {line}، {issue}</translation>
    </message>
    <message>
        <source>is already registered</source>
        <translation>مسجَّل مسبقًا</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>العمود المطلوب غير موجود</translation>
    </message>
    <message>
        <source>the required column is missing; did you mean &apos;{close}&apos;?</source>
        <translation>العمود المطلوب غير موجود؛ هل تقصد «{close}»؟</translation>
    </message>
    <message>
        <source>a column name appears twice</source>
        <translation>يتكرر اسم عمود مرتين</translation>
    </message>
    <message>
        <source>columns ignored: {columns}</source>
        <translation>أعمدة متجاهلة: {columns}</translation>
    </message>
    <message>
        <source>is empty: no header row and no movements</source>
        <translation>فارغ: لا صف عناوين ولا رحلات</translation>
    </message>
    <message>
        <source>cannot be imported: {issue}</source>
        <translation>لا يمكن استيراده: {issue}</translation>
    </message>
    <message>
        <source>holds a formula ({formula}); formulas are not evaluated, type the value</source>
        <translation>يحتوي على صيغة ({formula})؛ لا تُحسب الصيغ، اكتب القيمة</translation>
    </message>
    <message>
        <source>starts like a formula; formulas are not accepted</source>
        <translation>يبدأ كصيغة؛ الصيغ غير مقبولة</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{column}: {problem} (&apos;{value}&apos;)</source>
        <translation>{column}: {problem} («{value}»)</translation>
    </message>
    <message>
        <source>file, {issue}</source>
        <translation>الملف، {issue}</translation>
    </message>
    <message>
        <source>has a header row but no movements</source>
        <translation>يحتوي على صف عناوين ولكن لا رحلات</translation>
    </message>
    <message>
        <source>has a date but no time</source>
        <translation>يحتوي على تاريخ دون وقت</translation>
    </message>
    <message>
        <source>is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>ليس تاريخًا ووقتًا (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as CSV UTF-8</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (البايت {byte})؛ احفظه بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>ليست القيمة نعم أو لا (yes/no)</translation>
    </message>
    <message>
        <source>the file holds NUL bytes; it is not a CSV text file</source>
        <translation>يحتوي الملف على بايتات NUL؛ فهو ليس ملف CSV نصيًا</translation>
    </message>
    <message>
        <source>repeats line {line}</source>
        <translation>يكرر السطر {line}</translation>
    </message>
    <message>
        <source>line {line}: {problem}; nothing was imported</source>
        <translation>السطر {line}: {problem}؛ لم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>{rows}, first: {issue}; fix the file or import only the valid rows</source>
        <translation>{rows}، أولاها: {issue}؛ صحِّح الملف أو استورد الصفوف الصالحة فقط</translation>
    </message>
    <message>
        <source>has more than {max_rows} rows; split it</source>
        <translation>يحتوي على أكثر من {max_rows} صف؛ قسِّمه</translation>
    </message>
    <message>
        <source>is not one of {kinds}</source>
        <translation>ليس من القيم {kinds}</translation>
    </message>
    <message>
        <source>the CSV cannot be read: {reason}</source>
        <translation>تتعذّر قراءة ملف CSV: {reason}</translation>
    </message>
    <message>
        <source>the file is not a readable XLSX workbook ({reason})</source>
        <translation>الملف ليس مصنف XLSX قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>one of {languages}</source>
        <translation>إحدى اللغات التالية: {languages}</translation>
    </message>
    <message>
        <source>at most {most} MB</source>
        <translation>{most} ميغابايت كحد أقصى</translation>
    </message>
    <message>
        <source>{country} already has a field office called &apos;{name}&apos;</source>
        <translation>يوجد بالفعل في {country} مكتب ميداني باسم «{name}»</translation>
    </message>
    <message>
        <source>must have at most {length}</source>
        <translation>يجب ألا يتجاوز {length}</translation>
    </message>
    <message>
        <source>must have at least {length}</source>
        <translation>يجب أن يتكون من {length} على الأقل</translation>
    </message>
    <message>
        <source>{end} is before {start_field} {start}</source>
        <translation>{end} يسبق «{start_field}» ({start})</translation>
    </message>
    <message>
        <source>{user} ({role}) may not book, move or cancel bookings and record check-in, departure and arrival: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إجراء الحجوزات أو نقلها أو إلغائها وتسجيل السفر والمغادرة والوصول: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record counselling sessions: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تسجيل جلسات الإرشاد: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not decide an assurance review: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) البتّ في مراجعة ضمان: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not add a synthetic demo caseload: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إضافة مجموعة ملفات تجريبية مصطنعة: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not open or change cases, members, travel documents and minors&apos; determinations: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) فتح الملفات أو تعديلها، وتعديل الأفراد ووثائق السفر والقرارات الخاصة بالقاصرين: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change country profiles, assurances and advisories: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تعديل ملفات البلدان والضمانات وتنبيهات التعليق: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change household places and field offices: only a coordinator, monitor or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تعديل أماكن الأسر والمكاتب الميدانية: هذا مقصور على المنسق أو مسؤول المتابعة أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not export a person&apos;s data: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تصدير بيانات شخص: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not import referrals: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) استيراد الإحالات: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not issue compliance reports, visit route printouts and visit forms: only a coordinator, monitor or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إصدار تقارير الامتثال ومطبوعات مسارات الزيارات واستمارات الزيارة: هذا مقصور على المنسق أو مسؤول المتابعة أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not manage database and field keys: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إدارة مفاتيح قاعدة البيانات ومفاتيح الميدان: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not start monitoring plans and set follow-up schedules: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) بدء خطط المتابعة وتحديد مواعيد المتابعات: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not manage user accounts: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إدارة حسابات المستخدمين: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not add, change, import or cancel movements and accept movement plans: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إضافة الرحلات أو تعديلها أو استيرادها أو إلغائها وقبول خطط الرحلات: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change reintegration packages, needs, budgets and allocations: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تعديل حزم إعادة الإدماج والاحتياجات والميزانيات والتخصيصات: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not issue travel letters, declarations, manifests, assurance summaries and vouchers, and set the letterhead: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إصدار رسائل السفر والإعلانات وبيانات الركاب وملخصات الضمانات والقسائم، وتحديد ترويسة الرسائل: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not anonymise or purge records: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) إخفاء هوية السجلات أو حذفها نهائيًا: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not read records: only a coordinator, monitor, data-protection officer or read-only user may</source>
        <translation>لا يحق لـ{user} ({role}) الاطلاع على السجلات: هذا مقصور على المنسق أو مسؤول المتابعة أو مسؤول حماية البيانات أو مستخدم القراءة فقط</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record follow-ups, their attachments and incidents: only a coordinator, monitor or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تسجيل المتابعات ومرفقاتها وحوادثها: هذا مقصور على المنسق أو مسؤول المتابعة أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record voluntariness (declarations, reconfirmations, refusals): only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تسجيل الطوعية (الإعلانات وإعادة التأكيد والرفض): هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record protection concerns, referrals and outcomes: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) تسجيل مخاوف الحماية والإحالات ونتائجها: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>must lie between -{limit} and {limit} degrees</source>
        <translation>يجب أن يكون بين -{limit} و{limit} درجة</translation>
    </message>
    <message>
        <source>is a formula; type the value itself</source>
        <translation>تحتوي على صيغة؛ اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; type the value itself</source>
        <translation>تشبه صيغة جدول بيانات؛ اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most} are accepted)</source>
        <translation>طولها {length} حرفًا (يُقبل {most} حرفًا كحد أقصى)</translation>
    </message>
    <message>
        <source>the file starts as {encoding} but is not valid {encoding} text; save it again as UTF-8 CSV</source>
        <translation>يبدأ الملف بترميز {encoding} لكنه ليس نصًا صالحًا بترميز {encoding}؛ احفظه مجددًا بصيغة CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file: it holds binary data; export the list as CSV (UTF-8) or XLSX</source>
        <translation>هذا ليس ملفًا نصيًا (CSV): إنه يحتوي على بيانات ثنائية؛ صدِّر القائمة بصيغة CSV ‏(UTF-8) أو XLSX</translation>
    </message>
    <message>
        <source>the workbook is damaged ({error}); save it again as .xlsx or CSV</source>
        <translation>المصنف تالف ({error})؛ احفظه مجددًا بصيغة ‎.xlsx أو CSV</translation>
    </message>
    <message>
        <source>{dates} such as 03/04/1990 read day first (DD/MM/YYYY); if the file writes them the other way, change the date order</source>
        <translation>{dates} مثل 03/04/1990: قُرئ اليوم أولًا (DD/MM/YYYY)؛ إذا كان الملف يكتبها بالترتيب الآخر، فغيِّر ترتيب التاريخ</translation>
    </message>
    <message>
        <source>{dates} such as 03/04/1990 read month first (MM/DD/YYYY); if the file writes them the other way, change the date order</source>
        <translation>{dates} مثل 03/04/1990: قُرئ الشهر أولًا (MM/DD/YYYY)؛ إذا كان الملف يكتبها بالترتيب الآخر، فغيِّر ترتيب التاريخ</translation>
    </message>
    <message>
        <source>read sheet &apos;{sheet}&apos;; the empty sheets before it were skipped</source>
        <translation>قُرئت الورقة «{sheet}»؛ وتُجوهلت الأوراق الفارغة التي تسبقها</translation>
    </message>
    <message>
        <source>every sheet of the workbook is empty</source>
        <translation>جميع أوراق المصنف فارغة</translation>
    </message>
    <message>
        <source>the CSV is malformed near line {line}: {reason}</source>
        <translation>ملف CSV معيب قرب السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>the file has a heading row but no data rows</source>
        <translation>يحتوي الملف على صف عناوين لكن لا صفوف بيانات فيه</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>لا يحتوي الملف على أي صف</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>لا يحتوي المصنف على أي ورقة</translation>
    </message>
    <message>
        <source>the file is full of NUL characters, so it is not a CSV list; export it again as CSV</source>
        <translation>الملف مليء بمحارف NUL، لذا فهو ليس قائمة CSV؛ صدِّره مجددًا بصيغة CSV</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx or CSV and try again</source>
        <translation>هذا ملف Excel ثنائي قديم (‎.xls)؛ احفظه بصيغة ‎.xlsx أو CSV وحاول مجددًا</translation>
    </message>
    <message>
        <source>only sheet &apos;{sheet}&apos; was read; the workbook has {sheets} sheets</source>
        <translation>قُرئت الورقة «{sheet}» وحدها؛ ويضم المصنف {sheets} أوراق</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty</source>
        <translation>الورقة «{sheet}» فارغة</translation>
    </message>
    <message>
        <source>the sheet has more than {most} rows; split it into smaller lists</source>
        <translation>تحتوي الورقة على أكثر من {most} صف؛ قسِّمها إلى قوائم أصغر</translation>
    </message>
    <message>
        <source>the file is {size} MB; referral lists over {most} MB are not accepted — split it</source>
        <translation>حجم الملف {size} م.ب؛ لا تُقبل قوائم الإحالة التي يتجاوز حجمها {most} م.ب — قسِّمه</translation>
    </message>
    <message>
        <source>the file has more than {most} columns; is this a referral list?</source>
        <translation>يحتوي الملف على أكثر من {most} عمود؛ هل هذه قائمة إحالة فعلًا؟</translation>
    </message>
    <message>
        <source>the file has more than {most} rows; split it into smaller lists</source>
        <translation>يحتوي الملف على أكثر من {most} صف؛ قسِّمه إلى قوائم أصغر</translation>
    </message>
    <message>
        <source>the text encoding is not recognised (byte {byte} at position {position}); save the list as UTF-8 CSV</source>
        <translation>ترميز النص غير معروف (البايت {byte} في الموضع {position})؛ احفظ القائمة بصيغة CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>تتعذّر قراءة الملف: {reason}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; cannot be read ({error}); save the workbook again as .xlsx or CSV</source>
        <translation>تتعذّر قراءة الورقة «{sheet}» ({error})؛ احفظ المصنف مجددًا بصيغة ‎.xlsx أو CSV</translation>
    </message>
    <message>
        <source>this is not a readable XLSX workbook ({error}); open it in a spreadsheet program and save it again as .xlsx or CSV</source>
        <translation>هذا ليس مصنف XLSX قابلًا للقراءة ({error})؛ افتحه في برنامج جداول بيانات واحفظه مجددًا بصيغة ‎.xlsx أو CSV</translation>
    </message>
    <message>
        <source>Since the file was checked, someone else added {people} of it (line {line} is now likely known as {reference}); nothing was imported — check the file again</source>
        <translation>منذ التحقق من الملف، أضاف مستخدم آخر من الواردين فيه: {people} (السطر {line} مسجَّل الآن على الأرجح باسم {reference})؛ لم يُستورد أي شيء — تحقّق من الملف مجددًا</translation>
    </message>
    <message>
        <source>the file has no column &apos;{wanted}&apos;; its columns are {columns}</source>
        <translation>لا يحتوي الملف على العمود «{wanted}»؛ أعمدته هي {columns}</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a field; fields are {fields} (or - to ignore a column)</source>
        <translation>«{given}» ليس حقلًا؛ الحقول هي {fields} (أو - لتجاهل عمود)</translation>
    </message>
    <message>
        <source>no column is mapped to {fields}; choose the column that holds it</source>
        <translation>لا يوجد عمود مرتبط بـ: {fields}؛ اختر العمود الذي يحتوي هذه المعلومة</translation>
    </message>
    <message>
        <source>{born} is in the future</source>
        <translation>{born} في المستقبل</translation>
    </message>
    <message>
        <source>the cell {refusal}</source>
        <translation>الخلية {refusal}</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكم</translation>
    </message>
    <message>
        <source>no country of return given: taken from the head&apos;s nationality ({country})</source>
        <translation>لم يُذكر بلد العودة: أُخذ من جنسية رب الأسرة ({country})</translation>
    </message>
    <message>
        <source>invisible direction marks were removed from the name</source>
        <translation>أُزيلت علامات اتجاه غير مرئية من الاسم</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>taken as the head: first row of its household and no head named</source>
        <translation>اعتُبر رب الأسرة: أول صف في أسرته ولم يُذكر رب للأسرة</translation>
    </message>
    <message>
        <source>not imported: another row of household &apos;{household}&apos; cannot be imported</source>
        <translation>لم يُستورد: صف آخر من الأسرة «{household}» لا يمكن استيراده</translation>
    </message>
    <message>
        <source>likely already known as {reference} ({name}, born {born}, {nationality}); not imported unless you choose to import it anyway</source>
        <translation>معروف على الأرجح بالفعل باسم {reference} ({name}، مولود في {born}، {nationality})؛ لن يُستورد ما لم تختر استيراده رغم ذلك</translation>
    </message>
    <message>
        <source>likely already known as {reference} ({name}, born {born}, {nationality}); imported anyway, as you chose</source>
        <translation>معروف على الأرجح بالفعل باسم {reference} ({name}، مولود في {born}، {nationality})؛ استُورد رغم ذلك كما اخترت</translation>
    </message>
    <message>
        <source>a minor with no adult in the household: record a guardian or whether the minor is unaccompanied</source>
        <translation>قاصر لا يرافقه بالغ في الأسرة: سجّل وصيًا أو بيّن ما إذا كان القاصر غير مصحوب</translation>
    </message>
    <message>
        <source>household &apos;{household}&apos; has no head of household</source>
        <translation>لا يوجد رب للأسرة «{household}»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no letters; is this column really a name?</source>
        <translation>«{text}» لا يحتوي على أي حرف؛ هل يحتوي هذا العمود اسمًا فعلًا؟</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>«{text}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>{country} differs from the household&apos;s country of return ({household_country}); a household travels together</source>
        <translation>{country} يختلف عن بلد عودة الأسرة ({household_country})؛ الأسرة تسافر معًا</translation>
    </message>
    <message>
        <source>{text} read as {day} {month} (day first)</source>
        <translation>قُرئ {text} على أنه {day} {month} (اليوم أولًا)</translation>
    </message>
    <message>
        <source>{text} read as {day} {month} (month first)</source>
        <translation>قُرئ {text} على أنه {day} {month} (الشهر أولًا)</translation>
    </message>
    <message>
        <source>no relationship column: recorded as other relative of the head</source>
        <translation>لا يوجد عمود لصلة القرابة: سُجّل قريبًا آخر لرب الأسرة</translation>
    </message>
    <message>
        <source>is empty; say how this person is related to the head of household</source>
        <translation>فارغ؛ اذكر صلة قرابة هذا الشخص برب الأسرة</translation>
    </message>
    <message>
        <source>the same person as line {line} (name, date of birth and nationality)</source>
        <translation>الشخص نفسه الوارد في السطر {line} (الاسم وتاريخ الميلاد والجنسية)</translation>
    </message>
    <message>
        <source>household &apos;{household}&apos; has {count} heads (lines {lines}); keep one</source>
        <translation>للأسرة «{household}» أرباب عددهم {count} (الأسطر {lines})؛ أبقِ واحدًا فقط</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>طوله {length} حرفًا (الحد الأقصى {most})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}</source>
        <translation>«{text}» تاريخ مستحيل: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}; the file may write dates day first — choose the day-first date order</source>
        <translation>«{text}» تاريخ مستحيل: {reason}؛ قد يكتب الملف التواريخ باليوم أولًا — اختر ترتيب اليوم أولًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}; the file may write dates month first — choose the month-first date order</source>
        <translation>«{text}» تاريخ مستحيل: {reason}؛ قد يكتب الملف التواريخ بالشهر أولًا — اختر ترتيب الشهر أولًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY</source>
        <translation>«{text}» ليس تاريخًا؛ اكتب YYYY-MM-DD أو DD/MM/YYYY أو DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a relationship to the head of household</source>
        <translation>«{text}» ليس صلة قرابة برب الأسرة</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a sex; write F, M or X (female, male, other)</source>
        <translation>«{text}» ليس جنسًا؛ اكتب F أو M أو X (أنثى، ذكر، آخر)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a vulnerability Homeward records</source>
        <translation>«{text}» ليس من أوجه الهشاشة التي يسجلها Homeward</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a two-digit year; write the year in full (YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY)</source>
        <translation>السنة في «{text}» من رقمين؛ اكتب السنة كاملة (YYYY-MM-DD أو DD/MM/YYYY أو DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>unknown language &apos;{word}&apos;; write an ISO code such as ar or ps, or the language&apos;s name</source>
        <translation>لغة غير معروفة «{word}»؛ اكتب رمز ISO مثل ar أو ps، أو اسم اللغة</translation>
    </message>
    <message>
        <source>Rotating the key of {path} failed ({error}); the old key still opens it</source>
        <translation>فشل تدوير مفتاح {path} ({error})؛ لا يزال المفتاح القديم يفتحه</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the new key ({error}); nothing was changed</source>
        <translation>رفضت سلسلة مفاتيح نظام التشغيل تخزين المفتاح الجديد ({error})؛ لم يتغيّر أي شيء</translation>
    </message>
    <message>
        <source>Could not save the report to {path}: {reason}</source>
        <translation>تعذّر حفظ التقرير في {path}: {reason}</translation>
    </message>
    <message>
        <source>{country} has no assurances under review and no reported breach awaiting a decision</source>
        <translation>لا توجد لدى {country} ضمانات قيد المراجعة ولا خروقات مُبلَّغ عنها بانتظار قرار</translation>
    </message>
    <message>
        <source>{country} has no assurance under review to restrict to a region; restore, restrict a profile or suspend</source>
        <translation>لا توجد لدى {country} ضمانة قيد المراجعة لتقييدها بمنطقة؛ استعِدها أو قيِّدها بفئة أو علِّقها</translation>
    </message>
    <message>
        <source>must be after the start of the day {start}</source>
        <translation>يجب أن يكون بعد بداية اليوم {start}</translation>
    </message>
    <message>
        <source>name up to {most} different monitors</source>
        <translation>حدد ما يصل إلى {most} من مسؤولي المتابعة المختلفين</translation>
    </message>
    <message>
        <source>must be from 1 to {most}</source>
        <translation>يجب أن يكون من 1 إلى {most}</translation>
    </message>
    <message>
        <source>no room in any working day within its window</source>
        <translation>لا متّسع في أي يوم عمل ضمن فترة زيارتها</translation>
    </message>
    <message>
        <source>no active field office serves {region} ({country}); record one with its coordinates and working hours first</source>
        <translation>لا يوجد مكتب ميداني نشط يخدم {region} ({country})؛ سجّل أولًا مكتبًا مع إحداثياته وساعات عمله</translation>
    </message>
    <message>
        <source>the field office {office} works on none of the days {first_day}..{last_day}</source>
        <translation>لا يعمل المكتب الميداني {office} في أي يوم من {first_day} إلى {last_day}</translation>
    </message>
    <message>
        <source>its daily time window lies outside working hours</source>
        <translation>تقع فترتها الزمنية اليومية خارج ساعات العمل</translation>
    </message>
    <message>
        <source>a period is at most {most}</source>
        <translation>لا تتجاوز الفترة {most}</translation>
    </message>
    <message>
        <source>too far for one working day ({out} min out, {visit} min visit, {back} min back)</source>
        <translation>بعيدة جدًا ليوم عمل واحد ({out} دقيقة ذهابًا، و{visit} دقيقة للزيارة، و{back} دقيقة إيابًا)</translation>
    </message>
    <message>
        <source>no active user called &apos;{name}&apos;</source>
        <translation>لا يوجد مستخدم نشط باسم «{name}»</translation>
    </message>
    <message>
        <source>window {earliest}..{latest} lies outside the period</source>
        <translation>فترة الزيارة من {earliest} إلى {latest} تقع خارج الفترة المخطَّطة</translation>
    </message>
    <message>
        <source>each must be a whole number of months from 0 to {most}</source>
        <translation>يجب أن يكون كل منها عددًا صحيحًا من الأشهر من 0 إلى {most}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>server_password.empty</comment>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>The database schema cannot be migrated to {revision}: {detail}</source>
        <translation>تعذّر ترحيل مخطط قاعدة البيانات إلى {revision}: {detail}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Homeward (schema {revision}); update Homeward before opening it</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من Homeward (المخطط {revision})؛ حدّث Homeward قبل فتحها</translation>
    </message>
    <message>
        <source>attachment {attachment} does not match its recorded digest</source>
        <translation>المرفق {attachment} لا يطابق بصمته المسجَّلة</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a person id nor a case reference</source>
        <translation>«{text}» ليس معرّف شخص ولا مرجع ملف</translation>
    </message>
    <message>
        <source>must be chosen: nothing is assumed</source>
        <translation>يجب اختياره: لا يُفترض أي شيء</translation>
    </message>
    <message>
        <source>{problem} (did you mean {suggestion}?)</source>
        <translation>{problem} (هل تقصد {suggestion}؟)</translation>
    </message>
    <message>
        <source>Documents of kind &apos;{kind}&apos; cannot be checked here: the part of Homeward that prints them is not loaded</source>
        <translation>لا يمكن التحقق هنا من الوثائق من نوع «{kind}»: الجزء الذي يطبعها من Homeward غير محمَّل</translation>
    </message>
    <message>
        <source>a verification code has {length} symbols after &apos;HW-&apos;, got {got}</source>
        <translation>يتكوّن رمز التحقق من {length} رمزًا بعد &apos;HW-&apos;، والمُدخل: {got}</translation>
    </message>
    <message>
        <source>{symbols} cannot appear in a verification code</source>
        <translation>لا يمكن أن يرد {symbols} في رمز التحقق</translation>
    </message>
    <message>
        <source>was already logged ({status}); a visit form is for a follow-up still due</source>
        <translation>سُجِّلت بالفعل ({status})؛ استمارة الزيارة مخصصة لمتابعة لا تزال مستحقة</translation>
    </message>
    <message>
        <source>{person} has no current declaration to reconfirm; record a declaration after counselling</source>
        <translation>لا يوجد لدى {person} إقرار سارٍ لإعادة تأكيده؛ سجِّل إقرارًا بعد الإرشاد</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%Ln حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفين</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates of birth</source>
        <translation>
            <numerusform>لا تواريخ ميلاد</numerusform>
            <numerusform>تاريخ ميلاد واحد</numerusform>
            <numerusform>تاريخا ميلاد</numerusform>
            <numerusform>%Ln تواريخ ميلاد</numerusform>
            <numerusform>%Ln تاريخ ميلاد</numerusform>
            <numerusform>%Ln تاريخ ميلاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical escort places</source>
        <translation>
            <numerusform>%Ln مكان لمرافق طبي</numerusform>
            <numerusform>مكان واحد لمرافق طبي</numerusform>
            <numerusform>مكانان لمرافقين طبيين</numerusform>
            <numerusform>%Ln أماكن لمرافقين طبيين</numerusform>
            <numerusform>%Ln مكانًا لمرافقين طبيين</numerusform>
            <numerusform>%Ln مكان لمرافقين طبيين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escort places for minors</source>
        <translation>
            <numerusform>%Ln مكان لمرافقي القاصرين</numerusform>
            <numerusform>مكان واحد لمرافقي القاصرين</numerusform>
            <numerusform>مكانان لمرافقي القاصرين</numerusform>
            <numerusform>%Ln أماكن لمرافقي القاصرين</numerusform>
            <numerusform>%Ln مكانًا لمرافقي القاصرين</numerusform>
            <numerusform>%Ln مكان لمرافقي القاصرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reasons</source>
        <translation>
            <numerusform>لا أسباب أخرى</numerusform>
            <numerusform>سبب آخر</numerusform>
            <numerusform>سببان آخران</numerusform>
            <numerusform>%Ln أسباب أخرى</numerusform>
            <numerusform>%Ln سببًا آخر</numerusform>
            <numerusform>%Ln سبب آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems</source>
        <translation>
            <numerusform>لا صفوف فيها مشكلات</numerusform>
            <numerusform>صف واحد فيه مشكلات</numerusform>
            <numerusform>صفان فيهما مشكلات</numerusform>
            <numerusform>%Ln صفوف فيها مشكلات</numerusform>
            <numerusform>%Ln صفًا فيها مشكلات</numerusform>
            <numerusform>%Ln صف فيها مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passwords</source>
        <translation>
            <numerusform>%Ln كلمة مرور خاطئة</numerusform>
            <numerusform>كلمة مرور خاطئة واحدة</numerusform>
            <numerusform>كلمتَي مرور خاطئتين</numerusform>
            <numerusform>%Ln كلمات مرور خاطئة</numerusform>
            <numerusform>%Ln كلمة مرور خاطئة</numerusform>
            <numerusform>%Ln كلمة مرور خاطئة</numerusform>
        </translation>
    </message>
    <message>
        <source>its locked movement is not one readiness allows</source>
        <translation>رحلته المثبّتة ليست من الرحلات التي تسمح بها الجاهزية</translation>
    </message>
    <message>
        <source>meets another need</source>
        <translation>يلبّي حاجة أخرى</translation>
    </message>
    <message>
        <source>more escort places than the {capacity} seats</source>
        <translation>عدد أماكن المرافقين يتجاوز المقاعد البالغة {capacity}</translation>
    </message>
    <message>
        <source>must be 1 (urgent), 2 (important) or 3 (useful)</source>
        <translation>يجب أن يكون 1 (عاجل) أو 2 (مهم) أو 3 (مفيد)</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>يجب أن يكون 1 أو 2 أو 3</translation>
    </message>
    <message>
        <source>must be F, M or X</source>
        <translation>يجب أن يكون F أو M أو X</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>يجب أن يكون تاريخًا</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>يجب أن يكون تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a final decision: needs protection or final negative</source>
        <translation>يجب أن يكون قرارًا نهائيًا: بحاجة إلى الحماية أو رفض نهائي</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100</source>
        <translation>يجب أن يكون عددًا من 0 إلى 100</translation>
    </message>
    <message>
        <source>must be a number of days from 0 to 366</source>
        <translation>يجب أن يكون عدد أيام من 0 إلى 366</translation>
    </message>
    <message>
        <source>must be a number of decimal degrees</source>
        <translation>يجب أن يكون عددًا بالدرجات العشرية</translation>
    </message>
    <message>
        <source>must be a passport or an emergency travel document</source>
        <translation>يجب أن يكون جواز سفر أو وثيقة سفر طارئة</translation>
    </message>
    <message>
        <source>must be a positive number of rows</source>
        <translation>يجب أن يكون عدد صفوف موجبًا</translation>
    </message>
    <message>
        <source>must be a score from 1 to 5</source>
        <translation>يجب أن يكون درجة من 1 إلى 5</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى 100</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to 100</source>
        <translation>يجب أن يكون عددًا صحيحًا من السنوات من 1 إلى 100</translation>
    </message>
    <message>
        <source>must be a whole number, not negative</source>
        <translation>يجب أن يكون عددًا صحيحًا غير سالب</translation>
    </message>
    <message>
        <source>must be after the opening time {opens_at}</source>
        <translation>يجب أن يكون بعد وقت الافتتاح {opens_at}</translation>
    </message>
    <message>
        <source>must be an adult</source>
        <translation>يجب أن يكون بالغًا</translation>
    </message>
    <message>
        <source>must be an adult member of the same case</source>
        <translation>يجب أن يكون فردًا بالغًا في الملف نفسه</translation>
    </message>
    <message>
        <source>must be an amount in euros, not negative</source>
        <translation>يجب أن يكون مبلغًا باليورو غير سالب</translation>
    </message>
    <message>
        <source>must be between 0 and the household size</source>
        <translation>يجب أن يكون بين 0 وعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation>يجب أن يكون من 0 إلى 100</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>يجب أن يكون اليوم الأول من الشهر</translation>
    </message>
    <message>
        <source>must be the national asylum authority or UNHCR</source>
        <translation>يجب أن تكون السلطة الوطنية المعنية باللجوء أو المفوضية السامية للأمم المتحدة لشؤون اللاجئين</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>must be yes, no or not known</source>
        <translation>يجب أن يكون نعم أو لا أو غير معروف</translation>
    </message>
    <message>
        <source>must differ from the current one</source>
        <translation>يجب أن يختلف عن الحالي</translation>
    </message>
    <message>
        <source>must name a country</source>
        <translation>يجب أن يحدد بلدًا</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>must not contain the user name</source>
        <translation>يجب ألا يحتوي على اسم المستخدم</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>يجب ألا يبدأ بمسافة أو ينتهي بها</translation>
    </message>
    <message>
        <source>must point at another member of the household</source>
        <translation>يجب أن يشير إلى فرد آخر من الأسرة</translation>
    </message>
    <message>
        <source>name at least one follow-up (0 = on arrival)</source>
        <translation>حدد متابعة واحدة على الأقل (0 = عند الوصول)</translation>
    </message>
    <message>
        <source>name at least one working day</source>
        <translation>حدد يوم عمل واحدًا على الأقل</translation>
    </message>
    <message>
        <source>names a person of another household</source>
        <translation>يشير إلى شخص من أسرة أخرى</translation>
    </message>
    <message>
        <source>names an unknown budget</source>
        <translation>يشير إلى ميزانية غير معروفة</translation>
    </message>
    <message>
        <source>names an unknown movement</source>
        <translation>يشير إلى رحلة غير معروفة</translation>
    </message>
    <message>
        <source>needs a date, a time and a time zone</source>
        <translation>يتطلب تاريخًا ووقتًا ومنطقة زمنية</translation>
    </message>
    <message>
        <source>needs a time zone (give the UTC offset)</source>
        <translation>يتطلب منطقة زمنية (أدخل الفارق عن UTC)</translation>
    </message>
    <message>
        <source>no database file at this path</source>
        <translation>لا يوجد ملف قاعدة بيانات في هذا المسار</translation>
    </message>
    <message>
        <source>no movement to import</source>
        <translation>لا توجد رحلة لاستيرادها</translation>
    </message>
    <message>
        <source>no such movement</source>
        <translation>لا توجد رحلة كهذه</translation>
    </message>
    <message>
        <source>only a vocational training need names a trade</source>
        <translation>لا يحدد مهنةً إلا احتياج التدريب المهني</translation>
    </message>
    <message>
        <source>only individual assurances name persons</source>
        <translation>لا تحدد أشخاصًا إلا الضمانات الفردية</translation>
    </message>
    <message>
        <source>only monitoring authorisations have a level</source>
        <translation>لا يكون لها مستوى إلا أذون المتابعة</translation>
    </message>
    <message>
        <source>only the embedded (encrypted file) database has a key to rotate; a PostgreSQL server&apos;s password is changed on the server</source>
        <translation>قاعدة البيانات المدمجة (الملف المشفّر) وحدها لها مفتاح يمكن تدويره؛ أما كلمة مرور خادم PostgreSQL فتُغيَّر على الخادم</translation>
    </message>
    <message>
        <source>pg_dump is not installed here, so a PostgreSQL backup cannot be made; install the PostgreSQL client tools</source>
        <translation>pg_dump غير مثبّت هنا، لذا لا يمكن إجراء نسخة احتياطية من PostgreSQL؛ ثبّت أدوات عميل PostgreSQL</translation>
    </message>
    <message>
        <source>pg_restore is not installed here; install the PostgreSQL client tools</source>
        <translation>pg_restore غير مثبّت هنا؛ ثبّت أدوات عميل PostgreSQL</translation>
    </message>
    <message>
        <source>record at least one option explained</source>
        <translation>سجّل خيارًا واحدًا على الأقل تم شرحه</translation>
    </message>
    <message>
        <source>record the referral to the authority before its decision</source>
        <translation>سجّل الإحالة إلى السلطة قبل قرارها</translation>
    </message>
    <message>
        <source>recording that force would be needed ends the case for good; it must be confirmed</source>
        <translation>تسجيل أن اللجوء إلى القوة سيكون ضروريًا يُنهي الملف نهائيًا؛ يجب تأكيد ذلك</translation>
    </message>
    <message>
        <source>restricting a profile names a known profile</source>
        <translation>يجب أن يحدد التقييد بفئة فئةً معروفة</translation>
    </message>
    <message>
        <source>restricting to a region names the region</source>
        <translation>يجب أن يحدد التقييد بمنطقة تلك المنطقة</translation>
    </message>
    <message>
        <source>routes are planned from today ({today}) on</source>
        <translation>تُخطَّط المسارات ابتداءً من اليوم ({today})</translation>
    </message>
    <message>
        <source>say why the package is withdrawn</source>
        <translation>اذكر سبب سحب الحزمة</translation>
    </message>
    <message>
        <source>the check symbol does not match: a symbol was mistyped or two were swapped</source>
        <translation>رمز التحقق لا يتطابق: أُدخل أحد الرموز خطأً أو جرى تبديل رمزين</translation>
    </message>
    <message>
        <source>the claim was already referred on {referred_on}</source>
        <translation>سبقت إحالة الطلب بتاريخ {referred_on}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file name {name}… is too long</source>
        <translation>اسم الملف {name}… طويل جدًا</translation>
    </message>
    <message>
        <source>the first account that can sign in is the administrator (data-protection officer), who then adds everyone else</source>
        <extracomment>Keyed messages (`planning.messages.TEMPLATES`), `{name}` where a value goes; one wording used by several keys is told apart by its key.</extracomment>
        <translation>أول حساب يمكنه تسجيل الدخول هو حساب المدير (مسؤول حماية البيانات)، الذي يضيف بعد ذلك جميع الآخرين</translation>
    </message>
    <message>
        <source>the first leg must leave at the movement&apos;s departure</source>
        <translation>يجب أن تنطلق المرحلة الأولى في موعد مغادرة الرحلة</translation>
    </message>
    <message>
        <source>the first leg must leave from {origin}</source>
        <translation>يجب أن تنطلق المرحلة الأولى من {origin}</translation>
    </message>
    <message>
        <source>the head of household stays head; make another member head first</source>
        <translation>يبقى رب الأسرة ربًّا لها؛ عيِّن أولًا فردًا آخر ربًّا للأسرة</translation>
    </message>
    <message>
        <source>the horizon needs at least one month</source>
        <translation>يجب أن تشمل الفترة شهرًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>the household is already booked on {code}; move that booking instead</source>
        <translation>الأسرة محجوزة بالفعل على {code}؛ انقل ذلك الحجز بدلًا من ذلك</translation>
    </message>
    <message>
        <source>the key is given in the database URL; rotate a key the keychain holds (open the file by its path)</source>
        <translation>المفتاح مذكور في عنوان URL لقاعدة البيانات؛ جدِّد مفتاحًا محفوظًا في سلسلة المفاتيح (افتح الملف عبر مساره)</translation>
    </message>
    <message>
        <source>the last leg must arrive at the movement&apos;s arrival</source>
        <translation>يجب أن تصل المرحلة الأخيرة في موعد وصول الرحلة</translation>
    </message>
    <message>
        <source>the last leg must arrive at {destination}</source>
        <translation>يجب أن تصل المرحلة الأخيرة إلى {destination}</translation>
    </message>
    <message>
        <source>the organisation&apos;s involvement in {reference} has ended</source>
        <translation>انتهى تدخّل المنظمة في {reference}</translation>
    </message>
    <message>
        <source>the organisation&apos;s involvement in {reference} has ended; nothing can reopen it</source>
        <translation>انتهى تدخّل المنظمة في {reference}؛ ولا يمكن إعادة فتحه</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>يجب أن يكون للفترة يوم أول ويوم أخير</translation>
    </message>
    <message>
        <source>the returnee must be told they may change their mind at any time</source>
        <translation>يجب إبلاغ العائد بأنه يستطيع تغيير رأيه في أي وقت</translation>
    </message>
    <message>
        <source>the stored file does not match its recorded digest</source>
        <translation>الملف المخزَّن لا يطابق بصمته المسجَّلة</translation>
    </message>
    <message>
        <source>this assurance is under review after a reported breach; only the review decision (Monitoring page, with its reason) can put it back in force</source>
        <translation>هذه الضمانة قيد المراجعة بعد الإبلاغ عن خرق؛ ولا يعيدها سارية إلا قرار المراجعة (صفحة المتابعة، مع ذكر سببه)</translation>
    </message>
    <message>
        <source>unsupported database kind {backend}</source>
        <translation>نوع قاعدة بيانات غير مدعوم {backend}</translation>
    </message>
    <message>
        <source>use 2–80 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>استخدم من 2 إلى 80 حرفًا أو رقمًا أو نقطة أو شَرطة أو شَرطة سفلية، على أن يبدأ بحرف أو رقم</translation>
    </message>
    <message>
        <source>vocational training, and only it, teaches a skill</source>
        <translation>التدريب المهني، دون غيره، يعلِّم مهارة</translation>
    </message>
    <message>
        <source>was removed by someone else; reload it</source>
        <translation>حذفه شخص آخر؛ أعد تحميله</translation>
    </message>
    <message>
        <source>was removed since it was read</source>
        <translation>حُذف منذ قراءته</translation>
    </message>
    <message>
        <source>working hours are times of day</source>
        <translation>ساعات العمل أوقات من اليوم</translation>
    </message>
    <message>
        <source>write the latitude, then the longitude, in decimal degrees (e.g. 41.71510, 44.82710)</source>
        <translation>اكتب خط العرض ثم خط الطول بالدرجات العشرية (مثلًا: 41.71510, 44.82710)</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>لا يمكنك تعطيل حسابك الخاص</translation>
    </message>
    <message>
        <source>{arrived_at} is not after the departure</source>
        <translation>{arrived_at} ليس بعد المغادرة</translation>
    </message>
    <message>
        <source>{arrives} is not after the departure {departs}</source>
        <translation>{arrives} ليس بعد المغادرة {departs}</translation>
    </message>
    <message>
        <source>{arrives} is not after the leg&apos;s departure {departs}</source>
        <translation>{arrives} ليس بعد مغادرة المرحلة {departs}</translation>
    </message>
    <message>
        <source>{confirmed_on} is before the determination ({decided_on})</source>
        <translation>{confirmed_on} يسبق التقييم ({decided_on})</translation>
    </message>
    <message>
        <source>{done_on} is before the arrival on {arrived_on}</source>
        <translation>{done_on} يسبق الوصول بتاريخ {arrived_on}</translation>
    </message>
    <message>
        <source>{ended_on} is before it was noted ({noted_on})</source>
        <translation>{ended_on} يسبق تاريخ تسجيلها ({noted_on})</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end} يسبق البداية {start}</translation>
    </message>
    <message>
        <source>is {status}; the plan cannot change it</source>
        <translation>حالته «{status}»؛ لا يمكن للخطة تغييره</translation>
    </message>
    <message>
        <source>case {case} is not part of the plan&apos;s instance</source>
        <translation>الملف {case} ليس جزءًا من بيانات الخطة</translation>
    </message>
    <message>
        <source>No plan is possible ({rule}): {violation}</source>
        <translation>لا يمكن وضع أي خطة ({rule}): {violation}</translation>
    </message>
    <message>
        <source>movement {movement} is not part of the plan&apos;s instance</source>
        <translation>الرحلة {movement} ليست ضمن بيانات الخطة</translation>
    </message>
    <message>
        <source>{movement} would be over capacity with the households the plan puts on it ({households}): {problem}</source>
        <translation>ستتجاوز الرحلة {movement} سعتها بالأسر التي تضعها الخطة عليها ({households}): {problem}</translation>
    </message>
    <message>
        <source>The plan was not accepted: {reference}: {cause}</source>
        <translation>لم تُقبل الخطة: {reference}: {cause}</translation>
    </message>
    <message>
        <source>{status}; keeps its seats</source>
        <translation>{status}؛ يحتفظ بمقاعده</translation>
    </message>
    <message>
        <source>{reference}: its locked booking no longer passes readiness; planned unlocked</source>
        <translation>{reference}: حجزه المثبّت لم يعد يستوفي الجاهزية؛ خُطّط دون تثبيت</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>لا أفراد</translation>
    </message>
    <message>
        <source>movement {movement} goes to another country</source>
        <translation>الرحلة {movement} متجهة إلى بلد آخر</translation>
    </message>
    <message>
        <source>booked on a movement outside the horizon</source>
        <translation>محجوز على رحلة خارج الفترة</translation>
    </message>
    <message>
        <source>{movement} is overbooked by {seats} outside this plan</source>
        <translation>{movement} محجوزة فوق سعتها خارج هذه الخطة (الزيادة: {seats})</translation>
    </message>
    <message>
        <source>more than one open booking; resolve by hand</source>
        <translation>أكثر من حجز مفتوح؛ عالجه يدويًا</translation>
    </message>
    <message>
        <source>case {case} is locked on movement {movement} but is not booked there</source>
        <translation>الملف {case} مثبّت على الرحلة {movement} لكنه غير محجوز عليها</translation>
    </message>
    <message>
        <source>case {case} is booked on movement {movement}, which its readiness does not allow</source>
        <translation>الملف {case} محجوز على الرحلة {movement} التي لا تسمح بها جاهزيته</translation>
    </message>
    <message>
        <source>movement {movement} has {capacity} but its households need {need}</source>
        <translation>لدى الرحلة {movement} {capacity} لكن أسرها تحتاج إلى {need}</translation>
    </message>
    <message>
        <source>case {case} is not in the instance</source>
        <translation>الملف {case} غير موجود في بيانات الخطة</translation>
    </message>
    <message>
        <source>case {case} is booked on unknown movement {movement}</source>
        <translation>الملف {case} محجوز على رحلة غير معروفة ({movement})</translation>
    </message>
    <message>
        <source>the readmission assurance expires before any movement in the horizon</source>
        <translation>تنتهي ضمانة إعادة القبول قبل أي رحلة ضمن الفترة</translation>
    </message>
    <message>
        <source>medical-escort places are full on the {movements} until {last}</source>
        <translation>أماكن المرافقين الطبيين ممتلئة في الرحلات المسموح بها ({movements}) حتى {last}</translation>
    </message>
    <message>
        <source>minor-escort places are full on the {movements} until {last}</source>
        <translation>أماكن مرافقي القاصرين ممتلئة في الرحلات المسموح بها ({movements}) حتى {last}</translation>
    </message>
    <message>
        <source>its movement {movement} was cancelled; {reason}</source>
        <translation>أُلغيت رحلته {movement}؛ {reason}</translation>
    </message>
    <message>
        <source>readiness allows no movement in the planning horizon</source>
        <translation>لا تسمح الجاهزية بأي رحلة ضمن فترة التخطيط</translation>
    </message>
    <message>
        <source>no movement to {country} between {start} and {end}</source>
        <translation>لا رحلة إلى {country} بين {start} و{end}</translation>
    </message>
    <message>
        <source>no seat for {people} left on the {movements} before its window closes on {last}</source>
        <translation>المقاعد المتبقية في الرحلات المسموح بها ({movements}) لا تكفي للأسرة (عدد أفرادها: {people}) قبل أن تُغلق نافذتها في {last}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>not ready to travel before the horizon ends</source>
        <translation>غير جاهز للسفر قبل نهاية الفترة</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>غير جاهز للسفر</translation>
    </message>
    <message>
        <source>it still fits on {room} of its {movements}: the search stopped before placing it (re-run with more time, or book it by hand)</source>
        <translation>لا يزال له مكان في {room} من الرحلات المسموح بها ({movements}): توقف البحث قبل إدراجه (أعد التشغيل بوقت أطول، أو احجز له يدويًا)</translation>
    </message>
    <message>
        <source>household of {people} is larger than the seats on every allowed movement ({movements}, until {last})</source>
        <translation>الأسرة (عدد أفرادها: {people}) أكبر من عدد المقاعد في كل رحلة مسموح بها ({movements}، حتى {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n medical-escort places</source>
        <translation>
            <numerusform>لا أماكن لمرافقين طبيين</numerusform>
            <numerusform>مكان واحد لمرافق طبي</numerusform>
            <numerusform>مكانان لمرافقين طبيين</numerusform>
            <numerusform>%Ln أماكن لمرافقين طبيين</numerusform>
            <numerusform>%Ln مكانًا لمرافقين طبيين</numerusform>
            <numerusform>%Ln مكان لمرافقين طبيين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor-escort places</source>
        <translation>
            <numerusform>لا أماكن لمرافقي القاصرين</numerusform>
            <numerusform>مكان واحد لمرافق القاصرين</numerusform>
            <numerusform>مكانان لمرافقي القاصرين</numerusform>
            <numerusform>%Ln أماكن لمرافقي القاصرين</numerusform>
            <numerusform>%Ln مكانًا لمرافقي القاصرين</numerusform>
            <numerusform>%Ln مكان لمرافقي القاصرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements</source>
        <translation>
            <numerusform>لا رحلات</numerusform>
            <numerusform>رحلة واحدة</numerusform>
            <numerusform>رحلتان</numerusform>
            <numerusform>%Ln رحلات</numerusform>
            <numerusform>%Ln رحلة</numerusform>
            <numerusform>%Ln رحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed movements</source>
        <translation>
            <numerusform>لا رحلات مسموح بها</numerusform>
            <numerusform>رحلة واحدة مسموح بها</numerusform>
            <numerusform>رحلتان مسموح بهما</numerusform>
            <numerusform>%Ln رحلات مسموح بها</numerusform>
            <numerusform>%Ln رحلة مسموحًا بها</numerusform>
            <numerusform>%Ln رحلة مسموح بها</numerusform>
        </translation>
    </message>
    <message>
        <source>{case} cannot be locked and unlocked at once</source>
        <translation>لا يمكن قفل {case} وفتح قفله في آن واحد</translation>
    </message>
    <message>
        <source>{case} is not placed by the plan; only a booking can be locked</source>
        <translation>لم تضع الخطة {case} على أي رحلة؛ لا يمكن قفل إلا حجز</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} فارغ</translation>
    </message>
    <message>
        <source>{name}: this kind of file cannot be attached (allowed: {kinds})</source>
        <translation>{name}: لا يمكن إرفاق هذا النوع من الملفات (المسموح بها: {kinds})</translation>
    </message>
    <message>
        <source>{outcome_on} is before the referral ({referred_on})</source>
        <translation>{outcome_on} يسبق الإحالة ({referred_on})</translation>
    </message>
    <message>
        <source>{path} cannot be read with this key or passphrase, or is not a Homeward backup</source>
        <translation>تتعذر قراءة {path} بهذا المفتاح أو بعبارة المرور هذه، أو أنه ليس نسخة احتياطية من Homeward</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{path} failed its integrity check; nothing was restored</source>
        <translation>فشل {path} في فحص السلامة؛ لم تتم استعادة أي شيء</translation>
    </message>
    <message>
        <source>{path} is not a Homeward backup</source>
        <translation>{path} ليس نسخة احتياطية من Homeward</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Homeward (schema {revision}); update Homeward before restoring it</source>
        <translation>أُنشئ {path} بإصدار أحدث من Homeward (المخطط {revision})؛ حدِّث Homeward قبل استعادته</translation>
    </message>
    <message>
        <source>{period_from} is after the end of the period {period_to}</source>
        <translation>{period_from} يقع بعد نهاية الفترة {period_to}</translation>
    </message>
    <message>
        <source>{reason}, and no passphrase was given</source>
        <translation>{reason}، ولم تُدخَل أي عبارة مرور</translation>
    </message>
    <message>
        <source>The allocation was not accepted: {violations}</source>
        <translation>لم يُقبل التخصيص: {violations}</translation>
    </message>
    <message>
        <source>The allocation was not accepted: {violations} (and {more} more)</source>
        <translation>لم يُقبل التخصيص: {violations} (و{more} غيرها)</translation>
    </message>
    <message>
        <source>is {status}; only an accepted package can be handed over</source>
        <translation>حالتها «{status}»؛ لا يمكن تسليم إلا حزمة مقبولة</translation>
    </message>
    <message>
        <source>every need already met</source>
        <translation>جميع الاحتياجات مُلبّاة بالفعل</translation>
    </message>
    <message>
        <source>no planned or recorded arrival</source>
        <translation>لا وصول مخطط له أو مسجَّل</translation>
    </message>
    <message>
        <source>no needs recorded</source>
        <translation>لا احتياجات مسجَّلة</translation>
    </message>
    <message>
        <source>no region of return recorded</source>
        <translation>لا منطقة عودة مسجَّلة</translation>
    </message>
    <message>
        <source>{household} receives {amount} in cash, above its ceiling of {ceiling}</source>
        <translation>تتلقى {household} مبلغ {amount} نقدًا، بما يتجاوز سقفها البالغ {ceiling}</translation>
    </message>
    <message>
        <source>{household} receives {amount} in kind, above its ceiling of {ceiling}</source>
        <translation>تتلقى {household} مبلغ {amount} عينيًا، بما يتجاوز سقفها البالغ {ceiling}</translation>
    </message>
    <message>
        <source>{rule}: {problem}</source>
        <translation>{rule}: {problem}</translation>
    </message>
    <message>
        <source>{package} for {household}, person {person} {problem}</source>
        <translation>{package} لـ{household}، الشخص {person}: {problem}</translation>
    </message>
    <message>
        <source>{package} for {household}, person {person} delivered in {month}, outside {earliest}–{latest}, the months its lead time allows</source>
        <translation>{package} لـ{household}، الشخص {person}، تُسلَّم في {month}، خارج الفترة {earliest}–{latest} التي تسمح بها مهلتها</translation>
    </message>
    <message>
        <source>{household}, person {person}: no budget pays for {package}</source>
        <translation>{household}، الشخص {person}: لا ميزانية تموّل {package}</translation>
    </message>
    <message>
        <source>person {person} receives {count} {kind} packages</source>
        <translation>يتلقى الشخص {person} عدد {count} من حزم «{kind}»</translation>
    </message>
    <message>
        <source>{budget} pays {amount} in cash but has {left} left</source>
        <translation>تدفع {budget} مبلغ {amount} نقدًا ولم يتبقَّ لها سوى {left}</translation>
    </message>
    <message>
        <source>{budget} pays {amount} in kind but has {left} left</source>
        <translation>تدفع {budget} مبلغ {amount} عينيًا ولم يتبقَّ لها سوى {left}</translation>
    </message>
    <message>
        <source>{partner} delivers {packages} in {region} in {month} but can deliver {places}</source>
        <translation>يسلّم {partner} {packages} في {region} في {month} لكنه لا يستطيع تسليم أكثر من {places}</translation>
    </message>
    <message>
        <source>need {need} or package {package} is not in the instance</source>
        <translation>الحاجة {need} أو الحزمة {package} غير موجودة في البيانات</translation>
    </message>
    <message>
        <source>position {seq} is after the end the chain head records ({head})</source>
        <translation>الموضع {seq} يقع بعد النهاية التي يسجّلها رأس السلسلة ({head})</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <source>{kind}: entry {entry} (position {seq}, {at} UTC, {actor}, {action}): {detail}</source>
        <translation>{kind}: القيد {entry} (الموضع {seq}، {at} بالتوقيت العالمي، {actor}، {action}): {detail}</translation>
    </message>
    <message>
        <source>The audit log needs a chain key kept outside the database, and no OS keychain is available here; on PostgreSQL, run `homeward db grant` so the server keeps it</source>
        <translation>يحتاج سجل التدقيق إلى مفتاح سلسلة محفوظ خارج قاعدة البيانات، ولا تتوفر هنا سلسلة مفاتيح للنظام؛ على PostgreSQL، شغّل `homeward db grant` ليحفظه الخادم</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the audit chain key ({name})</source>
        <translation>رفضت سلسلة مفاتيح النظام حفظ مفتاح سلسلة التدقيق ({name})</translation>
    </message>
    <message>
        <source>The audit log of installation {installation} is linked with a chain key sealed with the database passphrase, and this passphrase does not open it</source>
        <translation>سجل التدقيق للتثبيت {installation} مربوط بمفتاح سلسلة مختوم بعبارة مرور قاعدة البيانات، وهذه العبارة لا تفتحه</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) at position {seq} predates the restore recorded at position {restore_seq} ({restored_at} UTC, {actor}), which set the chain back to position {backup_seq}</source>
        <translation>نقطة التحقق المؤرخة {at} بالتوقيت العالمي ({source}) عند الموضع {seq} أقدم من الاستعادة المسجّلة عند الموضع {restore_seq} ({restored_at} بالتوقيت العالمي، {actor})، التي أعادت السلسلة إلى الموضع {backup_seq}</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) is not signed with this installation&apos;s chain key</source>
        <translation>نقطة التحقق المؤرخة {at} بالتوقيت العالمي ({source}) غير موقّعة بمفتاح سلسلة هذا التثبيت</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) belongs to installation {theirs}; this database is installation {ours}</source>
        <translation>نقطة التحقق المؤرخة {at} بالتوقيت العالمي ({source}) تخص التثبيت {theirs}؛ وقاعدة البيانات هذه هي التثبيت {ours}</translation>
    </message>
    <message>
        <source>the chain ends at position {head}, but the checkpoint of {at} UTC ({source}) recorded position {seq}: the {missing} after the head are gone (a cut tail, or an older backup restored without record)</source>
        <translation>تنتهي السلسلة عند الموضع {head}، لكن نقطة التحقق المؤرخة {at} بالتوقيت العالمي ({source}) سجّلت الموضع {seq}: اختفت {missing} بعد الرأس (ذيل مقطوع، أو نسخة احتياطية أقدم استُعيدت دون تسجيل)</translation>
    </message>
    <message>
        <source>its fields (time, actor, action, entity or case) were changed</source>
        <translation>تم تغيير حقوله (الوقت أو المنفّذ أو الإجراء أو الكيان أو الملف)</translation>
    </message>
    <message>
        <source>{count} before this one (positions {first} to {last}) are missing</source>
        <translation>ينقص {count} قبل هذا القيد (المواضع من {first} إلى {last})</translation>
    </message>
    <message>
        <source>1 entry before this one (position {first}) is missing</source>
        <translation>ينقص قيد واحد قبل هذا القيد (الموضع {first})</translation>
    </message>
    <message>
        <source>a write found the chain head moved to position {seq} without the chain key and recorded it here: the entries after position {seq} were cut, or the head rewritten</source>
        <translation>وجدت عملية كتابة أن رأس السلسلة نُقل إلى الموضع {seq} دون مفتاح السلسلة وسجّلت ذلك هنا: القيود التي تلي الموضع {seq} قُطعت، أو أُعيدت كتابة الرأس</translation>
    </message>
    <message>
        <source>the last entry&apos;s hash is not the one the chain head records</source>
        <translation>بصمة القيد الأخير ليست البصمة التي يسجّلها رأس السلسلة</translation>
    </message>
    <message>
        <source>the chain head row is missing</source>
        <translation>صف رأس السلسلة مفقود</translation>
    </message>
    <message>
        <source>the chain head (position {seq}) does not carry the chain key&apos;s signature: it was moved or rewritten without the key, as when entries at the end are cut off</source>
        <translation>رأس السلسلة (الموضع {seq}) لا يحمل توقيع مفتاح السلسلة: نُقل أو أُعيدت كتابته دون المفتاح، كما يحدث عند قطع قيود من النهاية</translation>
    </message>
    <message>
        <source>the chain head says keyed links start at position {found}, but the chain key was made for position {expected}</source>
        <translation>يفيد رأس السلسلة بأن الروابط المفتاحية تبدأ عند الموضع {found}، لكن مفتاح السلسلة أُنشئ للموضع {expected}</translation>
    </message>
    <message>
        <source>its before/after values were changed</source>
        <translation>تم تغيير قيمه قبل التعديل وبعده</translation>
    </message>
    <message>
        <source>its link is a plain SHA-256 where the chain key&apos;s HMAC belongs: the chain was recomputed from here on by someone without the key</source>
        <translation>رابطه SHA-256 بسيط في موضع يجب أن يكون فيه HMAC بمفتاح السلسلة: أعاد شخص لا يملك المفتاح حساب السلسلة من هنا فصاعدًا</translation>
    </message>
    <message>
        <source>marked redacted by entry {by}, which is not a later retention run</source>
        <translation>موسوم بأنه مُنقّح بواسطة القيد {by}، وهو ليس تطبيقًا لاحقًا لقواعد الاحتفاظ</translation>
    </message>
    <message>
        <source>marked redacted but holds a payload</source>
        <translation>موسوم بأنه مُنقّح لكنه يحتوي على قيم</translation>
    </message>
    <message>
        <source>the entry at position {seq} no longer has the hash the checkpoint of {at} UTC ({source}) recorded: the chain was rewritten up to there</source>
        <translation>لم يعد للقيد عند الموضع {seq} البصمةُ التي سجّلتها نقطة التحقق المؤرخة {at} بالتوقيت العالمي ({source}): أُعيدت كتابة السلسلة حتى ذلك الموضع</translation>
    </message>
    <message>
        <source>a second entry at position {seq}</source>
        <translation>قيد ثانٍ عند الموضع {seq}</translation>
    </message>
    <message>
        <source>the chain head records {head}; the last {missing} after this one are missing</source>
        <translation>يسجّل رأس السلسلة {head}؛ وينقص بعد هذا القيد {missing}</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (an entry was replaced or inserted here)</source>
        <translation>لا يرتبط بالقيد الذي يسبقه (استُبدل قيد أو أُدرج هنا)</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>لا يوجد ملف {path}</translation>
    </message>
    <message>
        <source>{path} is not a Homeward audit checkpoint</source>
        <translation>{path} ليس نقطة تحقق لسجل تدقيق Homeward</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>تتعذر قراءة {path} ({reason})</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}: الملف فارغ</translation>
    </message>
    <message>
        <source>header: missing column {missing} (found {found})</source>
        <translation>الترويسة: العمود {missing} مفقود (الموجود: {found})</translation>
    </message>
    <message>
        <source>header: missing columns {missing} (found {found})</source>
        <translation>الترويسة: الأعمدة {missing} مفقودة (الموجود: {found})</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: النص ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}</source>
        <translation>لم يُستورد أي شيء: {problems}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}; and {more} more</source>
        <translation>لم يُستورد أي شيء: {problems}؛ و{more} غيرها</translation>
    </message>
    <message>
        <source>row {row}: repeats row {first} ({region}, {skill})</source>
        <translation>السطر {row}: يكرر السطر {first} ({region}، {skill})</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>السطر {row}: {problem}</translation>
    </message>
    <message>
        <source>{name}: more than {most} rows</source>
        <translation>{name}: أكثر من {most} صف</translation>
    </message>
    <message>
        <source>row {row}: country: {country} has no country profile</source>
        <translation>السطر {row}: البلد: لا يوجد ملف بلد لـ{country}</translation>
    </message>
    <message>
        <source>{name}: not a readable XLSX workbook ({error})</source>
        <translation>{name}: مصنف XLSX غير قابل للقراءة ({error})</translation>
    </message>
    <message>
        <source>{name}: only .csv and .xlsx files can be imported</source>
        <translation>{name}: لا يمكن استيراد سوى ملفات ‎.csv و‎.xlsx</translation>
    </message>
    <message>
        <source>for ages {min_age}–{max_age} (the person is {age})</source>
        <translation>للأعمار من {min_age} إلى {max_age} (عمر الشخص {age})</translation>
    </message>
    <message>
        <source>for ages {min_age}+ (the person is {age})</source>
        <translation>للأعمار من {min_age} فما فوق (عمر الشخص {age})</translation>
    </message>
    <message>
        <source>only for the head of household</source>
        <translation>لرب الأسرة فقط</translation>
    </message>
    <message>
        <source>not offered in {region}</source>
        <translation>غير متاحة في {region}</translation>
    </message>
    <message>
        <source>another kind of package</source>
        <translation>نوع آخر من الحزم</translation>
    </message>
    <message>
        <source>teaches {taught}, not {wished}</source>
        <translation>تعلّم {taught}، لا {wished}</translation>
    </message>
    <message>
        <source>only for someone with one of: {vulnerabilities}</source>
        <translation>مخصصة لمن لديه أحد الجوانب التالية: {vulnerabilities}</translation>
    </message>
    <message>
        <source>for {vulnerability} only</source>
        <translation>مخصصة لمن لديه: {vulnerability}</translation>
    </message>
    <message>
        <source>{reason}; start Homeward interactively to enter the database passphrase</source>
        <translation>{reason}؛ شغّل Homeward بشكل تفاعلي لإدخال عبارة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not sign a decision that a person matching someone whose involvement ended or who was granted protection is someone else, or decided anew: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) توقيع قرار بأن شخصًا يطابق شخصًا انتهى التدخل في شأنه أو مُنح الحماية هو شخص آخر، أو بأن قرارًا جديدًا قد اتُّخذ: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not read, verify or checkpoint the audit log: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) الاطلاع على سجل التدقيق أو التحقق منه أو تسجيل نقطة تحقق له: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>is below the {allocated} already allocated</source>
        <translation>أقل من {allocated} المخصّصة بالفعل</translation>
    </message>
    <message>
        <source>must be from the earliest month ({earliest}) to {most}</source>
        <translation>يجب أن يكون من أقرب شهر ({earliest}) إلى {most}</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {most}</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى {most}</translation>
    </message>
    <message>
        <source>at most {most} skills of up to {length} characters</source>
        <translation>{most} مهارات كحد أقصى، لا يتجاوز كل منها {length} حرفًا</translation>
    </message>
    <message>
        <source>delivery after the arrival in {arrival} falls beyond the planning horizon</source>
        <translation>يقع التسليم بعد الوصول في {arrival} خارج فترة التخطيط</translation>
    </message>
    <message>
        <source>{budget} has {in_kind} in kind and {cash} in cash left</source>
        <translation>تبقّى في {budget} مبلغ {in_kind} عينيًا و{cash} نقدًا</translation>
    </message>
    <message>
        <source>the household&apos;s ceiling has {left} in kind left, the cheapest eligible {kind} package costs {cheapest}</source>
        <translation>تبقّى من سقف الأسرة {left} عينيًا، وأرخص حزمة «{kind}» مستحقة تكلف {cheapest}</translation>
    </message>
    <message>
        <source>the lead time of every eligible {kind} package has passed since the arrival in {arrival}</source>
        <translation>انقضت مهلة كل حزم «{kind}» المستحقة منذ الوصول في {arrival}</translation>
    </message>
    <message>
        <source>no budget covers its arrival in {month}</source>
        <translation>لا ميزانية تغطي وصولها في {month}</translation>
    </message>
    <message>
        <source>the catalogue has no {kind} package for {country}</source>
        <translation>لا يتضمن الكتالوج أي حزمة «{kind}» لـ{country}</translation>
    </message>
    <message>
        <source>{partners}: no place left in {region} in {month}</source>
        <translation>{partners}: لا أماكن متبقية في {region} في {month}</translation>
    </message>
    <message>
        <source>{partners}: no place left in {region} from {first} to {last}</source>
        <translation>{partners}: لا أماكن متبقية في {region} من {first} إلى {last}</translation>
    </message>
    <message>
        <source>no training in {skill} is offered in {region} (only {trades})</source>
        <translation>لا يُقدَّم أي تدريب في {skill} في {region} (فقط: {trades})</translation>
    </message>
    <message>
        <source>not eligible: {reasons}</source>
        <translation>غير مستحق: {reasons}</translation>
    </message>
    <message>
        <source>no eligible {kind} package can be delivered in time</source>
        <translation>لا يمكن تسليم أي حزمة «{kind}» مستحقة في الوقت المناسب</translation>
    </message>
    <message>
        <source>no {kind} package is offered in {region}</source>
        <translation>لا تُقدَّم أي حزمة «{kind}» في {region}</translation>
    </message>
    <message>
        <source>a {kind} package still fits: the search stopped before allocating it (run again with more time, or adjust by hand)</source>
        <translation>لا تزال حزمة «{kind}» مناسبة: توقف البحث قبل تخصيصها (أعد التشغيل بوقت أطول، أو عدّل يدويًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>قيد واحد (%n)</numerusform>
            <numerusform>قيدان (%n)</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packages</source>
        <translation>
            <numerusform>لا حزم</numerusform>
            <numerusform>حزمة واحدة</numerusform>
            <numerusform>حزمتان</numerusform>
            <numerusform>%Ln حزم</numerusform>
            <numerusform>%Ln حزمة</numerusform>
            <numerusform>%Ln حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} has already travelled</source>
        <translation>سافر {reference} بالفعل</translation>
    </message>
    <message>
        <source>{reference} has no members to book</source>
        <translation>لا يوجد في {reference} أفراد لحجزهم</translation>
    </message>
    <message>
        <source>{reference} is already closed</source>
        <translation>{reference} مغلق بالفعل</translation>
    </message>
    <message>
        <source>{reference} is not booked on a movement; book it first</source>
        <translation>{reference} غير محجوز على أي رحلة؛ احجزه أولًا</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended</source>
        <translation>{reference}: انتهى تدخّل المنظمة</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended; no declaration of return can be printed</source>
        <translation>{reference}: انتهى تدخّل المنظمة؛ لا يمكن طباعة إقرار العودة</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended; no travel document can be printed for this case</source>
        <translation>{reference}: انتهى تدخّل المنظمة؛ لا يمكن طباعة أي وثيقة سفر لهذا الملف</translation>
    </message>
    <message>
        <source>{referred_on} is before the concern was raised ({raised_on})</source>
        <translation>{referred_on} يسبق الإبلاغ عن المخاوف ({raised_on})</translation>
    </message>
    <message>
        <source>The encrypted {context} could not be opened: it was altered or moved from another record, or sealed with another field key</source>
        <translation>تعذّر فتح المحتوى المشفّر {context}: إما أنه عُدِّل أو نُقل من سجل آخر، أو خُتم بمفتاح ميدان آخر</translation>
    </message>
    <message>
        <source>{reference} has not arrived in the country of return; a package is handed over after arrival</source>
        <translation>لم تصل {reference} إلى بلد العودة؛ تُسلَّم الحزمة بعد الوصول</translation>
    </message>
    <message>
        <source>may not travel on its booking now: {reasons}</source>
        <translation>لا يمكنها السفر على حجزها الآن: {reasons}</translation>
    </message>
    <message>
        <source>a reported breach of {country}&apos;s assurances awaits its review decision; only the review decision (Monitoring page, with its reason) can bring a {kind} assurance into force</source>
        <translation>خرق مُبلَّغ عنه لضمانات {country} ينتظر قرار المراجعة؛ وحده قرار المراجعة (صفحة المتابعة، مع سببه) يمكنه جعل ضمان {kind} ساريًا</translation>
    </message>
    <message>
        <source>The audit log of installation {installation} is linked with a chain key, and this desktop&apos;s keychain holds none for it; import it with `homeward keys import-field-key FILE` (an officer exports it with the field key)</source>
        <translation>سجل التدقيق للتثبيت {installation} مربوط بمفتاح سلسلة، ولا تحتوي سلسلة مفاتيح هذا الجهاز على أي مفتاح له؛ استورده بالأمر `homeward keys import-field-key FILE` (يصدّره مسؤول حماية البيانات مع مفتاح الحقول)</translation>
    </message>
    <message>
        <source>{movement} cannot be recorded as departed: {households}. A household that did not board is taken off the movement first</source>
        <translation>لا يمكن تسجيل مغادرة {movement}: {households}. الأسرة التي لم تصعد تُرفع من الرحلة أولًا</translation>
    </message>
    <message>
        <source>no movement has the code {code}</source>
        <translation>لا توجد رحلة بالرمز {code}</translation>
    </message>
    <message>
        <source>is not a spreadsheet Homeward writes: end the name with .xlsx (Excel) or .csv</source>
        <translation>ليس جدولًا يكتبه Homeward: اجعل الاسم ينتهي بـ ‎.xlsx‎ (Excel) أو ‎.csv‎</translation>
    </message>
    <message>
        <source>The {context} holds plain text where an encrypted value belongs: it was written around Homeward and is not shown</source>
        <translation>يحتوي {context} على نص غير مشفّر في موضع قيمة مشفّرة: كُتب بتجاوز Homeward ولن يُعرض</translation>
    </message>
    <message>
        <source>The encrypted {context} is not bound to its record (sealed by an older Homeward); run `homeward db upgrade` on a desktop holding the field key</source>
        <translation>المحتوى المشفّر {context} غير مربوط بسجله (ختمه إصدار أقدم من Homeward)؛ شغّل `homeward db upgrade` على جهاز يحمل مفتاح الميدان</translation>
    </message>
    <message>
        <source>holds the audit chain key of installation {held}, but this database is installation {expected}</source>
        <translation>يحتوي على مفتاح سلسلة التدقيق للتثبيت {held}، لكن قاعدة البيانات هذه هي التثبيت {expected}</translation>
    </message>
    <message>
        <source>{country} does not authorise active monitoring on {on}: a visit cannot be recorded for that day (a report received or a call can)</source>
        <translation>لا تأذن {country} بالمتابعة النشطة في {on}: لا يمكن تسجيل زيارة في ذلك اليوم (يمكن تسجيل تقرير وارد أو مكالمة)</translation>
    </message>
    <message>
        <source>{reference}: {reasons} — to resolve: {fixes}</source>
        <translation>{reference}: {reasons} — للحل: {fixes}</translation>
    </message>
    <message>
        <source>{backend} is not an OS keychain (it keeps secrets in a plain or merely obfuscated file, or nowhere), so Homeward keeps no secret there</source>
        <translation>{backend} ليس سلسلة مفاتيح للنظام (يحفظ الأسرار في ملف غير مشفّر أو مموّه فحسب، أو لا يحفظها أصلًا)، لذا لا يحفظ Homeward فيه أي سر</translation>
    </message>
    <message>
        <source>Leg {number}, {part}: {problem}</source>
        <translation>المرحلة {number}، {part}: {problem}</translation>
    </message>
    <message>
        <source>No manifest of {movement} can be printed while a booked household is not ready on the day: {households}. Resolve it, or take the household off the movement</source>
        <translation>لا يمكن طباعة بيان ركاب {movement} ما دامت أسرة محجوزة غير جاهزة في يوم السفر: {households}. عالج ذلك، أو ارفع الأسرة من الرحلة</translation>
    </message>
    <message>
        <source>a travel letter needs the office&apos;s {missing}: fill them in under Administration › Office… (or `homeward office set`)</source>
        <translation>تتطلب رسالة السفر من بيانات المكتب: {missing}؛ أكملها في الإدارة › المكتب… (أو `homeward office set`)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read ({reason})</source>
        <translation>تعذرت قراءة «{path}» ({reason})</translation>
    </message>
    <message>
        <source>{user} ({role}) may not take a backup of the whole database: only a coordinator or data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) أخذ نسخة احتياطية من قاعدة البيانات كلها: هذا مقصور على المنسق أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not export lists of people (cases, follow-ups, plans, passengers, allocations) to a file: only a coordinator, monitor or data-protection officer may</source>
        <translation>لا يجوز لـ {user} ({role}) تصدير قوائم الأشخاص (الملفات، والمتابعات، والخطط، والركاب، والمخصصات) إلى ملف: لا يجوز ذلك إلا للمنسق أو المراقب أو مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>{user} ({role}) may not restore the database from a backup: only a data-protection officer may</source>
        <translation>لا يحق لـ{user} ({role}) استعادة قاعدة البيانات من نسخة احتياطية: هذا مقصور على مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>places are named only in {languages}</source>
        <translation>لا تُسمّى الأماكن إلا بـ{languages}</translation>
    </message>
    <message>
        <source>{reference}: its confirmed booking no longer passes readiness; planned as if free</source>
        <translation>{reference}: لم يعد حجزه المؤكَّد يستوفي الجاهزية؛ خُطِّط له كما لو كان حرًّا</translation>
    </message>
    <message>
        <source>{case}: its movement {before} is no longer in the plan; now on {after}</source>
        <translation>{case}: لم تعد رحلته {before} ضمن الخطة؛ وهو الآن على {after}</translation>
    </message>
    <message>
        <source>{case}: its movement {before} is no longer in the plan; no other seat</source>
        <translation>{case}: لم تعد رحلته {before} ضمن الخطة؛ ولا مقعد آخر</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, the same day for less</source>
        <translation>{case}: من {before} إلى {after}، في اليوم نفسه بتكلفة أقل</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, which leaves {days} earlier (seats freed)</source>
        <translation>{case}: من {before} إلى {after}، التي تغادر قبلها بـ {days} (مقاعد أُتيحت)</translation>
    </message>
    <message>
        <source>{case}: taken off {before} for {households}, who waited longer or are more vulnerable</source>
        <translation>{case}: أُزيل من {before} لصالح {households}، ممن انتظروا أطول أو هم أكثر ضعفًا</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, making room for {households}</source>
        <translation>{case}: من {before} إلى {after}، لإفساح المجال أمام {households}</translation>
    </message>
    <message>
        <source>{case}: readiness no longer allows {before}; now on {after}</source>
        <translation>{case}: لم تعد الجاهزية تسمح بـ {before}؛ وهو الآن على {after}</translation>
    </message>
    <message>
        <source>{case}: readiness no longer allows {before}; no other seat</source>
        <translation>{case}: لم تعد الجاهزية تسمح بـ {before}؛ ولا مقعد آخر</translation>
    </message>
    <message>
        <source>{placement}; {cost}</source>
        <translation>{placement}؛ {cost}</translation>
    </message>
    <message>
        <source>departs on {departs}, within {days}</source>
        <translation>تغادر في {departs}، خلال {days}</translation>
    </message>
    <message>
        <source>travel letter issued on {issued}</source>
        <translation>صدرت رسالة السفر في {issued}</translation>
    </message>
    <message>
        <source>is your own account: change your password instead (File › Change password…)</source>
        <translation>هو حسابك أنت: غيّر كلمة مرورك بدلًا من ذلك (ملف › تغيير كلمة المرور…)</translation>
    </message>
    <message>
        <source>This recovery code does not open the account {user}: it is wrong or was used already, or {user} is no active data-protection officer holding a code; nothing was changed</source>
        <translation>رمز الاسترداد هذا لا يفتح الحساب {user}: إما أنه خاطئ أو استُخدم من قبل، أو أن {user} ليس مسؤول حماية بيانات نشطًا يحمل رمزًا؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>This backup&apos;s history went another way than the database&apos;s after position {common_seq}: restoring it would undo the last {lost} of the audit log ({start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--older); the restore is logged</source>
        <translation>سلك تاريخ هذه النسخة الاحتياطية طريقًا آخر غير تاريخ قاعدة البيانات بعد الموضع {common_seq}: استعادتها ستلغي آخر {lost} في سجل التدقيق (من {start} إلى {end} بالتوقيت العالمي)، وهي تخص: {actions}. لم يُستبدل شيء. لاستعادتها رغم ذلك، أكّد ذلك (--older)؛ وتُسجَّل الاستعادة</translation>
    </message>
    <message>
        <source>The restore log {path} cannot be written ({reason}); nothing was restored</source>
        <translation>تتعذر الكتابة في سجل الاستعادات {path} ({reason})؛ لم يُستعد شيء</translation>
    </message>
    <message>
        <source>This backup is older than the database: restoring it would undo the last {lost} of the audit log (after position {backup_seq}, up to {live_seq}; {start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--older); the restore is logged</source>
        <translation>هذه النسخة الاحتياطية أقدم من قاعدة البيانات: استعادتها ستلغي آخر {lost} في سجل التدقيق (بعد الموضع {backup_seq} وحتى {live_seq}؛ من {start} إلى {end} بالتوقيت العالمي)، وهي تخص: {actions}. لم يُستبدل شيء. لاستعادتها رغم ذلك، أكّد ذلك (--older)؛ وتُسجَّل الاستعادة</translation>
    </message>
    <message>
        <source>This backup is of another installation ({theirs}; this database is {ours}): restoring it replaces everything here and undoes all {lost} of the audit log ({start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--other-installation); the restore is logged</source>
        <translation>هذه النسخة الاحتياطية من تثبيت آخر ({theirs}؛ وقاعدة البيانات هذه هي {ours}): استعادتها تستبدل كل ما هنا وتلغي كل {lost} في سجل التدقيق (من {start} إلى {end} بالتوقيت العالمي)، وهي تخص: {actions}. لم يُستبدل شيء. لاستعادتها رغم ذلك، أكّد ذلك (--other-installation)؛ وتُسجَّل الاستعادة</translation>
    </message>
    <message>
        <source>{country} authorises active monitoring in {region} on none of the days {first} to {last}: no visit can be planned there</source>
        <translation>لا تأذن {country} بالمتابعة النشطة في {region} في أي يوم من {first} إلى {last}: لا يمكن التخطيط لأي زيارة هناك</translation>
    </message>
    <message>
        <source>does not open: it was altered, or moved from another record</source>
        <translation>لا تُفتح: عُدِّلت أو نُقلت من سجل آخر</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>opens, but does not match the file&apos;s recorded digest</source>
        <translation>تُفتح، لكنها لا تطابق البصمة المسجّلة للملف</translation>
    </message>
    <message>
        <source>was sealed with another field key ({key_id})</source>
        <translation>خُتمت بمفتاح ميدان آخر ({key_id})</translation>
    </message>
    <message>
        <source>holds plain text where a sealed value belongs</source>
        <translation>يحتوي على نص غير مشفّر في موضع قيمة مختومة</translation>
    </message>
    <message>
        <source>was sealed the older way, not bound to its record</source>
        <translation>خُتمت بالطريقة القديمة، دون ربطها بسجلها</translation>
    </message>
    <message>
        <source>Wrong user name or password, or this account may not sign in now: {failures} in a row lock it for {minutes}, and a deactivated account stays closed; ask the data-protection officer if it goes on</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة، أو لا يمكن لهذا الحساب تسجيل الدخول الآن: {failures} متتالية تقفله مدة {minutes}، والحساب المعطَّل يبقى مغلقًا؛ اسأل مسؤول حماية البيانات إن استمر ذلك</translation>
    </message>
    <message>
        <source>The {solver} stopped unexpectedly ({how}); nothing was changed. Its log is saved in {log}</source>
        <translation>توقف {solver} بشكل غير متوقع ({how})؛ لم يُغيَّر أي شيء. حُفظ سجله في {log}</translation>
    </message>
    <message>
        <source>is not a &apos;name: value&apos; line</source>
        <translation>ليس سطرًا بالصيغة «الاسم: القيمة»</translation>
    </message>
    <message>
        <source>lacks {missing}</source>
        <translation>ينقصه {missing}</translation>
    </message>
    <message>
        <source>is not a statement printed by Homeward (it does not start &apos;HOMEWARD DOCUMENT 1&apos;)</source>
        <translation>ليس بيانًا طبعه Homeward (لا يبدأ بـ «HOMEWARD DOCUMENT 1»)</translation>
    </message>
    <message>
        <source>is not a person line (name | [Latin name |] date of birth | travel document)</source>
        <translation>ليس سطر شخص (الاسم | [الاسم بالحروف اللاتينية |] تاريخ الميلاد | وثيقة السفر)</translation>
    </message>
    <message>
        <source>The database {where} refused: this desktop&apos;s database login may not do that (its role does not allow it); nothing was saved</source>
        <translation>رفضت قاعدة البيانات {where}: لا يُسمح لحساب الدخول إلى قاعدة البيانات على هذا الجهاز بذلك (دوره لا يجيزه)؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>The database {where} refused: this desktop&apos;s database login belongs to another account than the one signed in; sign in as that account, or use your own login</source>
        <translation>رفضت قاعدة البيانات {where}: حساب الدخول إلى قاعدة البيانات على هذا الجهاز يخص حسابًا غير الحساب المسجَّل دخوله؛ سجّل الدخول بذلك الحساب، أو استخدم حساب دخولك الخاص</translation>
    </message>
    <message>
        <source>The database holds {values} to bind to their records, and this desktop does not hold its field key {key_id}; import it (`homeward keys import-field-key FILE`) and upgrade again; nothing was changed</source>
        <translation>تحتوي قاعدة البيانات على {values} ينبغي ربطها بسجلاتها، وهذا الجهاز لا يحمل مفتاح الميدان الخاص بها {key_id}؛ استورده (`homeward keys import-field-key FILE`) ثم أعد الترقية؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>The database holds {values} but no record of the field key that sealed them; restore it from a backup; nothing was changed</source>
        <translation>تحتوي قاعدة البيانات على {values} دون أي سجل لمفتاح الميدان الذي ختمها؛ استعدها من نسخة احتياطية؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the issue record was altered after printing (its facts no longer match its digest)</source>
        <translation>عُدِّل سجل الإصدار بعد الطباعة (لم تعد وقائعه تطابق بصمته)</translation>
    </message>
    <message>
        <source>the records changed since printing: {paths}</source>
        <translation>تغيّرت السجلات منذ الطباعة: {paths}</translation>
    </message>
    <message>
        <source>the records changed since printing: {paths} and {more} more</source>
        <translation>تغيّرت السجلات منذ الطباعة: {paths} و{more} غيرها</translation>
    </message>
    <message>
        <source>a newer issue of this document was printed on {day} ({code})</source>
        <translation>طُبع إصدار أحدث من هذه الوثيقة في {day} ({code})</translation>
    </message>
    <message>
        <source>no Homeward QR code was found in &apos;{path}&apos;</source>
        <translation>لم يُعثر على رمز QR من Homeward في «{path}»</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a PDF or image Homeward can read ({reason})</source>
        <translation>«{path}» ليس ملف PDF أو صورة يستطيع Homeward قراءتها ({reason})</translation>
    </message>
    <message>
        <source>checking offline needs the PDF, scan or photo of the document, and --public-key</source>
        <translation>يتطلب التحقق دون اتصال ملف PDF للوثيقة أو صورتها الممسوحة أو الملتقطة، و--public-key</translation>
    </message>
    <message>
        <source>revoked on {day} by {by}: {reason}</source>
        <translation>أُلغيت في {day} من قِبل {by}: {reason}</translation>
    </message>
    <message>
        <source>the statement kept for this code does not carry the office&apos;s signature (the issue record was altered)</source>
        <translation>البيان المحفوظ لهذا الرمز لا يحمل توقيع المكتب (تم تعديل سجل الإصدار)</translation>
    </message>
    <message>
        <source>{subject} no longer exists in the records</source>
        <translation>{subject} لم يعد موجودًا في السجلات</translation>
    </message>
    <message>
        <source>the public key file &apos;{path}&apos; cannot be read ({reason})</source>
        <translation>تعذرت قراءة ملف المفتاح العام «{path}» ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed values</source>
        <translation>
            <numerusform>%Ln قيمة مختومة</numerusform>
            <numerusform>قيمة مختومة واحدة</numerusform>
            <numerusform>قيمتان مختومتان</numerusform>
            <numerusform>%Ln قيم مختومة</numerusform>
            <numerusform>%Ln قيمةً مختومة</numerusform>
            <numerusform>%Ln قيمة مختومة</numerusform>
        </translation>
    </message>
    <message>
        <source>active monitoring profiles</source>
        <extracomment>The fields validation errors name (`planning.messages.FIELDS`).</extracomment>
        <translation>الفئات الخاضعة للمتابعة النشطة</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>arrival at</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>وقت الوصول الفعلي</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>المقيِّم</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>التعيينات</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>authority name</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>معرّف الملف</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>النقد</translation>
    </message>
    <message>
        <source>cash per adult</source>
        <translation>النقد لكل بالغ</translation>
    </message>
    <message>
        <source>cash per dependant</source>
        <translation>النقد لكل مُعال</translation>
    </message>
    <message>
        <source>cash total</source>
        <translation>إجمالي النقد</translation>
    </message>
    <message>
        <source>charter cost</source>
        <translation>تكلفة الاستئجار</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>نقطة التحقق</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>closes at</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>confirmed on</source>
        <translation>تاريخ التأكيد</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>contact made</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>day end</source>
        <translation>نهاية اليوم</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>departed at</source>
        <translation>وقت المغادرة الفعلي</translation>
    </message>
    <message>
        <source>details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>إرشادات الوصول</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>تاريخ التنفيذ</translation>
    </message>
    <message>
        <source>economic score</source>
        <translation>الدرجة الاقتصادية</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>emergency line</source>
        <translation>خط الطوارئ</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>flight number</source>
        <translation>رقم الرحلة</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>خط التمويل</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>الوصي</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>بدء النفاذ</translation>
    </message>
    <message>
        <source>in force to</source>
        <translation>نهاية النفاذ</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>عينيًا</translation>
    </message>
    <message>
        <source>in kind per adult</source>
        <translation>العيني لكل بالغ</translation>
    </message>
    <message>
        <source>in kind per dependant</source>
        <translation>العيني لكل مُعال</translation>
    </message>
    <message>
        <source>in kind total</source>
        <translation>الإجمالي العيني</translation>
    </message>
    <message>
        <source>information given</source>
        <translation>المعلومات المقدَّمة</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>issuing authority</source>
        <translation>الجهة المصدرة</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>last</source>
        <translation>الشهر الأخير</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>lead max months</source>
        <translation>أقصى مهلة (بالأشهر)</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>legs[1].departure at</source>
        <translation>legs[1].وقت المغادرة</translation>
    </message>
    <message>
        <source>legs[1].origin</source>
        <translation>legs[1].نقطة الانطلاق</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>livelihood</source>
        <translation>سبل العيش</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>الأقفال</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>max age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <source>medical escort places</source>
        <translation>أماكن المرافقين الطبيين</translation>
    </message>
    <message>
        <source>members</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>minor escort places</source>
        <translation>أماكن المرافقين للقاصرين</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>طريقة المتابعة</translation>
    </message>
    <message>
        <source>monitoring level</source>
        <translation>مستوى المتابعة</translation>
    </message>
    <message>
        <source>monitors</source>
        <translation>مسؤولو المتابعة</translation>
    </message>
    <message>
        <source>monitors per day</source>
        <translation>مسؤولو المتابعة في اليوم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>الرحلات</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>noted on</source>
        <translation>تاريخ الرصد</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>occurred on</source>
        <translation>تاريخ الوقوع</translation>
    </message>
    <message>
        <source>opens at</source>
        <translation>وقت الفتح</translation>
    </message>
    <message>
        <source>other person</source>
        <translation>الشخص الآخر</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>outcome on</source>
        <translation>تاريخ النتيجة</translation>
    </message>
    <message>
        <source>package delivered</source>
        <translation>تسليم الحزمة</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>person ids</source>
        <translation>معرّفات الأشخاص</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>psychosocial score</source>
        <translation>الدرجة النفسية الاجتماعية</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>readmitted without problems</source>
        <translation>أُعيد قبوله دون مشكلات</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>reception arrangement</source>
        <translation>ترتيبات الاستقبال</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>الجهة المتلقية</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>ملاحظة الإحالة</translation>
    </message>
    <message>
        <source>referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>region of return</source>
        <translation>منطقة العودة</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>repeat password</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>safeguard</source>
        <translation>ضمانة الحماية</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>النسخة الممسوحة</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>service minutes</source>
        <translation>مدة الزيارة (بالدقائق)</translation>
    </message>
    <message>
        <source>shared on</source>
        <translation>تاريخ المشاركة</translation>
    </message>
    <message>
        <source>signatory&apos;s name</source>
        <translation>اسم الموقِّع</translation>
    </message>
    <message>
        <source>signatory&apos;s title</source>
        <translation>صفة الموقِّع</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>social score</source>
        <translation>الدرجة الاجتماعية</translation>
    </message>
    <message>
        <source>speed kmh</source>
        <translation>السرعة (كم/ساعة)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>الأقوال</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>بدء السريان</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>نهاية السريان</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation>أوجه الهشاشة</translation>
    </message>
    <message>
        <source>wishes</source>
        <translation>الرغبات</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>المهلة (بالأيام)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>country profile</source>
        <translation>بيانات البلد</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>field office for</source>
        <translation>مكتب ميداني لـ</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>head of household in case</source>
        <translation>رب أسرة في الملف</translation>
    </message>
    <message>
        <source>package allocation</source>
        <translation>تخصيص حزمة</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <comment>ReferralSource</comment>
        <extracomment>The label of every vocabulary value (`planning.labels`), its enum as context; `desktop.labels.label` shows it.</extracomment>
        <translation>مركز استقبال</translation>
    </message>
    <message>
        <source>{reference}: {why}; no package is handed over</source>
        <translation>{reference}: {why}؛ لا تُسلَّم أي حزمة</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {most} (0 or 1: every count shown)</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى {most} (0 أو 1: تُعرض كل الأعداد)</translation>
    </message>
    <message>
        <source>give one way to count, or two different ones</source>
        <translation>اختر طريقة واحدة للعدّ، أو طريقتين مختلفتين</translation>
    </message>
    <message>
        <source>the {report} report cannot be split by {dimension} (only by {known})</source>
        <translation>لا يمكن تفصيل تقرير {report} حسب {dimension} (بل حسب {known} فقط)</translation>
    </message>
    <message>
        <source>a report covers at most {years} years</source>
        <translation>يغطي التقرير {years} سنوات على الأكثر</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a way to count ({known})</source>
        <translation>«{given}» ليست طريقة للعدّ ({known})</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a report Homeward draws up ({known})</source>
        <translation>«{given}» ليس تقريرًا يعدّه Homeward ({known})</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>referral source</source>
        <translation>الجهة المُحيلة</translation>
    </message>
    <message>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>smallest count shown in reports for sharing</source>
        <translation>أصغر عدد يُعرض في التقارير المعدّة للمشاركة</translation>
    </message>
    <message>
        <source>way to count</source>
        <translation>طريقة العدّ</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>ReferralSource</comment>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>UNHCR</source>
        <comment>ReferralSource</comment>
        <translation>المفوضية السامية للاجئين</translation>
    </message>
    <message>
        <source>Government office</source>
        <comment>ReferralSource</comment>
        <translation>مكتب حكومي</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <comment>ReferralSource</comment>
        <translation>إحالة ذاتية</translation>
    </message>
    <message>
        <source>Intake</source>
        <comment>CaseStatus</comment>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>In counselling</source>
        <comment>CaseStatus</comment>
        <translation>قيد الإرشاد</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>CaseStatus</comment>
        <translation>قرّر العودة</translation>
    </message>
    <message>
        <source>Preparing travel</source>
        <comment>CaseStatus</comment>
        <translation>التحضير للسفر</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <comment>CaseStatus</comment>
        <translation>جاهز للسفر</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>CaseStatus</comment>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>CaseStatus</comment>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>CaseStatus</comment>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Monitoring after return</source>
        <comment>CaseStatus</comment>
        <translation>المتابعة بعد العودة</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>CaseStatus</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>On hold (protection referral)</source>
        <comment>CaseStatus</comment>
        <translation>معلّقة (إحالة إلى الحماية)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>CaseStatus</comment>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>CaseStatus</comment>
        <translation>انتهى التدخل</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>CaseStatus</comment>
        <translation>مُنحت الحماية</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>Sex</comment>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>Sex</comment>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other / unspecified</source>
        <comment>Sex</comment>
        <translation>آخر / غير محدد</translation>
    </message>
    <message>
        <source>Head of household</source>
        <comment>Relationship</comment>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Spouse</source>
        <comment>Relationship</comment>
        <translation>الزوج/الزوجة</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>Relationship</comment>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>Relationship</comment>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Sibling</source>
        <comment>Relationship</comment>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Other relative</source>
        <comment>Relationship</comment>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <comment>Relationship</comment>
        <translation>لا قرابة</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <comment>VulnerabilityKind</comment>
        <translation>قاصر غير مصحوب</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <comment>VulnerabilityKind</comment>
        <translation>ضحية اتجار بالبشر</translation>
    </message>
    <message>
        <source>Medical need</source>
        <comment>VulnerabilityKind</comment>
        <translation>حاجة طبية</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>VulnerabilityKind</comment>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>VulnerabilityKind</comment>
        <translation>حمل</translation>
    </message>
    <message>
        <source>Elderly</source>
        <comment>VulnerabilityKind</comment>
        <translation>مسنّ</translation>
    </message>
    <message>
        <source>Single parent</source>
        <comment>VulnerabilityKind</comment>
        <translation>والد وحيد</translation>
    </message>
    <message>
        <source>Legal migration channels</source>
        <comment>CounsellingTopic</comment>
        <translation>قنوات الهجرة النظامية</translation>
    </message>
    <message>
        <source>Protection (asylum, fear of return)</source>
        <comment>CounsellingTopic</comment>
        <translation>الحماية (اللجوء، الخوف من العودة)</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <comment>CounsellingTopic</comment>
        <translation>دعم إعادة الإدماج</translation>
    </message>
    <message>
        <source>Risks of irregular movement</source>
        <comment>CounsellingTopic</comment>
        <translation>مخاطر التنقل غير النظامي</translation>
    </message>
    <message>
        <source>Right to change their mind at any time</source>
        <comment>CounsellingTopic</comment>
        <translation>الحق في تغيير الرأي في أي وقت</translation>
    </message>
    <message>
        <source>The return process</source>
        <comment>CounsellingTopic</comment>
        <translation>مسار العودة</translation>
    </message>
    <message>
        <source>Counselling continues</source>
        <comment>CounsellingOutcome</comment>
        <translation>يستمر الإرشاد</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>CounsellingOutcome</comment>
        <translation>قرّر العودة</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>CounsellingOutcome</comment>
        <translation>متردد</translation>
    </message>
    <message>
        <source>Declined return</source>
        <comment>CounsellingOutcome</comment>
        <translation>رفض العودة</translation>
    </message>
    <message>
        <source>Protection concern raised</source>
        <comment>CounsellingOutcome</comment>
        <translation>أُثير شاغل يتعلق بالحماية</translation>
    </message>
    <message>
        <source>Declared decision to return</source>
        <comment>VoluntarinessKind</comment>
        <translation>تم التصريح بقرار العودة</translation>
    </message>
    <message>
        <source>Reconfirmed decision</source>
        <comment>VoluntarinessKind</comment>
        <translation>أُعيد تأكيد القرار</translation>
    </message>
    <message>
        <source>Refused / disagreed</source>
        <comment>VoluntarinessKind</comment>
        <translation>رفض / عدم موافقة</translation>
    </message>
    <message>
        <source>Withdrew decision</source>
        <comment>VoluntarinessKind</comment>
        <translation>سحب القرار</translation>
    </message>
    <message>
        <source>Force would be needed</source>
        <comment>VoluntarinessKind</comment>
        <translation>سيتطلب الأمر استخدام القوة</translation>
    </message>
    <message>
        <source>Return is in the child&apos;s best interests</source>
        <comment>BestInterestsOutcome</comment>
        <translation>العودة تحقق المصلحة الفضلى للطفل</translation>
    </message>
    <message>
        <source>Return is not in the child&apos;s best interests</source>
        <comment>BestInterestsOutcome</comment>
        <translation>العودة لا تحقق المصلحة الفضلى للطفل</translation>
    </message>
    <message>
        <source>National asylum authority</source>
        <comment>ReferralAuthority</comment>
        <translation>السلطة الوطنية للجوء</translation>
    </message>
    <message>
        <source>UNHCR</source>
        <comment>ReferralAuthority</comment>
        <translation>المفوضية السامية للاجئين</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <comment>ProtectionOutcome</comment>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Needs protection</source>
        <comment>ProtectionOutcome</comment>
        <translation>بحاجة إلى الحماية</translation>
    </message>
    <message>
        <source>Final negative decision</source>
        <comment>ProtectionOutcome</comment>
        <translation>قرار رفض نهائي</translation>
    </message>
    <message>
        <source>Readmission</source>
        <comment>AssuranceKind</comment>
        <translation>إعادة القبول</translation>
    </message>
    <message>
        <source>No punishment</source>
        <comment>AssuranceKind</comment>
        <translation>عدم المعاقبة</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <comment>AssuranceKind</comment>
        <translation>إذن المتابعة</translation>
    </message>
    <message>
        <source>Nationals</source>
        <comment>AssuranceScope</comment>
        <translation>المواطنون</translation>
    </message>
    <message>
        <source>Nationals and permanent residents</source>
        <comment>AssuranceScope</comment>
        <translation>المواطنون والمقيمون الدائمون</translation>
    </message>
    <message>
        <source>Named individuals</source>
        <comment>AssuranceScope</comment>
        <translation>أفراد محددون بالاسم</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>AssuranceStatus</comment>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>In force</source>
        <comment>AssuranceStatus</comment>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>AssuranceStatus</comment>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Under review</source>
        <comment>AssuranceStatus</comment>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>AssuranceStatus</comment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>MonitoringLevel</comment>
        <translation>سلبية</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>MonitoringLevel</comment>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>TravelDocumentKind</comment>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>Emergency travel document</source>
        <comment>TravelDocumentKind</comment>
        <translation>وثيقة سفر طارئة</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>TravelDocumentStatus</comment>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>TravelDocumentStatus</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>TravelDocumentStatus</comment>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Travel document</source>
        <comment>Expiry</comment>
        <translation>وثيقة سفر</translation>
    </message>
    <message>
        <source>Fit-to-travel clearance</source>
        <comment>Expiry</comment>
        <translation>شهادة اللياقة للسفر</translation>
    </message>
    <message>
        <source>Assurance</source>
        <comment>Expiry</comment>
        <translation>ضمان</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>CountBy</comment>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>CountBy</comment>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>CountBy</comment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <comment>CountBy</comment>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <comment>CountBy</comment>
        <translation>الاستضعاف</translation>
    </message>
    <message>
        <source>0–4 years</source>
        <comment>AgeGroup</comment>
        <translation>0–4 سنوات</translation>
    </message>
    <message>
        <source>5–11 years</source>
        <comment>AgeGroup</comment>
        <translation>5–11 سنة</translation>
    </message>
    <message>
        <source>12–17 years</source>
        <comment>AgeGroup</comment>
        <translation>12–17 سنة</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <comment>AgeGroup</comment>
        <translation>18–24 سنة</translation>
    </message>
    <message>
        <source>25–59 years</source>
        <comment>AgeGroup</comment>
        <translation>25–59 سنة</translation>
    </message>
    <message>
        <source>60 years and over</source>
        <comment>AgeGroup</comment>
        <translation>60 سنة فأكثر</translation>
    </message>
    <message>
        <source>No vulnerability recorded</source>
        <comment>NoVulnerability</comment>
        <translation>لا استضعاف مسجَّل</translation>
    </message>
    <message>
        <source>Returns</source>
        <comment>ReportKind</comment>
        <translation>العودة</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <comment>ReportKind</comment>
        <translation>إعادة الإدماج</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <comment>ReportKind</comment>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Travelled</source>
        <comment>Measure</comment>
        <translation>سافروا</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <comment>Measure</comment>
        <translation>تراجعوا</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>Measure</comment>
        <translation>انتهى التدخل</translation>
    </message>
    <message>
        <source>Protection referred</source>
        <comment>Measure</comment>
        <translation>أحيلوا إلى الحماية</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>Measure</comment>
        <translation>مُنحوا الحماية</translation>
    </message>
    <message>
        <source>People allocated a package</source>
        <comment>Measure</comment>
        <translation>أشخاص خُصصت لهم حزمة</translation>
    </message>
    <message>
        <source>People who received a package</source>
        <comment>Measure</comment>
        <translation>أشخاص تسلّموا حزمة</translation>
    </message>
    <message>
        <source>Households allocated a package</source>
        <comment>Measure</comment>
        <translation>أسر خُصصت لها حزمة</translation>
    </message>
    <message>
        <source>Households that received a package</source>
        <comment>Measure</comment>
        <translation>أسر تسلّمت حزمة</translation>
    </message>
    <message>
        <source>Amount allocated (EUR)</source>
        <comment>Measure</comment>
        <translation>المبلغ المخصص (يورو)</translation>
    </message>
    <message>
        <source>Amount delivered (EUR)</source>
        <comment>Measure</comment>
        <translation>المبلغ المسلَّم (يورو)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <comment>Measure</comment>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <comment>Measure</comment>
        <translation>متابعات منجزة</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <comment>Measure</comment>
        <translation>متابعات فائتة</translation>
    </message>
    <message>
        <source>Follow-ups escalated</source>
        <comment>Measure</comment>
        <translation>متابعات مصعَّدة</translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <comment>Measure</comment>
        <translation>حوادث مبلَّغ عنها</translation>
    </message>
    <message>
        <source>Economic score (mean)</source>
        <comment>Measure</comment>
        <translation>الدرجة الاقتصادية (المتوسط)</translation>
    </message>
    <message>
        <source>Social score (mean)</source>
        <comment>Measure</comment>
        <translation>الدرجة الاجتماعية (المتوسط)</translation>
    </message>
    <message>
        <source>Psychosocial score (mean)</source>
        <comment>Measure</comment>
        <translation>الدرجة النفسية الاجتماعية (المتوسط)</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Unit</comment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>Unit</comment>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <comment>Unit</comment>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>Unit</comment>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Euros</source>
        <comment>Unit</comment>
        <translation>اليورو</translation>
    </message>
    <message>
        <source>Mean score</source>
        <comment>Unit</comment>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <comment>EscortNeed</comment>
        <translation>مرافق طبي</translation>
    </message>
    <message>
        <source>Escort for a minor</source>
        <comment>EscortNeed</comment>
        <translation>مرافق لقاصر</translation>
    </message>
    <message>
        <source>Scheduled flight</source>
        <comment>MovementKind</comment>
        <translation>رحلة جوية منتظمة</translation>
    </message>
    <message>
        <source>Charter flight</source>
        <comment>MovementKind</comment>
        <translation>رحلة جوية مستأجرة</translation>
    </message>
    <message>
        <source>Ground transport</source>
        <comment>MovementKind</comment>
        <translation>نقل بري</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>MovementStatus</comment>
        <translation>مخططة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>MovementStatus</comment>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>MovementStatus</comment>
        <translation>غادرت</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>MovementStatus</comment>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>MovementStatus</comment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>BookingStatus</comment>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>BookingStatus</comment>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Checked in</source>
        <comment>BookingStatus</comment>
        <translation>سُجّل للسفر</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>BookingStatus</comment>
        <translation>تمت المغادرة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>BookingStatus</comment>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>BookingStatus</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Present and reconfirms</source>
        <comment>Response</comment>
        <translation>حاضر ويؤكد من جديد</translation>
    </message>
    <message>
        <source>Refuses</source>
        <comment>Response</comment>
        <translation>يرفض</translation>
    </message>
    <message>
        <source>Force would be needed</source>
        <comment>Response</comment>
        <translation>سيتطلب الأمر استخدام القوة</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>Role</comment>
        <translation>المنسق</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>Role</comment>
        <translation>مسؤول المتابعة</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <comment>Role</comment>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>Read-only user</source>
        <comment>Role</comment>
        <translation>مستخدم للقراءة فقط</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>LegalBasis</comment>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <comment>LegalBasis</comment>
        <translation>مصلحة حيوية</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>LegalBasis</comment>
        <translation>التزام قانوني</translation>
    </message>
    <message>
        <source>Public interest</source>
        <comment>LegalBasis</comment>
        <translation>المصلحة العامة</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <comment>LegalBasis</comment>
        <translation>مصلحة مشروعة</translation>
    </message>
    <message>
        <source>A different person</source>
        <comment>IdentityFinding</comment>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>A new, genuine decision</source>
        <comment>IdentityFinding</comment>
        <translation>قرار جديد حقيقي</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>EndedBy</comment>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>Last change</source>
        <comment>EndedBy</comment>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Members&apos; names, birth dates and contacts</source>
        <comment>Removal</comment>
        <translation>أسماء الأفراد وتواريخ ميلادهم وبيانات الاتصال بهم</translation>
    </message>
    <message>
        <source>Voluntariness statements</source>
        <comment>Removal</comment>
        <translation>إفادات الطوعية</translation>
    </message>
    <message>
        <source>Protection statements</source>
        <comment>Removal</comment>
        <translation>إفادات الحماية</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <comment>Removal</comment>
        <translation>ملاحظات الإرشاد</translation>
    </message>
    <message>
        <source>Monitoring notes</source>
        <comment>Removal</comment>
        <translation>ملاحظات المتابعة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <comment>Removal</comment>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Travel document numbers</source>
        <comment>Removal</comment>
        <translation>أرقام وثائق السفر</translation>
    </message>
    <message>
        <source>Household place after return</source>
        <comment>Removal</comment>
        <translation>مكان إقامة الأسرة بعد العودة</translation>
    </message>
    <message>
        <source>Printed-document records</source>
        <comment>Removal</comment>
        <translation>سجلات الوثائق المطبوعة</translation>
    </message>
    <message>
        <source>Audit entries (before/after values)</source>
        <comment>Removal</comment>
        <translation>قيود التدقيق (القيم قبل/بعد)</translation>
    </message>
    <message>
        <source>Scheduled follow-up</source>
        <comment>FollowUpKind</comment>
        <translation>متابعة مجدولة</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <comment>FollowUpKind</comment>
        <translation>محاولة ثانية</translation>
    </message>
    <message>
        <source>Field visit after missed contacts</source>
        <comment>FollowUpKind</comment>
        <translation>زيارة ميدانية بعد تعذّر الاتصال</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>FollowUpStatus</comment>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>FollowUpStatus</comment>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>FollowUpStatus</comment>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>ContactMode</comment>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>ContactMode</comment>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Partner report</source>
        <comment>ContactMode</comment>
        <translation>تقرير الشريك</translation>
    </message>
    <message>
        <source>Self-report</source>
        <comment>ContactMode</comment>
        <translation>إبلاغ ذاتي</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <comment>Breach</comment>
        <translation>رُفضت إعادة القبول</translation>
    </message>
    <message>
        <source>Punished</source>
        <comment>Breach</comment>
        <translation>تعرّض للمعاقبة</translation>
    </message>
    <message>
        <source>Detained</source>
        <comment>Breach</comment>
        <translation>احتُجز</translation>
    </message>
    <message>
        <source>Fined</source>
        <comment>Breach</comment>
        <translation>فُرضت عليه غرامة</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <comment>Breach</comment>
        <translation>لوحق قضائيًا</translation>
    </message>
    <message>
        <source>Harassed</source>
        <comment>Breach</comment>
        <translation>تعرّض للمضايقة</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>Dimension</comment>
        <translation>اقتصادي</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>Dimension</comment>
        <translation>اجتماعي</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <comment>Dimension</comment>
        <translation>نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Punishment</source>
        <comment>IncidentKind</comment>
        <translation>معاقبة</translation>
    </message>
    <message>
        <source>Detention</source>
        <comment>IncidentKind</comment>
        <translation>احتجاز</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <comment>IncidentKind</comment>
        <translation>رُفضت إعادة القبول</translation>
    </message>
    <message>
        <source>Restore the assurances</source>
        <comment>ReviewOutcome</comment>
        <translation>استعادة الضمانات</translation>
    </message>
    <message>
        <source>Restrict returns to one region</source>
        <comment>ReviewOutcome</comment>
        <translation>قصر العودة على منطقة واحدة</translation>
    </message>
    <message>
        <source>Restore, but suspend returns of one profile</source>
        <comment>ReviewOutcome</comment>
        <translation>الاستعادة مع تعليق عودة فئة واحدة</translation>
    </message>
    <message>
        <source>Suspend all returns (assurances revoked)</source>
        <comment>ReviewOutcome</comment>
        <translation>تعليق كل عمليات العودة (الضمانات ملغاة)</translation>
    </message>
    <message>
        <source>Business start-up</source>
        <comment>PackageKind</comment>
        <translation>بدء مشروع تجاري</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <comment>PackageKind</comment>
        <translation>التدريب المهني</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>PackageKind</comment>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Housing</source>
        <comment>PackageKind</comment>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Medical</source>
        <comment>PackageKind</comment>
        <translation>طبي</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <comment>PackageKind</comment>
        <translation>نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>AllocationStatus</comment>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>AllocationStatus</comment>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>AllocationStatus</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <comment>reintegration.allocation.result.Status</comment>
        <translation>مثلى مُثبتة</translation>
    </message>
    <message>
        <source>Feasible — not proven optimal</source>
        <comment>reintegration.allocation.result.Status</comment>
        <translation>ممكنة — لم يُثبت أنها مثلى</translation>
    </message>
    <message>
        <source>Voluntariness</source>
        <comment>Safeguard</comment>
        <translation>الطوعية</translation>
    </message>
    <message>
        <source>Refusal stops everything</source>
        <comment>Safeguard</comment>
        <translation>الرفض يوقف كل شيء</translation>
    </message>
    <message>
        <source>No force, ever</source>
        <comment>Safeguard</comment>
        <translation>لا إكراه أبدًا</translation>
    </message>
    <message>
        <source>Protection claims are referred, not decided</source>
        <comment>Safeguard</comment>
        <translation>طلبات الحماية تُحال ولا يُبتّ فيها</translation>
    </message>
    <message>
        <source>Readmission assurance</source>
        <comment>Safeguard</comment>
        <translation>ضمانة إعادة القبول</translation>
    </message>
    <message>
        <source>No-punishment guarantee</source>
        <comment>Safeguard</comment>
        <translation>ضمانة عدم المعاقبة</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <comment>Safeguard</comment>
        <translation>إذن المتابعة</translation>
    </message>
    <message>
        <source>Advisories</source>
        <comment>Safeguard</comment>
        <translation>تنبيهات التعليق</translation>
    </message>
    <message>
        <source>Breach escalation</source>
        <comment>Safeguard</comment>
        <translation>التصعيد عند الانتهاك</translation>
    </message>
    <message>
        <source>Travel readiness</source>
        <comment>Safeguard</comment>
        <translation>الجاهزية للسفر</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>Stage</comment>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Departure</source>
        <comment>Stage</comment>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <comment>scheduling.result.Status</comment>
        <translation>مثلى مُثبتة</translation>
    </message>
    <message>
        <source>Feasible — not proven optimal</source>
        <comment>scheduling.result.Status</comment>
        <translation>ممكنة — لم يُثبت أنها مثلى</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <comment>scheduling.result.Status</comment>
        <translation>غير ممكنة</translation>
    </message>
    <message>
        <source>No plan found</source>
        <comment>scheduling.result.Status</comment>
        <translation>لم يُعثر على خطة</translation>
    </message>
    <message>
        <source>Its movement is no longer in the plan</source>
        <comment>MoveReason</comment>
        <translation>لم تعد رحلتها ضمن الخطة</translation>
    </message>
    <message>
        <source>No longer ready on its movement&apos;s date</source>
        <comment>MoveReason</comment>
        <translation>لم تعد جاهزة في تاريخ رحلتها</translation>
    </message>
    <message>
        <source>Leaves earlier</source>
        <comment>MoveReason</comment>
        <translation>تغادر أبكر</translation>
    </message>
    <message>
        <source>A cheaper seat</source>
        <comment>MoveReason</comment>
        <translation>مقعد أرخص</translation>
    </message>
    <message>
        <source>Makes room for more people</source>
        <comment>MoveReason</comment>
        <translation>تُفسح المجال لعدد أكبر من الأشخاص</translation>
    </message>
    <message>
        <source>Gives its seat to households waiting longer</source>
        <comment>MoveReason</comment>
        <translation>تتنازل عن مقعدها لأسر تنتظر منذ مدة أطول</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>Term</comment>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>Term</comment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Moved bookings</source>
        <comment>Term</comment>
        <translation>الحجوزات المنقولة</translation>
    </message>
    <message>
        <source>CP-SAT</source>
        <comment>Engine</comment>
        <translation>CP-SAT</translation>
    </message>
    <message>
        <source>HiGHS</source>
        <comment>Engine</comment>
        <translation>HiGHS</translation>
    </message>
    <message>
        <source>SCIP</source>
        <comment>Engine</comment>
        <translation>SCIP</translation>
    </message>
    <message>
        <source>Reference</source>
        <comment>SortKey</comment>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Head of household</source>
        <comment>SortKey</comment>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>SortKey</comment>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Country / region</source>
        <comment>SortKey</comment>
        <translation>البلد / المنطقة</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SortKey</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Readiness</source>
        <comment>SortKey</comment>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Days since decision</source>
        <comment>SortKey</comment>
        <translation>الأيام منذ القرار</translation>
    </message>
    <message>
        <source>CSV</source>
        <comment>FileKind</comment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>XLSX</source>
        <comment>FileKind</comment>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>Household / referral id</source>
        <comment>Field</comment>
        <translation>الأسرة / معرّف الإحالة</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <comment>Field</comment>
        <translation>صلة القرابة برب الأسرة</translation>
    </message>
    <message>
        <source>Given names</source>
        <comment>Field</comment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Family name</source>
        <comment>Field</comment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given names (Latin script)</source>
        <comment>Field</comment>
        <translation>الأسماء الأولى (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <comment>Field</comment>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <comment>Field</comment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>Field</comment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <comment>Field</comment>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Country of return</source>
        <comment>Field</comment>
        <translation>بلد العودة</translation>
    </message>
    <message>
        <source>Region of return</source>
        <comment>Field</comment>
        <translation>منطقة العودة</translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Field</comment>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>Field</comment>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>Field</comment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <comment>Field</comment>
        <translation>أوجه الهشاشة</translation>
    </message>
    <message>
        <source>Referral note</source>
        <comment>Field</comment>
        <translation>ملاحظة الإحالة</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <comment>RowStatus</comment>
        <translation>جاهز للاستيراد</translation>
    </message>
    <message>
        <source>Has errors</source>
        <comment>RowStatus</comment>
        <translation>به أخطاء</translation>
    </message>
    <message>
        <source>Likely already known</source>
        <comment>RowStatus</comment>
        <translation>معروف مسبقًا على الأرجح</translation>
    </message>
    <message>
        <source>Held with household</source>
        <comment>RowStatus</comment>
        <translation>محجوز مع الأسرة</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>Severity</comment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>Severity</comment>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>Severity</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Day first — 03/04/1990 is 3 April 1990</source>
        <comment>DateOrder</comment>
        <translation>اليوم أولًا — 03/04/1990 تعني 3 أبريل 1990</translation>
    </message>
    <message>
        <source>Month first — 03/04/1990 is 4 March 1990</source>
        <comment>DateOrder</comment>
        <translation>الشهر أولًا — 03/04/1990 تعني 4 مارس 1990</translation>
    </message>
    <message>
        <source>Cases</source>
        <comment>ExportedList</comment>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <comment>ExportedList</comment>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Movement plan</source>
        <comment>ExportedList</comment>
        <translation>خطة الرحلات</translation>
    </message>
    <message>
        <source>Passengers</source>
        <comment>ExportedList</comment>
        <translation>الركاب</translation>
    </message>
    <message>
        <source>Manifest</source>
        <comment>ExportedList</comment>
        <translation>بيان الركاب</translation>
    </message>
    <message>
        <source>Reintegration allocations</source>
        <comment>ExportedList</comment>
        <translation>مخصصات إعادة الإدماج</translation>
    </message>
    <message>
        <source>Visit routes</source>
        <comment>ExportedList</comment>
        <translation>مسارات الزيارات</translation>
    </message>
    <message>
        <source>Import report</source>
        <comment>ExportedList</comment>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Audit log</source>
        <comment>ExportedList</comment>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>ExportedList</comment>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Statistics with every count</source>
        <comment>ExportedList</comment>
        <translation>إحصاءات بكل الأعداد</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <comment>ExportFormat</comment>
        <translation>مصنف Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (.csv)</source>
        <comment>ExportFormat</comment>
        <translation>CSV، مفصول بفواصل (.csv)</translation>
    </message>
    <message>
        <source>Matches the current record</source>
        <comment>documents.verification.Status</comment>
        <translation>مطابقة للسجل الحالي</translation>
    </message>
    <message>
        <source>Superseded — the document no longer says what the records say</source>
        <comment>documents.verification.Status</comment>
        <translation>متجاوَزة — لم تعد الوثيقة مطابقة لما في السجلات</translation>
    </message>
    <message>
        <source>Revoked — the office withdrew this document</source>
        <comment>documents.verification.Status</comment>
        <translation>ملغاة — سحب المكتب هذه الوثيقة</translation>
    </message>
    <message>
        <source>Unknown — Homeward never issued a document with this code</source>
        <comment>documents.verification.Status</comment>
        <translation>غير معروفة — لم يُصدر Homeward أي وثيقة بهذا الرمز</translation>
    </message>
    <message>
        <source>Intake</source>
        <comment>Plot</comment>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>In counselling</source>
        <comment>Plot</comment>
        <translation>قيد الإرشاد</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>Plot</comment>
        <translation>قرّر العودة</translation>
    </message>
    <message>
        <source>Preparing travel</source>
        <comment>Plot</comment>
        <translation>التحضير للسفر</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <comment>Plot</comment>
        <translation>جاهز للسفر</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>Plot</comment>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>Plot</comment>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>Plot</comment>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>Plot</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Plot</comment>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>On hold (protection referral)</source>
        <comment>Plot</comment>
        <translation>معلّقة (إحالة إلى الحماية)</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>Plot</comment>
        <translation>مُنحت الحماية</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>Plot</comment>
        <translation>انتهى التدخل</translation>
    </message>
    <message>
        <source>The case {reference} was closed on {closed_on}; a closed case is not planned or moved</source>
        <translation>أُغلق الملف {reference} في {closed_on}؛ لا يُخطَّط لملف مغلق ولا يُنقل</translation>
    </message>
    <message>
        <source>None: if the household asks again, open a new case and counsel them</source>
        <translation>لا شيء: إذا طلبت الأسرة مجددًا، افتح ملفًا جديدًا وقدّم لها المشورة</translation>
    </message>
    <message>
        <source>{person} was not ticked present when the household was checked in for {on}</source>
        <translation>لم يُؤشَّر على حضور {person} عند تسجيل الأسرة للسفر في {on}</translation>
    </message>
    <message>
        <source>Check {person} in at the desk (present and, for an adult, reconfirming), or take the household off the movement</source>
        <translation>سجّل {person} عند المكتب (حاضرًا، ومؤكدًا من جديد إن كان بالغًا)، أو ارفع الأسرة من الرحلة</translation>
    </message>
    <message>
        <source>The booking of {reference} holds {booked} seat(s); the household is now {needed} people</source>
        <translation>يضم حجز {reference} {booked} مقعدًا/مقاعد؛ وأصبحت الأسرة الآن {needed} أشخاص</translation>
    </message>
    <message>
        <source>Give the booking a seat for every member (the movement needs room for them), or move the household</source>
        <translation>امنح الحجز مقعدًا لكل فرد (يلزم مكان لهم في الرحلة)، أو انقل الأسرة</translation>
    </message>
    <message>
        <source>partner {number}</source>
        <extracomment>Parts of texts (`planning.messages.PHRASES`): readiness reasons, kinds of record…; one wording used by several keys is told apart by its key.</extracomment>
        <translation>الشريك {number}</translation>
    </message>
    <message>
        <source>does not admit age {age}</source>
        <translation>لا تقبل عمر {age}</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>partner capacity</source>
        <translation>سعة الشريك</translation>
    </message>
    <message>
        <source>household ceilings</source>
        <translation>سقوف الأسر</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>is for the head of household only</source>
        <translation>مخصصة لرب الأسرة فقط</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>is not offered in {region} ({country})</source>
        <translation>غير متاحة في {region} ({country})</translation>
    </message>
    <message>
        <source>one package of each kind</source>
        <translation>حزمة واحدة من كل نوع</translation>
    </message>
    <message>
        <source>is a {package_kind} package for a {need_kind} need</source>
        <translation>حزمة «{package_kind}» لحاجة «{need_kind}»</translation>
    </message>
    <message>
        <source>teaches {taught}, the person wished for {wished}</source>
        <translation>تعلّم {taught}، بينما رغب الشخص في {wished}</translation>
    </message>
    <message>
        <source>needs a vulnerability the person does not have</source>
        <translation>تتطلب جانب ضعف لا يوجد لدى الشخص</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>false checkpoint</source>
        <translation>نقطة تحقق مزيفة</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <source>head moved</source>
        <translation>الرأس منقول</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>مُدرج</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>أُعيد حسابه</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>أُعيدت كتابتها</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>تنبيه التعليق</translation>
    </message>
    <message>
        <source>assessed need</source>
        <translation>الاحتياج المُقيَّم</translation>
    </message>
    <message>
        <source>assurance</source>
        <translation>الضمانة</translation>
    </message>
    <message>
        <source>person covered by an assurance</source>
        <translation>الشخص المشمول بضمانة</translation>
    </message>
    <message>
        <source>audit chain head</source>
        <translation>رأس سلسلة التدقيق</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>قيد سجل التدقيق</translation>
    </message>
    <message>
        <source>best-interests determination</source>
        <translation>تحديد المصالح الفضلى</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>تسجيل السفر</translation>
    </message>
    <message>
        <source>booking of case</source>
        <translation>حجز الملف</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>سجل الموافقة</translation>
    </message>
    <message>
        <source>counselling participant</source>
        <translation>مشارك في جلسة الإرشاد</translation>
    </message>
    <message>
        <source>counselling session</source>
        <translation>جلسة الإرشاد</translation>
    </message>
    <message>
        <source>data transfer</source>
        <translation>نقل البيانات</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>الوثيقة الصادرة</translation>
    </message>
    <message>
        <source>document signing key</source>
        <translation>مفتاح توقيع الوثائق</translation>
    </message>
    <message>
        <source>field key</source>
        <translation>مفتاح الميدان</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>المكتب الميداني</translation>
    </message>
    <message>
        <source>fit-to-travel clearance</source>
        <translation>شهادة اللياقة للسفر</translation>
    </message>
    <message>
        <source>household place</source>
        <translation>مكان سكن الأسرة</translation>
    </message>
    <message>
        <source>identity decision</source>
        <translation>قرار الهوية</translation>
    </message>
    <message>
        <source>monitoring incident</source>
        <translation>حادثة المتابعة</translation>
    </message>
    <message>
        <source>monitoring plan</source>
        <translation>خطة المتابعة</translation>
    </message>
    <message>
        <source>follow-up schedule</source>
        <translation>جدول المتابعات</translation>
    </message>
    <message>
        <source>movement leg</source>
        <translation>مرحلة الرحلة</translation>
    </message>
    <message>
        <source>needs assessment</source>
        <translation>تقييم الاحتياجات</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>بيانات المكتب</translation>
    </message>
    <message>
        <source>person identity</source>
        <translation>هوية الشخص</translation>
    </message>
    <message>
        <source>place name</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>protection referral</source>
        <translation>إحالة الحماية</translation>
    </message>
    <message>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>reintegration budget</source>
        <translation>ميزانية إعادة الإدماج</translation>
    </message>
    <message>
        <source>reintegration package</source>
        <translation>حزمة إعادة الإدماج</translation>
    </message>
    <message>
        <source>reintegration partner</source>
        <translation>شريك إعادة الإدماج</translation>
    </message>
    <message>
        <source>skill demand</source>
        <translation>الطلب على المهارات</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>وثيقة السفر</translation>
    </message>
    <message>
        <source>voluntariness event</source>
        <translation>حدث الطوعية</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>الهشاشة</translation>
    </message>
    <message>
        <source>24-hour emergency line</source>
        <translation>خط الطوارئ على مدار الساعة</translation>
    </message>
    <message>
        <source>confirmed booking</source>
        <translation>حجز مؤكَّد</translation>
    </message>
    <message>
        <source>all people who can travel are placed (proven)</source>
        <translation>جميع الأشخاص القادرين على السفر مُدرجون (مُثبت)</translation>
    </message>
    <message>
        <source>waiting and cost not yet bounded</source>
        <translation>لم يُحدَّد بعد حدٌّ أدنى للانتظار والتكلفة</translation>
    </message>
    <message>
        <source>waiting and cost optimal (proven)</source>
        <translation>الانتظار والتكلفة في حدهما الأمثل (مُثبت)</translation>
    </message>
    <message>
        <source>waiting and cost within {percent} % of optimal (proven)</source>
        <translation>الانتظار والتكلفة في حدود {percent}٪ من الحد الأمثل (مُثبت)</translation>
    </message>
    <message>
        <source>everyone is placed</source>
        <translation>الجميع مُدرجون</translation>
    </message>
    <message>
        <source>{placed} placed; a better plan might place up to {more} more (a vulnerable person counts twice)</source>
        <translation>{placed} مُدرجون؛ قد تُدرج خطة أفضل ما يصل إلى {more} إضافيين (يُحسب الشخص الضعيف مرتين)</translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>الأسرة كاملة</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>medical escorts</source>
        <translation>المرافقون الطبيون</translation>
    </message>
    <message>
        <source>minor escorts</source>
        <translation>مرافقو القاصرين</translation>
    </message>
    <message>
        <source>locked bookings</source>
        <translation>الحجوزات المثبّتة</translation>
    </message>
    <message>
        <source>charter used</source>
        <translation>استخدام رحلة مستأجرة</translation>
    </message>
    <message>
        <source>No {what} {key} found</source>
        <translation>لم يُعثر على {what} {key}</translation>
    </message>
    <message>
        <source>Member {n} — {field}</source>
        <extracomment>A household member&apos;s field: &apos;members[0].sex&apos; (counted from 0).</extracomment>
        <translation>الفرد {n} — {field}</translation>
    </message>
    <message>
        <source> (did you mean {suggestion}?)</source>
        <translation> (هل تقصد {suggestion}؟)</translation>
    </message>
    <message>
        <source>A different person: the same particulars, but someone else</source>
        <extracomment>Each finding as the decision reads, for the kind of case the other record ended in.</extracomment>
        <translation>شخص مختلف: البيانات الشخصية نفسها، لكنه شخص آخر</translation>
    </message>
    <message>
        <source>The same person, and a new, genuine decision stands</source>
        <translation>الشخص نفسه، وقد اتُّخذ قرار جديد وحقيقي</translation>
    </message>
    <message>
        <source>The same person, and the protection has ceased (a new, reasoned decision)</source>
        <translation>الشخص نفسه، وقد انتهت الحماية (قرار جديد مسبَّب)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s half</source>
        <translation>نصف المنسق</translation>
    </message>
    <message>
        <source>the data-protection officer&apos;s half</source>
        <translation>نصف مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>Only a coordinator or a data-protection officer signs a half of this decision; you may read it, but signing will be refused.</source>
        <translation>لا يوقّع نصفًا من هذا القرار إلا منسق أو مسؤول حماية البيانات؛ يمكنك الاطلاع عليه، لكن التوقيع سيُرفض.</translation>
    </message>
    <message>
        <source>Same person? — {person} and {other}</source>
        <translation>الشخص نفسه؟ — {person} و{other}</translation>
    </message>
    <message>
        <source>Sign {half}</source>
        <translation>توقيع {half}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; matches &lt;b&gt;{other}&lt;/b&gt; of case &lt;b&gt;{reference}&lt;/b&gt;. This case stays blocked until a coordinator and a data-protection officer — two different accounts — each sign the same finding with their reasons. Your half is audited under your name; it can be signed again until the other half agrees.</source>
        <translation>&lt;b&gt;{person}&lt;/b&gt; يطابق &lt;b&gt;{other}&lt;/b&gt; في الملف &lt;b&gt;{reference}&lt;/b&gt;. يبقى هذا الملف محظورًا إلى أن يوقّع كلٌّ من منسق ومسؤول حماية البيانات — بحسابين مختلفين — النتيجةَ نفسها مع ذكر أسبابه. يُسجَّل نصفك في سجل التدقيق باسمك، ويمكن توقيعه مرة أخرى ما دام النصف الآخر لم يتطابق معه.</translation>
    </message>
    <message>
        <source>Why (required): what was compared, e.g. documents, photographs, fingerprints, the authority&apos;s letter</source>
        <translation>السبب (إلزامي): ما الذي قورن، مثل الوثائق أو الصور أو البصمات أو رسالة السلطة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>{role}: not signed yet</source>
        <translation>{role}: لم يُوقَّع بعد</translation>
    </message>
    <message>
        <source>{role}: signed by {user} on {date} — {finding}: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>{role}: وقّعه {user} بتاريخ {date} — {finding}: &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Place names</source>
        <extracomment>The columns after the name: one per language a place can be named in.</extracomment>
        <translation>أسماء الأماكن</translation>
    </message>
    <message>
        <source>How cities, regions, field offices and movement stops read in French and Arabic. A place left empty reads as the records hold it; countries are named by the language itself.</source>
        <translation>كيف تُكتب المدن والمناطق والمكاتب الميدانية ومحطات الرحلات بالفرنسية والعربية. المكان المتروك فارغًا يُكتب كما هو في السجلات؛ أما البلدان فتسمّيها اللغة نفسها.</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>ابحث عن مكان</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>كما هو مسجَّل</translation>
    </message>
    <message>
        <source>You may read the names of places; only a coordinator, a monitor or the data-protection officer may change them.</source>
        <translation>يمكنك قراءة أسماء الأماكن؛ ولا يغيّرها إلا المنسق أو مسؤول المتابعة أو مسؤول حماية البيانات.</translation>
    </message>
    <message>
        <source>No record names this place any more</source>
        <translation>لم يعد أي سجل يذكر هذا المكان</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Printed on every document. A travel letter needs the office&apos;s address and a 24-hour emergency line: border and airline staff call it while the household travels.</source>
        <translation>يُطبع على كل وثيقة. تتطلب رسالة السفر عنوان المكتب وخط طوارئ متاحًا على مدار الساعة: يتصل به موظفو الحدود وشركات الطيران أثناء سفر الأسرة.</translation>
    </message>
    <message>
        <source>Answered day and night while returnees travel</source>
        <translation>يُرد عليه ليلًا ونهارًا أثناء سفر العائدين</translation>
    </message>
    <message>
        <source>A logo is stored</source>
        <translation>يوجد شعار محفوظ</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>24-hour line</source>
        <translation>الخط المتاح على مدار الساعة</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>لغة الوثائق</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>صفة الموقِّع</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Reports meant for sharing (Excel, PDF) show a cell standing for fewer people or records than this as “&lt;N”, so that no one can be singled out; 0 or 1 shows every count</source>
        <translation>تعرض التقارير المعدّة للمشاركة (Excel وPDF) الخلية التي تمثل عددًا من الأشخاص أو السجلات أقل من هذا الرقم بالشكل «&lt;N»، حتى لا يمكن تمييز أي شخص؛ 0 أو 1 يعرض كل الأعداد</translation>
    </message>
    <message>
        <source>Smallest count shown in reports</source>
        <translation>أصغر عدد يُعرض في التقارير</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>CSV, comma-separated</source>
        <translation>CSV، مفصول بفواصل</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to {files}, in {folder}</source>
        <translation>
            <numerusform>لم يُصدَّر أي سطر (%Ln) إلى {files}، في {folder}</numerusform>
            <numerusform>صُدِّر سطر واحد إلى {files}، في {folder}</numerusform>
            <numerusform>صُدِّر سطران إلى {files}، في {folder}</numerusform>
            <numerusform>صُدِّرت %Ln أسطر إلى {files}، في {folder}</numerusform>
            <numerusform>صُدِّر %Ln سطرًا إلى {files}، في {folder}</numerusform>
            <numerusform>صُدِّر %Ln سطر إلى {files}، في {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation>جارٍ تصدير {list}…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook or a CSV file</source>
        <extracomment>Chooses the file (the save dialog; tests put a path here).</extracomment>
        <translation>حفظ هذه القائمة كمصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <source>(values removed by retention)</source>
        <translation>(قيم حُذفت بموجب قواعد الاحتفاظ)</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>معروف بوصفه</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Statistics — reports for donors</source>
        <translation>الإحصاءات — تقارير للجهات المانحة</translation>
    </message>
    <message>
        <source>Split two ways, the table shows one figure at a time</source>
        <translation>عند التفصيل بطريقتين، يعرض الجدول رقمًا واحدًا في كل مرة</translation>
    </message>
    <message>
        <source>Show every count</source>
        <translation>عرض كل الأعداد</translation>
    </message>
    <message>
        <source>Small counts are hidden as in reports for sharing; show them as they are (the export then is not for sharing)</source>
        <translation>تُخفى الأعداد الصغيرة كما في التقارير المعدّة للمشاركة؛ اعرضها كما هي (ولا يكون التصدير عندئذ للمشاركة)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook: the overview, a sheet per figure and the budgets</source>
        <translation>حفظ هذا التقرير كمصنف Excel: النظرة العامة، وورقة لكل رقم، والميزانيات</translation>
    </message>
    <message>
        <source>Issue this report as a PDF in the office&apos;s language, small counts hidden, with a verification code</source>
        <translation>إصدار هذا التقرير بصيغة PDF بلغة المكتب، مع إخفاء الأعداد الصغيرة ورمز تحقق</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
</TS>

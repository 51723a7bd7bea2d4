<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Readmission</source>
        <translation>إعادة القبول</translation>
    </message>
    <message>
        <source>No punishment</source>
        <translation>عدم المعاقبة</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <translation>إذن المتابعة</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>المواطنون</translation>
    </message>
    <message>
        <source>Nationals and residents</source>
        <translation>المواطنون والمقيمون</translation>
    </message>
    <message>
        <source>Named individuals</source>
        <translation>أفراد محددون بالاسم</translation>
    </message>
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
        <source>Homeward will use {language} from its next start.</source>
        <translation>سيستخدم Homeward اللغة {language} ابتداءً من التشغيل القادم.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
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
        <source>database</source>
        <extracomment>An automatic backup (embedded database only) when the window closes.</extracomment>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date</comment>
        <translation type="unfinished">مستحق</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punished</source>
        <extracomment>The breach tick boxes: the entry&apos;s field and what the monitor reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic</source>
        <extracomment>Padding either side of the dates charted, so a single point is not on the edge. The dimensions&apos; names as the interface shows them (monitoring.history names them in English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log follow-up — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({reference}), {where}: follow-up due on {date}. A report of punishment, detention or refused readmission opens an incident and puts the country&apos;s assurances under review (S9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact made with the returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration package delivered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A livelihood (work, income)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or seen (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readmitted without problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For having left irregularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package delivered / livelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dimension} (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged. It reports a breach of the assurances: an incident is open, the assurances of {country} are now under review and new movements there are blocked (S9) until a coordinator records the review decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missed contact is escalated: a {kind} is now due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>مسؤول المتابعة</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>Region (exact, any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine only ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit routes for the due visits of a region and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring — follow-ups due this week and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>What Print paints: everything under the controls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, {overdue} overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review decision for {country} recorded ({outcome}); %n incident(s) closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reception centre</source>
        <extracomment>Each value&apos;s default label (&quot;nationals_and_residents&quot; → &quot;Nationals and residents&quot;), once.</extracomment>
        <translation>مركز استقبال</translation>
    </message>
    <message>
        <source>Ngo</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Unhcr</source>
        <translation>المفوضية السامية للاجئين</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>مكتب حكومي</translation>
    </message>
    <message>
        <source>Self referral</source>
        <translation>إحالة ذاتية</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>الإرشاد</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تم القرار</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
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
    <message>
        <source>transit visa needed</source>
        <translation>تأشيرة عبور مطلوبة</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>أُلغيت: {reason}</translation>
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
        <source>Movements register</source>
        <translation>سجل الرحلات</translation>
    </message>
    <message numerus="yes">
        <source>%n seats booked</source>
        <translation>
            <numerusform>لا مقاعد محجوزة</numerusform>
            <numerusform>مقعد واحد محجوز</numerusform>
            <numerusform>مقعدان محجوزان</numerusform>
            <numerusform>%n مقاعد محجوزة</numerusform>
            <numerusform>%n مقعدًا محجوزًا</numerusform>
            <numerusform>%n مقعد محجوز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>seats</comment>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%n مقاعد شاغرة</numerusform>
            <numerusform>%n مقعدًا شاغرًا</numerusform>
            <numerusform>%n مقعد شاغر</numerusform>
        </translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <translation>انتهى التدخل</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>مُنحت الحماية</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>الزوج/الزوجة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>لا قرابة</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>قاصر غير مصحوب</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>ضحية اتجار بالبشر</translation>
    </message>
    <message>
        <source>Medical need</source>
        <translation>حاجة طبية</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>حمل</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>مسنّ</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>والد وحيد</translation>
    </message>
    <message>
        <source>Legal migration channels</source>
        <translation>قنوات الهجرة النظامية</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Risks of irregular movement</source>
        <translation>مخاطر التنقل غير النظامي</translation>
    </message>
    <message>
        <source>Right to change mind</source>
        <translation>الحق في تغيير الرأي</translation>
    </message>
    <message>
        <source>Return process</source>
        <translation>إجراءات العودة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <translation>قرّر العودة</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>متردد</translation>
    </message>
    <message>
        <source>Declined return</source>
        <translation>رفض العودة</translation>
    </message>
    <message>
        <source>Protection concern</source>
        <translation>مخاوف تتعلق بالحماية</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>مُعلَن</translation>
    </message>
    <message>
        <source>Reconfirmed</source>
        <translation>أُعيد تأكيده</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Force needed</source>
        <translation>يتطلب الإكراه</translation>
    </message>
    <message>
        <source>Return in best interests</source>
        <translation>العودة في المصلحة الفضلى</translation>
    </message>
    <message>
        <source>Return not in best interests</source>
        <translation>العودة ليست في المصلحة الفضلى</translation>
    </message>
    <message>
        <source>National asylum authority</source>
        <translation>السلطة الوطنية للجوء</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Needs protection</source>
        <translation>بحاجة إلى الحماية</translation>
    </message>
    <message>
        <source>Final negative</source>
        <translation>رفض نهائي</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>سلبية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>Emergency travel document</source>
        <translation>وثيقة سفر طارئة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبي</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>Scheduled flight</source>
        <translation>رحلة جوية منتظمة</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>رحلة مستأجرة</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>برّي</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم تسجيل السفر</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>مصلحة حيوية</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>التزام قانوني</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>المصلحة العامة</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>مصلحة مشروعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <translation>محاولة ثانية</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>زيارة ميدانية</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Econ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psych.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readmission refused</source>
        <extracomment>The breaches as `Breaches.names()` gives them, and as the interface shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>date</comment>
        <translation type="unfinished">منجز</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring history — select a follow-up to see the returnee&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes and attachments of the selected logged follow-up (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dimension} sustainability, 1 (poor) to 5 (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainability score over time (1 poor – 5 good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sustainability scores logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring history — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of {date} — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Monitoring history — {name} ({reference}): %n follow-up(s), {done} logged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring history — this case has no monitoring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (month {month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breach</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance — how a country keeps its assurances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country of return to see its compliance report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose risk profile calls for active monitoring where the country authorised only passive monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged without reaching the returnee; each missed contact is escalated (a second attempt, then a field visit where authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurances valid during the period, with their status today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups counted up to today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} ({code}), {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up counts in the month it fell due; done vs due = done / fell due; contact rate = contact made / logged (done + missed). One incident may report several kinds of breach. Review decisions in the period: {decisions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>review decisions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} of due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{contact} of {logged} logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{active} active · {passive} passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assurance of this country is valid during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the monitors who go out; their follow-ups and unassigned ones are planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no monitor ticked: how many (unnamed) monitors go out each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>period</comment>
        <translation type="unfinished">إلى</translation>
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
        <source>None ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office routes start from: where it is, its working hours and days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region and a period, then plan the routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on these routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the household&apos;s place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field office yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitor accounts: plan for unnamed monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region has active monitoring plans: there are no visits to route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field office serves this region: record one before planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes start and end at {office} ({hours}; {days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the routes for {region}, {first} to {last}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} over {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{scheduled} of %n due visit(s) planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{duration} on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left out (below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>office closed {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is due in {region} by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on these routes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on these routes: none — every due visit is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of {reference} ({name}) saved; the routes are planned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} — reference {reference}, verification code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer — verification code {code}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Visit routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit routes — the due visits of a region, as day plans per monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Partner report</source>
        <translation>تقرير الشريك</translation>
    </message>
    <message>
        <source>Self report</source>
        <translation>إبلاغ ذاتي</translation>
    </message>
    <message>
        <source>Punishment</source>
        <translation>معاقبة</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>احتجاز</translation>
    </message>
    <message>
        <source>Incidents reported per month, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups per month: fell due, done — and contact rate</source>
        <extracomment>More months than this and the month names stand upright, so none is cut short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <translation>رُفضت إعادة القبول</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restrict region</source>
        <translation>تقييد بمنطقة</translation>
    </message>
    <message>
        <source>Restrict profile</source>
        <translation>تقييد بفئة</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Business start up</source>
        <translation>إنشاء مشروع تجاري</translation>
    </message>
    <message>
        <source>Business start-up</source>
        <translation>بدء مشروع تجاري</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>التدريب المهني</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
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
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}٪</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored encrypted; at most 10 files of 10 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: stored encrypted. Opening this record has been written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({size}, added by {user} on {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Monday to Sunday, as the office&apos;s working days are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field office — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field office — new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit routes in {country} start and end at the field office serving the region (or, where a region has none, at the country&apos;s office without a region), within its working hours and days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} field office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the office serves the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude — e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (routes start here)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field office needs its coordinates: routes start and end there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded on {date} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the household lives — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household {reference}: &lt;b&gt;{name}&lt;/b&gt;, {where}.&lt;br&gt;Visit routes need the coordinates; the address and directions are printed on the monitor&apos;s day plan and kept out of the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, house number, neighbourhood, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to find it: landmarks, who to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
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
        <source>Needs</source>
        <translation>الاحتياجات</translation>
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
        <translation>جهة الاتصال</translation>
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
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Affected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected cases — {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} — {monitor}:  leave {leave}, back {back} · %n visit(s) · {duration} on the road</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({days} d overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to record where the household lives</source>
        <translation type="unfinished"></translation>
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
        <source>gap {percent}%</source>
        <translation>الفجوة {percent}%</translation>
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
        <source>s</source>
        <comment>seconds</comment>
        <translation>ث</translation>
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
        <source>Searching… best plan so far &lt;b&gt;{best}&lt;/b&gt; · proven bound {bound} · {gap} · {seconds} s</source>
        <translation>جارٍ البحث… أفضل خطة حتى الآن &lt;b&gt;{best}&lt;/b&gt; · الحد المُثبت {bound} · {gap} · {seconds} ث</translation>
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
        <source>Proven optimal</source>
        <translation>مثلى مُثبتة</translation>
    </message>
    <message>
        <source>Feasible — not proven optimal</source>
        <translation>ممكنة — لم يُثبت أنها مثلى</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>غير ممكنة</translation>
    </message>
    <message>
        <source>No plan found</source>
        <translation>لم يُعثر على خطة</translation>
    </message>
    <message>
        <source>unplaced people (weighted)</source>
        <extracomment>The objective&apos;s terms as the planner names them (`Terms.named`), for the interface.</extracomment>
        <translation>أشخاص غير مُدرجين (مرجّح)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>moved bookings</source>
        <translation>الحجوزات المنقولة</translation>
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
        <source>Booking</source>
        <translation>الحجز</translation>
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
        <translation>الرحلة</translation>
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
        <source>gap 0 %</source>
        <translation>الفجوة 0 %</translation>
    </message>
    <message>
        <source>Objective {objective} (lower is better: {terms})</source>
        <translation>الهدف {objective} (الأقل أفضل: {terms})</translation>
    </message>
    <message>
        <source>proven bound {bound}</source>
        <translation>الحد المُثبت {bound}</translation>
    </message>
    <message>
        <source>first plan after {seconds} s</source>
        <translation>أول خطة بعد {seconds} ث</translation>
    </message>
    <message>
        <source>finished in {seconds} s</source>
        <translation>انتهى في {seconds} ث</translation>
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
            <numerusform>%n أسر جاهزة</numerusform>
            <numerusform>%n أسرة جاهزة</numerusform>
            <numerusform>%n أسرة جاهزة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
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
            <numerusform>%n رحلات</numerusform>
            <numerusform>%n رحلة</numerusform>
            <numerusform>%n رحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>لا مقاعد</numerusform>
            <numerusform>مقعد واحد</numerusform>
            <numerusform>مقعدان</numerusform>
            <numerusform>%n مقاعد</numerusform>
            <numerusform>%n مقعدًا</numerusform>
            <numerusform>%n مقعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with no movement their readiness allows</source>
        <translation>
            <numerusform>لا توجد أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>أسرة واحدة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>أسرتان بلا رحلة تسمح بها جاهزيتهما</numerusform>
            <numerusform>%n أسر بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>%n أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
            <numerusform>%n أسرة بلا رحلة تسمح بها جاهزيتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see tooltip)</source>
        <translation>
            <numerusform>لا أحد مستبعد</numerusform>
            <numerusform>واحد مستبعد (انظر التلميح)</numerusform>
            <numerusform>اثنان مستبعدان (انظر التلميح)</numerusform>
            <numerusform>%n مستبعدين (انظر التلميح)</numerusform>
            <numerusform>%n مستبعدًا (انظر التلميح)</numerusform>
            <numerusform>%n مستبعد (انظر التلميح)</numerusform>
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
            <numerusform>%n أشخاص مُدرجين</numerusform>
            <numerusform>%n شخصًا مُدرجًا</numerusform>
            <numerusform>%n شخص مُدرج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>لا أسر</numerusform>
            <numerusform>أسرة واحدة</numerusform>
            <numerusform>أسرتان</numerusform>
            <numerusform>%n أسر</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
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
            <numerusform>%n أشخاص غير مُدرجين</numerusform>
            <numerusform>%n شخصًا غير مُدرج</numerusform>
            <numerusform>%n شخص غير مُدرج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing booking(s) moved</source>
        <translation>
            <numerusform>لم يُنقل أي حجز قائم</numerusform>
            <numerusform>نُقل حجز قائم واحد</numerusform>
            <numerusform>نُقل حجزان قائمان</numerusform>
            <numerusform>نُقلت %n حجوزات قائمة</numerusform>
            <numerusform>نُقل %n حجزًا قائمًا</numerusform>
            <numerusform>نُقل %n حجز قائم</numerusform>
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
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
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
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%n مقاعد شاغرة</numerusform>
            <numerusform>%n مقعدًا شاغرًا</numerusform>
            <numerusform>%n مقعد شاغر</numerusform>
        </translation>
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
            <numerusform>حُجزت %n أسر</numerusform>
            <numerusform>حُجزت %n أسرة</numerusform>
            <numerusform>حُجزت %n أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>لم تُنقل أي أسرة</numerusform>
            <numerusform>نُقلت واحدة</numerusform>
            <numerusform>نُقلت اثنتان</numerusform>
            <numerusform>نُقلت %n</numerusform>
            <numerusform>نُقلت %n</numerusform>
            <numerusform>نُقلت %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>لم يُحتفظ بأي أسرة</numerusform>
            <numerusform>أُبقيت واحدة</numerusform>
            <numerusform>أُبقيت اثنتان</numerusform>
            <numerusform>أُبقيت %n</numerusform>
            <numerusform>أُبقيت %n</numerusform>
            <numerusform>أُبقيت %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off their movement</source>
        <translation>
            <numerusform>لم تُسحب أي أسرة من رحلتها</numerusform>
            <numerusform>سُحبت واحدة من رحلتها</numerusform>
            <numerusform>سُحبت اثنتان من رحلتيهما</numerusform>
            <numerusform>سُحبت %n من رحلاتها</numerusform>
            <numerusform>سُحبت %n من رحلاتها</numerusform>
            <numerusform>سُحبت %n من رحلاتها</numerusform>
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
        <translation>ورقة CSV أو Excel ‏(.xlsx) بالأعمدة country وregion وskill وdemand_index؛ تُفحص جميع الصفوف أولًا، ولا يُكتب شيء إذا كان أحدها خاطئًا</translation>
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
            <numerusform>و%n مشكلات أخرى</numerusform>
            <numerusform>و%n مشكلة أخرى</numerusform>
            <numerusform>و%n مشكلة أخرى</numerusform>
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
            <numerusform>%n حزم مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>%n حزمة مخططة من أصل {places} من الأماكن</numerusform>
            <numerusform>%n حزمة مخططة من أصل {places} من الأماكن</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
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
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%n أسر (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%n أسرة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
            <numerusform>&lt;b&gt;{met} من {needs}&lt;/b&gt; من الاحتياجات ملبّاة لـ%n أسرة (الأشخاص المستضعفون: {vulnerable_met} من {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; عينيًا، و{cash} نقدًا</numerusform>
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
    <message numerus="yes">
        <source>%n accepted package(s) of households that no longer have an arrival will be withdrawn when you accept</source>
        <translation>
            <numerusform>لن تُسحب أي حزمة مقبولة</numerusform>
            <numerusform>ستُسحب عند القبول حزمة مقبولة واحدة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول حزمتان مقبولتان لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %n حزم مقبولة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %n حزمة مقبولة لأسر لم يعد لها وصول</numerusform>
            <numerusform>ستُسحب عند القبول %n حزمة مقبولة لأسر لم يعد لها وصول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed case(s) not allocated: {cases}</source>
        <translation>
            <numerusform>لا ملفات مقيَّمة دون تخصيص: {cases}</numerusform>
            <numerusform>ملف مقيَّم واحد دون تخصيص: {cases}</numerusform>
            <numerusform>ملفان مقيَّمان دون تخصيص: {cases}</numerusform>
            <numerusform>%n ملفات مقيَّمة دون تخصيص: {cases}</numerusform>
            <numerusform>%n ملفًا مقيَّمًا دون تخصيص: {cases}</numerusform>
            <numerusform>%n ملف مقيَّم دون تخصيص: {cases}</numerusform>
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
            <numerusform>قُبل: أُضيفت %n حزم، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت %n حزمة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
            <numerusform>قُبل: أُضيفت %n حزمة، واحتُفظ بـ{kept}، وسُحب {withdrawn}. يمكن إبلاغ الشركاء بتسليماتهم.</numerusform>
        </translation>
    </message>
</context>
</TS>

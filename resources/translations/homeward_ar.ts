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
        <translation type="unfinished"></translation>
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
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>مسؤول المتابعة</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
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
        <source>Booked</source>
        <translation>محجوز</translation>
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
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
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
        <source>Vocational training</source>
        <translation>تدريب مهني</translation>
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
        <source>Psychosocial</source>
        <translation>الدعم النفسي والاجتماعي</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
</context>
</TS>

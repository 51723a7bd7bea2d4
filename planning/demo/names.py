"""Name pools per country of return: (as written, Latin transliteration) pairs.

For Latin-script countries both halves are the same and no transliteration is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

Name = tuple[str, str]


@dataclass(frozen=True)
class NamePool:
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]
    #: Whether the names are written in a non-Latin script (then a transliteration is stored).
    script: bool


def _latin(male: str, female: str, family: str) -> NamePool:
    def pairs(text: str) -> tuple[Name, ...]:
        return tuple((n, n) for n in text.split(", "))

    return NamePool(pairs(male), pairs(female), pairs(family), script=False)


def _script(male: str, female: str, family: str) -> NamePool:
    def pairs(text: str) -> tuple[Name, ...]:
        result = []
        for item in text.split(", "):
            original, latin = item.split("=")
            result.append((original, latin))
        return tuple(result)

    return NamePool(pairs(male), pairs(female), pairs(family), script=True)


POOLS: dict[str, NamePool] = {
    "IRQ": _script(
        "محمد=Mohammed, علي=Ali, حسين=Hussein, أحمد=Ahmed, عمر=Omar, مصطفى=Mustafa, حيدر=Haider, كريم=Karim",
        "فاطمة=Fatima, زينب=Zainab, مريم=Maryam, نور=Noor, سارة=Sara, هدى=Huda, رنا=Rana, آمنة=Amina",
        "الجبوري=Al-Jubouri, العبيدي=Al-Obaidi, الدليمي=Al-Dulaimi, الربيعي=Al-Rubaie, "
        "التميمي=Al-Tamimi, الخفاجي=Al-Khafaji, البياتي=Al-Bayati, الساعدي=Al-Saadi",
    ),
    "SYR": _script(
        "محمد=Mohammad, خالد=Khaled, يوسف=Yousef, سامر=Samer, باسل=Basel, ماهر=Maher, رامي=Rami, طارق=Tarek",
        "ريم=Reem, لينا=Lina, هبة=Hiba, دعاء=Doaa, رهف=Rahaf, سلمى=Salma, ياسمين=Yasmin, نادية=Nadia",
        "الحلبي=Al-Halabi, الشامي=Al-Shami, المصري=Al-Masri, حداد=Haddad, خليل=Khalil, "
        "النجار=Al-Najjar, الأحمد=Al-Ahmad, قباني=Kabbani",
    ),
    "AFG": _script(
        "احمد=Ahmad, محمود=Mahmood, نجیب=Najib, فرید=Farid, جاوید=Javid, رحیم=Rahim, ظاهر=Zaher, شفیق=Shafiq",
        "فرشته=Fereshta, مریم=Maryam, زهرا=Zahra, شبنم=Shabnam, ملالی=Malalai, نرگس=Nargis, "
        "ثریا=Soraya, لیلا=Laila",
        "احمدزی=Ahmadzai, پوپلزی=Popalzai, نوری=Noori, حیدری=Haidari, رحیمی=Rahimi, سلطانی=Sultani, "
        "کریمی=Karimi, هاشمی=Hashimi",
    ),
    "PAK": _script(
        "محمد=Muhammad, عمران=Imran, بلال=Bilal, عثمان=Usman, فیصل=Faisal, حسن=Hassan, زبیر=Zubair, عاصم=Asim",
        "عائشہ=Ayesha, فاطمہ=Fatima, صبا=Saba, ثنا=Sana, حنا=Hina, مہوش=Mehwish, نازیہ=Nazia, رابعہ=Rabia",
        "خان=Khan, چوہدری=Chaudhry, بٹ=Butt, ملک=Malik, قریشی=Qureshi, شیخ=Sheikh, اعوان=Awan, "
        "راجپوت=Rajput",
    ),
    "MAR": _script(
        "يوسف=Youssef, محمد=Mohamed, حمزة=Hamza, أيوب=Ayoub, مهدي=Mehdi, إلياس=Ilyas, سعيد=Saïd, رشيد=Rachid",
        "خديجة=Khadija, سكينة=Soukaina, إيمان=Imane, هاجر=Hajar, سلمى=Salma, نادية=Nadia, "
        "فاطمة الزهراء=Fatima Zahra, أسماء=Asmae",
        "العلوي=Alaoui, بنعلي=Benali, الإدريسي=El Idrissi, التازي=Tazi, بناني=Bennani, الفاسي=El Fassi, "
        "المنصوري=El Mansouri, الصديقي=Seddiki",
    ),
    "TUN": _script(
        "محمد=Mohamed, أيمن=Aymen, وليد=Walid, سفيان=Sofiene, أنيس=Anis, هيثم=Haythem, بلال=Bilel, "
        "مروان=Marouane",
        "مريم=Mariem, إيناس=Ines, أميرة=Amira, سنية=Sonia, رحمة=Rahma, نسرين=Nesrine, خولة=Khaoula, "
        "سلوى=Salwa",
        "الطرابلسي=Trabelsi, بن سالم=Ben Salem, الغربي=Gharbi, الجبالي=Jebali, الحمامي=Hammami, "
        "الشريف=Cherif, الدريدي=Dridi, السويسي=Souissi",
    ),
    "ETH": _script(
        "ሀይሌ=Haile, ዳዊት=Dawit, ሰለሞን=Solomon, ተስፋዬ=Tesfaye, ብርሃኑ=Birhanu, ዮናስ=Yonas, መስፍን=Mesfin, "
        "አበበ=Abebe",
        "ሄለን=Helen, ማርታ=Marta, ትዕግስት=Tigist, መሰረት=Meseret, አልማዝ=Almaz, ሰላማዊት=Selamawit, "
        "ፍሬሕይወት=Frehiwot, ብርቱካን=Birtukan",
        "ገብሬ=Gebre, ታደሰ=Tadesse, ወልዴ=Wolde, በቀለ=Bekele, ከበደ=Kebede, ግርማ=Girma, አለሙ=Alemu, "
        "ደሳለኝ=Desalegn",
    ),
    "ERI": _script(
        "ተስፋይ=Tesfay, ሙሴ=Mussie, ዳኒኤል=Daniel, ሳሙኤል=Samuel, የማነ=Yemane, ኣማኑኤል=Amanuel, ፍጹም=Fitsum, "
        "ብሩክ=Biruk",
        "ሳባ=Saba, ሉላ=Lula, ሃና=Hanna, ኤልሳ=Elsa, ሰናይት=Senait, ፊዮሪ=Fiori, ራሄል=Rahel, ዊንታ=Winta",
        "ተኽለ=Tekle, ገብረሂወት=Gebrehiwet, ሃብተ=Habte, ኪዳነ=Kidane, ወልደሚካኤል=Weldemichael, ዘርኣይ=Zerai, "
        "ተወልደ=Tewelde, ሃይለ=Haile",
    ),
    "GEO": _script(
        "გიორგი=Giorgi, დავით=Davit, ლევან=Levan, ნიკა=Nika, ირაკლი=Irakli, ლაშა=Lasha, ზურაბ=Zurab, "
        "ალექსანდრე=Aleksandre",
        "ნინო=Nino, მარიამ=Mariam, თამარ=Tamar, ანა=Ana, ეკატერინე=Ekaterine, სალომე=Salome, ნათია=Natia, "
        "ქეთევან=Ketevan",
        "ბერიძე=Beridze, კაპანაძე=Kapanadze, გელაშვილი=Gelashvili, მაისურაძე=Maisuradze, "
        "გიორგაძე=Giorgadze, ლომიძე=Lomidze, ცერცვაძე=Tsertsvadze, ნოზაძე=Nozadze",
    ),
    "UKR": _script(
        "Олександр=Oleksandr, Андрій=Andrii, Дмитро=Dmytro, Сергій=Serhii, Максим=Maksym, Іван=Ivan, "
        "Богдан=Bohdan, Тарас=Taras",
        "Олена=Olena, Наталія=Nataliia, Ірина=Iryna, Оксана=Oksana, Юлія=Yuliia, Тетяна=Tetiana, "
        "Софія=Sofiia, Анна=Anna",
        "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Ткаченко=Tkachenko, "
        "Кравченко=Kravchenko, Мельник=Melnyk, Бойко=Boiko, Ковальчук=Kovalchuk",
    ),
    "BGD": _script(
        "মোহাম্মদ=Mohammad, রহিম=Rahim, করিম=Karim, সাকিব=Sakib, আরিফ=Arif, তানভীর=Tanvir, মাসুদ=Masud, "
        "রফিক=Rafiq",
        "ফাতেমা=Fatema, নুসরাত=Nusrat, সুমাইয়া=Sumaiya, তাসলিমা=Taslima, রুমানা=Rumana, শারমিন=Sharmin, "
        "আয়েশা=Ayesha, নাসরিন=Nasrin",
        "হোসেন=Hossain, রহমান=Rahman, আহমেদ=Ahmed, ইসলাম=Islam, চৌধুরী=Chowdhury, উদ্দিন=Uddin, মিয়া=Mia, "
        "সরকার=Sarkar",
    ),
    "NGA": _latin(
        "Chinedu, Emeka, Oluwaseun, Tunde, Ibrahim, Musa, Osagie, Efosa",
        "Blessing, Chioma, Ngozi, Funmilayo, Aisha, Osas, Joy, Esohe",
        "Okafor, Adeyemi, Okonkwo, Balogun, Igbinedion, Osagiede, Abubakar, Eze",
    ),
    "GHA": _latin(
        "Kwame, Kofi, Kwabena, Yaw, Kojo, Emmanuel, Ebo, Selorm",
        "Akosua, Ama, Abena, Efua, Adwoa, Esi, Yaa, Dzifa",
        "Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Amoah",
    ),
    "SEN": _latin(
        "Mamadou, Cheikh, Abdoulaye, Moussa, Ousmane, Ibrahima, Modou, Pape",
        "Fatou, Aminata, Awa, Mariama, Khady, Ndèye, Coumba, Aïssatou",
        "Diop, Ndiaye, Fall, Sow, Diallo, Gueye, Sarr, Faye",
    ),
    "ALB": _latin(
        "Arben, Besnik, Erion, Gentian, Klodian, Dritan, Ardit, Ergys",
        "Elira, Anisa, Blerina, Jonida, Klea, Ermira, Dorina, Fjolla",
        "Hoxha, Shehu, Dervishi, Gjoka, Krasniqi, Leka, Marku, Çela",
    ),
}

COUNSELLORS = (
    "Anke Janssens", "Marc Dubois", "Sofia Rossi", "Jonas Peeters", "Leila Haddad", "Pieter de Vries",
    "Claire Martin", "Tomás García", "Nadia Benali", "Eva Novak",
)

INTERPRETERS = (
    "Omar Saleh", "Rania Aziz", "Farhad Karimi", "Tigist Alemu", "Nino Lomidze", "Olena Hrytsenko",
    "Adebayo Okoye", "Rezwan Ahmed",
)

USERS = ("coordinator.janssens", "coordinator.dubois", "coordinator.rossi", "coordinator.peeters",
         "coordinator.haddad")

DOCTORS = ("Dr. H. Vermeulen", "Dr. S. Laurent", "Dr. A. Moreau", "IOM Migration Health Assessment Centre")

BID_PANELS = ("Guardianship Service best-interests panel", "UNHCR BID panel", "Child Protection Unit")

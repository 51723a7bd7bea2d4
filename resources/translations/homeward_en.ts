<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoints</source>
        <translation>
            <numerusform>%Ln checkpoint</numerusform>
            <numerusform>%Ln checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %n done.</source>
        <translation>
            <numerusform>%Ln of %Ln done.</numerusform>
            <numerusform>%Ln of %Ln done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n printed before the cancel (complete and recorded), {skipped} skipped; the rest were not issued.</source>
        <translation>
            <numerusform>Cancelled: %Ln printed before the cancel (complete and recorded), {skipped} skipped; the rest were not issued.</numerusform>
            <numerusform>Cancelled: %Ln printed before the cancel (complete and recorded), {skipped} skipped; the rest were not issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, {skipped} skipped (see the reasons below).</source>
        <translation>
            <numerusform>Done: %Ln printed into {folder}, {skipped} skipped (see the reasons below).</numerusform>
            <numerusform>Done: %Ln printed into {folder}, {skipped} skipped (see the reasons below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, none skipped.</source>
        <translation>
            <numerusform>Done: %Ln printed into {folder}, none skipped.</numerusform>
            <numerusform>Done: %Ln printed into {folder}, none skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{ticked} of %n people&lt;/b&gt; present and reconfirmed</source>
        <translation>
            <numerusform>&lt;b&gt;{ticked} of %Ln person&lt;/b&gt; present and reconfirmed</numerusform>
            <numerusform>&lt;b&gt;{ticked} of %Ln people&lt;/b&gt; present and reconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{done} of %n household(s)&lt;/b&gt; checked in</source>
        <translation>
            <numerusform>&lt;b&gt;{done} of %Ln household&lt;/b&gt; checked in</numerusform>
            <numerusform>&lt;b&gt;{done} of %Ln households&lt;/b&gt; checked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n household(s) at risk: they cannot check in or depart until it is resolved (hover for why)</source>
        <translation>
            <numerusform>⚠ %n household at risk: it cannot check in or depart until it is resolved (hover for why)</numerusform>
            <numerusform>⚠ %n households at risk: they cannot check in or depart until it is resolved (hover for why)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording the departure marks the checked-in households as departed; &lt;b&gt;%n household(s) not checked in are recorded as no-shows&lt;/b&gt; and their bookings cancelled.</source>
        <translation>
            <numerusform>Recording the departure marks the checked-in households as departed; &lt;b&gt;%Ln household not checked in is recorded as no-shows&lt;/b&gt; and their bookings cancelled.</numerusform>
            <numerusform>Recording the departure marks the checked-in households as departed; &lt;b&gt;%Ln households not checked in are recorded as no-shows&lt;/b&gt; and their bookings cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>seats</comment>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n movement(s) can be imported.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;All %Ln movement can be imported.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;All %Ln movements can be imported.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n movement(s)</source>
        <translation>
            <numerusform>{valid} of %Ln movement</numerusform>
            <numerusform>{valid} of %Ln movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems</source>
        <translation>
            <numerusform>%Ln row has problems</numerusform>
            <numerusform>%Ln rows have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import all %n</source>
        <translation>
            <numerusform>Import all %Ln</numerusform>
            <numerusform>Import all %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the %n valid row(s)</source>
        <translation>
            <numerusform>Import only the %Ln valid row</numerusform>
            <numerusform>Import only the %Ln valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n movement(s) imported&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln movement imported&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln movements imported&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were left out</source>
        <translation>
            <numerusform>%Ln row with problems was left out</numerusform>
            <numerusform>%Ln rows with problems were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{reference}&lt;/b&gt; — %n page(s) — verification code &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln page — verification code &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln pages — verification code &lt;b&gt;{code}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n household(s)…</source>
        <translation>
            <numerusform>Imported {done} of %Ln household…</numerusform>
            <numerusform>Imported {done} of %Ln households…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n household(s) ({people})</source>
        <translation>
            <numerusform>Import %Ln household ({people})</numerusform>
            <numerusform>Import %Ln households ({people})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ready to import</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ready to import</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>in %Ln case</numerusform>
            <numerusform>in %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; with errors</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; with errors</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; likely already known</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; likely already known</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; likely already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; held with their household</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; held with their household</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; held with their household</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n household(s)…</source>
        <translation>
            <numerusform>Importing %Ln household…</numerusform>
            <numerusform>Importing %Ln households…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened for {people}</source>
        <translation>
            <numerusform>%Ln case opened for {people}</numerusform>
            <numerusform>%Ln cases opened for {people}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; fix them in the file and import it again — rows already imported will then show as likely known.</source>
        <translation>
            <numerusform>%Ln row was not imported; fix it in the file and import it again — rows already imported will then show as likely known.</numerusform>
            <numerusform>%Ln rows were not imported; fix them in the file and import it again — rows already imported will then show as likely known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for anonymisation: &lt;b&gt;%Ln case(s)&lt;/b&gt; ended on or before {date}. This list is a dry run: nothing has been changed.</source>
        <translation>
            <numerusform>Due for anonymisation: &lt;b&gt;%Ln case&lt;/b&gt; ended on or before {date}. This list is a dry run: nothing has been changed.</numerusform>
            <numerusform>Due for anonymisation: &lt;b&gt;%Ln cases&lt;/b&gt; ended on or before {date}. This list is a dry run: nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)…</source>
        <translation>
            <numerusform>Anonymise %Ln case…</numerusform>
            <numerusform>Anonymise %Ln cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)? Names, contacts, statements, notes and attachments are removed for good; this cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %Ln case? Names, contacts, statements, notes and attachments are removed for good; this cannot be undone.</numerusform>
            <numerusform>Anonymise %Ln cases? Names, contacts, statements, notes and attachments are removed for good; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %Ln case(s): {references}.</source>
        <translation>
            <numerusform>Anonymised %Ln case: {references}.</numerusform>
            <numerusform>Anonymised %Ln cases: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, not containing the user name; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %Ln character, not containing the user name; a short sentence is easy to remember and hard to guess.</numerusform>
            <numerusform>At least %Ln characters, not containing the user name; a short sentence is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s), vulnerable member(s)</source>
        <translation>
            <numerusform>{reference}: {head}, %Ln person, vulnerable</numerusform>
            <numerusform>{reference}: {head}, %Ln people, vulnerable member(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s)</source>
        <translation>
            <numerusform>{reference}: {head}, %Ln person</numerusform>
            <numerusform>{reference}: {head}, %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>booked on &lt;b&gt;{movement}&lt;/b&gt; from {origin}, {when} UTC, %n seat(s)</source>
        <translation>
            <numerusform>booked on &lt;b&gt;{movement}&lt;/b&gt; from {origin}, {when} UTC, %Ln seat</numerusform>
            <numerusform>booked on &lt;b&gt;{movement}&lt;/b&gt; from {origin}, {when} UTC, %Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%Ln year old</numerusform>
            <numerusform>%Ln years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) to resolve first.</source>
        <translation>
            <numerusform>%Ln reason to resolve first.</numerusform>
            <numerusform>%Ln reasons to resolve first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s); the case is back in counselling ({status}).</source>
        <translation>
            <numerusform>The household was taken out of %Ln planned movement; the case is back in counselling ({status}).</numerusform>
            <numerusform>The household was taken out of %Ln planned movements; the case is back in counselling ({status}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s).</source>
        <translation>
            <numerusform>The household was taken out of %Ln planned movement.</numerusform>
            <numerusform>The household was taken out of %Ln planned movements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open today</source>
        <translation>
            <numerusform>%Ln open today</numerusform>
            <numerusform>%Ln open today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advisories (%n in force)</source>
        <translation>
            <numerusform>Advisories (%Ln in force)</numerusform>
            <numerusform>Advisories (%Ln in force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named person(s)</source>
        <translation>
            <numerusform>%Ln named person</numerusform>
            <numerusform>%Ln named people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %Ln day ago</numerusform>
            <numerusform>ended %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assurance(s) in force</source>
        <translation>
            <numerusform>%Ln assurance in force</numerusform>
            <numerusform>%Ln assurances in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%Ln open case</numerusform>
            <numerusform>%Ln open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cases} · &lt;b&gt;%n blocked today&lt;/b&gt; by S5–S9 ({safeguards})</source>
        <translation>
            <numerusform>{cases} · &lt;b&gt;%Ln blocked today&lt;/b&gt; by S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;%Ln blocked today&lt;/b&gt; by S5–S9 ({safeguards})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n assurance(s) valid today</source>
        <translation>
            <numerusform>{valid} of %Ln assurance valid today</numerusform>
            <numerusform>{valid} of %Ln assurances valid today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln follow-up due, {overdue} overdue</numerusform>
            <numerusform>%Ln follow-ups due, {overdue} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review decision for {country} recorded ({outcome}); %n incident(s) closed.</source>
        <translation>
            <numerusform>Review decision for {country} recorded ({outcome}); %Ln incident closed.</numerusform>
            <numerusform>Review decision for {country} recorded ({outcome}); %Ln incidents closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring history — {name} ({reference}): %n follow-up(s), {done} logged</source>
        <translation>
            <numerusform>Monitoring history — {name} ({reference}): %Ln follow-up, {done} logged</numerusform>
            <numerusform>Monitoring history — {name} ({reference}): %Ln follow-ups, {done} logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{country}&lt;/b&gt;: %n open incident(s) ({kinds}; since {date}) — assurances under review, new movements there are blocked (S9).</source>
        <translation>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: %Ln open incident ({kinds}; since {date}) — assurances under review, new movements there are blocked (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt;: %Ln open incidents ({kinds}; since {date}) — assurances under review, new movements there are blocked (S9).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</source>
        <translation>
            <numerusform>%Ln case to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</numerusform>
            <numerusform>%Ln cases to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scheduled} of %n due visit(s) planned</source>
        <translation>
            <numerusform>{scheduled} of %Ln due visit planned</numerusform>
            <numerusform>{scheduled} of %Ln due visits planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %Ln more)</numerusform>
            <numerusform>(and %Ln more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (below)</source>
        <translation>
            <numerusform>%Ln left out (below)</numerusform>
            <numerusform>%Ln left out (below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer — verification code {code}.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer — verification code {code}.</numerusform>
            <numerusform>Sent %Ln pages to the printer — verification code {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} — {monitor}:  leave {leave}, back {back} · %n visit(s) · {duration} on the road</source>
        <translation>
            <numerusform>{date} — {monitor}:  leave {leave}, back {back} · %Ln visit · {duration} on the road</numerusform>
            <numerusform>{date} — {monitor}:  leave {leave}, back {back} · %Ln visits · {duration} on the road</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n booking(s) at risk</source>
        <translation>
            <numerusform>⚠ %n booking at risk</numerusform>
            <numerusform>⚠ %n bookings at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status} · ⚠ %n at risk</source>
        <translation>
            <numerusform>{status} · ⚠ %n at risk</numerusform>
            <numerusform>{status} · ⚠ %n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked household(s) no longer ready for this movement: see its passengers</source>
        <translation>
            <numerusform>%n booked household no longer ready for this movement: see its passengers</numerusform>
            <numerusform>%n booked households no longer ready for this movement: see its passengers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%Ln movement</numerusform>
            <numerusform>%Ln movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats booked</source>
        <translation>
            <numerusform>%Ln seat booked</numerusform>
            <numerusform>%Ln seats booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready household(s)</source>
        <translation>
            <numerusform>%Ln ready household</numerusform>
            <numerusform>%Ln ready households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with no movement their readiness allows</source>
        <translation>
            <numerusform>%Ln household with no movement their readiness allows</numerusform>
            <numerusform>%Ln households with no movement their readiness allows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see tooltip)</source>
        <translation>
            <numerusform>%Ln left out (see tooltip)</numerusform>
            <numerusform>%Ln left out (see tooltip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people placed</source>
        <translation>
            <numerusform>%Ln person placed</numerusform>
            <numerusform>%Ln people placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people not placed</source>
        <translation>
            <numerusform>%Ln person not placed</numerusform>
            <numerusform>%Ln people not placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing booking(s) moved</source>
        <translation>
            <numerusform>%Ln existing booking moved</numerusform>
            <numerusform>%Ln existing bookings moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) this week</source>
        <translation>
            <numerusform>%n movement this week</numerusform>
            <numerusform>%n movements this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) in {month}</source>
        <translation>
            <numerusform>%Ln movement in {month}</numerusform>
            <numerusform>%Ln movements in {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%Ln seat free</numerusform>
            <numerusform>%Ln seats free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) at risk</source>
        <translation>
            <numerusform>%n booking at risk</numerusform>
            <numerusform>%n bookings at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) booked</source>
        <translation>
            <numerusform>%Ln household booked</numerusform>
            <numerusform>%Ln households booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%Ln kept</numerusform>
            <numerusform>%Ln kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off their movement</source>
        <translation>
            <numerusform>%Ln taken off their movement</numerusform>
            <numerusform>%Ln taken off their movement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) planned of {places} place(s)</source>
        <translation>
            <numerusform>%Ln package planned of {places} place(s)</numerusform>
            <numerusform>%Ln packages planned of {places} place(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{met} of {needs}&lt;/b&gt; needs met for %n household(s) (vulnerable people: {vulnerable_met} of {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; in kind, {cash} cash</source>
        <translation>
            <numerusform>&lt;b&gt;{met} of {needs}&lt;/b&gt; needs met for %Ln household (vulnerable people: {vulnerable_met} of {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; in kind, {cash} cash</numerusform>
            <numerusform>&lt;b&gt;{met} of {needs}&lt;/b&gt; needs met for %Ln households (vulnerable people: {vulnerable_met} of {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; in kind, {cash} cash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted package(s) of households that no longer have an arrival will be withdrawn when you accept</source>
        <translation>
            <numerusform>%Ln accepted package of households that no longer have an arrival will be withdrawn when you accept</numerusform>
            <numerusform>%Ln accepted packages of households that no longer have an arrival will be withdrawn when you accept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed case(s) not allocated: {cases}</source>
        <translation>
            <numerusform>%Ln assessed case not allocated: {cases}</numerusform>
            <numerusform>%Ln assessed cases not allocated: {cases}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n package(s) added, {kept} kept, {withdrawn} withdrawn. The partners can be told their deliveries.</source>
        <translation>
            <numerusform>Accepted: %Ln package added, {kept} kept, {withdrawn} withdrawn. The partners can be told their deliveries.</numerusform>
            <numerusform>Accepted: %Ln packages added, {kept} kept, {withdrawn} withdrawn. The partners can be told their deliveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) in {folder}</source>
        <translation>
            <numerusform>%Ln attachment in {folder}</numerusform>
            <numerusform>%Ln attachments in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates of birth</source>
        <translation>
            <numerusform>%Ln date of birth</numerusform>
            <numerusform>%Ln dates of birth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical escort places</source>
        <translation>
            <numerusform>%Ln medical escort place</numerusform>
            <numerusform>%Ln medical escort places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escort places for minors</source>
        <translation>
            <numerusform>%Ln escort place for minors</numerusform>
            <numerusform>%Ln escort places for minors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical-escort places</source>
        <translation>
            <numerusform>%Ln medical-escort place</numerusform>
            <numerusform>%Ln medical-escort places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor-escort places</source>
        <translation>
            <numerusform>%Ln minor-escort place</numerusform>
            <numerusform>%Ln minor-escort places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reasons</source>
        <translation>
            <numerusform>%Ln more reason</numerusform>
            <numerusform>%Ln more reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements</source>
        <translation>
            <numerusform>%Ln movement</numerusform>
            <numerusform>%Ln movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packages</source>
        <translation>
            <numerusform>%Ln package</numerusform>
            <numerusform>%Ln packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems</source>
        <translation>
            <numerusform>%Ln row has problems</numerusform>
            <numerusform>%Ln rows have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed values</source>
        <translation>
            <numerusform>%Ln sealed value</numerusform>
            <numerusform>%Ln sealed values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passwords</source>
        <translation>
            <numerusform>%Ln wrong password</numerusform>
            <numerusform>%Ln wrong passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed movements</source>
        <translation>
            <numerusform>%Ln allowed movement</numerusform>
            <numerusform>%Ln allowed movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same person in another case: %n blocking match(es)</source>
        <translation>
            <numerusform>The same person in another case: %n blocking match</numerusform>
            <numerusform>The same person in another case: %n blocking matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup is of &lt;b&gt;another installation&lt;/b&gt;; this database is installation {ours}. Restoring it replaces everything here and undoes all %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>This backup is of &lt;b&gt;another installation&lt;/b&gt;; this database is installation {ours}. Restoring it replaces everything here and undoes the one audit entry of this database (%n, {span}), which touched: {touched}.</numerusform>
            <numerusform>This backup is of &lt;b&gt;another installation&lt;/b&gt;; this database is installation {ours}. Restoring it replaces everything here and undoes all %n audit entries of this database ({span}), which touched: {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup&apos;s history &lt;b&gt;went another way&lt;/b&gt; than the database&apos;s after position {common}. Restoring it undoes the last %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>This backup&apos;s history &lt;b&gt;went another way&lt;/b&gt; than the database&apos;s after position {common}. Restoring it undoes the last audit entry of this database (%n) ({span}), which touched: {touched}.</numerusform>
            <numerusform>This backup&apos;s history &lt;b&gt;went another way&lt;/b&gt; than the database&apos;s after position {common}. Restoring it undoes the last %n audit entries of this database ({span}), which touched: {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup is &lt;b&gt;older&lt;/b&gt; than the database (at position {live}). Restoring it undoes the last %n audit entries ({span}), which touched: {touched}. A protection concern, a refusal or a review decision recorded since then would be gone.</source>
        <translation>
            <numerusform>This backup is &lt;b&gt;older&lt;/b&gt; than the database (at position {live}). Restoring it undoes the last audit entry (%n, {span}), which touched: {touched}. A protection concern, a refusal or a review decision recorded since then would be gone.</numerusform>
            <numerusform>This backup is &lt;b&gt;older&lt;/b&gt; than the database (at position {live}). Restoring it undoes the last %n audit entries ({span}), which touched: {touched}. A protection concern, a refusal or a review decision recorded since then would be gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to {files}, in {folder}</source>
        <translation>
            <numerusform>%Ln row exported to {files}, in {folder}</numerusform>
            <numerusform>%Ln rows exported to {files}, in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%Ln mistake</numerusform>
            <numerusform>%Ln mistakes</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>open-ended</source>
        <extracomment>Bar and badge colours by status: in force green, requested grey, under review amber, ended red-ish. Softer tints of the same colours for table cells.</extracomment>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>{amount} charter</source>
        <translation>{amount} (charter)</translation>
    </message>
    <message>
        <source>{amount} / seat</source>
        <translation>{amount} / siège</translation>
    </message>
    <message>
        <source>medical {free}/{places}</source>
        <translation>médical {free}/{places}</translation>
    </message>
    <message>
        <source>minors {free}/{places}</source>
        <translation>mineurs {free}/{places}</translation>
    </message>
    <message>
        <source>Homeward database passphrase</source>
        <extracomment>Styles every page shares (titles); pages add their own for what only they show.</extracomment>
        <translation>Phrase secrète de la base Homeward</translation>
    </message>
    <message>
        <source>No keychain holds the key of
{path}</source>
        <translation>Aucun trousseau ne détient la clé de
{path}</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) keeps secrets in a file or nowhere, not in an OS keychain, so Homeward does not use it.</source>
        <translation>Le trousseau de cet ordinateur ({backend}) garde les secrets dans un fichier ou nulle part, pas dans un trousseau du système : Homeward ne l’utilise pas.</translation>
    </message>
    <message>
        <source>Homeward will ask for this passphrase at every start. Keep it safe, written down away from this computer: without it nobody, not even the data-protection officer, can open the database or its automatic backups.</source>
        <translation>Homeward demandera cette phrase secrète à chaque démarrage. Conservez-la en lieu sûr, notée loin de cet ordinateur : sans elle, personne, pas même le délégué à la protection des données, ne peut ouvrir la base de données ni ses sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this new database:</source>
        <translation>Choisissez une phrase secrète pour cette nouvelle base :</translation>
    </message>
    <message>
        <source>Enter its passphrase:</source>
        <translation>Saisissez sa phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was created.</source>
        <translation>Les phrases secrètes diffèrent ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de données</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message>
        <source>Creating demo caseload…</source>
        <translation>Création des dossiers de démonstration…</translation>
    </message>
    <message>
        <source>Handing over the reintegration packages of arrived households…</source>
        <translation>Remise des paquets de réintégration aux ménages arrivés…</translation>
    </message>
    <message>
        <source>Starting monitoring plans for arrived households…</source>
        <translation>Création des plans de suivi des ménages arrivés…</translation>
    </message>
    <message>
        <source>Homeward — unexpected error</source>
        <translation>Homeward — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Homeward did not expect. Your saved work is safe; the action that failed was not saved.</source>
        <translation>Un problème imprévu est survenu. Votre travail enregistré est intact ; l&apos;action qui a échoué n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Homeward cannot open the database</source>
        <translation>Homeward ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Vulnerable members</source>
        <translation>Membres vulnérables</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fiche du dossier</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Movements</source>
        <extracomment>How far ahead the register looks when Home opens the bookings at risk.</extracomment>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Respect des engagements</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>encrypted file {path}</source>
        <translation>fichier chiffré {path}</translation>
    </message>
    <message>
        <source>{database} — {user} ({role})</source>
        <translation>{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>An automatic backup (embedded database only) when the window closes. Retranslates once after the translators change (installing a language sends several events).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>&amp;Importer des orientations…</translation>
    </message>
    <message>
        <source>&amp;Print declarations of a day…</source>
        <translation>Im&amp;primer les déclarations d&apos;une journée…</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>&amp;Vérifier un document…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Place names…</source>
        <translation>&amp;Noms de lieux…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>Entries read from the database at a time.</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>case {reference}</source>
        <translation>dossier {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; by {user} on {time} UTC — {record}</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; par {user} le {time} UTC — {record}</translation>
    </message>
    <message>
        <source>The values of this entry were removed by retention when the case was anonymised; the entry still counts in the chain.</source>
        <translation>Les valeurs de cette entrée ont été supprimées par la conservation lors de l&apos;anonymisation du dossier ; l&apos;entrée compte toujours dans la chaîne.</translation>
    </message>
    <message>
        <source>No values recorded for this entry.</source>
        <translation>Aucune valeur enregistrée pour cette entrée.</translation>
    </message>
    <message>
        <source>given names</source>
        <extracomment>The stored fields&apos; names as the comparison shows them (other fields: their key in words, untranslated).</extracomment>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>relationship to head</source>
        <translation>lien avec le chef de ménage</translation>
    </message>
    <message>
        <source>given names (Latin script)</source>
        <translation>prénoms (alphabet latin)</translation>
    </message>
    <message>
        <source>family name (Latin script)</source>
        <translation>nom de famille (alphabet latin)</translation>
    </message>
    <message>
        <source>permanent residence</source>
        <translation>résidence permanente</translation>
    </message>
    <message>
        <source>irregular exit</source>
        <translation>sortie irrégulière</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>escort need</source>
        <translation>besoin d&apos;escorte</translation>
    </message>
    <message>
        <source>Reload to see the values saved now.</source>
        <translation>Rechargez pour voir les valeurs enregistrées maintenant.</translation>
    </message>
    <message>
        <source>The saved values are the same as yours in every field you edited.</source>
        <translation>Les valeurs enregistrées sont identiques aux vôtres dans chaque champ que vous avez modifié.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved now (version {version})</source>
        <translation>Enregistré maintenant (version {version})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Chain intact</source>
        <translation>Chaîne intacte</translation>
    </message>
    <message>
        <source>{entries}; the head is signed with the chain key; {checkpoints} kept outside the database agree</source>
        <translation>{entries} ; la tête est signée avec la clé de la chaîne ; {checkpoints} conservés hors de la base concordent</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoints</source>
        <translation>
            <numerusform>%Ln point de contrôle</numerusform>
            <numerusform>%Ln points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken</source>
        <translation>Chaîne rompue</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <source>any case, e.g. HW-2026-000017</source>
        <translation>tout dossier, p. ex. HW-2026-000017</translation>
    </message>
    <message>
        <source>any action, or a family such as consent.</source>
        <translation>toute action, ou une famille comme « consent ».</translation>
    </message>
    <message>
        <source>From</source>
        <comment>period</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and report the first altered, removed or inserted entry</source>
        <translation>Parcourir toute la chaîne d&apos;empreintes et signaler la première entrée modifiée, supprimée ou insérée</translation>
    </message>
    <message>
        <source>The chain has not been checked in this window.</source>
        <translation>La chaîne n&apos;a pas été vérifiée dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Only the data-protection officer may read the audit log; {user} is signed in as {role}.</source>
        <translation>Seul le délégué à la protection des données peut consulter le journal d&apos;audit ; {user} est connecté en tant que {role}.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Present and reconfirms</source>
        <translation>Présent et reconfirme</translation>
    </message>
    <message>
        <source>{code} has departed</source>
        <extracomment>Why a movement no longer takes check-ins, by its status.</extracomment>
        <translation>{code} est parti</translation>
    </message>
    <message>
        <source>{code} has arrived</source>
        <translation>{code} est arrivé</translation>
    </message>
    <message>
        <source>{code} has been cancelled</source>
        <translation>{code} a été annulé</translation>
    </message>
    <message>
        <source>Check-in for {code} is on its departure day, {day}</source>
        <translation>L&apos;enregistrement pour {code} a lieu le jour du départ, le {day}</translation>
    </message>
    <message>
        <source>&lt;p&gt;{name} ({reference}) does not want to travel on {movement}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{name} ({reference}) ne souhaite pas voyager sur {movement}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;S2 — Refusal stops everything:&lt;/b&gt; the whole household is taken off this movement and every other planned one at once, its seats are freed, and the case goes back to counselling. Nothing is deleted.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Once saved, this record cannot be edited or deleted.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;S2 — Le refus arrête tout :&lt;/b&gt; le ménage entier est retiré immédiatement de ce mouvement et de tous les autres mouvements planifiés, ses sièges sont libérés et le dossier retourne au conseil. Rien n&apos;est supprimé.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Une fois enregistré, cet enregistrement ne peut être ni modifié ni supprimé.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refusal at check-in — {name}</source>
        <translation>Refus à l&apos;enregistrement — {name}</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>Who heard it at the desk</source>
        <translation>Qui l&apos;a entendu au comptoir</translation>
    </message>
    <message>
        <source>What the person said, in their words</source>
        <translation>Ce que la personne a dit, dans ses propres mots</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>Entendu par</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Departure check-in</source>
        <translation>Enregistrement au départ</translation>
    </message>
    <message>
        <source>Loading the check-in sheet</source>
        <translation>Chargement de la feuille d’enregistrement</translation>
    </message>
    <message>
        <source>Loading the check-in sheet…</source>
        <translation>Chargement de la feuille d’enregistrement…</translation>
    </message>
    <message>
        <source>Ask each person, in a language they understand, whether they still want to travel. Tick those present who reconfirm; a child travelling on the guardian&apos;s decision is ticked present. &lt;b&gt;A refusal takes the whole household off the movement (S2)&lt;/b&gt;; if force would be needed, the organisation&apos;s involvement ends (S3).</source>
        <translation>Demandez à chaque personne, dans une langue qu&apos;elle comprend, si elle souhaite toujours voyager. Cochez les personnes présentes qui reconfirment ; un enfant voyageant sur décision de son tuteur est coché présent. &lt;b&gt;Un refus retire le ménage entier du mouvement (S2)&lt;/b&gt; ; si le recours à la force était nécessaire, l&apos;intervention de l&apos;organisation prend fin (S3).</translation>
    </message>
    <message>
        <source>Desk agent</source>
        <translation>Agent au comptoir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Check-in sheet</source>
        <translation>Feuille d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Refuses…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Force would be needed…</source>
        <translation>La force serait nécessaire…</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Arrivé le</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Departed at (UTC)</source>
        <translation>Parti le (UTC)</translation>
    </message>
    <message>
        <source>Arrived at (UTC)</source>
        <translation>Arrivé le (UTC)</translation>
    </message>
    <message>
        <source>Check-in — {code}</source>
        <extracomment>Named from the start (the caller knows the movement); the sheet itself is read in the background.</extracomment>
        <translation>Enregistrement — {code}</translation>
    </message>
    <message>
        <source>Departure check-in — {code}</source>
        <translation>Enregistrement au départ — {code}</translation>
    </message>
    <message>
        <source>Own decision</source>
        <translation>Décision personnelle</translation>
    </message>
    <message>
        <source>On the guardian&apos;s decision</source>
        <translation>Sur décision du tuteur</translation>
    </message>
    <message>
        <source>✔ Present and reconfirmed</source>
        <translation>✔ Présent et reconfirmé</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{ticked} of %n people&lt;/b&gt; present and reconfirmed</source>
        <translation>
            <numerusform>&lt;b&gt;{ticked} sur %Ln personne&lt;/b&gt; présente et ayant reconfirmé</numerusform>
            <numerusform>&lt;b&gt;{ticked} sur %Ln personnes&lt;/b&gt; présentes et ayant reconfirmé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{done} of %n household(s)&lt;/b&gt; checked in</source>
        <translation>
            <numerusform>&lt;b&gt;{done} sur %Ln ménage&lt;/b&gt; enregistré</numerusform>
            <numerusform>&lt;b&gt;{done} sur %Ln ménages&lt;/b&gt; enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n household(s) at risk: they cannot check in or depart until it is resolved (hover for why)</source>
        <translation>
            <numerusform>⚠ %Ln ménage à risque : il ne peut ni s&apos;enregistrer ni partir tant que ce n&apos;est pas résolu (survolez pour savoir pourquoi)</numerusform>
            <numerusform>⚠ %Ln ménages à risque : ils ne peuvent ni s&apos;enregistrer ni partir tant que ce n&apos;est pas résolu (survolez pour savoir pourquoi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording the departure marks the checked-in households as departed; &lt;b&gt;%n household(s) not checked in are recorded as no-shows&lt;/b&gt; and their bookings cancelled.</source>
        <translation>
            <numerusform>Enregistrer le départ marque les ménages enregistrés comme partis ; &lt;b&gt;%Ln ménage non enregistré est consigné comme absent&lt;/b&gt; et sa réservation annulée.</numerusform>
            <numerusform>Enregistrer le départ marque les ménages enregistrés comme partis ; &lt;b&gt;%Ln ménages non enregistrés sont consignés comme absents&lt;/b&gt; et leurs réservations annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the departure marks the checked-in households as departed.</source>
        <translation>Enregistrer le départ marque les ménages enregistrés comme partis.</translation>
    </message>
    <message>
        <source>Departed {when} UTC; record the arrival once the movement has arrived.</source>
        <translation>Parti le {when} UTC ; enregistrez l&apos;arrivée une fois le mouvement arrivé.</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Personne de retour</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Pays / région</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Aptitude au départ</translation>
    </message>
    <message>
        <source>Booked {day}, at risk</source>
        <translation>Réservé le {day}, à risque</translation>
    </message>
    <message>
        <source>Booked {day}</source>
        <translation>Réservé le {day}</translation>
    </message>
    <message>
        <source>{mark} after a name: the household has a vulnerable member (unaccompanied minor, victim of trafficking, medical need, disability, pregnancy, elderly person or single parent)</source>
        <translation>{mark} après un nom : le ménage compte un membre vulnérable (mineur non accompagné, victime de la traite, besoin médical, handicap, grossesse, personne âgée ou parent isolé)</translation>
    </message>
    <message>
        <source>Whether the household may travel today, every safeguard checked; “—” once it has travelled or its case has ended</source>
        <translation>Si le ménage peut voyager aujourd’hui, toutes les garanties vérifiées ; « — » une fois qu’il a voyagé ou que son dossier est clos</translation>
    </message>
    <message>
        <source>Where the case stands; a booked household shows the day it travels</source>
        <translation>Où en est le dossier ; un ménage réservé indique le jour de son voyage</translation>
    </message>
    <message>
        <source>Booked on {movement}, departing {when} UTC</source>
        <translation>Réservé sur {movement}, départ le {when} UTC</translation>
    </message>
    <message>
        <source>At risk: something changed since booking; open the case file to see why</source>
        <translation>À risque : quelque chose a changé depuis la réservation ; ouvrez le dossier pour savoir pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s), vulnerable member(s)</source>
        <translation>
            <numerusform>{reference} : {head}, %Ln personne, membre(s) vulnérable(s)</numerusform>
            <numerusform>{reference} : {head}, %Ln personnes, membre(s) vulnérable(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: {head}, %n person(s)</source>
        <translation>
            <numerusform>{reference} : {head}, %Ln personne</numerusform>
            <numerusform>{reference} : {head}, %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date</comment>
        <extracomment>Every follow-up the filters find goes into the file, however many the page shows.
----------
Padding either side of the dates charted, so a single point is not on the edge.</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Punished</source>
        <extracomment>The breach tick boxes: the entry&apos;s field and what the monitor reads.</extracomment>
        <translation>Sanctionné</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Détenu</translation>
    </message>
    <message>
        <source>Fined</source>
        <translation>Mis à l&apos;amende</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>Poursuivi</translation>
    </message>
    <message>
        <source>Harassed</source>
        <translation>Harcelé</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>1 — poor</source>
        <translation>1 — faible</translation>
    </message>
    <message>
        <source>5 — good</source>
        <translation>5 — bonne</translation>
    </message>
    <message>
        <source>Log follow-up — {reference}</source>
        <translation>Consigner un suivi — {reference}</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Consigner le suivi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({reference}), {where}: follow-up due on {date}. A report of punishment, detention or refused readmission opens an incident and puts the country&apos;s assurances under review (S9).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({reference}), {where} : suivi dû le {date}. Un signalement de sanction, de détention ou de refus de réadmission ouvre un incident et place les garanties du pays en réexamen (S9).</translation>
    </message>
    <message>
        <source>Contact made with the returnee</source>
        <translation>Contact établi avec la personne de retour</translation>
    </message>
    <message>
        <source>Reintegration package delivered?</source>
        <translation>Prestation de réintégration remise ?</translation>
    </message>
    <message>
        <source>A livelihood (work, income)?</source>
        <translation>Des moyens de subsistance (travail, revenus) ?</translation>
    </message>
    <message>
        <source>What was said or seen (stored encrypted)</source>
        <translation>Ce qui a été dit ou constaté (stocké chiffré)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Readmitted without problems?</source>
        <translation>Réadmis sans difficulté ?</translation>
    </message>
    <message>
        <source>For having left irregularly</source>
        <translation>Pour être parti de manière irrégulière</translation>
    </message>
    <message>
        <source>Package delivered / livelihood</source>
        <translation>Prestation remise / subsistance</translation>
    </message>
    <message>
        <source>{dimension} (1–5)</source>
        <translation>{dimension} (1–5)</translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged. It reports a breach of the assurances: an incident is open, the assurances of {country} are now under review and new movements there are blocked (S9) until a coordinator records the review decision.</source>
        <translation>Suivi de {reference} consigné. Il signale un manquement aux garanties : un incident est ouvert, les garanties de {country} sont désormais en réexamen et les nouveaux mouvements vers ce pays sont bloqués (S9) jusqu&apos;à ce qu&apos;un coordinateur enregistre la décision de réexamen.</translation>
    </message>
    <message>
        <source>Follow-up for {reference} logged ({status}).</source>
        <translation>Suivi de {reference} consigné ({status}).</translation>
    </message>
    <message>
        <source>The missed contact is escalated: a {kind} is now due.</source>
        <translation>Le contact manqué donne lieu à une relance : une {kind} est désormais due.</translation>
    </message>
    <message>
        <source>Not escalated: {reason}.</source>
        <translation>Pas de relance : {reason}.</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Chargé de suivi</translation>
    </message>
    <message>
        <source>Returns suspended</source>
        <extracomment>(text, applies, background, foreground) of each badge, in the order they are drawn; texts untranslated.</extracomment>
        <translation>Retours suspendus</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Avis de suspension</translation>
    </message>
    <message>
        <source>Exit punished</source>
        <translation>Sortie sanctionnée</translation>
    </message>
    <message>
        <source>Search by reference or name (any spelling: Mohammed, Muhammad…)</source>
        <translation>Rechercher par référence ou par nom (toutes graphies : Mohammed, Muhammad…)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open (not ended or closed)</source>
        <translation>Ouverts (ni terminés ni clôturés)</translation>
    </message>
    <message>
        <source>{report} from {start} to {end}, by {by}; figures drawn up on {day}</source>
        <translation>{report} du {start} au {end}, par {by} ; chiffres établis le {day}</translation>
    </message>
    <message>
        <source>Every count is shown: not for sharing.</source>
        <translation>Tous les chiffres sont affichés : à ne pas partager.</translation>
    </message>
    <message>
        <source>{measure} by {down} (rows) and {across} (columns)</source>
        <translation>{measure} par {down} (lignes) et {across} (colonnes)</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Delivered in the period (€)</source>
        <translation>Remis pendant la période (€)</translation>
    </message>
    <message>
        <source>Delivered to date (€)</source>
        <translation>Remis à ce jour (€)</translation>
    </message>
    <message>
        <source>Committed (€)</source>
        <translation>Engagé (€)</translation>
    </message>
    <message>
        <source>Remaining (€)</source>
        <translation>Restant (€)</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>The list&apos;s filters: the (untranslated) name, which `show_filter` takes, and the test.</extracomment>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any readiness</source>
        <translation>Prêts ou non</translation>
    </message>
    <message>
        <source>Any household</source>
        <translation>Tous les ménages</translation>
    </message>
    <message>
        <source>With vulnerable members</source>
        <translation>Avec des membres vulnérables</translation>
    </message>
    <message>
        <source>Without vulnerable members</source>
        <translation>Sans membre vulnérable</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>{mark} a household with a vulnerable member · “—” under Readiness: travelled or ended</source>
        <translation>{mark} un ménage avec un membre vulnérable · « — » sous Disponibilité : a voyagé ou dossier clos</translation>
    </message>
    <message>
        <source>Vulnerable: an unaccompanied minor, a victim of trafficking, a medical need, a disability, a pregnancy, an elderly person or a single parent</source>
        <translation>Vulnérable : un mineur non accompagné, une victime de la traite, un besoin médical, un handicap, une grossesse, une personne âgée ou un parent isolé</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>— only cases awaiting a protection decision  (clear with Esc)</source>
        <translation>— uniquement les dossiers en attente d&apos;une décision de protection  (Échap pour effacer)</translation>
    </message>
    <message>
        <source>Advisory in force</source>
        <translation>Avis de suspension en vigueur</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cases</comment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Open cases: not yet departed, not closed</source>
        <translation>Dossiers ouverts : pas encore partis, pas clôturés</translation>
    </message>
    <message>
        <source>Search countries by name or code</source>
        <translation>Rechercher un pays par nom ou code</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>filter</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Countries of return</source>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Add country…</source>
        <translation>Ajouter un pays…</translation>
    </message>
    <message>
        <source>Expiring assurances</source>
        <translation>Garanties arrivant à échéance</translation>
    </message>
    <message>
        <source>Assurances in force that end within 30 days, in every country</source>
        <translation>Garanties en vigueur qui expirent dans les 30 jours, tous pays confondus</translation>
    </message>
    <message>
        <source>Region (exact, any case)</source>
        <translation>Région (exacte, majuscules indifférentes)</translation>
    </message>
    <message>
        <source>Mine only ({user})</source>
        <translation>Les miens uniquement ({user})</translation>
    </message>
    <message>
        <source>Log follow-up…</source>
        <translation>Consigner un suivi…</translation>
    </message>
    <message>
        <source>Visit routes…</source>
        <translation>Itinéraires de visite…</translation>
    </message>
    <message>
        <source>Plan visit routes for the due visits of a region and period</source>
        <translation>Planifier les itinéraires de visite pour les visites dues d&apos;une région sur une période</translation>
    </message>
    <message>
        <source>Monitoring — follow-ups due this week and overdue</source>
        <translation>Suivi — suivis dus cette semaine et en retard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>What Print paints: everything under the controls.
----------
While a country loads: its lanes say so rather than &quot;None recorded&quot;.</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln suivi dû, {overdue} en retard</numerusform>
            <numerusform>%Ln suivis dus, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review decision for {country} recorded ({outcome}); %n incident(s) closed.</source>
        <translation>
            <numerusform>Décision de réexamen pour {country} enregistrée ({outcome}) ; %Ln incident clos.</numerusform>
            <numerusform>Décision de réexamen pour {country} enregistrée ({outcome}) ; %Ln incidents clos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>The columns, each named by the sort key a click on its header asks for. The mark after the head&apos;s name of a household with a vulnerable member (the page shows its legend). Statuses for which &quot;ready to travel&quot; no longer means anything: the household travelled or the case ended.</extracomment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <source>Import flight schedule</source>
        <translation>Importer un programme de vols</translation>
    </message>
    <message>
        <source>Choose a schedule as CSV (UTF-8) or Excel (.xlsx), one movement per row. Required columns: &lt;b&gt;{required}&lt;/b&gt;; optional: {optional}. Times are UTC unless they carry an offset. Nothing is saved until you import; then all the rows you import are saved together, or none.</source>
        <translation>Choisissez un programme au format CSV (UTF-8) ou Excel (.xlsx), un mouvement par ligne. Colonnes obligatoires : &lt;b&gt;{required}&lt;/b&gt; ; facultatives : {optional}. Les heures sont en UTC sauf si elles indiquent un décalage. Rien n&apos;est enregistré avant l&apos;import ; ensuite, toutes les lignes importées sont enregistrées ensemble, ou aucune.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows of the schedule</source>
        <translation>Lignes du programme</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Tout importer</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importer seulement les lignes valides</translation>
    </message>
    <message>
        <source>Choose a flight schedule</source>
        <translation>Choisir un programme de vols</translation>
    </message>
    <message>
        <source>Schedules (*.csv *.xlsx)</source>
        <translation>Programmes (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>Le fichier ne peut pas être importé :</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n movement(s) can be imported.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln mouvement peut être importé.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Les %Ln mouvements peuvent être importés.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported from this file.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rien ne peut être importé de ce fichier.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{valid} can be imported&lt;/b&gt;; {invalid} (in red). Fix the file and choose it again, or import only the valid rows.</source>
        <translation>&lt;b&gt;{valid} peuvent être importés&lt;/b&gt; ; {invalid} (en rouge). Corrigez le fichier et choisissez-le à nouveau, ou importez seulement les lignes valides.</translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n movement(s)</source>
        <translation>
            <numerusform>{valid} sur %Ln mouvement</numerusform>
            <numerusform>{valid} sur %Ln mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems</source>
        <translation>
            <numerusform>%Ln ligne comporte des problèmes</numerusform>
            <numerusform>%Ln lignes comportent des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import all %n</source>
        <translation>
            <numerusform>Importer %Ln mouvement</numerusform>
            <numerusform>Importer les %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the %n valid row(s)</source>
        <translation>
            <numerusform>Importer seulement la ligne valide</numerusform>
            <numerusform>Importer seulement les %Ln lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n movement(s) imported&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln mouvement importé&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln mouvements importés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}; {skipped}</source>
        <translation>{imported} ; {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were left out</source>
        <translation>
            <numerusform>%Ln ligne comportant des problèmes a été écartée</numerusform>
            <numerusform>%Ln lignes comportant des problèmes ont été écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Seats held by bookings (proposed, confirmed, checked in, travelled)</source>
        <translation>Sièges occupés par des réservations (proposées, confirmées, enregistrées, voyagées)</translation>
    </message>
    <message>
        <source>Seats still free for returnees</source>
        <translation>Sièges encore libres pour les personnes de retour</translation>
    </message>
    <message>
        <source>Free escort places of each kind / places on the movement</source>
        <translation>Places d&apos;escorte libres par type / places sur le mouvement</translation>
    </message>
    <message>
        <source>Departure date and time in UTC; the travel date readiness is checked on</source>
        <translation>Date et heure de départ en UTC ; la date de voyage à laquelle l&apos;aptitude au départ est vérifiée</translation>
    </message>
    <message>
        <source>{booked} of {capacity}</source>
        <translation>{booked} sur {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>{status} · ⚠ %n at risk</source>
        <translation>
            <numerusform>{status} · ⚠ %Ln à risque</numerusform>
            <numerusform>{status} · ⚠ %Ln à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>transit visa needed</source>
        <translation>visa de transit requis</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n booked household(s) no longer ready for this movement: see its passengers</source>
        <translation>
            <numerusform>%Ln ménage réservé n&apos;est plus prêt pour ce mouvement : voir ses passagers</numerusform>
            <numerusform>%Ln ménages réservés ne sont plus prêts pour ce mouvement : voir ses passagers</numerusform>
        </translation>
    </message>
    <message>
        <source>Departing from</source>
        <translation>Départs du</translation>
    </message>
    <message>
        <source>Departing until</source>
        <translation>Départs jusqu&apos;au</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Afficher les annulés</translation>
    </message>
    <message>
        <source>Only with bookings at risk</source>
        <translation>Seulement avec des réservations à risque</translation>
    </message>
    <message>
        <source>Movements with a booked household that a change since booking made unready</source>
        <translation>Mouvements dont un ménage réservé n&apos;est plus prêt à la suite d&apos;un changement depuis la réservation</translation>
    </message>
    <message>
        <source>Movements register</source>
        <translation>Registre des mouvements</translation>
    </message>
    <message numerus="yes">
        <source>%n seats booked</source>
        <translation>
            <numerusform>%Ln siège réservé</numerusform>
            <numerusform>%Ln sièges réservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>seats</comment>
        <translation>
            <numerusform>%Ln libre</numerusform>
            <numerusform>%Ln libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery code</source>
        <extracomment>The printed sheet: its texts come translated and escaped.</extracomment>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>&lt;p&gt;If &lt;b&gt;{user}&lt;/b&gt; forgets the password, this code is the way back in: &lt;code&gt;homeward users recover {user} --code&lt;/code&gt;. It works once, and a new one is shown when it is used.&lt;/p&gt;&lt;p&gt;It is shown &lt;b&gt;only now&lt;/b&gt;. Print it or write it down and keep it offline, in a safe — not on this computer. Homeward keeps only a fingerprint of it; nobody can show it to you again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si &lt;b&gt;{user}&lt;/b&gt; oublie son mot de passe, ce code est le moyen de revenir : &lt;code&gt;homeward users recover {user} --code&lt;/code&gt;. Il ne sert qu&apos;une fois, et un nouveau code s&apos;affiche quand il est utilisé.&lt;/p&gt;&lt;p&gt;Il n&apos;est affiché &lt;b&gt;que maintenant&lt;/b&gt;. Imprimez-le ou notez-le et conservez-le hors ligne, dans un coffre — pas sur cet ordinateur. Homeward n&apos;en garde qu&apos;une empreinte ; personne ne pourra vous le montrer de nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have printed or written down this code and will keep it offline</source>
        <translation>J&apos;ai imprimé ou noté ce code et je le conserverai hors ligne</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Homeward recovery code</source>
        <translation>Code de récupération Homeward</translation>
    </message>
    <message>
        <source>Data-protection officer: {user}</source>
        <translation>Délégué à la protection des données : {user}</translation>
    </message>
    <message>
        <source>For a forgotten password: homeward users recover {user} --code. The code works once; keep the next one shown in its place.</source>
        <translation>En cas de mot de passe oublié : homeward users recover {user} --code. Le code ne sert qu&apos;une fois ; conservez à sa place le suivant qui s&apos;affiche.</translation>
    </message>
    <message>
        <source>The code is not shown again. Close without having printed or written it down?</source>
        <translation>Le code ne sera plus affiché. Fermer sans l&apos;avoir imprimé ou noté ?</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En réexamen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Manquements</translation>
    </message>
    <message>
        <source>Econ.</source>
        <translation>Écon.</translation>
    </message>
    <message>
        <source>Psych.</source>
        <translation>Psych.</translation>
    </message>
    <message>
        <source>readmission refused</source>
        <translation>réadmission refusée</translation>
    </message>
    <message>
        <source>punished</source>
        <translation>sanctionné</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>détenu</translation>
    </message>
    <message>
        <source>fined</source>
        <translation>condamné à une amende</translation>
    </message>
    <message>
        <source>prosecuted</source>
        <translation>poursuivi</translation>
    </message>
    <message>
        <source>harassed</source>
        <translation>harcelé</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>date</comment>
        <translation>Effectué le</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Monitoring history — select a follow-up to see the returnee&apos;s history</source>
        <translation>Historique du suivi — sélectionnez un suivi pour voir l&apos;historique de la personne de retour</translation>
    </message>
    <message>
        <source>Notes and files…</source>
        <translation>Notes et fichiers…</translation>
    </message>
    <message>
        <source>The notes and attachments of the selected logged follow-up (audited)</source>
        <translation>Les notes et pièces jointes du suivi consigné sélectionné (consultation journalisée)</translation>
    </message>
    <message>
        <source>{dimension} sustainability, 1 (poor) to 5 (good)</source>
        <translation>{dimension} : durabilité de 1 (faible) à 5 (bonne)</translation>
    </message>
    <message>
        <source>Sustainability score over time (1 poor – 5 good)</source>
        <translation>Score de durabilité dans le temps (1 faible – 5 bon)</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>Suivi effectué le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No sustainability scores logged yet.</source>
        <translation>Aucun score de durabilité consigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Monitoring history — loading…</source>
        <translation>Historique du suivi — chargement…</translation>
    </message>
    <message>
        <source>Follow-up of {date} — {reference}</source>
        <translation>Suivi du {date} — {reference}</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring history — {name} ({reference}): %n follow-up(s), {done} logged</source>
        <translation>
            <numerusform>Historique du suivi — {name} ({reference}) : %Ln suivi, {done} consigné</numerusform>
            <numerusform>Historique du suivi — {name} ({reference}) : %Ln suivis, dont {done} consignés</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring history — this case has no monitoring plan</source>
        <translation>Historique du suivi — ce dossier n&apos;a pas de plan de suivi</translation>
    </message>
    <message>
        <source>{kind} (month {month})</source>
        <translation>{kind} (mois {month})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breach</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Protection claims are &lt;b&gt;referred, not decided&lt;/b&gt; here: the competent authority (national asylum authority or UNHCR) decides, and Homeward records its decision.</source>
        <translation>Les demandes de protection sont ici &lt;b&gt;orientées, pas tranchées&lt;/b&gt; : l&apos;autorité compétente (autorité nationale de l&apos;asile ou HCR) décide, et Homeward enregistre sa décision.</translation>
    </message>
    <message>
        <source>Raise a protection concern — {name}</source>
        <translation>Signaler un besoin de protection — {name}</translation>
    </message>
    <message>
        <source>Raise concern</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>{name} fears return or asks for asylum. &lt;b&gt;The case goes on hold and out of every planned movement at once.&lt;/b&gt;</source>
        <translation>{name} craint le retour ou demande l&apos;asile. &lt;b&gt;Le dossier est immédiatement mis en attente et retiré de chaque mouvement planifié.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the person said</source>
        <translation>Ce que la personne a dit</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Record referral to the competent authority</source>
        <translation>Enregistrer l&apos;orientation vers l&apos;autorité compétente</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Enregistrer l&apos;orientation</translation>
    </message>
    <message>
        <source>Concern raised on {date}.</source>
        <translation>Besoin de protection signalé le {date}.</translation>
    </message>
    <message>
        <source>e.g. the office or officer the file went to</source>
        <translation>p. ex. le service ou l&apos;agent destinataire du dossier</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Name / office</source>
        <translation>Nom / service</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orientée le</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>l&apos;autorité</translation>
    </message>
    <message>
        <source>Record the authority&apos;s decision</source>
        <translation>Enregistrer la décision de l&apos;autorité</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>The decision taken by {authority} on the claim referred on {date}. A final negative decision lets the case be planned again only after a fresh voluntary decision; a finding that the person needs protection ends return planning for the case.</source>
        <translation>La décision prise par {authority} sur la demande orientée le {date}. Après une décision négative définitive, le dossier ne peut être planifié à nouveau qu&apos;après une nouvelle décision volontaire ; la reconnaissance d&apos;un besoin de protection met fin à la planification du retour pour ce dossier.</translation>
    </message>
    <message>
        <source>The decision&apos;s reference number</source>
        <translation>Numéro de référence de la décision</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivrée par</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Compliance — how a country keeps its assurances</source>
        <translation>Respect des engagements — comment un pays tient ses garanties</translation>
    </message>
    <message>
        <source>Country of return</source>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Choose a country of return to see its compliance report.</source>
        <translation>Choisissez un pays de retour pour voir son rapport sur le respect des engagements.</translation>
    </message>
    <message>
        <source>Follow-ups fell due</source>
        <translation>Suivis arrivés à échéance</translation>
    </message>
    <message>
        <source>Not yet logged</source>
        <translation>Pas encore consignés</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Taux de contact</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Households monitored</source>
        <translation>Ménages suivis</translation>
    </message>
    <message>
        <source>Monitoring shortfall</source>
        <translation>Déficit de suivi</translation>
    </message>
    <message>
        <source>Households whose risk profile calls for active monitoring where the country authorised only passive monitoring</source>
        <translation>Ménages dont le profil de risque exige un suivi actif alors que le pays n&apos;a autorisé qu&apos;un suivi passif</translation>
    </message>
    <message>
        <source>Logged without reaching the returnee; each missed contact is escalated (a second attempt, then a field visit where authorised)</source>
        <translation>Consignés sans avoir joint la personne de retour ; chaque contact manqué donne lieu à une relance (une deuxième tentative, puis une visite sur place là où elle est autorisée)</translation>
    </message>
    <message>
        <source>Assurances valid during the period, with their status today</source>
        <translation>Garanties valables pendant la période, avec leur statut à ce jour</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>No report for this choice.</source>
        <translation>Aucun rapport pour ce choix.</translation>
    </message>
    <message>
        <source>follow-ups counted up to today, {date}</source>
        <translation>suivis comptés jusqu&apos;à aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <source>{country} ({code}), {start} to {end}</source>
        <translation>{country} ({code}), du {start} au {end}</translation>
    </message>
    <message>
        <source>A follow-up counts in the month it fell due; done vs due = done / fell due; contact rate = contact made / logged (done + missed). One incident may report several kinds of breach. Review decisions in the period: {decisions}.</source>
        <translation>Un suivi compte pour le mois de son échéance ; effectués / dus = effectués / arrivés à échéance ; taux de contact = contacts établis / consignés (effectués + manqués). Un incident peut signaler plusieurs types de manquement. Décisions de réexamen pendant la période : {decisions}.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>review decisions</comment>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} of due</source>
        <translation>{percent} des suivis dus</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>relancés</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>{contact} of {logged} logged</source>
        <translation>{contact} sur {logged} consignés</translation>
    </message>
    <message numerus="yes">
        <source>%n open today</source>
        <translation>
            <numerusform>%Ln ouvert aujourd&apos;hui</numerusform>
            <numerusform>%Ln ouverts aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents reported in the period</source>
        <translation>Aucun incident signalé pendant la période</translation>
    </message>
    <message>
        <source>{active} active · {passive} passive</source>
        <translation>{active} en suivi actif · {passive} en suivi passif</translation>
    </message>
    <message>
        <source>{count} none</source>
        <translation>{count} sans suivi</translation>
    </message>
    <message>
        <source>active needed</source>
        <translation>suivi actif requis</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>tout le pays</translation>
    </message>
    <message>
        <source>No assurance of this country is valid during the period</source>
        <translation>Aucune garantie de ce pays n&apos;est valable pendant la période</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>Enregistrer le rapport sur le respect des engagements</translation>
    </message>
    <message>
        <source>Monitors per day</source>
        <translation>Chargés de suivi par jour</translation>
    </message>
    <message>
        <source>Visit minutes</source>
        <translation>Minutes par visite</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Chargés de suivi</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Tick the monitors who go out; their follow-ups and unassigned ones are planned</source>
        <extracomment>The routing solver, run in its own process: a crash there is a message on this page.</extracomment>
        <translation>Cochez les chargés de suivi qui se déplacent ; leurs suivis et les suivis non attribués sont planifiés</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>With no monitor ticked: how many (unnamed) monitors go out each day</source>
        <translation>Si aucun chargé de suivi n&apos;est coché : combien de chargés de suivi (non nommés) se déplacent chaque jour</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>Planifier les itinéraires</translation>
    </message>
    <message>
        <source>to</source>
        <comment>period</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Field office…</source>
        <translation>Bureau de terrain…</translation>
    </message>
    <message>
        <source>The office routes start from: where it is, its working hours and days</source>
        <translation>Le bureau d&apos;où partent les itinéraires : son emplacement, ses heures et jours de travail</translation>
    </message>
    <message>
        <source>Choose a region and a period, then plan the routes.</source>
        <translation>Choisissez une région et une période, puis planifiez les itinéraires.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Arrives (local time)</source>
        <translation>Arrivée (heure locale)</translation>
    </message>
    <message>
        <source>Leaves (local time)</source>
        <translation>Départ (heure locale)</translation>
    </message>
    <message>
        <source>Drive (min)</source>
        <translation>Trajet (min)</translation>
    </message>
    <message>
        <source>Visit (min)</source>
        <translation>Visite (min)</translation>
    </message>
    <message>
        <source>{region}, {start} to {end}</source>
        <translation>{region}, du {start} au {end}</translation>
    </message>
    <message>
        <source>Not on these routes</source>
        <translation>Hors de ces itinéraires</translation>
    </message>
    <message>
        <source>Edit the household&apos;s place…</source>
        <translation>Modifier le lieu de vie du ménage…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <extracomment>Zoom factors offered; 0 fits the page to the window&apos;s width.</extracomment>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <source>Preparing the {title}…</source>
        <translation>Préparation : {title}…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{reference}&lt;/b&gt; — %n page(s) — verification code &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln page — code de vérification &lt;b&gt;{code}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{reference}&lt;/b&gt; — %Ln pages — code de vérification &lt;b&gt;{code}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue is recorded: File ▸ Verify a document (or homeward verify CODE) tells whether the printed document still says what the records say.</source>
        <translation>L&apos;émission est enregistrée : Fichier ▸ Vérifier un document (ou homeward verify CODE) indique si le document imprimé dit toujours ce que disent les dossiers.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Unnamed monitors</source>
        <translation>Chargés de suivi non nommés</translation>
    </message>
    <message>
        <source>no field office yet</source>
        <translation>pas encore de bureau de terrain</translation>
    </message>
    <message>
        <source>No monitor accounts: plan for unnamed monitors</source>
        <translation>Aucun compte de chargé de suivi : planifier pour des chargés de suivi non nommés</translation>
    </message>
    <message>
        <source>No region has active monitoring plans: there are no visits to route.</source>
        <translation>Aucune région n&apos;a de plan de suivi actif : aucune visite à planifier.</translation>
    </message>
    <message>
        <source>No field office serves this region: record one before planning.</source>
        <translation>Aucun bureau de terrain ne dessert cette région : enregistrez-en un avant de planifier.</translation>
    </message>
    <message>
        <source>Routes start and end at {office} ({hours}; {days}).</source>
        <translation>Les itinéraires partent de {office} et y reviennent ({hours} ; {days}).</translation>
    </message>
    <message>
        <source>Planning the routes for {region}, {first} to {last}…</source>
        <translation>Planification des itinéraires pour {region}, du {first} au {last}…</translation>
    </message>
    <message>
        <source>No plan for this choice.</source>
        <translation>Aucun plan pour ce choix.</translation>
    </message>
    <message>
        <source>{visits} over {days}</source>
        <translation>{visits} en {days}</translation>
    </message>
    <message numerus="yes">
        <source>{scheduled} of %n due visit(s) planned</source>
        <translation>
            <numerusform>{scheduled} sur %Ln visite due planifiée</numerusform>
            <numerusform>{scheduled} sur %Ln visites dues planifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open it</source>
        <extracomment>What a row opens: a case, a movement (and the day it departs), or the follow-ups due.</extracomment>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour l’ouvrir</translation>
    </message>
    <message>
        <source>The first {shown} of {total}</source>
        <translation>Les {shown} premiers sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucune raison enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %Ln autre)</numerusform>
            <numerusform>(et %Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet referred</source>
        <translation>pas encore orienté</translation>
    </message>
    <message>
        <source>Departures this week and next</source>
        <translation>Départs cette semaine et la suivante</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Free seats</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>No departure this week or the next.</source>
        <translation>Aucun départ cette semaine ni la suivante.</translation>
    </message>
    <message>
        <source>Arrivals this week and next</source>
        <translation>Arrivées cette semaine et la suivante</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>No arrival this week or the next.</source>
        <translation>Aucune arrivée cette semaine ni la suivante.</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue, by monitor</source>
        <translation>Suivis dus aujourd’hui et en retard, par chargé de suivi</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dus aujourd’hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Plus ancienne échéance</translation>
    </message>
    <message>
        <source>No follow-up due today or overdue.</source>
        <translation>Aucun suivi dû aujourd’hui ni en retard.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No booking at risk.</source>
        <translation>Aucune réservation à risque.</translation>
    </message>
    <message>
        <source>Expiring before the travel date</source>
        <translation>Expire avant la date du voyage</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Travels</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Nothing a booked household needs ends before it travels.</source>
        <translation>Rien de ce dont un ménage réservé a besoin n’expire avant son voyage.</translation>
    </message>
    <message>
        <source>Protection referrals waiting for an outcome</source>
        <translation>Orientations de protection en attente d’une décision</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>No protection referral is waiting.</source>
        <translation>Aucune orientation de protection en attente.</translation>
    </message>
    <message>
        <source>{duration} on the road</source>
        <translation>{duration} de route</translation>
    </message>
    <message numerus="yes">
        <source>%n left out (below)</source>
        <translation>
            <numerusform>%Ln non planifiée (ci-dessous)</numerusform>
            <numerusform>%Ln non planifiées (ci-dessous)</numerusform>
        </translation>
    </message>
    <message>
        <source>office closed {days}</source>
        <translation>bureau fermé {days}</translation>
    </message>
    <message>
        <source>No visit is due in {region} by {date}.</source>
        <translation>Aucune visite n&apos;est due à {region} d&apos;ici le {date}.</translation>
    </message>
    <message>
        <source>Not on these routes ({count})</source>
        <translation>Hors de ces itinéraires ({count})</translation>
    </message>
    <message>
        <source>Not on these routes: none — every due visit is planned</source>
        <translation>Hors de ces itinéraires : aucune — toutes les visites dues sont planifiées</translation>
    </message>
    <message>
        <source>Place of {reference} ({name}) saved; the routes are planned again.</source>
        <translation>Lieu de vie de {reference} ({name}) enregistré ; les itinéraires sont replanifiés.</translation>
    </message>
    <message>
        <source>Save the day plan</source>
        <translation>Enregistrer le plan de la journée</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} — reference {reference}, verification code {code}.</source>
        <translation>{path} enregistré — référence {reference}, code de vérification {code}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer — verification code {code}.</source>
        <translation>
            <numerusform>%Ln page envoyée à l&apos;imprimante — code de vérification {code}.</numerusform>
            <numerusform>%Ln pages envoyées à l&apos;imprimante — code de vérification {code}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declaration</source>
        <extracomment>The kinds of document Homeward prints, as the answer names them.</extracomment>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Travel letter</source>
        <translation>Lettre de voyage</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Assurance summary</source>
        <translation>Synthèse des garanties</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Visit form</source>
        <translation>Fiche de visite</translation>
    </message>
    <message>
        <source>Visit routes</source>
        <translation>Itinéraires de visite</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Rapport sur le respect des engagements</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <source>{kind} for &lt;b&gt;{subject}&lt;/b&gt;, code {code}, issued on {date} by {user}.</source>
        <translation>{kind} pour &lt;b&gt;{subject}&lt;/b&gt;, code {code}, émis le {date} par {user}.</translation>
    </message>
    <message>
        <source>Check the code for typing errors; a document with an unknown code may be forged.</source>
        <translation>Vérifiez que le code ne comporte pas de faute de frappe ; un document au code inconnu peut être falsifié.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>The document states</source>
        <translation>Le document indique</translation>
    </message>
    <message>
        <source>The records say</source>
        <translation>Les registres indiquent</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>Vérifier un document</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of the document (for example HW-7K3QX-M2P4A). Letters may be typed in lower case; a mistyped code is caught.</source>
        <translation>Saisissez le code de vérification imprimé au bas du document (par exemple HW-7K3QX-M2P4A). Les lettres peuvent être saisies en minuscules ; un code mal saisi est détecté.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Visit routes — the due visits of a region, as day plans per monitor</source>
        <translation>Itinéraires de visite — les visites dues d&apos;une région, en plans journaliers par chargé de suivi</translation>
    </message>
    <message>
        <source>Edit particulars — {name}</source>
        <translation>Modifier les données personnelles — {name}</translation>
    </message>
    <message>
        <source>Save particulars</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>Yes — left irregularly</source>
        <translation>Oui — sortie irrégulière</translation>
    </message>
    <message>
        <source>No — left regularly</source>
        <translation>Non — sortie régulière</translation>
    </message>
    <message>
        <source>ISO codes separated by commas, e.g. ka, ru</source>
        <translation>Codes ISO séparés par des virgules, p. ex. ka, ru</translation>
    </message>
    <message>
        <source>No escort needed</source>
        <translation>Pas d&apos;escorte nécessaire</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>Escorte médicale</translation>
    </message>
    <message>
        <source>Escort for a minor</source>
        <translation>Escorte pour un mineur</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Prénoms (alphabet latin)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Nom de famille (alphabet latin)</translation>
    </message>
    <message>
        <source>Consent, given freely and informed, can be withdrawn at any time. The other bases — vital interest (life or health at stake), legal obligation, public interest, legitimate interest — need no signature but must be recorded with the reason.</source>
        <translation>Le consentement, libre et éclairé, peut être retiré à tout moment. Les autres bases — intérêt vital (vie ou santé en jeu), obligation légale, intérêt public, intérêt légitime — ne demandent pas de signature mais doivent être enregistrées avec leur motif.</translation>
    </message>
    <message>
        <source>Names</source>
        <extracomment>What may be shared, as the share dialog and the register name it (the service&apos;s keys, translated here).</extracomment>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Téléphone et e-mail</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Composition du ménage</translation>
    </message>
    <message>
        <source>Reintegration needs</source>
        <translation>Besoins de réintégration</translation>
    </message>
    <message>
        <source>Medical needs for travel</source>
        <translation>Besoins médicaux pour le voyage</translation>
    </message>
    <message>
        <source>What the data is for, e.g. reintegration assistance</source>
        <translation>Finalité des données, p. ex. aide à la réintégration</translation>
    </message>
    <message>
        <source>Record consent or lawful basis — {name}</source>
        <translation>Enregistrer un consentement ou une base légale — {name}</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>verb</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>How it was given or why the basis applies (e.g. signed form in the paper file)</source>
        <translation>Comment il a été donné ou pourquoi la base s&apos;applique (p. ex. formulaire signé dans le dossier papier)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdraw — {purpose}</source>
        <translation>Retirer — {purpose}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{basis} for &lt;b&gt;{purpose}&lt;/b&gt;, given on {date}. From the date below no transfer for this purpose relies on it.</source>
        <translation>{basis} pour &lt;b&gt;{purpose}&lt;/b&gt;, donné le {date}. À partir de la date ci-dessous, aucun transfert pour cette finalité ne peut plus s&apos;appuyer dessus.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Share data with a partner — {name}</source>
        <translation>Partager des données avec un partenaire — {name}</translation>
    </message>
    <message>
        <source>Register transfer</source>
        <translation>Enregistrer le transfert</translation>
    </message>
    <message>
        <source>Register what is given, to whom, why and how it is protected. Homeward refuses the transfer unless a consent or other lawful basis covers the purpose on that day.</source>
        <translation>Enregistrez ce qui est transmis, à qui, pourquoi et comment c&apos;est protégé. Homeward refuse le transfert si aucun consentement ni autre base légale ne couvre la finalité à cette date.</translation>
    </message>
    <message>
        <source>Organisation and contact person, e.g. Caritas Georgia, N. Gelashvili</source>
        <translation>Organisation et personne de contact, p. ex. Caritas Georgia, N. Gelashvili</translation>
    </message>
    <message>
        <source>Data-sharing agreement, channel (encrypted e-mail, hand delivery), retention at the recipient</source>
        <translation>Accord de partage de données, canal (e-mail chiffré, remise en main propre), conservation chez le destinataire</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Mesures de protection</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Partagé le</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Données partagées</translation>
    </message>
    <message>
        <source>Consent and sharing — {name}</source>
        <translation>Consentement et partage — {name}</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent date</comment>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent date</comment>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Record consent or basis…</source>
        <translation>Enregistrer un consentement ou une base…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Consent and lawful basis</source>
        <translation>Consentement et base légale</translation>
    </message>
    <message>
        <source>By</source>
        <comment>recorded by</comment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Share data with a partner…</source>
        <translation>Partager des données avec un partenaire…</translation>
    </message>
    <message>
        <source>Register of transfers</source>
        <translation>Registre des transferts</translation>
    </message>
    <message>
        <source>This person is no longer in the case.</source>
        <translation>Cette personne ne fait plus partie du dossier.</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Résidence permanente</translation>
    </message>
    <message>
        <source>Left irregularly?</source>
        <translation>Sortie irrégulière ?</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>Escorte</translation>
    </message>
    <message>
        <source>Reload current values</source>
        <translation>Recharger les valeurs actuelles</translation>
    </message>
    <message>
        <source>Reloaded the current particulars. Apply your change again and save.</source>
        <translation>Les données personnelles actuelles ont été rechargées. Refaites votre modification, puis enregistrez.</translation>
    </message>
    <message>
        <source>Note a vulnerability — {name}</source>
        <translation>Signaler une vulnérabilité — {name}</translation>
    </message>
    <message>
        <source>Add vulnerability</source>
        <translation>Ajouter la vulnérabilité</translation>
    </message>
    <message>
        <source>Optional details</source>
        <translation>Précisions (facultatif)</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>End vulnerability — {vulnerability}</source>
        <translation>Clore la vulnérabilité — {vulnerability}</translation>
    </message>
    <message>
        <source>End vulnerability</source>
        <translation>Clore la vulnérabilité</translation>
    </message>
    <message>
        <source>Noted on {date}. From which date does it no longer apply?</source>
        <translation>Constatée le {date}. À partir de quelle date ne s&apos;applique-t-elle plus ?</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Incidents reported per month, by kind</source>
        <translation>Incidents signalés par mois, par type</translation>
    </message>
    <message>
        <source>Follow-ups per month: fell due, done — and contact rate</source>
        <extracomment>More months than this and the month names stand upright, so none is cut short.</extracomment>
        <translation>Suivis par mois : arrivés à échéance, effectués — et taux de contact</translation>
    </message>
    <message>
        <source>Fell due</source>
        <translation>Arrivés à échéance</translation>
    </message>
    <message>
        <source>Contact rate (%)</source>
        <translation>Taux de contact (%)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>aucun pendant la période</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <translation>Réadmission refusée</translation>
    </message>
    <message>
        <source>The backup {path} holds installation {installation} with its audit log up to position {seq}.</source>
        <translation>La sauvegarde {path} contient l&apos;installation {installation}, avec son journal d&apos;audit jusqu&apos;à la position {seq}.</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the database with the backup&apos;s content. What the database holds now is kept as a safety copy next to it.</source>
        <translation>La restauration remplace tout le contenu de la base par celui de la sauvegarde. Ce que la base contient maintenant est conservé comme copie de sécurité à côté d&apos;elle.</translation>
    </message>
    <message>
        <source>written from {start} to {end}</source>
        <translation>écrites du {start} au {end}</translation>
    </message>
    <message numerus="yes">
        <source>This backup is of &lt;b&gt;another installation&lt;/b&gt;; this database is installation {ours}. Restoring it replaces everything here and undoes all %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>Cette sauvegarde est celle d&apos;&lt;b&gt;une autre installation&lt;/b&gt; ; cette base est l&apos;installation {ours}. La restaurer remplace tout ici et annule la seule entrée d&apos;audit de cette base (%n, {span}), qui concernait : {touched}.</numerusform>
            <numerusform>Cette sauvegarde est celle d&apos;&lt;b&gt;une autre installation&lt;/b&gt; ; cette base est l&apos;installation {ours}. La restaurer remplace tout ici et annule les %n entrées d&apos;audit de cette base ({span}), qui concernaient : {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup&apos;s history &lt;b&gt;went another way&lt;/b&gt; than the database&apos;s after position {common}. Restoring it undoes the last %n audit entries of this database ({span}), which touched: {touched}.</source>
        <translation>
            <numerusform>L&apos;historique de cette sauvegarde &lt;b&gt;a pris un autre chemin&lt;/b&gt; que celui de la base après la position {common}. La restaurer annule la dernière entrée d&apos;audit de cette base (%n, {span}), qui concernait : {touched}.</numerusform>
            <numerusform>L&apos;historique de cette sauvegarde &lt;b&gt;a pris un autre chemin&lt;/b&gt; que celui de la base après la position {common}. La restaurer annule les %n dernières entrées d&apos;audit de cette base ({span}), qui concernaient : {touched}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup is &lt;b&gt;older&lt;/b&gt; than the database (at position {live}). Restoring it undoes the last %n audit entries ({span}), which touched: {touched}. A protection concern, a refusal or a review decision recorded since then would be gone.</source>
        <translation>
            <numerusform>Cette sauvegarde est &lt;b&gt;plus ancienne&lt;/b&gt; que la base (à la position {live}). La restaurer annule la dernière entrée d&apos;audit (%n, {span}), qui concernait : {touched}. Une préoccupation de protection, un refus ou une décision de réexamen enregistrés depuis disparaîtraient.</numerusform>
            <numerusform>Cette sauvegarde est &lt;b&gt;plus ancienne&lt;/b&gt; que la base (à la position {live}). La restaurer annule les %n dernières entrées d&apos;audit ({span}), qui concernaient : {touched}. Une préoccupation de protection, un refus ou une décision de réexamen enregistrés depuis disparaîtraient.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the database holds now is kept as a safety copy next to it; the restore is written to the restore log in your data folder and to the audit log.</source>
        <translation>Ce que la base contient maintenant est conservé comme copie de sécurité à côté d&apos;elle ; la restauration est inscrite au journal des restaurations dans votre dossier de données et au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>I understand what this restore undoes, and restore this backup</source>
        <translation>Je comprends ce que cette restauration annule, et je restaure cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Change the package</source>
        <translation>Modifier la prestation</translation>
    </message>
    <message>
        <source>Package and delivery month</source>
        <translation>Prestation et mois de livraison</translation>
    </message>
    <message>
        <source>Leave this need unmet</source>
        <translation>Laisser ce besoin non couvert</translation>
    </message>
    <message>
        <source>{package} — {month} ({in_kind} in kind, {cash} cash)</source>
        <translation>{package} — {month} ({in_kind} en nature, {cash} en espèces)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Only the packages this person is eligible for, in the months their lead time allows after the arrival, are offered. Budgets, ceilings and partner places are checked on the whole allocation when you close this dialog.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Seules les prestations auxquelles cette personne a droit, dans les mois que leur délai permet après l&apos;arrivée, sont proposées. Les budgets, les plafonds et les places des partenaires sont vérifiés sur l&apos;ensemble de l&apos;attribution à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>Enregistrer la remise</translation>
    </message>
    <message>
        <source>&lt;b&gt;{package}&lt;/b&gt; for {person} ({reference}), planned for {month} by {partner}.</source>
        <translation>&lt;b&gt;{package}&lt;/b&gt; pour {person} ({reference}), prévue en {month} par {partner}.</translation>
    </message>
    <message>
        <source>What was handed over, to whom, anything missing</source>
        <translation>Ce qui a été remis, à qui, ce qui manque éventuellement</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>ages {first}–{last}</source>
        <translation>{first} à {last} ans</translation>
    </message>
    <message>
        <source>{first}+</source>
        <comment>ages</comment>
        <translation>{first} ans et plus</translation>
    </message>
    <message>
        <source>or</source>
        <comment>one of these</comment>
        <translation>ou</translation>
    </message>
    <message>
        <source>anyone</source>
        <comment>eligible</comment>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Delivery month</source>
        <translation>Mois de livraison</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Reintegration allocations</source>
        <translation>Allocations de réintégration</translation>
    </message>
    <message>
        <source>Proposed allocation</source>
        <translation>Allocation proposée</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Months after the arrival month in which the partner delivers</source>
        <translation>Mois suivant le mois d&apos;arrivée au cours desquels le partenaire livre</translation>
    </message>
    <message>
        <source>arrival month + {first}–{last}</source>
        <translation>mois d&apos;arrivée + {first}–{last}</translation>
    </message>
    <message>
        <source>arrival month</source>
        <translation>mois d&apos;arrivée</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every region</comment>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Demand index</source>
        <translation>Indice de demande</translation>
    </message>
    <message>
        <source>0: nobody hires for it; 100: scarce and sought after. Double-click to change</source>
        <translation>0 : personne n&apos;embauche pour cela ; 100 : rare et recherchée. Double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Cash left</source>
        <translation>Espèces restantes</translation>
    </message>
    <message>
        <source>Ceilings per adult / dependant</source>
        <translation>Plafonds par adulte / personne à charge</translation>
    </message>
    <message>
        <source>Accepted, not yet handed over</source>
        <translation>Accepté, pas encore remis</translation>
    </message>
    <message>
        <source>In kind + cash, per household member</source>
        <translation>En nature + espèces, par membre du ménage</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every country</comment>
        <translation>tous</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>handed over {date}</source>
        <translation>remise le {date}</translation>
    </message>
    <message>
        <source>to deliver</source>
        <translation>à livrer</translation>
    </message>
    <message>
        <source>The delivery month has passed without a recorded handover</source>
        <translation>Le mois de livraison est passé sans remise enregistrée</translation>
    </message>
    <message>
        <source>Documents, photos and recordings ({patterns})</source>
        <translation>Documents, photos et enregistrements ({patterns})</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stored encrypted; at most 10 files of 10 MB each</source>
        <translation>Stockés chiffrés ; 10 fichiers de 10 Mo au plus</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Sensitive: stored encrypted. Opening this record has been written to the audit log.</source>
        <translation>Sensible : stocké chiffré. L&apos;ouverture de cet enregistrement a été inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Aucune note n&apos;a été rédigée.</translation>
    </message>
    <message>
        <source>({size}, added by {user} on {date})</source>
        <translation>({size}, ajouté par {user} le {date})</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation>ne peut pas être écrit ({reason})</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copie enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Monday to Sunday, as the office&apos;s working days are shown.</extracomment>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Field office — {name}</source>
        <translation>Bureau de terrain — {name}</translation>
    </message>
    <message>
        <source>Field office — new</source>
        <translation>Bureau de terrain — nouveau</translation>
    </message>
    <message>
        <source>Save office</source>
        <translation>Enregistrer le bureau</translation>
    </message>
    <message>
        <source>Visit routes in {country} start and end at the field office serving the region (or, where a region has none, at the country&apos;s office without a region), within its working hours and days.</source>
        <translation>Les itinéraires de visite dans {country} partent du bureau de terrain qui dessert la région et y reviennent (ou, si la région n&apos;en a pas, du bureau du pays sans région), dans ses heures et jours de travail.</translation>
    </message>
    <message>
        <source>{region} field office</source>
        <translation>Bureau de terrain de {region}</translation>
    </message>
    <message>
        <source>Empty: the office serves the whole country</source>
        <translation>Vide : le bureau dessert tout le pays</translation>
    </message>
    <message>
        <source>Latitude, longitude — e.g. {example}</source>
        <translation>Latitude, longitude — p. ex. {example}</translation>
    </message>
    <message>
        <source>Open (routes start here)</source>
        <translation>Ouvert (les itinéraires partent d&apos;ici)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <source>a field office needs its coordinates: routes start and end there</source>
        <translation>un bureau de terrain a besoin de ses coordonnées : les itinéraires y commencent et s&apos;y terminent</translation>
    </message>
    <message>
        <source>Last recorded on {date} by {user}.</source>
        <translation>Dernier enregistrement le {date} par {user}.</translation>
    </message>
    <message>
        <source>Where the household lives — {reference}</source>
        <translation>Lieu de vie du ménage — {reference}</translation>
    </message>
    <message>
        <source>Save place</source>
        <translation>Enregistrer le lieu</translation>
    </message>
    <message>
        <source>Household {reference}: &lt;b&gt;{name}&lt;/b&gt;, {where}.&lt;br&gt;Visit routes need the coordinates; the address and directions are printed on the monitor&apos;s day plan and kept out of the audit log.</source>
        <translation>Ménage {reference} : &lt;b&gt;{name}&lt;/b&gt;, {where}.&lt;br&gt;Les itinéraires de visite ont besoin des coordonnées ; l&apos;adresse et les indications sont imprimées sur le plan de la journée du chargé de suivi et tenues hors du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Street, house number, neighbourhood, town</source>
        <translation>Rue, numéro, quartier, ville</translation>
    </message>
    <message>
        <source>How to find it: landmarks, who to ask</source>
        <translation>Comment le trouver : points de repère, à qui s&apos;adresser</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Reintegration needs — {reference}</source>
        <translation>Besoins de réintégration — {reference}</translation>
    </message>
    <message>
        <source>Save needs</source>
        <translation>Enregistrer les besoins</translation>
    </message>
    <message>
        <source>Record what each member needs to restart at home, as discussed in counselling. Leave a kind at “—” when it is not needed. The allocation covers urgent needs and vulnerable people first, and matches vocational training to the trades in demand where the household settles.</source>
        <translation>Consignez ce dont chaque membre a besoin pour reprendre sa vie au pays, comme discuté lors du conseil. Laissez un type à « — » lorsqu&apos;il n&apos;est pas nécessaire. L&apos;attribution couvre d&apos;abord les besoins urgents et les personnes vulnérables, et ajuste la formation professionnelle aux métiers recherchés là où le ménage s&apos;installe.</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Trade wished</source>
        <translation>Métier souhaité</translation>
    </message>
    <message>
        <source>Skills held</source>
        <translation>Compétences acquises</translation>
    </message>
    <message>
        <source>{kind} for {person}</source>
        <translation>{kind} pour {person}</translation>
    </message>
    <message>
        <source>e.g. tailoring</source>
        <translation>p. ex. couture</translation>
    </message>
    <message>
        <source>The trade a vocational training should teach; empty: any trade in demand</source>
        <translation>Le métier qu&apos;une formation professionnelle devrait enseigner ; vide : tout métier recherché</translation>
    </message>
    <message>
        <source>e.g. sewing, driving</source>
        <translation>p. ex. couture, conduite</translation>
    </message>
    <message>
        <source>What the person already knows how to do, separated by commas</source>
        <translation>Ce que la personne sait déjà faire, séparé par des virgules</translation>
    </message>
    <message>
        <source>Counselling session — {reference}</source>
        <translation>Entretien de conseil — {reference}</translation>
    </message>
    <message>
        <source>Record what was explained, what the household said they need, and the outcome.</source>
        <translation>Consignez ce qui a été expliqué, les besoins exprimés par le ménage et le résultat.</translation>
    </message>
    <message>
        <source>Name, if an interpreter took part</source>
        <translation>Nom, si un interprète a participé</translation>
    </message>
    <message>
        <source>Needs of the individual and the family</source>
        <translation>Besoins de la personne et de la famille</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Tout autre élément à conserver</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Options explained</source>
        <translation>Options expliquées</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>tick at least one member who took part</source>
        <translation>cochez au moins un membre ayant participé</translation>
    </message>
    <message>
        <source>Where the household wants to settle, plans, worries</source>
        <translation>Où le ménage souhaite s&apos;installer, projets, inquiétudes</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Souhaits</translation>
    </message>
    <message>
        <source>must be an amount in euros</source>
        <translation>doit être un montant en euros</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>choose the partner (add one first)</source>
        <translation>choisissez le partenaire (ajoutez-en un d&apos;abord)</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>An organisation that delivers packages in a country of return.</source>
        <translation>Une organisation qui fournit des prestations dans un pays de retour.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Set partner places</source>
        <translation>Définir les places du partenaire</translation>
    </message>
    <message>
        <source>How many packages the partner can deliver in the region each month, for every month from the first to the last. 0 means none that month.</source>
        <translation>Le nombre de prestations que le partenaire peut fournir dans la région chaque mois, pour chaque mois du premier au dernier. 0 signifie aucune ce mois-là.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a period</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end of a period</comment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Places per month</source>
        <translation>Places par mois</translation>
    </message>
    <message>
        <source>is before the first month</source>
        <translation>est antérieur au premier mois</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>Modifier la prestation</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>Ajouter une prestation</translation>
    </message>
    <message>
        <source>A package of the catalogue: what it costs, who delivers it where, who may receive it, and how many months after arrival it is delivered.</source>
        <translation>Une prestation du catalogue : son coût, qui la fournit et où, qui peut en bénéficier, et combien de mois après l&apos;arrivée elle est livrée.</translation>
    </message>
    <message>
        <source>empty: every region; or comma-separated</source>
        <translation>vide : toutes les régions ; ou séparées par des virgules</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Only the head of household</source>
        <translation>Uniquement le chef de ménage</translation>
    </message>
    <message>
        <source>the trade taught (vocational training only)</source>
        <translation>le métier enseigné (formation professionnelle uniquement)</translation>
    </message>
    <message>
        <source>Offered (inactive packages are kept but never allocated)</source>
        <translation>Proposée (les prestations inactives sont conservées mais jamais attribuées)</translation>
    </message>
    <message>
        <source>Departs (UTC)</source>
        <translation>Départ (UTC)</translation>
    </message>
    <message>
        <source>Arrives (UTC)</source>
        <translation>Arrivée (UTC)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Transit visa</source>
        <translation>Visa de transit</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>transit visa required</source>
        <translation>visa de transit requis</translation>
    </message>
    <message>
        <source>{text} is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>{text} n&apos;est pas une date et une heure (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>nothing is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>une date et une heure sont requises (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>From</source>
        <comment>place</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>place</comment>
        <translation>À</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>needed</source>
        <comment>transit visa</comment>
        <translation>requis</translation>
    </message>
    <message>
        <source>Edit movement {code}</source>
        <translation>Modifier le mouvement {code}</translation>
    </message>
    <message>
        <source>Add movement</source>
        <translation>Ajouter le mouvement</translation>
    </message>
    <message>
        <source>A way home: a seat quota on a scheduled flight, a charter or ground transport. Times are UTC. Leave the legs empty for a direct movement; with transit, each leg leaves from where the previous one arrived — &lt;b&gt;no overnight transit&lt;/b&gt; (no wait over 12 h, none between 00:00 and 06:00).</source>
        <translation>Un moyen de rentrer : un quota de sièges sur un vol régulier, un charter ou un transport terrestre. Les heures sont en UTC. Laissez les étapes vides pour un mouvement direct ; avec transit, chaque étape part d&apos;où la précédente est arrivée — &lt;b&gt;pas de transit de nuit&lt;/b&gt; (aucune attente de plus de 12 h, aucune entre 00:00 et 06:00).</translation>
    </message>
    <message>
        <source>Save movement</source>
        <translation>Enregistrer le mouvement</translation>
    </message>
    <message>
        <source>e.g. TK-1771 or CH-GEO-07</source>
        <translation>p. ex. TK-1771 ou CH-GEO-07</translation>
    </message>
    <message>
        <source>e.g. Brussels (BRU)</source>
        <translation>p. ex. Bruxelles (BRU)</translation>
    </message>
    <message>
        <source>e.g. Tbilisi (TBS)</source>
        <translation>p. ex. Tbilissi (TBS)</translation>
    </message>
    <message>
        <source>Optional: transit requirements, contact at the airline, …</source>
        <translation>Facultatif : exigences de transit, contact à la compagnie aérienne, …</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>(header, display text, sort key) of each column; headers untranslated (they name the columns in code too).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Arrival (UTC)</source>
        <translation>Arrivée (UTC)</translation>
    </message>
    <message>
        <source>Seats for returnees</source>
        <translation>Sièges pour les personnes de retour</translation>
    </message>
    <message>
        <source>Medical escort places</source>
        <translation>Places d&apos;escorte médicale</translation>
    </message>
    <message>
        <source>Escort places for minors</source>
        <translation>Places d&apos;escorte pour mineurs</translation>
    </message>
    <message>
        <source>Cost per seat</source>
        <translation>Coût par siège</translation>
    </message>
    <message>
        <source>Charter cost</source>
        <translation>Coût du charter</translation>
    </message>
    <message>
        <source>&lt;b&gt;{households} holding {seats}&lt;/b&gt; are taken off it and can be planned again.</source>
        <translation>&lt;b&gt;{households} occupant {seats}&lt;/b&gt; en sont retirés et peuvent être replanifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%Ln siège</numerusform>
            <numerusform>%Ln sièges</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is booked on it.</source>
        <translation>Aucun ménage n&apos;y est réservé.</translation>
    </message>
    <message>
        <source>Cancel movement {code}</source>
        <translation>Annuler le mouvement {code}</translation>
    </message>
    <message>
        <source>Cancel movement</source>
        <translation>Annuler le mouvement</translation>
    </message>
    <message>
        <source>{code} — {route}, departing {when} UTC. {households} The movement stays in the register, marked cancelled.</source>
        <translation>{code} — {route}, départ le {when} UTC. {households} Le mouvement reste dans le registre, marqué comme annulé.</translation>
    </message>
    <message>
        <source>Why: flight cancelled by the airline, charter not confirmed, …</source>
        <translation>Motif : vol annulé par la compagnie, charter non confirmé, …</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Move {reference}</source>
        <translation>Déplacer {reference}</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Déplacer la réservation</translation>
    </message>
    <message>
        <source>{reference} ({head}, {seats}) is on {movement}. Homeward checks readiness on the new travel date and the seats and escort places free before moving them.</source>
        <translation>{reference} ({head}, {seats}) est sur {movement}. Homeward vérifie l&apos;aptitude au départ à la nouvelle date de voyage ainsi que les sièges et places d&apos;escorte libres avant le déplacement.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>choose the movement to move the household to</source>
        <translation>choisissez le mouvement vers lequel déplacer le ménage</translation>
    </message>
    <message>
        <source>Remove {reference} from {movement}</source>
        <translation>Retirer {reference} de {movement}</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>Retirer la réservation</translation>
    </message>
    <message>
        <source>{reference} ({head}) leaves {movement}; its {seats} are freed. Nothing is deleted: the booking stays on the record as cancelled, with your reason.</source>
        <translation>{reference} ({head}) quitte {movement} ; ses {seats} sont libérés. Rien n&apos;est supprimé : la réservation reste au dossier comme annulée, avec votre motif.</translation>
    </message>
    <message>
        <source>Why the household leaves this movement</source>
        <translation>Pourquoi le ménage quitte ce mouvement</translation>
    </message>
    <message>
        <source>In kind (€)</source>
        <translation>En nature (€)</translation>
    </message>
    <message>
        <source>Cash (€)</source>
        <translation>Espèces (€)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimal</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximal</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Réservée à</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Delivered from month</source>
        <translation>Livrée à partir du mois</translation>
    </message>
    <message>
        <source>until month</source>
        <translation>jusqu&apos;au mois</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>Modifier le budget</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Ajouter un budget</translation>
    </message>
    <message>
        <source>A funding line for a period: what it can pay in kind and in cash, and the most one household receives per adult and per dependant. A household draws on the line of its country (else one for every country) whose period covers its arrival.</source>
        <translation>Une ligne de financement pour une période : ce qu&apos;elle peut payer en nature et en espèces, et le maximum qu&apos;un ménage reçoit par adulte et par personne à charge. Un ménage puise dans la ligne de son pays (sinon dans une ligne valable pour tous les pays) dont la période couvre son arrivée.</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <source>In kind, total (€)</source>
        <translation>En nature, total (€)</translation>
    </message>
    <message>
        <source>Cash, total (€)</source>
        <translation>Espèces, total (€)</translation>
    </message>
    <message>
        <source>In kind per adult (€)</source>
        <translation>En nature par adulte (€)</translation>
    </message>
    <message>
        <source>In kind per dependant (€)</source>
        <translation>En nature par personne à charge (€)</translation>
    </message>
    <message>
        <source>Cash per adult (€)</source>
        <translation>Espèces par adulte (€)</translation>
    </message>
    <message>
        <source>Cash per dependant (€)</source>
        <translation>Espèces par personne à charge (€)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{country}&lt;/b&gt;: %n open incident(s) ({kinds}; since {date}) — assurances under review, new movements there are blocked (S9).</source>
        <translation>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt; : %Ln incident ouvert ({kinds} ; depuis le {date}) — garanties en réexamen, les nouveaux mouvements vers ce pays sont bloqués (S9).</numerusform>
            <numerusform>&lt;b&gt;{country}&lt;/b&gt; : %Ln incidents ouverts ({kinds} ; depuis le {date}) — garanties en réexamen, les nouveaux mouvements vers ce pays sont bloqués (S9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Affected cases…</source>
        <translation>Dossiers concernés…</translation>
    </message>
    <message>
        <source>Record review decision…</source>
        <translation>Enregistrer la décision de réexamen…</translation>
    </message>
    <message>
        <source>Affected cases — {country}</source>
        <translation>Dossiers concernés — {country}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to {country} not yet gone, {booked} already booked on a movement. None can be planned or leave while the assurances are under review (S9).</source>
        <translation>
            <numerusform>%Ln dossier vers {country} pas encore parti, dont {booked} déjà réservé sur un mouvement. Aucun ne peut être planifié ni partir tant que les garanties sont en réexamen (S9).</numerusform>
            <numerusform>%Ln dossiers vers {country} pas encore partis, dont {booked} déjà réservés sur un mouvement. Aucun ne peut être planifié ni partir tant que les garanties sont en réexamen (S9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <source>{status} (booked)</source>
        <translation>{status} (réservé)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>Imprimer — {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: each document is issued and recorded with its verification code, then written to the folder as a PDF. Households that may not travel are skipped, with the reason.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : chaque document est émis et enregistré avec son code de vérification, puis écrit dans le dossier en PDF. Les ménages qui ne peuvent pas voyager sont ignorés, avec le motif.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non commencé.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Verification code / reason</source>
        <translation>Code de vérification / motif</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Annuler l&apos;impression</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <source>Listing the documents…</source>
        <translation>Liste des documents en cours…</translation>
    </message>
    <message>
        <source>Cancelling after the document being printed…</source>
        <translation>Annulation après le document en cours d&apos;impression…</translation>
    </message>
    <message>
        <source>Printing {done} of {total}…</source>
        <translation>Impression {done} sur {total}…</translation>
    </message>
    <message numerus="yes">
        <source>%n of %n done.</source>
        <translation>
            <numerusform>%Ln sur %Ln terminé.</numerusform>
            <numerusform>%Ln sur %Ln terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <comment>batch result</comment>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>batch result</comment>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n printed before the cancel (complete and recorded), {skipped} skipped; the rest were not issued.</source>
        <translation>
            <numerusform>Annulé : %Ln imprimé avant l&apos;annulation (complet et enregistré), {skipped} ignoré(s) ; les autres n&apos;ont pas été émis.</numerusform>
            <numerusform>Annulé : %Ln imprimés avant l&apos;annulation (complets et enregistrés), {skipped} ignoré(s) ; les autres n&apos;ont pas été émis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Non imprimé.</translation>
    </message>
    <message>
        <source>Nothing to print: no household in this batch.</source>
        <translation>Rien à imprimer : aucun ménage dans ce lot.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, {skipped} skipped (see the reasons below).</source>
        <translation>
            <numerusform>Terminé : %Ln imprimé dans {folder}, {skipped} ignoré(s) (voir les motifs ci-dessous).</numerusform>
            <numerusform>Terminé : %Ln imprimés dans {folder}, {skipped} ignoré(s) (voir les motifs ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n printed into {folder}, none skipped.</source>
        <translation>
            <numerusform>Terminé : %Ln imprimé dans {folder}, aucun ignoré.</numerusform>
            <numerusform>Terminé : %Ln imprimés dans {folder}, aucun ignoré.</numerusform>
        </translation>
    </message>
    <message>
        <source>declarations of voluntary return of a day</source>
        <translation>déclarations de retour volontaire d&apos;une journée</translation>
    </message>
    <message>
        <source>Declarations recorded on</source>
        <translation>Déclarations enregistrées le</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>Pourquoi, et que faire</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>{date} — {monitor}:  leave {leave}, back {back} · %n visit(s) · {duration} on the road</source>
        <translation>
            <numerusform>{date} — {monitor} :  départ {leave}, retour {back} · %Ln visite · {duration} de route</numerusform>
            <numerusform>{date} — {monitor} :  départ {leave}, retour {back} · %Ln visites · {duration} de route</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({days} d overdue)</source>
        <translation>{date} ({days} j de retard)</translation>
    </message>
    <message>
        <source>Back at {office}</source>
        <translation>Retour à {office}</translation>
    </message>
    <message>
        <source>Double-click to record where the household lives</source>
        <translation>Double-cliquez pour enregistrer le lieu de vie du ménage</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>Ajouter un mouvement…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel movement…</source>
        <translation>Annuler le mouvement…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>Importer un programme de vols…</translation>
    </message>
    <message>
        <source>Import a flight schedule from a CSV or Excel (.xlsx) file</source>
        <translation>Importer un programme de vols depuis un fichier CSV ou Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Plan ready households onto movements with the solver</source>
        <translation>Planifier les ménages prêts sur les mouvements avec le solveur</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Manifest…</source>
        <translation>Manifeste…</translation>
    </message>
    <message>
        <source>All travel letters…</source>
        <translation>Toutes les lettres de voyage…</translation>
    </message>
    <message>
        <source>Export passengers…</source>
        <translation>Exporter les passagers…</translation>
    </message>
    <message>
        <source>Export manifest…</source>
        <translation>Exporter le manifeste…</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>list of movements</comment>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>noun</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose a planned or confirmed movement</source>
        <translation>Choisissez un mouvement planifié ou confirmé</translation>
    </message>
    <message>
        <source>Save the chosen movement&apos;s list as an Excel workbook or a CSV file</source>
        <translation>Enregistrer la liste du mouvement choisi comme classeur Excel ou fichier CSV</translation>
    </message>
    <message>
        <source>The manifest or every travel letter of the chosen movement</source>
        <translation>Le manifeste ou toutes les lettres de voyage du mouvement choisi</translation>
    </message>
    <message>
        <source>Choose a movement</source>
        <translation>Choisissez un mouvement</translation>
    </message>
    <message>
        <source>Movement manifest — {code}</source>
        <translation>Manifeste du mouvement — {code}</translation>
    </message>
    <message>
        <source>travel letters of {code}</source>
        <translation>lettres de voyage de {code}</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>optimalité prouvée</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>Planifier à partir du</translation>
    </message>
    <message>
        <source>Plan until</source>
        <translation>Planifier jusqu&apos;au</translation>
    </message>
    <message>
        <source>The longest the planner may search; it stops earlier once the plan is proven within the gap</source>
        <translation>Durée maximale de recherche du planificateur ; il s&apos;arrête plus tôt dès que le plan est prouvé dans l&apos;écart</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this distance of the best possible plan</source>
        <translation>S&apos;arrêter dès que le plan est prouvé à cette distance du meilleur plan possible</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>verb</comment>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Plan every ready household onto the movements in the horizon</source>
        <translation>Planifier chaque ménage prêt sur les mouvements de la période</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>waiting and cost proven optimal</source>
        <translation>attente et coût prouvés optimaux</translation>
    </message>
    <message>
        <source>waiting and cost within {percent}% of optimal</source>
        <translation>attente et coût à moins de {percent} % de l&apos;optimum</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Confirmed bookings departing within this many days stay where they are, like those whose travel letter was issued; unlock one in the plan to free it</source>
        <translation>Les réservations confirmées qui partent dans ce nombre de jours restent où elles sont, comme celles dont la lettre de voyage a été émise ; déverrouillez-en une dans le plan pour la libérer</translation>
    </message>
    <message>
        <source>Plan departures from</source>
        <translation>Planifier les départs du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>search at most</source>
        <translation>recherche au plus</translation>
    </message>
    <message>
        <source>stop within</source>
        <translation>arrêt à un écart de</translation>
    </message>
    <message>
        <source>keep confirmed bookings departing within</source>
        <translation>garder les réservations confirmées partant dans les</translation>
    </message>
    <message>
        <source>Choose the departures to plan and press Plan. Only households ready to travel are planned, each on the dates its readiness allows; nothing is booked until you accept the plan.</source>
        <translation>Choisissez les départs à planifier et appuyez sur Planifier. Seuls les ménages prêts au départ sont planifiés, chacun aux dates que permet son aptitude au départ ; rien n&apos;est réservé tant que vous n&apos;avez pas accepté le plan.</translation>
    </message>
    <message>
        <source>The end of the horizon is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>The planner stopped on an unexpected error; nothing was booked.</source>
        <translation>Le planificateur s&apos;est arrêté sur une erreur inattendue ; rien n&apos;a été réservé.</translation>
    </message>
    <message>
        <source>Reading ready households and movements…</source>
        <translation>Lecture des ménages prêts et des mouvements…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The solver&apos;s own figures: what it optimised and how close to the best it proved</source>
        <translation>Les chiffres du solveur : ce qu’il a optimisé et à quel point il a prouvé être proche du meilleur</translation>
    </message>
    <message>
        <source>&lt;b&gt;{placed}&lt;/b&gt; placed, the most possible</source>
        <translation>&lt;b&gt;{placed}&lt;/b&gt; placées, le maximum possible</translation>
    </message>
    <message>
        <source>&lt;b&gt;{placed}&lt;/b&gt; placed, at most {bound} possible</source>
        <translation>&lt;b&gt;{placed}&lt;/b&gt; placées, {bound} au plus possibles</translation>
    </message>
    <message>
        <source>Searching… {placed} (people, a vulnerable person counting twice) · waiting and cost {objective} € · {gap} · {seconds} s</source>
        <translation>Recherche… {placed} (personnes, une personne vulnérable comptant double) · attente et coût {objective} € · {gap} · {seconds} s</translation>
    </message>
    <message>
        <source>Planned in {seconds} s; review the plan, then accept it to book.</source>
        <translation>Planifié en {seconds} s ; examinez le plan, puis acceptez-le pour réserver.</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was booked.</source>
        <translation>Planification annulée ; rien n&apos;a été réservé.</translation>
    </message>
    <message>
        <source>Taken out of the plan by you</source>
        <translation>Retiré du plan par vous</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>Escortes</translation>
    </message>
    <message>
        <source>{code}: {route}, departs {when} UTC</source>
        <translation>{code} : {route}, départ le {when} UTC</translation>
    </message>
    <message>
        <source>Medical escorts</source>
        <translation>Escortes médicales</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Minor escorts</source>
        <translation>Escortes de mineurs</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Travel needs</source>
        <translation>Besoins pendant le voyage</translation>
    </message>
    <message>
        <source>Fit to travel until</source>
        <translation>Apte au voyage jusqu&apos;au</translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>none valid on the travel date</source>
        <translation>aucun valable à la date du voyage</translation>
    </message>
    <message>
        <source>Manifest of {code}</source>
        <translation>Manifeste de {code}</translation>
    </message>
    <message>
        <source>medical {count}</source>
        <translation>médicales {count}</translation>
    </message>
    <message>
        <source>minors {count}</source>
        <translation>mineurs {count}</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Passagers</translation>
    </message>
    <message>
        <source>Choose a movement in the register to see who is booked on it.</source>
        <translation>Choisissez un mouvement dans le registre pour voir qui y est réservé.</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>A locked booking stays where it is when the planner runs again</source>
        <translation>Une réservation verrouillée reste en place quand le planificateur est relancé</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The departure check-in sheet (on the departure day)</source>
        <translation>La feuille d&apos;enregistrement au départ (le jour du départ)</translation>
    </message>
    <message>
        <source>Passengers of {code}</source>
        <translation>Passagers de {code}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n booking(s) at risk</source>
        <translation>
            <numerusform>⚠ %Ln réservation à risque</numerusform>
            <numerusform>⚠ %Ln réservations à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>departs {when} UTC</source>
        <translation>départ le {when} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{households}, {people}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{households}, {people}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{free} of {capacity} seats free</source>
        <translation>{free} sièges libres sur {capacity}</translation>
    </message>
    <message>
        <source>escorts free: {escorts}</source>
        <translation>escortes libres : {escorts}</translation>
    </message>
    <message>
        <source>Double-click to open the case file</source>
        <translation>Double-cliquez pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the departure check-in sheet</source>
        <translation>Ouvrir la feuille d&apos;enregistrement au départ</translation>
    </message>
    <message>
        <source>Movement</source>
        <extracomment>What a coordinator needs first: how many people are placed and how many not; the solver&apos;s figures (objective, proof) are under Details.</extracomment>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>Personnes vulnérables</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Departures {start} to {end}</source>
        <translation>Départs du {start} au {end}</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placés</translation>
    </message>
    <message>
        <source>The plan is checked again as soon as you choose: readiness on the new date, seats and escort places. Nothing is booked until you accept the plan.</source>
        <translation>Le plan est revérifié dès votre choix : aptitude au départ à la nouvelle date, sièges et places d&apos;escorte. Rien n&apos;est réservé tant que vous n&apos;avez pas accepté le plan.</translation>
    </message>
    <message>
        <source>Departure (UTC)</source>
        <translation>Départ (UTC)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Statuses where &quot;ready to travel&quot; still means something: after departure, or once closed, it does not.</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Seats free</source>
        <translation>Sièges libres</translation>
    </message>
    <message>
        <source>Escorts free</source>
        <translation>Escortes libres</translation>
    </message>
    <message>
        <source>Free escort places after the plan: medical / for minors</source>
        <translation>Places d&apos;escorte libres après le plan : médicales / pour mineurs</translation>
    </message>
    <message>
        <source>Movements in the plan</source>
        <translation>Mouvements du plan</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Planned passengers</source>
        <translation>Passagers planifiés</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock this booking when the plan is accepted: the planner keeps it next time</source>
        <translation>Verrouiller cette réservation à l&apos;acceptation du plan : le planificateur la conservera la prochaine fois</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Take out of plan</source>
        <translation>Retirer du plan</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placés</translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation>Motif du non-placement</translation>
    </message>
    <message>
        <source>Households not placed</source>
        <translation>Ménages non placés</translation>
    </message>
    <message>
        <source>Place on…</source>
        <translation>Placer sur…</translation>
    </message>
    <message>
        <source>Put this household on a movement in the plan; it is validated at once</source>
        <translation>Placer ce ménage sur un mouvement du plan ; la validation est immédiate</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Accepter le plan</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <source>Proven within {percent}% of optimal</source>
        <translation>Prouvé à {percent} % de l&apos;optimum</translation>
    </message>
    <message>
        <source>Why some are not placed: see “Not placed” below</source>
        <translation>Pourquoi certains ne sont pas placés : voir « Non placés » ci-dessous</translation>
    </message>
    <message>
        <source>Departures {start} to {end}: {households}, {people}</source>
        <translation>Départs du {start} au {end} : {households}, {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n ready household(s)</source>
        <translation>
            <numerusform>%Ln ménage prêt</numerusform>
            <numerusform>%Ln ménages prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>{movements} with {seats}</source>
        <translation>{movements} avec {seats}</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%Ln mouvement</numerusform>
            <numerusform>%Ln mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%Ln siège</numerusform>
            <numerusform>%Ln sièges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with no movement their readiness allows</source>
        <translation>
            <numerusform>%Ln ménage sans mouvement compatible avec son aptitude au départ</numerusform>
            <numerusform>%Ln ménages sans mouvement compatible avec leur aptitude au départ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see tooltip)</source>
        <translation>
            <numerusform>%Ln exclu (voir l&apos;infobulle)</numerusform>
            <numerusform>%Ln exclus (voir l&apos;infobulle)</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan breaks a rule and cannot be accepted as it is:</source>
        <translation>Ce plan enfreint une règle et ne peut pas être accepté en l&apos;état :</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt; in {households}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt; dans {households}</translation>
    </message>
    <message numerus="yes">
        <source>%n people placed</source>
        <translation>
            <numerusform>%Ln personne placée</numerusform>
            <numerusform>%Ln personnes placées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%Ln ménage</numerusform>
            <numerusform>%Ln ménages</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt; ({households})</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt; ({households})</translation>
    </message>
    <message numerus="yes">
        <source>%n people not placed</source>
        <translation>
            <numerusform>%Ln personne non placée</numerusform>
            <numerusform>%Ln personnes non placées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing booking(s) moved</source>
        <translation>
            <numerusform>%Ln réservation existante déplacée</numerusform>
            <numerusform>%Ln réservations existantes déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;edited by you&lt;/i&gt;</source>
        <translation>&lt;i&gt;modifié par vous&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not placed in this plan</source>
        <translation>Non placé dans ce plan</translation>
    </message>
    <message>
        <source> — its booking on {movement} will be cancelled</source>
        <translation> — sa réservation sur {movement} sera annulée</translation>
    </message>
    <message>
        <source>Not placed ({households}, {people})</source>
        <translation>Non placés ({households}, {people})</translation>
    </message>
    <message>
        <source>Planned passengers of {movement}</source>
        <translation>Passagers planifiés de {movement}</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Stays booked</source>
        <translation>Reste réservé</translation>
    </message>
    <message>
        <source>Moved from {movement}</source>
        <translation>Déplacé depuis {movement}</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, not containing the user name; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Au moins %Ln caractère, sans le nom d&apos;utilisateur ; une courte phrase est facile à retenir et difficile à deviner.</numerusform>
            <numerusform>Au moins %Ln caractères, sans le nom d&apos;utilisateur ; une courte phrase est facile à retenir et difficile à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>differs from the password typed above</source>
        <translation>diffère du mot de passe saisi ci-dessus</translation>
    </message>
    <message>
        <source>Homeward — first start</source>
        <translation>Homeward — premier démarrage</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;{where} has no user accounts yet. Create the administrator&apos;s account: the data-protection officer, who adds everyone else (coordinators, monitors, read-only users) in &lt;b&gt;Administration › Users…&lt;/b&gt; and manages keys, retention and the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{where} n&apos;a encore aucun compte utilisateur. Créez le compte de l&apos;administrateur : le délégué à la protection des données, qui ajoute tous les autres (coordinateurs, chargés de suivi, utilisateurs en lecture seule) dans &lt;b&gt;Administration › Utilisateurs…&lt;/b&gt; et gère les clés, la conservation et le journal d&apos;audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e.g. dpo or a.ahmadi</source>
        <translation>p. ex. dpo ou a.ahmadi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Homeward is locked</source>
        <translation>Homeward est verrouillé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Homeward locked itself after a while without use. Sign in as &lt;b&gt;{user}&lt;/b&gt; to carry on where you left off; nothing you had open was lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Homeward s&apos;est verrouillé après un moment d&apos;inactivité. Connectez-vous en tant que &lt;b&gt;{user}&lt;/b&gt; pour reprendre là où vous en étiez ; rien de ce qui était ouvert n&apos;a été perdu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to Homeward</source>
        <translation>Se connecter à Homeward</translation>
    </message>
    <message>
        <source>Homeward — sign in</source>
        <translation>Homeward — connexion</translation>
    </message>
    <message>
        <source>Homeward — locked</source>
        <translation>Homeward — verrouillé</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit Homeward</source>
        <translation>Quitter Homeward</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your password was chosen by the administrator. Choose your own before you continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre mot de passe a été choisi par l&apos;administrateur. Choisissez le vôtre avant de continuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signed in as &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connecté en tant que &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>waiting and cost {objective} € ({terms})</source>
        <translation>attente et coût {objective} € ({terms})</translation>
    </message>
    <message>
        <source>solved in {seconds} s</source>
        <translation>résolu en {seconds} s</translation>
    </message>
    <message>
        <source>planned in {seconds} s</source>
        <translation>planifié en {seconds} s</translation>
    </message>
    <message>
        <source>First the most people placed, a vulnerable person counting twice; then, for that many, the least waiting (€30 a person-day, more after long waits), cost and moves of existing bookings. &apos;Proven&apos; means no plan does better.</source>
        <translation>D&apos;abord le plus de personnes placées, une personne vulnérable comptant double ; puis, pour ce nombre, le moins d&apos;attente (30 € par personne et par jour, davantage après une longue attente), de coût et de déplacements de réservations existantes. « Prouvé » signifie qu&apos;aucun plan ne fait mieux.</translation>
    </message>
    <message>
        <source>Kept: {why}</source>
        <translation>Maintenue : {why}</translation>
    </message>
    <message>
        <source>Freed: plan again to let the planner move it</source>
        <translation>Libérée : planifiez à nouveau pour que le planificateur puisse la déplacer</translation>
    </message>
    <message>
        <source>Fix the rules the plan breaks first</source>
        <translation>Corrigez d&apos;abord les règles que le plan enfreint</translation>
    </message>
    <message>
        <source>Book every household of the plan (all of them or none)</source>
        <translation>Réserver tous les ménages du plan (tous ou aucun)</translation>
    </message>
    <message>
        <source>Move {reference} to</source>
        <translation>Déplacer {reference} vers</translation>
    </message>
    <message>
        <source>Place {reference} on</source>
        <translation>Placer {reference} sur</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>jour {number}</translation>
    </message>
    <message>
        <source>Double-click a movement to open it</source>
        <translation>Double-cliquez sur un mouvement pour l’ouvrir</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>calendar view</comment>
        <extracomment>Which view the calendar shows, kept between sessions.</extracomment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <comment>calendar view</comment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Green: seats left · amber: full · red: a booking on it at risk</source>
        <translation>Vert : places libres · orange : complet · rouge : une réservation à risque</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) this week</source>
        <translation>
            <numerusform>%n mouvement cette semaine</numerusform>
            <numerusform>%n mouvements cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) in {month}</source>
        <translation>
            <numerusform>%Ln mouvement en {month}</numerusform>
            <numerusform>%Ln mouvements en {month}</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Revenir à cette semaine</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Revenir à ce mois-ci</translation>
    </message>
    <message>
        <source>Departures on {day}</source>
        <translation>Départs le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%Ln siège libre</numerusform>
            <numerusform>%Ln sièges libres</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) at risk</source>
        <translation>
            <numerusform>%n réservation à risque</numerusform>
            <numerusform>%n réservations à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{people} booked / {seats} seats</source>
        <translation>{people} réservés / {seats} places</translation>
    </message>
    <message>
        <source>No departure on this day.</source>
        <translation>Aucun départ ce jour-là.</translation>
    </message>
    <message>
        <source>readiness does not allow this date</source>
        <translation>l&apos;aptitude au départ ne permet pas cette date</translation>
    </message>
    <message>
        <source>Plan accepted: {booked}, {moved}, {kept}, {removed}. The register shows the booked seats.</source>
        <translation>Plan accepté : {booked}, {moved}, {kept}, {removed}. Le registre affiche les sièges réservés.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) booked</source>
        <translation>
            <numerusform>%Ln ménage réservé</numerusform>
            <numerusform>%Ln ménages réservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%Ln déplacé</numerusform>
            <numerusform>%Ln déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%Ln conservé</numerusform>
            <numerusform>%Ln conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off their movement</source>
        <translation>
            <numerusform>%Ln retiré de son mouvement</numerusform>
            <numerusform>%Ln retirés de leur mouvement</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan was not accepted; nothing was booked.</source>
        <translation>Le plan n&apos;a pas été accepté ; aucune réservation n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Open the case file of {reference}</source>
        <translation>Ouvrir le dossier {reference}</translation>
    </message>
    <message>
        <source>Filter by partner, case, region, month…</source>
        <translation>Filtrer par partenaire, dossier, région, mois…</translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation>Enregistrer la remise…</translation>
    </message>
    <message>
        <source>Print voucher…</source>
        <translation>Imprimer le bon…</translation>
    </message>
    <message>
        <source>The returnee&apos;s voucher for the chosen package (the handover certificate once delivered), bilingual, with a verification code</source>
        <translation>Le bon de la personne de retour pour la prestation choisie (l&apos;attestation de remise une fois livrée), bilingue, avec un code de vérification</translation>
    </message>
    <message>
        <source>Import demand index…</source>
        <translation>Importer l&apos;indice de demande…</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) sheet with the columns country, region, skill, demand_index; all rows are checked first, nothing is written if one is wrong</source>
        <translation>Une feuille CSV ou Excel (.xlsx) avec les colonnes « country », « region », « skill », « demand_index » ; toutes les lignes sont d&apos;abord vérifiées, rien n&apos;est enregistré si l&apos;une est erronée</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>Ajouter une prestation…</translation>
    </message>
    <message>
        <source>Edit package…</source>
        <translation>Modifier la prestation…</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Set places…</source>
        <translation>Définir les places…</translation>
    </message>
    <message>
        <source>Places for a partner in a region over a run of months (double-click a cell to change one month)</source>
        <translation>Places d&apos;un partenaire dans une région sur une suite de mois (double-cliquez sur une cellule pour modifier un mois)</translation>
    </message>
    <message>
        <source>Add budget…</source>
        <translation>Ajouter un budget…</translation>
    </message>
    <message>
        <source>Edit budget…</source>
        <translation>Modifier le budget…</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Accepted packages by delivery month; record each handover when the partner confirms it.</source>
        <translation>Prestations acceptées par mois de livraison ; enregistrez chaque remise lorsque le partenaire la confirme.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>The packages partners deliver, their cost in kind and in cash, who is eligible, and when after arrival.</source>
        <translation>Les prestations fournies par les partenaires, leur coût en nature et en espèces, qui y a droit, et quand après l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Packages each partner can deliver per region and month (double-click a month to change it).</source>
        <translation>Prestations que chaque partenaire peut fournir par région et par mois (double-cliquez sur un mois pour le modifier).</translation>
    </message>
    <message>
        <source>Partners and capacity</source>
        <translation>Partenaires et capacité</translation>
    </message>
    <message>
        <source>How much each skill is sought after in each region of return (0–100, double-click to change); vocational training is matched to it.</source>
        <translation>À quel point chaque compétence est recherchée dans chaque région de retour (0–100, double-cliquez pour modifier) ; la formation professionnelle s&apos;y ajuste.</translation>
    </message>
    <message>
        <source>Skills in demand</source>
        <translation>Compétences recherchées</translation>
    </message>
    <message>
        <source>Funding lines with their ceilings per adult and per dependant, and what accepted and delivered packages used.</source>
        <translation>Lignes de financement avec leurs plafonds par adulte et par personne à charge, et ce qu&apos;ont consommé les prestations acceptées et livrées.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>Attestation de remise</translation>
    </message>
    <message>
        <source>Reintegration voucher</source>
        <translation>Bon de réintégration</translation>
    </message>
    <message>
        <source>{document} — {reference}, {person}</source>
        <translation>{document} — {reference}, {person}</translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation>Imprimer l&apos;attestation…</translation>
    </message>
    <message>
        <source>Add a partner first</source>
        <translation>Ajoutez d&apos;abord un partenaire</translation>
    </message>
    <message>
        <source>{partner}, {region}, {month}: places must be a whole number (not “{text}”)</source>
        <translation>{partner}, {region}, {month} : le nombre de places doit être un nombre entier (et non « {text} »)</translation>
    </message>
    <message>
        <source>Import demand index</source>
        <translation>Importer l&apos;indice de demande</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Demand index imported</source>
        <translation>Indice de demande importé</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} ajoutés, {updated} mis à jour, {unchanged} inchangés.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The month the partner delivers, within the package&apos;s lead time after arrival</source>
        <translation>Le mois où le partenaire livre, dans le délai de la prestation après l&apos;arrivée</translation>
    </message>
    <message>
        <source>Kept: accepted before and unchanged. Unmet needs say why</source>
        <translation>Conservée : acceptée auparavant et inchangée. Les besoins non couverts en indiquent la raison</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>allocated package</comment>
        <translation>conservée</translation>
    </message>
    <message>
        <source>new</source>
        <comment>allocated package</comment>
        <translation>nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) planned of {places} place(s)</source>
        <translation>
            <numerusform>%Ln prestation prévue sur {places} place(s)</numerusform>
            <numerusform>%Ln prestations prévues sur {places} place(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <extracomment>What a run does off the GUI thread: `work(progress, should_stop)`, `progress(*values)` reaching `show_live`.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest the solver may search; it stops earlier once proven within the gap</source>
        <translation>La durée maximale de recherche du solveur ; il s&apos;arrête plus tôt dès que l&apos;écart est prouvé</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Allocate packages to every assessed household with a planned or recorded arrival</source>
        <translation>Attribuer des prestations à chaque ménage évalué dont l&apos;arrivée est prévue ou enregistrée</translation>
    </message>
    <message>
        <source>Deliveries over</source>
        <translation>Livraisons sur</translation>
    </message>
    <message>
        <source>Filter by case, person, need or partner…</source>
        <extracomment>The solver&apos;s figures (coverage points, proof, first come first served) under Details.</extracomment>
        <translation>Filtrer par dossier, personne, besoin ou partenaire…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Another package or month for the chosen need, or leave it unmet</source>
        <translation>Une autre prestation ou un autre mois pour le besoin choisi, ou le laisser non couvert</translation>
    </message>
    <message>
        <source>Leave unmet</source>
        <translation>Laisser non couvert</translation>
    </message>
    <message>
        <source>Accept allocation</source>
        <translation>Accepter l&apos;attribution</translation>
    </message>
    <message>
        <source>Partner load by month (planned / places)</source>
        <translation>Charge des partenaires par mois (prévues / places)</translation>
    </message>
    <message>
        <source>Press Allocate to propose packages for every assessed household with a planned or recorded arrival: needs covered first for vulnerable people and urgent needs, vocational training matched to the skills in demand where they settle, within the budgets, the ceilings per adult and dependant and the partners&apos; places. Nothing is committed until you accept.</source>
        <translation>Cliquez sur Attribuer pour proposer des prestations à chaque ménage évalué dont l&apos;arrivée est prévue ou enregistrée : besoins des personnes vulnérables et besoins urgents couverts en priorité, formation professionnelle ajustée aux compétences recherchées là où ils s&apos;installent, dans la limite des budgets, des plafonds par adulte et par personne à charge et des places des partenaires. Rien n&apos;est engagé avant votre acceptation.</translation>
    </message>
    <message>
        <source>The allocation stopped on an unexpected error; nothing was changed.</source>
        <translation>L&apos;attribution s&apos;est arrêtée sur une erreur inattendue ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reading households, needs, catalogue, budgets and partners…</source>
        <translation>Lecture des ménages, besoins, catalogue, budgets et partenaires…</translation>
    </message>
    <message>
        <source>Searching… best coverage so far &lt;b&gt;{best}&lt;/b&gt; · proven bound {bound} · gap {gap} · {seconds} s</source>
        <translation>Recherche… meilleure couverture à ce stade &lt;b&gt;{best}&lt;/b&gt; · borne prouvée {bound} · écart {gap} · {seconds} s</translation>
    </message>
    <message>
        <source>Allocation cancelled; nothing was changed.</source>
        <translation>Attribution annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>left unmet by hand</source>
        <translation>laissé non couvert manuellement</translation>
    </message>
    <message>
        <source>Save the proposed allocation, as filtered, as an Excel workbook or a CSV file</source>
        <translation>Enregistrer l&apos;allocation proposée, telle que filtrée, comme classeur Excel ou fichier CSV</translation>
    </message>
    <message>
        <source>The adjusted allocation breaks a rule and cannot be accepted: {rules}</source>
        <translation>L&apos;attribution ajustée enfreint une règle et ne peut pas être acceptée : {rules}</translation>
    </message>
    <message>
        <source>Allocated in {seconds} s; review it, adjust if needed, then accept.</source>
        <translation>Attribution faite en {seconds} s ; vérifiez-la, ajustez-la si besoin, puis acceptez-la.</translation>
    </message>
    <message>
        <source>proven within {gap} of optimal</source>
        <translation>à moins de {gap} de l&apos;optimum (prouvé)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{met} of {needs}&lt;/b&gt; needs met for %n household(s) (vulnerable people: {vulnerable_met} of {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; in kind, {cash} cash</source>
        <translation>
            <numerusform>&lt;b&gt;{met} besoins sur {needs}&lt;/b&gt; couverts pour %Ln ménage (personnes vulnérables : {vulnerable_met} sur {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; en nature, {cash} en espèces</numerusform>
            <numerusform>&lt;b&gt;{met} besoins sur {needs}&lt;/b&gt; couverts pour %Ln ménages (personnes vulnérables : {vulnerable_met} sur {vulnerable}) · &lt;b&gt;{in_kind}&lt;/b&gt; en nature, {cash} en espèces</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage {points} points, {proven}; first come, first served would reach {greedy} ({gain})</source>
        <translation>Couverture {points} points, {proven} ; l&apos;ordre d&apos;arrivée atteindrait {greedy} ({gain})</translation>
    </message>
    <message>
        <source>Adjusted by hand: coverage now {points} points</source>
        <translation>Ajustée manuellement : couverture désormais de {points} points</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>Ajusté à la main</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted package(s) of households that no longer have an arrival will be withdrawn when you accept</source>
        <translation>
            <numerusform>%Ln prestation acceptée de ménages qui n&apos;ont plus d&apos;arrivée sera retirée lorsque vous accepterez</numerusform>
            <numerusform>%Ln prestations acceptées de ménages qui n&apos;ont plus d&apos;arrivée seront retirées lorsque vous accepterez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed case(s) not allocated: {cases}</source>
        <translation>
            <numerusform>%Ln dossier évalué sans attribution : {cases}</numerusform>
            <numerusform>%Ln dossiers évalués sans attribution : {cases}</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocate first (and fix any broken rule)</source>
        <translation>Attribuez d&apos;abord (et corrigez toute règle enfreinte)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n package(s) added, {kept} kept, {withdrawn} withdrawn. The partners can be told their deliveries.</source>
        <translation>
            <numerusform>Acceptée : %Ln prestation ajoutée, {kept} conservée(s), {withdrawn} retirée(s). Les partenaires peuvent être informés de leurs livraisons.</numerusform>
            <numerusform>Acceptée : %Ln prestations ajoutées, {kept} conservée(s), {withdrawn} retirée(s). Les partenaires peuvent être informés de leurs livraisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add travel document — {name}</source>
        <translation>Ajouter un document de voyage — {name}</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Ajouter le document</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>Tel qu&apos;imprimé sur le document</translation>
    </message>
    <message>
        <source>ISO code (GEO) or name</source>
        <translation>Code ISO (GEO) ou nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Add fit-to-travel clearance — {name}</source>
        <translation>Ajouter une attestation d&apos;aptitude au voyage — {name}</translation>
    </message>
    <message>
        <source>Add clearance</source>
        <translation>Ajouter l&apos;attestation</translation>
    </message>
    <message>
        <source>A medical assessment of whether the person can travel, and until when.</source>
        <translation>Une évaluation médicale indiquant si la personne peut voyager, et jusqu&apos;à quand.</translation>
    </message>
    <message>
        <source>Doctor or clinic</source>
        <translation>Médecin ou clinique</translation>
    </message>
    <message>
        <source>Fit to travel</source>
        <translation>Apte au voyage</translation>
    </message>
    <message>
        <source>e.g. wheelchair at transit, oxygen on board</source>
        <translation>p. ex. fauteuil roulant en transit, oxygène à bord</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Arabic</source>
        <extracomment>Languages counsellors use most often, offered first; any ISO 639 code can be typed.</extracomment>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Persian (Farsi/Dari)</source>
        <translation>Persan (farsi/dari)</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurde</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Géorgien</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Arménien</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerbaïdjanais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Pendjabi</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Ouzbek</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Tadjik</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Haoussa</translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation>Wolof</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>ISO code, e.g. ka</source>
        <translation>Code ISO, p. ex. ka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Case details — {reference}</source>
        <translation>Détails du dossier — {reference}</translation>
    </message>
    <message>
        <source>Region of return in {country}</source>
        <translation>Région de retour ({country})</translation>
    </message>
    <message>
        <source>How the household came to the programme</source>
        <translation>Comment le ménage est arrivé au programme</translation>
    </message>
    <message>
        <source>Region of return</source>
        <translation>Région de retour</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Note d&apos;orientation</translation>
    </message>
    <message>
        <source>Best-interests determination — {name}</source>
        <translation>Détermination de l&apos;intérêt supérieur — {name}</translation>
    </message>
    <message>
        <source>Record determination</source>
        <translation>Enregistrer la détermination</translation>
    </message>
    <message>
        <source>An unaccompanied minor returns only if a best-interests determination finds return in the child&apos;s interests and a reception arrangement is confirmed.</source>
        <translation>Un mineur non accompagné ne rentre que si une détermination de l&apos;intérêt supérieur conclut que le retour est dans l&apos;intérêt de l&apos;enfant et que des modalités d&apos;accueil sont confirmées.</translation>
    </message>
    <message>
        <source>Panel or officer who decided</source>
        <translation>Commission ou agent ayant décidé</translation>
    </message>
    <message>
        <source>Who will receive the child on arrival (optional here)</source>
        <translation>Qui accueillera l&apos;enfant à l&apos;arrivée (facultatif ici)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Confirm reception arrangement</source>
        <translation>Confirmer les modalités d&apos;accueil</translation>
    </message>
    <message>
        <source>Confirm reception</source>
        <translation>Confirmer l&apos;accueil</translation>
    </message>
    <message>
        <source>Determination of {date} by {decided_by}.</source>
        <translation>Détermination du {date} par {decided_by}.</translation>
    </message>
    <message>
        <source>Who receives the child, where, and how it was confirmed</source>
        <translation>Qui accueille l&apos;enfant, où, et comment cela a été confirmé</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmé le</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Add a country of return</source>
        <extracomment>The field the country&apos;s errors are reported under (as the countries service names it).</extracomment>
        <translation>Ajouter un pays de retour</translation>
    </message>
    <message>
        <source>{country} — already listed</source>
        <translation>{country} — déjà dans la liste</translation>
    </message>
    <message>
        <source>Type part of a name or an ISO code</source>
        <translation>Tapez une partie d&apos;un nom ou un code ISO</translation>
    </message>
    <message>
        <source>The country gets a profile you can fill in next: whether irregular exit is punished and which returnees need active monitoring there.</source>
        <translation>Le pays reçoit un profil à compléter ensuite : si la sortie irrégulière y est sanctionnée et quelles personnes de retour y nécessitent un suivi actif.</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>choisissez un pays dans la liste</translation>
    </message>
    <message>
        <source>Assurances</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Avis de suspension</translation>
    </message>
    <message>
        <source>Only a coordinator or the data-protection officer may record the review decision; you may read it, but saving will be refused.</source>
        <translation>Seul un coordinateur ou le délégué à la protection des données peut enregistrer la décision de réexamen ; vous pouvez la consulter, mais l&apos;enregistrement sera refusé.</translation>
    </message>
    <message>
        <source>Review decision — {country}</source>
        <translation>Décision de réexamen — {country}</translation>
    </message>
    <message>
        <source>The assurances of &lt;b&gt;{country}&lt;/b&gt; are under review after a reported breach; new movements there are blocked (S9) until this decision is recorded. It is audited.</source>
        <translation>Les garanties de &lt;b&gt;{country}&lt;/b&gt; sont en réexamen après un manquement signalé ; les nouveaux mouvements vers ce pays sont bloqués (S9) jusqu&apos;à l&apos;enregistrement de cette décision. Elle est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The region returns may go to, e.g. Tbilisi</source>
        <translation>La région où les retours peuvent se faire, p. ex. Tbilissi</translation>
    </message>
    <message>
        <source>Why (required; e.g. the authorities&apos; explanation, the monitors&apos; findings)</source>
        <translation>Pourquoi (obligatoire ; p. ex. les explications des autorités, les constats des chargés de suivi)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>country</comment>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source>Choose a country on the left, or add one.</source>
        <translation>Choisissez un pays dans la liste, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Country assurance summary — {code}</source>
        <translation>Récapitulatif des garanties du pays — {code}</translation>
    </message>
    <message>
        <source>Assurances ({count})</source>
        <translation>Garanties ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Advisories (%n in force)</source>
        <translation>
            <numerusform>Avis de suspension (%Ln en vigueur)</numerusform>
            <numerusform>Avis de suspension (%Ln en vigueur)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <extracomment>What was typed in the date of birth when it is not a date (kept to say so).</extracomment>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>(relationship not chosen)</source>
        <translation>(lien non choisi)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>if the name is written in another script</source>
        <translation>si le nom s&apos;écrit dans un autre alphabet</translation>
    </message>
    <message>
        <source>ISO codes, e.g. ar, ku</source>
        <extracomment>Every mistake found at the last attempt, by member (a member&apos;s show under its fields when selected).</extracomment>
        <translation>Codes ISO, p. ex. ar, ku</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Irregularly</source>
        <translation>De manière irrégulière</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>De manière régulière</translation>
    </message>
    <message>
        <source>None</source>
        <comment>escort</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <translation>Lien avec le chef de ménage</translation>
    </message>
    <message>
        <source>Guardian (for a minor)</source>
        <translation>Tuteur (pour un mineur)</translation>
    </message>
    <message>
        <source>Left the country</source>
        <translation>Sortie du pays</translation>
    </message>
    <message>
        <source>Escort needed</source>
        <translation>Escorte nécessaire</translation>
    </message>
    <message>
        <source>This household matches someone whose involvement ended or who was granted protection:</source>
        <translation>Ce ménage correspond à quelqu&apos;un pour qui l&apos;intervention a pris fin ou à qui une protection a été accordée :</translation>
    </message>
    <message>
        <source>This household matches people already known:</source>
        <translation>Ce ménage correspond à des personnes déjà connues :</translation>
    </message>
    <message>
        <source>Check the particulars; open the case anyway only if it is right.</source>
        <translation>Vérifiez l&apos;état civil ; n&apos;ouvrez quand même le dossier que s&apos;il est exact.</translation>
    </message>
    <message>
        <source>Open case anyway</source>
        <translation>Ouvrir le dossier quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>A case needs at least one person.</source>
        <extracomment>Who the household matches among people already known, and why it matters (shown before opening).</extracomment>
        <translation>Un dossier doit compter au moins une personne.</translation>
    </message>
    <message>
        <source>Once saved, this record cannot be edited or deleted; a later record can only add to it.</source>
        <translation>Une fois enregistrée, cette inscription ne peut être ni modifiée ni supprimée ; une inscription ultérieure peut seulement la compléter.</translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation>Enregistrer la déclaration</translation>
    </message>
    <message>
        <source>Record reconfirmation</source>
        <translation>Enregistrer la reconfirmation</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <source>{name} decides, after counselling, to return. An informed decision records the counsellor, the language used and what was explained — including that they may change their mind at any time.</source>
        <translation>{name} décide, après le conseil, de rentrer. Une décision éclairée consigne le conseiller, la langue utilisée et ce qui a été expliqué — y compris le droit de changer d&apos;avis à tout moment.</translation>
    </message>
    <message>
        <source>{name} confirms again that they want to return.</source>
        <translation>{name} confirme à nouveau vouloir rentrer.</translation>
    </message>
    <message>
        <source>{name} refuses or disagrees. &lt;b&gt;The whole household is taken out of every planned movement at once and the case goes back to counselling.&lt;/b&gt;</source>
        <translation>{name} refuse ou n&apos;est pas d&apos;accord. &lt;b&gt;Tout le ménage est immédiatement retiré de chaque mouvement planifié et le dossier revient au conseil.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name} withdraws their decision. &lt;b&gt;The whole household is taken out of every planned movement at once and the case goes back to counselling.&lt;/b&gt;</source>
        <translation>{name} revient sur sa décision. &lt;b&gt;Tout le ménage est immédiatement retiré de chaque mouvement planifié et le dossier revient au conseil.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{action} — {name}</source>
        <translation>{action} — {name}</translation>
    </message>
    <message>
        <source>Optional: the person&apos;s own words</source>
        <translation>Facultatif : les propres mots de la personne</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informations données</translation>
    </message>
    <message>
        <source>This ends the organisation&apos;s involvement in {reference} for good.</source>
        <translation>Ceci met fin définitivement à l&apos;intervention de l&apos;organisation dans le dossier {reference}.</translation>
    </message>
    <message>
        <source>Homeward never supports a deportation. If physical force would be needed to move {name}, the whole household is taken out of every movement, the case is closed as &lt;i&gt;involvement ended&lt;/i&gt;, it can never be scheduled again and no travel document can be printed for it.</source>
        <translation>Homeward ne prête jamais son concours à une expulsion. Si la force physique est nécessaire pour déplacer {name}, tout le ménage est retiré de chaque mouvement, le dossier est clôturé avec le statut &lt;i&gt;intervention terminée&lt;/i&gt;, il ne peut plus jamais être programmé et aucun document de voyage ne peut être imprimé pour lui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone&lt;/b&gt; — not by you, not by an administrator.</source>
        <translation>&lt;b&gt;C&apos;est irréversible&lt;/b&gt; — ni pour vous, ni pour un administrateur.</translation>
    </message>
    <message>
        <source>Force would be needed — {name}</source>
        <translation>Contrainte nécessaire — {name}</translation>
    </message>
    <message>
        <source>End involvement for good</source>
        <translation>Mettre fin définitivement à l&apos;intervention</translation>
    </message>
    <message>
        <source>Who witnessed it</source>
        <translation>Qui en a été témoin</translation>
    </message>
    <message>
        <source>What happened: why force would be needed</source>
        <translation>Ce qui s&apos;est passé : pourquoi la contrainte serait nécessaire</translation>
    </message>
    <message>
        <source>I confirm force would be needed, and that this ends the case for good</source>
        <translation>Je confirme que la contrainte serait nécessaire et que cela clôt définitivement le dossier</translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Assurances expiring within 30 days</source>
        <translation>Garanties arrivant à échéance dans les 30 jours</translation>
    </message>
    <message>
        <source>{assurances} in {countries} end within 30 days. Double-click one (or press Enter) to open it in its country&apos;s register.</source>
        <translation>{assurances} dans {countries} : fin de validité dans les 30 jours. Double-cliquez sur l&apos;une d&apos;elles (ou appuyez sur Entrée) pour l&apos;ouvrir dans le registre de son pays.</translation>
    </message>
    <message numerus="yes">
        <source>%n assurance(s) in force</source>
        <translation>
            <numerusform>%Ln garantie en vigueur</numerusform>
            <numerusform>%Ln garanties en vigueur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%Ln pays</numerusform>
            <numerusform>%Ln pays</numerusform>
        </translation>
    </message>
    <message>
        <source>No assurance in force ends within the next 30 days.</source>
        <translation>Aucune garantie en vigueur n&apos;arrive à échéance dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>{person} has no recorded decision to return</source>
        <extracomment>The readiness check&apos;s messages and resolutions (planning/readiness/).</extracomment>
        <translation>Aucune décision de retour n&apos;est enregistrée pour {person}</translation>
    </message>
    <message>
        <source>Counsel {person} and record their informed declaration</source>
        <translation>Conseillez {person} et enregistrez sa déclaration éclairée</translation>
    </message>
    <message>
        <source>The declaration of {declared_on} by {person} does not record the counsellor, the language and the information given</source>
        <translation>La déclaration du {declared_on} de {person} n&apos;indique pas le conseiller, la langue et les informations données</translation>
    </message>
    <message>
        <source>Record a new informed declaration for {person}</source>
        <translation>Enregistrez une nouvelle déclaration éclairée de {person}</translation>
    </message>
    <message>
        <source>{person}&apos;s decision was last expressed on {expressed_on}, more than {days} days before {on}</source>
        <translation>La décision de {person} a été exprimée pour la dernière fois le {expressed_on}, plus de {days} jours avant le {on}</translation>
    </message>
    <message>
        <source>Reconfirm {person}&apos;s decision within {days} days of travel</source>
        <translation>Faites reconfirmer la décision de {person} dans les {days} jours précédant le voyage</translation>
    </message>
    <message>
        <source>{person} has not reconfirmed the decision on the day of departure ({on})</source>
        <translation>{person} n&apos;a pas reconfirmé sa décision le jour du départ ({on})</translation>
    </message>
    <message>
        <source>Ask {person} at check-in and record the reconfirmation</source>
        <translation>Interrogez {person} à l&apos;enregistrement et consignez la reconfirmation</translation>
    </message>
    <message>
        <source>{person} is an unaccompanied minor with no best-interests decision</source>
        <translation>{person} est un mineur non accompagné sans décision relative à l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>Record a best-interests determination for {person}</source>
        <translation>Enregistrez une détermination de l&apos;intérêt supérieur pour {person}</translation>
    </message>
    <message>
        <source>The best-interests determination of {decided_on} found return is not in {person}&apos;s best interests</source>
        <translation>La détermination de l&apos;intérêt supérieur du {decided_on} a conclu que le retour n&apos;est pas dans l&apos;intérêt supérieur de {person}</translation>
    </message>
    <message>
        <source>Only a new best-interests determination finding return in the child&apos;s interests can lift this</source>
        <translation>Seule une nouvelle détermination de l&apos;intérêt supérieur concluant que le retour est dans l&apos;intérêt de l&apos;enfant peut lever ce blocage</translation>
    </message>
    <message>
        <source>No reception arrangement is confirmed for {person} in the country of return</source>
        <translation>Aucune modalité d&apos;accueil n&apos;est confirmée pour {person} dans le pays de retour</translation>
    </message>
    <message>
        <source>Confirm who receives {person} on arrival and record the confirmation</source>
        <translation>Confirmez qui accueille {person} à l&apos;arrivée et enregistrez la confirmation</translation>
    </message>
    <message>
        <source>{person} refused on {occurred_on}; the whole household is out of every planned movement and back in counselling</source>
        <translation>{person} a refusé le {occurred_on} ; tout le ménage est retiré de tous les mouvements planifiés et retourne en conseil</translation>
    </message>
    <message>
        <source>Counsel the household again; only a new declaration by {person} after that counselling lifts this</source>
        <translation>Conseillez à nouveau le ménage ; seule une nouvelle déclaration de {person} après cet entretien lève ce blocage</translation>
    </message>
    <message>
        <source>{person} withdrew on {occurred_on}; the whole household is out of every planned movement and back in counselling</source>
        <translation>{person} a retiré sa décision le {occurred_on} ; tout le ménage est retiré de tous les mouvements planifiés et retourne en conseil</translation>
    </message>
    <message>
        <source>On {occurred_on} it was recorded that physical force would be needed to move {person}; the organisation&apos;s involvement has ended</source>
        <translation>Le {occurred_on}, il a été consigné que le recours à la force physique serait nécessaire pour faire partir {person} ; l&apos;intervention de l&apos;organisation a pris fin</translation>
    </message>
    <message>
        <source>None: the case can never be scheduled again</source>
        <translation>Aucune : le dossier ne pourra plus jamais être planifié</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, whose involvement ended on {ended_on} (force would have been needed): the same person is not moved under a new case</source>
        <translation>{person} correspond à {other} du dossier {reference}, pour qui l&apos;intervention a pris fin le {ended_on} (il aurait fallu recourir à la force) : la même personne n&apos;est pas déplacée au titre d&apos;un nouveau dossier</translation>
    </message>
    <message>
        <source>A coordinator and a data-protection officer must each record a reasoned decision that {person} is a different person, or that a new, genuine decision stands</source>
        <translation>Un coordinateur et un délégué à la protection des données doivent chacun enregistrer une décision motivée établissant que {person} est une personne différente, ou qu&apos;une nouvelle décision authentique a été prise</translation>
    </message>
    <message>
        <source>{person} was found to need international protection ({reference})</source>
        <translation>Il a été établi que {person} a besoin d&apos;une protection internationale ({reference})</translation>
    </message>
    <message>
        <source>None: a person in need of protection is not returned</source>
        <translation>Aucune : une personne ayant besoin de protection n&apos;est pas renvoyée</translation>
    </message>
    <message>
        <source>{person} expressed a fear of return on {raised_on}; the case is on hold</source>
        <translation>{person} a exprimé une crainte du retour le {raised_on} ; le dossier est en attente</translation>
    </message>
    <message>
        <source>Refer the claim to the national asylum authority or UNHCR</source>
        <translation>Orientez la demande vers l&apos;autorité nationale de l&apos;asile ou le HCR</translation>
    </message>
    <message>
        <source>{person}&apos;s protection claim was referred on {referred_on} and awaits a decision</source>
        <translation>La demande de protection de {person} a été orientée le {referred_on} et attend une décision</translation>
    </message>
    <message>
        <source>After the final negative decision of {decided_on} on {person}&apos;s claim, no new voluntary decision has been recorded</source>
        <translation>Après la décision définitive négative du {decided_on} sur la demande de {person}, aucune nouvelle décision volontaire n&apos;a été enregistrée</translation>
    </message>
    <message>
        <source>Counsel {holder} and record a new declaration dated after {decided_on}</source>
        <translation>Conseillez {holder} et enregistrez une nouvelle déclaration datée d&apos;après le {decided_on}</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, who was found to need international protection ({protection}): the same person is not returned under a new case</source>
        <translation>{person} correspond à {other} du dossier {reference}, dont il a été établi qu&apos;il a besoin d&apos;une protection internationale ({protection}) : la même personne n&apos;est pas renvoyée au titre d&apos;un nouveau dossier</translation>
    </message>
    <message>
        <source>A coordinator and a data-protection officer must each record a reasoned decision that {person} is a different person, or that the protection has ceased</source>
        <translation>Un coordinateur et un délégué à la protection des données doivent chacun enregistrer une décision motivée établissant que {person} est une personne différente, ou que la protection a cessé</translation>
    </message>
    <message>
        <source>No readmission assurance from {country} covers {person} on {on}: {why}</source>
        <translation>Aucune garantie de réadmission de {country} ne couvre {person} le {on} : {why}</translation>
    </message>
    <message>
        <source>Obtain a readmission assurance from {country} covering {person} ({nationality} national) valid on the travel date</source>
        <translation>Obtenez de {country} une garantie de réadmission couvrant {person} (nationalité : {nationality}) valable à la date du voyage</translation>
    </message>
    <message>
        <source>{country} punishes irregular exit and no guarantee of non-punishment covers {person} on {on}: {why}</source>
        <translation>{country} sanctionne la sortie irrégulière et aucune garantie d&apos;absence de sanction ne couvre {person} le {on} : {why}</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s guarantee that returnees are not punished for leaving irregularly, valid on the travel date (or record that the exit was regular)</source>
        <translation>Obtenez de {country} la garantie que les personnes de retour ne sont pas sanctionnées pour être parties de manière irrégulière, valable à la date du voyage (ou enregistrez que la sortie était régulière)</translation>
    </message>
    <message>
        <source>{country} has given no monitoring authorisation valid on {on}</source>
        <translation>{country} n&apos;a donné aucune autorisation de suivi valable le {on}</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s authorisation to monitor returnees</source>
        <translation>Obtenez de {country} l&apos;autorisation de suivre les personnes de retour</translation>
    </message>
    <message>
        <source>{person}&apos;s profile calls for active monitoring, but {country} authorises only passive monitoring</source>
        <translation>Le profil de {person} exige un suivi actif, mais {country} n&apos;autorise qu&apos;un suivi passif</translation>
    </message>
    <message>
        <source>Obtain {country}&apos;s authorisation for active monitoring</source>
        <translation>Obtenez de {country} l&apos;autorisation d&apos;un suivi actif</translation>
    </message>
    <message>
        <source>Returns to {where} are suspended by {issued_by} {until}: {summary}</source>
        <translation>Les retours vers {where} sont suspendus par {issued_by} {until} : {summary}</translation>
    </message>
    <message>
        <source>Wait until the advisory is lifted or ends</source>
        <translation>Attendez que l&apos;avis de suspension soit levé ou arrive à son terme</translation>
    </message>
    <message>
        <source>Returns of {profile} to {where} are suspended by {issued_by} {until}: {summary}</source>
        <translation>Les retours des personnes concernées ({profile}) vers {where} sont suspendus par {issued_by} {until} : {summary}</translation>
    </message>
    <message>
        <source>{country}&apos;s assurances ({kinds}) are under review after a reported breach</source>
        <translation>Les garanties de {country} ({kinds}) sont en réexamen après un manquement signalé</translation>
    </message>
    <message>
        <source>A coordinator with the review role must record the review decision for {country}</source>
        <translation>Un coordinateur habilité au réexamen doit enregistrer la décision de réexamen pour {country}</translation>
    </message>
    <message>
        <source>{person} holds no travel document valid on {on}: {why}</source>
        <translation>{person} ne détient aucun document de voyage valable le {on} : {why}</translation>
    </message>
    <message>
        <source>Record a valid passport or emergency travel document for {person}</source>
        <translation>Enregistrez un passeport ou un document de voyage d&apos;urgence valable pour {person}</translation>
    </message>
    <message>
        <source>{person} has medical needs and no fit-to-travel clearance valid on {on}: {why}</source>
        <translation>{person} a des besoins médicaux et aucune attestation d&apos;aptitude au voyage valable le {on} : {why}</translation>
    </message>
    <message>
        <source>Record a fit-to-travel clearance for {person} valid on the travel date</source>
        <translation>Enregistrez pour {person} une attestation d&apos;aptitude au voyage valable à la date du voyage</translation>
    </message>
    <message>
        <source>{needed} member(s) need a medical escort; the booking holds {booked}</source>
        <translation>Membres ayant besoin d&apos;une escorte médicale : {needed} ; places réservées : {booked}</translation>
    </message>
    <message>
        <source>Reserve medical escort places on the movement</source>
        <translation>Réservez des places d&apos;escorte médicale sur le mouvement</translation>
    </message>
    <message>
        <source>{needed} minor(s) need an escort; the booking holds {booked}</source>
        <translation>Mineurs ayant besoin d&apos;une escorte : {needed} ; places réservées : {booked}</translation>
    </message>
    <message>
        <source>Reserve escort places for minors on the movement</source>
        <translation>Réservez des places d&apos;escorte pour mineurs sur le mouvement</translation>
    </message>
    <message>
        <source>the assurance {reference} only takes effect on {valid_from}</source>
        <translation>la garantie {reference} ne prend effet que le {valid_from}</translation>
    </message>
    <message>
        <source>the assurance {reference} expired on {valid_to}</source>
        <translation>la garantie {reference} a expiré le {valid_to}</translation>
    </message>
    <message>
        <source>the assurance {reference} has been requested but not given</source>
        <translation>la garantie {reference} a été demandée mais pas accordée</translation>
    </message>
    <message>
        <source>none is recorded</source>
        <comment>no_assurance</comment>
        <translation>aucune n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>the {document} expires on {valid_until}</source>
        <translation>le {document} a expiré le {valid_until}</translation>
    </message>
    <message>
        <source>none is recorded</source>
        <comment>no_document</comment>
        <translation>aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>{month} has no day {day}</source>
        <translation>{month} n&apos;a pas de jour {day}</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>il n&apos;y a pas de mois {month}</translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation>il n&apos;y a pas d&apos;année 0</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Période du budget</translation>
    </message>
    <message>
        <source>Budgets and spending (euros)</source>
        <translation>Budgets et dépenses (euros)</translation>
    </message>
    <message>
        <source>by {dimension}</source>
        <translation>par {dimension}</translation>
    </message>
    <message>
        <source>by {down} and {across}</source>
        <translation>par {down} et {across}</translation>
    </message>
    <message>
        <source>Delivered in the period</source>
        <translation>Remis pendant la période</translation>
    </message>
    <message>
        <source>Delivered to date</source>
        <translation>Remis à ce jour</translation>
    </message>
    <message>
        <source>Figures drawn up on {day}.</source>
        <translation>Chiffres établis le {day}.</translation>
    </message>
    <message>
        <source>Every count is shown: this report is not meant for sharing.</source>
        <translation>Tous les chiffres sont affichés : ce rapport n&apos;est pas destiné à être partagé.</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Méthode de comptage</translation>
    </message>
    <message>
        <source>A follow-up counts in the month it fell due, once it has fallen due, whoever it is assigned to; escalated: missed and followed by a second attempt or a field visit. Incidents count in the month they were reported. Scores are the mean (1 to 5) of the follow-ups done that recorded one.</source>
        <translation>Un suivi compte dans le mois de son échéance, une fois échu, quel que soit le moniteur à qui il est confié ; relancé : manqué puis suivi d&apos;une seconde tentative ou d&apos;une visite sur le terrain. Les incidents comptent dans le mois de leur signalement. Les notes sont la moyenne (de 1 à 5) des suivis effectués qui en ont enregistré une.</translation>
    </message>
    <message>
        <source>A package counts as allocated on the day its allocation was accepted (unless cancelled since) and as delivered on the day it was handed over, under the person it went to on that day. A person or household with several packages counts once in a total; amounts are in euros, in kind and cash together.</source>
        <translation>Une aide compte comme attribuée le jour où son attribution a été acceptée (sauf annulation depuis) et comme remise le jour de sa remise, sous la personne qui l&apos;a reçue ce jour-là. Une personne ou un ménage ayant plusieurs aides compte une fois dans un total ; les montants sont en euros, en nature et en espèces ensemble.</translation>
    </message>
    <message>
        <source>Each person counts once, under their last outcome in the period (on one day, travelling outranks the others): someone who withdrew, decided again and travelled counts as travelled. Events count in the month, country, age group and vulnerabilities of their own day; a person with several vulnerabilities counts under each, once in the totals.</source>
        <translation>Chaque personne compte une fois, sous sa dernière issue de la période (le même jour, le départ l&apos;emporte sur les autres) : une personne qui s&apos;est rétractée, a de nouveau décidé puis est partie compte comme partie. Les événements comptent dans le mois, le pays, la tranche d&apos;âge et les vulnérabilités de leur propre jour ; une personne ayant plusieurs vulnérabilités compte sous chacune, une fois dans les totaux.</translation>
    </message>
    <message>
        <source>No budget covers the period.</source>
        <translation>Aucun budget ne couvre la période.</translation>
    </message>
    <message>
        <source>Overview by {dimension}</source>
        <translation>Vue d&apos;ensemble par {dimension}</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>{start} to {end} · by {by}</source>
        <translation>Du {start} au {end} · par {by}</translation>
    </message>
    <message>
        <source>Cells standing for fewer than {n} people or records are shown as “&lt;{n}” (statistical disclosure control).</source>
        <translation>Les cellules représentant moins de {n} personnes ou enregistrements sont affichées « &lt;{n} » (contrôle de la divulgation statistique).</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>Reintegration report</source>
        <translation>Rapport de réintégration</translation>
    </message>
    <message>
        <source>Returns report</source>
        <translation>Rapport sur les retours</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>reintegration allocation</source>
        <translation>attribution de la réintégration</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>killed, perhaps for lack of memory</source>
        <translation>arrêté de force, peut-être faute de mémoire</translation>
    </message>
    <message>
        <source>movement planner</source>
        <translation>planificateur des mouvements</translation>
    </message>
    <message>
        <source>visit-route planner</source>
        <translation>planificateur des tournées de visite</translation>
    </message>
    <message>
        <source>signal {name}</source>
        <translation>signal {name}</translation>
    </message>
    <message>
        <source>assessed unfit to travel on {assessed_on}</source>
        <translation>inaptitude au voyage constatée le {assessed_on}</translation>
    </message>
    <message>
        <source>the clearance ran out on {valid_until}</source>
        <translation>l&apos;attestation a expiré le {valid_until}</translation>
    </message>
    <message>
        <source>no clearance is recorded</source>
        <translation>aucune attestation n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>{country}, {region}</source>
        <translation>{country}, {region}</translation>
    </message>
    <message>
        <source>Sign as coordinator…</source>
        <translation>Signer en tant que coordinateur…</translation>
    </message>
    <message>
        <source>Sign as data-protection officer…</source>
        <translation>Signer en tant que délégué à la protection des données…</translation>
    </message>
    <message>
        <source>A member of this household matches someone whose involvement ended (S3) or who was granted protection (S4) in another case. The case is blocked until a coordinator and a data-protection officer — two different accounts — each sign the same reasoned finding: that it is a different person, or that a new, genuine decision stands. Both halves are audited.</source>
        <translation>Un membre de ce ménage correspond à quelqu&apos;un pour qui l&apos;intervention a pris fin (S3) ou à qui une protection a été accordée (S4) dans un autre dossier. Le dossier est bloqué jusqu&apos;à ce qu&apos;un coordinateur et un délégué à la protection des données — deux comptes différents — signent chacun la même conclusion motivée : qu&apos;il s&apos;agit d&apos;une personne différente, ou qu&apos;une nouvelle décision authentique a été prise. Les deux moitiés sont consignées au journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <source>The same person in another case: %n blocking match(es)</source>
        <translation>
            <numerusform>La même personne dans un autre dossier : %n correspondance bloquante</numerusform>
            <numerusform>La même personne dans un autre dossier : %n correspondances bloquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person in another case: decided</source>
        <translation>La même personne dans un autre dossier : décision prise</translation>
    </message>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; (this case) matches &lt;b&gt;{other}&lt;/b&gt; of case &lt;b&gt;{reference}&lt;/b&gt; ({status})</source>
        <translation>&lt;b&gt;{person}&lt;/b&gt; (ce dossier) correspond à &lt;b&gt;{other}&lt;/b&gt; du dossier &lt;b&gt;{reference}&lt;/b&gt; ({status})</translation>
    </message>
    <message>
        <source>S3 — No force, ever: the involvement in {reference} ended on {date}; force would have been needed.</source>
        <translation>S3 — Jamais de force : l&apos;intervention dans {reference} a pris fin le {date} ; il aurait fallu recourir à la force.</translation>
    </message>
    <message>
        <source>S4 — {other} was found to need international protection ({decision}).</source>
        <translation>S4 — Il a été établi que {other} a besoin d&apos;une protection internationale ({decision}).</translation>
    </message>
    <message>
        <source>decision recorded</source>
        <translation>décision enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided: {finding}.&lt;/b&gt; This match no longer blocks the case.</source>
        <translation>&lt;b&gt;Décision prise : {finding}.&lt;/b&gt; Cette correspondance ne bloque plus le dossier.</translation>
    </message>
    <message>
        <source>The two halves do not agree (or were signed by the same account): the case stays blocked until they do.</source>
        <translation>Les deux moitiés ne concordent pas (ou ont été signées depuis le même compte) : le dossier reste bloqué tant qu&apos;elles ne concordent pas.</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Ouvrir {reference}</translation>
    </message>
    <message>
        <source>Open the other case&apos;s file</source>
        <translation>Ouvrir le dossier de l&apos;autre cas</translation>
    </message>
    <message>
        <source>Sign this half of the decision, with your reasons</source>
        <translation>Signer cette moitié de la décision, avec vos motifs</translation>
    </message>
    <message>
        <source>Decided already; it cannot be signed again</source>
        <translation>Décision déjà prise ; elle ne peut pas être signée à nouveau</translation>
    </message>
    <message>
        <source>Only a user with this role signs this half</source>
        <translation>Seul un utilisateur ayant ce rôle signe cette moitié</translation>
    </message>
    <message>
        <source>You signed the other half; this one needs another account</source>
        <translation>Vous avez signé l&apos;autre moitié ; celle-ci doit l&apos;être depuis un autre compte</translation>
    </message>
    <message>
        <source>{safeguard}: {message}</source>
        <extracomment>The message and resolution of each reason code and the wordings of parts of a reason, as the check words them in English; `desktop/service_messages.py` marks them for translation. Each phrase&apos;s template and the disambiguation its translation is looked up with.</extracomment>
        <translation>{safeguard} : {message}</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%Ln dossier ouvert</numerusform>
            <numerusform>%Ln dossiers ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>{cases} · none blocked today by the country&apos;s safeguards (S5–S9)</source>
        <translation>{cases} · aucun bloqué aujourd&apos;hui par les garde-fous liés au pays (S5–S9)</translation>
    </message>
    <message numerus="yes">
        <source>{cases} · &lt;b&gt;%n blocked today&lt;/b&gt; by S5–S9 ({safeguards})</source>
        <translation>
            <numerusform>{cases} · &lt;b&gt;%Ln bloqué aujourd&apos;hui&lt;/b&gt; par S5–S9 ({safeguards})</numerusform>
            <numerusform>{cases} · &lt;b&gt;%Ln bloqués aujourd&apos;hui&lt;/b&gt; par S5–S9 ({safeguards})</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Assurances under review ({safeguard}):&lt;/b&gt; {assurances}. New movements to {country} are blocked until a review decision is recorded.</source>
        <translation>&lt;b&gt;Garanties en réexamen ({safeguard}) :&lt;/b&gt; {assurances}. Les nouveaux mouvements vers {country} sont bloqués jusqu&apos;à l&apos;enregistrement d&apos;une décision de réexamen.</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>l&apos;ensemble du pays</translation>
    </message>
    <message>
        <source>, {profile} only</source>
        <translation>, {profile} uniquement</translation>
    </message>
    <message>
        <source>In force today</source>
        <extracomment>(header, display text, sort key) of each column; headers untranslated until shown.</extracomment>
        <translation>En vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Suspends returns</source>
        <translation>Suspend les retours</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>Add an advisory — {country}</source>
        <translation>Ajouter un avis de suspension — {country}</translation>
    </message>
    <message>
        <source>e.g. UNHCR</source>
        <translation>p. ex. HCR</translation>
    </message>
    <message>
        <source>What the advisory says about returns</source>
        <translation>Ce que l&apos;avis dit des retours</translation>
    </message>
    <message>
        <source>Leave empty for the whole country</source>
        <translation>Laisser vide pour l&apos;ensemble du pays</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Suspends returns while in force (blocks planning, S8)</source>
        <translation>Suspend les retours tant qu&apos;il est en vigueur (bloque la planification, S8)</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <extracomment>(label, field, the service&apos;s field name whose errors show under it)</extracomment>
        <translation>&amp;Émis par</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>En vigueur &amp;du</translation>
    </message>
    <message>
        <source>In force &amp;to</source>
        <translation>En vigueur &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>End advisory</source>
        <translation>Lever l&apos;avis de suspension</translation>
    </message>
    <message>
        <source>&lt;b&gt;{issuer}&lt;/b&gt;, in force since {date}:</source>
        <translation>&lt;b&gt;{issuer}&lt;/b&gt;, en vigueur depuis le {date} :</translation>
    </message>
    <message>
        <source>&amp;Last day in force</source>
        <translation>&amp;Dernier jour en vigueur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>with no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>suspends returns</source>
        <translation>suspend les retours</translation>
    </message>
    <message>
        <source>does not suspend returns</source>
        <translation>ne suspend pas les retours</translation>
    </message>
    <message>
        <source>&lt;b&gt;{issuer}&lt;/b&gt;, in force from {date} {until}; {effect}.</source>
        <translation>&lt;b&gt;{issuer}&lt;/b&gt;, en vigueur à partir du {date} {until} ; {effect}.</translation>
    </message>
    <message>
        <source>Add a&amp;dvisory…</source>
        <translation>Ajouter un &amp;avis…</translation>
    </message>
    <message>
        <source>&amp;End advisory…</source>
        <translation>&amp;Lever l&apos;avis…</translation>
    </message>
    <message>
        <source>No advisories recorded for this country.</source>
        <translation>Aucun avis de suspension enregistré pour ce pays.</translation>
    </message>
    <message>
        <source>Select an advisory to read it whole.</source>
        <translation>Sélectionnez un avis pour le lire en entier.</translation>
    </message>
    <message>
        <source>Advisory added</source>
        <translation>Avis de suspension ajouté</translation>
    </message>
    <message>
        <source>Advisory of {issuer} ended</source>
        <translation>Avis de {issuer} levé</translation>
    </message>
    <message>
        <source>{issuer} ({where}{profile}, {until}): {summary}</source>
        <translation>{issuer} ({where}{profile}, {until}) : {summary}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns suspended ({safeguard}):&lt;/b&gt; {advisories}</source>
        <translation>&lt;b&gt;Retours suspendus ({safeguard}) :&lt;/b&gt; {advisories}</translation>
    </message>
    <message>
        <source>Print assurance summary…</source>
        <translation>Imprimer le récapitulatif des garanties…</translation>
    </message>
    <message>
        <source>What the country guaranteed, with references, validity and status</source>
        <translation>Ce que le pays a garanti, avec références, validité et statut</translation>
    </message>
    <message>
        <source>Irregular exit punished</source>
        <translation>Sortie irrégulière sanctionnée</translation>
    </message>
    <message>
        <source>Irregular exit not punished</source>
        <translation>Sortie irrégulière non sanctionnée</translation>
    </message>
    <message numerus="yes">
        <source>{valid} of %n assurance(s) valid today</source>
        <translation>
            <numerusform>Garanties valables aujourd&apos;hui : {valid} sur %Ln</numerusform>
            <numerusform>Garanties valables aujourd&apos;hui : {valid} sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>1  Choose the file</source>
        <translation>1  Choisir le fichier</translation>
    </message>
    <message>
        <source>2  Match the columns</source>
        <translation>2  Associer les colonnes</translation>
    </message>
    <message>
        <source>3  Check the rows</source>
        <translation>3  Vérifier les lignes</translation>
    </message>
    <message>
        <source>4  Imported</source>
        <translation>4  Importé</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>{message} (did you mean {suggestion}?)</source>
        <translation>{message} (vouliez-vous dire {suggestion} ?)</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation>Importer des orientations</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save this report, row by row, as an Excel workbook or a CSV file</source>
        <translation>Enregistrer ce rapport, ligne par ligne, comme classeur Excel ou fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n household(s)…</source>
        <translation>
            <numerusform>Import : {done} sur %Ln ménage…</numerusform>
            <numerusform>Import : {done} sur %Ln ménages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral list from a partner (CSV or Excel .xlsx). Each row is one person; rows sharing a household or referral id become one case. Nothing is saved until you import, and then all the valid households are saved together.</source>
        <translation>Choisissez une liste d&apos;orientations transmise par un partenaire (CSV ou Excel .xlsx). Chaque ligne correspond à une personne ; les lignes qui partagent un identifiant de ménage ou d&apos;orientation forment un seul dossier. Rien n&apos;est enregistré avant l&apos;import ; tous les ménages valides sont alors enregistrés ensemble.</translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation>Liste d&apos;orientations</translation>
    </message>
    <message>
        <source>Day first — 03/04/1990 is 3 April 1990</source>
        <translation>Jour en premier — 03/04/1990 = 3 avril 1990</translation>
    </message>
    <message>
        <source>Month first — 03/04/1990 is 4 March 1990</source>
        <translation>Mois en premier — 03/04/1990 = 4 mars 1990</translation>
    </message>
    <message>
        <source>Dates written</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Rows likely describing someone already known are left out; tick “import anyway” if you are sure it is another person. A household is imported whole or not at all.</source>
        <translation>Les lignes qui décrivent probablement une personne déjà connue sont écartées ; cochez « importer quand même » si vous êtes sûr qu&apos;il s&apos;agit d&apos;une autre personne. Un ménage est importé en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message numerus="yes">
        <source>Import %n household(s) ({people})</source>
        <translation>
            <numerusform>Importer %Ln ménage ({people})</numerusform>
            <numerusform>Importer %Ln ménages ({people})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Choose a referral list</source>
        <translation>Choisir une liste d&apos;orientations</translation>
    </message>
    <message>
        <source>Referral lists (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation>Listes d&apos;orientations (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation>{file} ne peut pas être importé : {reason}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{encoding} text</source>
        <translation>texte {encoding}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({where}): {rows} in {columns}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({where}) : {rows} sur {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Homeward guessed what each column holds from its heading; correct any guess, or choose “{ignore}” for columns you do not want imported.</source>
        <translation>Homeward a deviné le contenu de chaque colonne d&apos;après son en-tête ; corrigez au besoin, ou choisissez « {ignore} » pour les colonnes à ne pas importer.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Still to match: {fields} (needed for every person).</source>
        <translation>Reste à associer : {fields} (requis pour chaque personne).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} in {households}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; : {rows} dans {households}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ready to import</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; prête à importer</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; prêtes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>dans %Ln dossier</numerusform>
            <numerusform>dans %Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; with errors</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; avec erreurs</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; avec erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; likely already known</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; probablement déjà connue</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; probablement déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; held with their household</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retenue avec son ménage</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retenues avec leur ménage</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Known as {reference} — import anyway</source>
        <translation>Connu (dossier {reference}) — importer quand même</translation>
    </message>
    <message>
        <source>Known as {reference}, ended or protected — import anyway, blocked until decided</source>
        <translation>Connu sous {reference}, intervention terminée ou protection accordée — importer quand même, bloqué jusqu&apos;à décision</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n household(s)…</source>
        <translation>
            <numerusform>Import de %Ln ménage…</numerusform>
            <numerusform>Import de %Ln ménages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened for {people}</source>
        <translation>
            <numerusform>%Ln dossier ouvert pour {people}</numerusform>
            <numerusform>%Ln dossiers ouverts pour {people}</numerusform>
        </translation>
    </message>
    <message>
        <source>From &lt;b&gt;{file}&lt;/b&gt;, referred by {source}: {references}.</source>
        <translation>Depuis &lt;b&gt;{file}&lt;/b&gt;, orientés par {source} : {references}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; fix them in the file and import it again — rows already imported will then show as likely known.</source>
        <translation>
            <numerusform>%Ln ligne n&apos;a pas été importée ; corrigez-la dans le fichier puis importez-le à nouveau — les lignes déjà importées apparaîtront alors comme probablement connues.</numerusform>
            <numerusform>%Ln lignes n&apos;ont pas été importées ; corrigez-les dans le fichier puis importez-le à nouveau — les lignes déjà importées apparaîtront alors comme probablement connues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <source>The new cases are in intake; find them on the Cases page.</source>
        <translation>Les nouveaux dossiers sont à l&apos;étape d&apos;accueil ; retrouvez-les sur la page Dossiers.</translation>
    </message>
    <message>
        <source>Monitoring · {level}</source>
        <translation>Suivi · {level}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reference}&lt;/b&gt; issued by {authority}</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; délivrée par {authority}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln jour restant</numerusform>
            <numerusform>%Ln jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>covers {persons}</source>
        <translation>couvre {persons}</translation>
    </message>
    <message>
        <source>conditions: {conditions}</source>
        <translation>conditions : {conditions}</translation>
    </message>
    <message>
        <source>scan: {file}</source>
        <translation>numérisation : {file}</translation>
    </message>
    <message>
        <source>no scan attached</source>
        <translation>aucune numérisation jointe</translation>
    </message>
    <message numerus="yes">
        <source>%n named person(s)</source>
        <translation>
            <numerusform>%Ln personne nommément désignée</numerusform>
            <numerusform>%Ln personnes nommément désignées</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Jointe</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>terminée il y a %Ln jour</numerusform>
            <numerusform>terminée il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>Conditions : {conditions}</translation>
    </message>
    <message>
        <source>no scan is attached to this assurance</source>
        <translation>aucune numérisation n&apos;est jointe à cette garantie</translation>
    </message>
    <message>
        <source>Could not save the scan to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer la numérisation dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>&amp;Add assurance…</source>
        <translation>&amp;Ajouter une garantie…</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>&amp;Changer le statut…</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>&amp;Joindre un scan…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Ouvrir le scan</translation>
    </message>
    <message>
        <source>Save scan as…</source>
        <translation>Enregistrer le scan sous…</translation>
    </message>
    <message>
        <source>Assurance register</source>
        <translation>Registre des garanties</translation>
    </message>
    <message>
        <source>Select an assurance (in the register or on the timeline) to see its details.</source>
        <translation>Sélectionnez une garantie (dans le registre ou sur la frise) pour en voir le détail.</translation>
    </message>
    <message>
        <source>Replace s&amp;can…</source>
        <translation>&amp;Remplacer la numérisation…</translation>
    </message>
    <message>
        <source>Assurance added</source>
        <translation>Garantie ajoutée</translation>
    </message>
    <message>
        <source>Status of {reference} changed</source>
        <translation>Statut de {reference} modifié</translation>
    </message>
    <message>
        <source>Attach the scanned letter for {reference}</source>
        <translation>Joindre la lettre numérisée de {reference}</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>Ajout de {file}…</translation>
    </message>
    <message>
        <source>Scan {file} attached to {reference}</source>
        <translation>Numérisation {file} jointe à {reference}</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Save the scanned letter</source>
        <translation>Enregistrer la lettre numérisée</translation>
    </message>
    <message>
        <source>scan</source>
        <comment>file name</comment>
        <translation>numerisation</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>edit the profile of {country}</source>
        <translation>la modification du profil de {country}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed the profile of {country}&lt;/b&gt; while you were editing it (you started from version {expected}, it is now at version {found}). Nothing was saved. Reload to see their version, then apply your change again.</source>
        <translation>&lt;b&gt;Quelqu&apos;un d&apos;autre a modifié le profil de {country}&lt;/b&gt; pendant que vous le modifiiez (vous êtes parti de la version {expected}, il en est maintenant à la version {found}). Rien n&apos;a été enregistré. Rechargez pour voir sa version, puis appliquez de nouveau votre modification.</translation>
    </message>
    <message>
        <source>Irregular exit (S6)</source>
        <extracomment>The latest version of each profile this editor saved or loaded: what the next save expects.</extracomment>
        <translation>Sortie irrégulière (S6)</translation>
    </message>
    <message>
        <source>Leaving the country irregularly is punished there</source>
        <translation>Quitter le pays de manière irrégulière y est sanctionné</translation>
    </message>
    <message>
        <source>Returnees who left irregularly then need a no-punishment guarantee valid on the travel date.</source>
        <translation>Les personnes de retour parties de manière irrégulière ont alors besoin d&apos;une garantie d&apos;absence de sanction valable à la date du voyage.</translation>
    </message>
    <message>
        <source>Active monitoring required (S7)</source>
        <translation>Suivi actif requis (S7)</translation>
    </message>
    <message>
        <source>Returnees with these profiles can only be planned while the country authorises active monitoring.</source>
        <translation>Les personnes de retour présentant ces profils ne peuvent être planifiées que si le pays autorise un suivi actif.</translation>
    </message>
    <message>
        <source>Context a coordinator should know about returns to this country</source>
        <translation>Contexte qu&apos;un coordinateur doit connaître sur les retours vers ce pays</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Annuler : {edit}</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Rétablir : {edit}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved · version {version}</source>
        <translation>Enregistré · version {version}</translation>
    </message>
    <message>
        <source>Assurance validity timeline</source>
        <translation>Frise de validité des garanties</translation>
    </message>
    <message>
        <source>None recorded — not needed while irregular exit is not punished</source>
        <translation>Aucune enregistrée — inutile tant que la sortie irrégulière n&apos;est pas sanctionnée</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune enregistrée</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Date du voyage</translation>
    </message>
    <message>
        <source>Check whether the case could travel on another date</source>
        <translation>Vérifier si le dossier pourrait partir à une autre date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today ({date})</source>
        <translation>Revenir à aujourd&apos;hui ({date})</translation>
    </message>
    <message>
        <source>Ready to travel today</source>
        <translation>Prêt à partir aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ready to travel on {date}</source>
        <translation>Prêt à partir le {date}</translation>
    </message>
    <message>
        <source>Every safeguard is satisfied. The case can be planned on a movement.</source>
        <translation>Tous les garde-fous sont respectés. Le dossier peut être planifié sur un mouvement.</translation>
    </message>
    <message>
        <source>Can never travel</source>
        <translation>Ne pourra jamais partir</translation>
    </message>
    <message>
        <source>A safeguard that nothing can lift stops this case.</source>
        <translation>Un garde-fou que rien ne peut lever bloque ce dossier.</translation>
    </message>
    <message>
        <source>Not ready to travel today</source>
        <translation>Pas prêt à partir aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Not ready to travel on {date}</source>
        <translation>Pas prêt à partir le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) to resolve first.</source>
        <translation>
            <numerusform>%Ln motif à lever d&apos;abord.</numerusform>
            <numerusform>%Ln motifs à lever d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Tout le ménage</translation>
    </message>
    <message>
        <source>Nothing can resolve this.</source>
        <translation>Rien ne peut lever ce blocage.</translation>
    </message>
    <message>
        <source>Open-ended: fades to the edge</source>
        <translation>Sans date de fin : s&apos;estompe jusqu&apos;au bord</translation>
    </message>
    <message>
        <source>Issued by {authority}</source>
        <translation>Délivrée par {authority}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Portée : {scope}</translation>
    </message>
    <message>
        <source>Monitoring: {level}</source>
        <translation>Suivi : {level}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Région : {region}</translation>
    </message>
    <message>
        <source>Scan: {file}</source>
        <translation>Numérisation : {file}</translation>
    </message>
    <message>
        <source>Putting assurances under review, and deciding a review, is normally done by monitoring after a reported breach (S9). Record it here only for a decision already taken, and say who took it.</source>
        <translation>La mise en réexamen des garanties, puis la décision de réexamen, relèvent normalement du suivi après un manquement signalé (S9). Ne l&apos;enregistrez ici que pour une décision déjà prise, en indiquant qui l&apos;a prise.</translation>
    </message>
    <message>
        <source>Case reference, e.g. HW-2026-000123</source>
        <translation>Référence du dossier, p. ex. HW-2026-000123</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>Afficher les membres</translation>
    </message>
    <message>
        <source>{name} — {nationality}, born {date}</source>
        <translation>{name} — {nationality}, né(e) le {date}</translation>
    </message>
    <message>
        <source>Add an assurance — {country}</source>
        <translation>Ajouter une garantie — {country}</translation>
    </message>
    <message>
        <source>e.g. Ministry of Internal Affairs</source>
        <translation>p. ex. ministère de l&apos;Intérieur</translation>
    </message>
    <message>
        <source>The letter&apos;s reference number</source>
        <translation>Numéro de référence de la lettre</translation>
    </message>
    <message>
        <source>Conditions the country attached, if any</source>
        <translation>Conditions posées par le pays, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <extracomment>(label, field, the service&apos;s field names whose errors show under it)</extracomment>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Issuing &amp;authority</source>
        <translation>&amp;Autorité émettrice</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>&amp;Monitoring level</source>
        <translation>Niveau de &amp;suivi</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valable &amp;du</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Valable &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <source>Change status — {reference}</source>
        <translation>Changer le statut — {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; {reference} is &lt;b&gt;{status}&lt;/b&gt; ({start} → {end}).</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; {reference} : &lt;b&gt;{status}&lt;/b&gt; (du {start} au {end}).</translation>
    </message>
    <message>
        <source>Why, who decided, and on what basis (kept in the audit log)</source>
        <translation>Pourquoi, qui a décidé et sur quelle base (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>S3 — No force, ever: the organisation&apos;s involvement in this case has ended for good. Nothing can reopen it.</source>
        <translation>S3 — Jamais de contrainte : l&apos;intervention de l&apos;organisation dans ce dossier a pris fin définitivement. Rien ne peut la rouvrir.</translation>
    </message>
    <message>
        <source>S4 — A member was found to need protection; the case cannot be planned for return.</source>
        <translation>S4 — Un membre a été reconnu comme ayant besoin de protection ; le retour de ce dossier ne peut pas être planifié.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Cases ready to plan</source>
        <translation>Dossiers prêts à planifier</translation>
    </message>
    <message>
        <source>Open the list of cases ready to travel</source>
        <translation>Ouvrir la liste des dossiers prêts au départ</translation>
    </message>
    <message>
        <source>Open the assurances that expire soon</source>
        <translation>Ouvrir les garanties qui arrivent bientôt à échéance</translation>
    </message>
    <message>
        <source>Countries with assurances under review</source>
        <translation>Pays dont les garanties sont en réexamen</translation>
    </message>
    <message>
        <source>Open the countries under review</source>
        <translation>Ouvrir les pays en réexamen</translation>
    </message>
    <message>
        <source>Protection referrals awaiting an outcome</source>
        <translation>Orientations pour protection en attente de décision</translation>
    </message>
    <message>
        <source>Open the cases whose protection claim awaits a decision</source>
        <translation>Ouvrir les dossiers dont la demande de protection attend une décision</translation>
    </message>
    <message>
        <source>Bookings at risk</source>
        <translation>Réservations à risque</translation>
    </message>
    <message>
        <source>Booked households a change since booking made unready: open the movements</source>
        <translation>Ménages réservés qu&apos;un changement depuis la réservation a rendus non prêts : ouvrir les mouvements</translation>
    </message>
    <message>
        <source>Movements calendar</source>
        <translation>Calendrier des mouvements</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <source>Open the cases with the status “{status}”</source>
        <translation>Ouvrir les dossiers au statut « {status} »</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Under review after a reported breach: {countries}</source>
        <translation>En réexamen après un manquement signalé : {countries}</translation>
    </message>
    <message>
        <source>Declaration of voluntary return</source>
        <extracomment>The documents printed from the case file, named in the interface language (the PDF keeps its own).</extracomment>
        <translation>Déclaration de retour volontaire</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Voluntariness</source>
        <translation>Caractère &amp;volontaire</translation>
    </message>
    <message>
        <source>&amp;Counselling</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <source>&amp;Protection</source>
        <translation>&amp;Protection</translation>
    </message>
    <message>
        <source>Open a case from the case list to see its file.</source>
        <translation>Ouvrez un dossier depuis la liste des dossiers pour en voir la fiche.</translation>
    </message>
    <message>
        <source>Loading the case file…</source>
        <translation>Chargement du dossier…</translation>
    </message>
    <message>
        <source>{document} — {reference}</source>
        <translation>{document} — {reference}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>la modification de {name}</translation>
    </message>
    <message>
        <source>edit case details</source>
        <translation>la modification des détails du dossier</translation>
    </message>
    <message>
        <source>Could not undo/redo: {error}. The undo history was cleared.</source>
        <translation>Impossible d&apos;annuler ou de rétablir : {error}. L&apos;historique des annulations a été effacé.</translation>
    </message>
    <message>
        <source>The case file could not be opened: {error}</source>
        <translation>Le dossier n&apos;a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <source>The case file could not be refreshed: {error}</source>
        <translation>Le dossier n&apos;a pas pu être actualisé : {error}</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ajouter un entretien…</translation>
    </message>
    <message>
        <source>Record a counselling session with the household (Ctrl+N)</source>
        <translation>Enregistrer un entretien de conseil avec le ménage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reintegration needs…</source>
        <translation>Besoins de réintégration…</translation>
    </message>
    <message>
        <source>What each member needs to restart at home: packages, urgency, trade wished, skills held</source>
        <translation>Ce dont chaque membre a besoin pour redémarrer au pays : prestations, urgence, métier souhaité, compétences acquises</translation>
    </message>
    <message>
        <source>No counselling recorded yet. A decision to return counts only once the household has been counselled and the options explained.</source>
        <translation>Aucun conseil enregistré pour l&apos;instant. Une décision de retour ne compte qu&apos;une fois le ménage conseillé et les options expliquées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session of {date}&lt;/b&gt; with {counsellor} — {outcome}</source>
        <translation>&lt;b&gt;Entretien du {date}&lt;/b&gt; avec {counsellor} — {outcome}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options explained:&lt;/b&gt; {topics}</source>
        <translation>&lt;b&gt;Options expliquées :&lt;/b&gt; {topics}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs:&lt;/b&gt; {needs}</source>
        <translation>&lt;b&gt;Besoins :&lt;/b&gt; {needs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; {notes}</source>
        <translation>&lt;b&gt;Notes :&lt;/b&gt; {notes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Involvement ended — for good.&lt;/b&gt; Force would have been needed to move a member of this household (S3 — No force, ever). The case can never be scheduled again and no travel document can be printed for it. The record stays for the file; nothing can reopen it.</source>
        <extracomment>The banner of a case that has reached an end (marked here, translated where shown).</extracomment>
        <translation>&lt;b&gt;Intervention terminée — définitivement.&lt;/b&gt; Le recours à la force aurait été nécessaire pour faire partir un membre de ce ménage (S3 — Jamais de contrainte). Ce dossier ne pourra plus jamais être programmé et aucun document de voyage ne peut être imprimé pour lui. L&apos;historique reste au dossier ; rien ne peut le rouvrir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protection granted.&lt;/b&gt; The competent authority found that a member needs protection (S4). This case cannot be planned for return.</source>
        <translation>&lt;b&gt;Protection accordée.&lt;/b&gt; L&apos;autorité compétente a reconnu qu&apos;un membre a besoin de protection (S4). Le retour de ce dossier ne peut pas être planifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed.&lt;/b&gt; This case file is kept for the record.</source>
        <translation>&lt;b&gt;Clôturé.&lt;/b&gt; Ce dossier est conservé pour mémoire.</translation>
    </message>
    <message>
        <source>Issue a document for this household: previewed, then printed or saved</source>
        <translation>Émettre un document pour ce ménage : aperçu, puis impression ou enregistrement</translation>
    </message>
    <message>
        <source>Declaration of voluntary return…</source>
        <translation>Déclaration de retour volontaire…</translation>
    </message>
    <message>
        <source>Travel letter…</source>
        <translation>Lettre de voyage…</translation>
    </message>
    <message>
        <source>Only for a household ready on its travel date</source>
        <translation>Uniquement pour un ménage prêt à sa date de voyage</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <source>Region of return and referral note (undoable)</source>
        <translation>Région de retour et note d&apos;orientation (modification annulable)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Return to {country}</source>
        <translation>Retour vers {country}</translation>
    </message>
    <message>
        <source>referred by {source}</source>
        <translation>orienté par {source}</translation>
    </message>
    <message>
        <source>opened {date}</source>
        <translation>ouvert le {date}</translation>
    </message>
    <message>
        <source>decided {date}</source>
        <translation>décision le {date}</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>pas encore de décision</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>clôturé le {date}</translation>
    </message>
    <message numerus="yes">
        <source>booked on &lt;b&gt;{movement}&lt;/b&gt; from {origin}, {when} UTC, %n seat(s)</source>
        <translation>
            <numerusform>réservé sur &lt;b&gt;{movement}&lt;/b&gt; au départ de {origin}, le {when} UTC, %Ln place</numerusform>
            <numerusform>réservé sur &lt;b&gt;{movement}&lt;/b&gt; au départ de {origin}, le {when} UTC, %Ln places</numerusform>
        </translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>non verrouillée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {action}</source>
        <translation>&lt;b&gt;Prochaine étape :&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The booking on {movement} is at risk.&lt;/b&gt; Since it was made, something changed that stops this household travelling on {day}; no check-in, departure, travel letter or manifest lets it through until this is resolved, or the household is moved or taken off the movement.</source>
        <translation>&lt;b&gt;⚠ La réservation sur {movement} est à risque.&lt;/b&gt; Depuis qu&apos;elle a été faite, un changement empêche ce ménage de voyager le {day} ; aucun enregistrement, départ, lettre de voyage ni manifeste ne le laisse passer tant que ce n&apos;est pas résolu, ou que le ménage n&apos;est pas déplacé ou retiré du mouvement.</translation>
    </message>
    <message>
        <source>resolve what puts the booking at risk (below), or move the household to another movement</source>
        <translation>résoudre ce qui met la réservation à risque (ci-dessous), ou déplacer le ménage vers un autre mouvement</translation>
    </message>
    <message>
        <source>record the departure of {movement} on {day}</source>
        <translation>enregistrer le départ de {movement} le {day}</translation>
    </message>
    <message>
        <source>check the household in for {movement} on {day}</source>
        <translation>enregistrer le ménage pour {movement} le {day}</translation>
    </message>
    <message>
        <source>record the arrival</source>
        <translation>enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>the follow-ups of the monitoring plan (Monitoring page)</source>
        <translation>les suivis du plan de suivi (page Suivi)</translation>
    </message>
    <message>
        <source>plan the household onto a movement (Movements › Plan)</source>
        <translation>planifier le ménage sur un mouvement (Mouvements › Planifier)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Note a vulnerability of this member</source>
        <translation>Signaler une vulnérabilité de ce membre</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <source>Record that the selected vulnerability no longer applies</source>
        <translation>Enregistrer que la vulnérabilité sélectionnée ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Record a passport or emergency travel document</source>
        <translation>Enregistrer un passeport ou un document de voyage d&apos;urgence</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Marquer annulé</translation>
    </message>
    <message>
        <source>The selected document was cancelled</source>
        <translation>Le document sélectionné a été annulé</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marquer perdu</translation>
    </message>
    <message>
        <source>The selected document was lost</source>
        <translation>Le document sélectionné a été perdu</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Record a fit-to-travel assessment</source>
        <translation>Enregistrer une évaluation d&apos;aptitude au voyage</translation>
    </message>
    <message>
        <source>Decided</source>
        <comment>date</comment>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Reception confirmed</source>
        <translation>Accueil confirmé le</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Record a best-interests determination</source>
        <translation>Enregistrer une détermination de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>Confirm reception…</source>
        <translation>Confirmer l&apos;accueil…</translation>
    </message>
    <message>
        <source>Record that the reception arrangement is confirmed</source>
        <translation>Enregistrer que les modalités d&apos;accueil sont confirmées</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Documents de voyage</translation>
    </message>
    <message>
        <source>Best interests (unaccompanied minor)</source>
        <translation>Intérêt supérieur (mineur non accompagné)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Apte</translation>
    </message>
    <message>
        <source>Not fit</source>
        <translation>Inapte</translation>
    </message>
    <message>
        <source>{name} is a minor travelling on the decision of {guardian}.</source>
        <translation>{name} est mineur et voyage sur la décision de {guardian}.</translation>
    </message>
    <message>
        <source>{name} is a minor.</source>
        <translation>{name} est mineur.</translation>
    </message>
    <message>
        <source>Select a current vulnerability first</source>
        <translation>Sélectionnez d&apos;abord une vulnérabilité en cours</translation>
    </message>
    <message>
        <source>Select a valid document first</source>
        <translation>Sélectionnez d&apos;abord un document valide</translation>
    </message>
    <message>
        <source>Select a determination whose reception is not yet confirmed</source>
        <translation>Sélectionnez une détermination dont l&apos;accueil n&apos;est pas encore confirmé</translation>
    </message>
    <message>
        <source>{document} {number} marked cancelled.</source>
        <translation>{document} {number} marqué comme annulé.</translation>
    </message>
    <message>
        <source>{document} {number} marked lost.</source>
        <translation>{document} {number} marqué comme perdu.</translation>
    </message>
    <message>
        <source>{document} {number} marked {status}.</source>
        <translation>{document} {number} marqué : {status}.</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>travel document</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>travel document</comment>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Nom en alphabet latin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Edit particulars…</source>
        <translation>Modifier les données personnelles…</translation>
    </message>
    <message>
        <source>Correct this member&apos;s names, date of birth, nationality, languages and contact (Ctrl+Z undoes)</source>
        <translation>Corriger les noms, la date de naissance, la nationalité, les langues et les coordonnées de ce membre (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Consent and sharing…</source>
        <translation>Consentement et partage…</translation>
    </message>
    <message>
        <source>Lawful bases per purpose, and data shared with partners (refused without a basis)</source>
        <translation>Bases légales par finalité et données partagées avec les partenaires (refusé sans base légale)</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>Droit d&apos;accès…</translation>
    </message>
    <message>
        <source>Export everything held on this member as PDF and JSON</source>
        <translation>Exporter toutes les données détenues sur ce membre en PDF et JSON</translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation>Sélectionnez un membre</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>chef de ménage</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Propos tenus</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orientée vers</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Decided on {date} (ref. {reference})</source>
        <translation>Décidée le {date} (réf. {reference})</translation>
    </message>
    <message>
        <source>Raised — to be referred</source>
        <translation>Signalée — à orienter</translation>
    </message>
    <message>
        <source>Referred — awaiting decision</source>
        <translation>Orientée — en attente de décision</translation>
    </message>
    <message>
        <source>Raise concern…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>The person fears return or asks for asylum: the case goes on hold and out of every planned movement</source>
        <translation>La personne craint le retour ou demande l&apos;asile : le dossier est mis en attente et retiré de tous les mouvements planifiés</translation>
    </message>
    <message>
        <source>Record referral…</source>
        <translation>Enregistrer l&apos;orientation…</translation>
    </message>
    <message>
        <source>Record to which authority the claim was referred</source>
        <translation>Enregistrer l&apos;autorité vers laquelle la demande a été orientée</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Record the authority&apos;s final decision</source>
        <translation>Enregistrer la décision définitive de l&apos;autorité</translation>
    </message>
    <message>
        <source>No protection concern has been raised in this case.</source>
        <translation>Aucun besoin de protection n&apos;a été signalé dans ce dossier.</translation>
    </message>
    <message>
        <source>While a claim is pending the case stays on hold; it can be planned again only after a final negative decision &lt;i&gt;and&lt;/i&gt; a fresh voluntary decision taken after it.</source>
        <translation>Tant qu&apos;une demande est en cours, le dossier reste en attente ; il ne peut être replanifié qu&apos;après une décision négative définitive &lt;i&gt;et&lt;/i&gt; une nouvelle décision volontaire prise après celle-ci.</translation>
    </message>
    <message>
        <source>Select a concern in the list first</source>
        <translation>Sélectionnez d&apos;abord un signalement dans la liste</translation>
    </message>
    <message>
        <source>Select a referred concern in the list first</source>
        <translation>Sélectionnez d&apos;abord un signalement orienté dans la liste</translation>
    </message>
    <message>
        <source>Already referred on {date}</source>
        <translation>Déjà orientée le {date}</translation>
    </message>
    <message>
        <source>A decision was already recorded on {date}</source>
        <translation>Une décision a déjà été enregistrée le {date}</translation>
    </message>
    <message>
        <source>Record the referral to the authority first</source>
        <translation>Enregistrez d&apos;abord l&apos;orientation vers l&apos;autorité</translation>
    </message>
    <message>
        <source>declared {date}</source>
        <extracomment>The last expression of will, in a few words (marked here, translated where shown).</extracomment>
        <translation>a déclaré le {date}</translation>
    </message>
    <message>
        <source>reconfirmed {date}</source>
        <translation>a reconfirmé le {date}</translation>
    </message>
    <message>
        <source>refused {date}</source>
        <translation>a refusé le {date}</translation>
    </message>
    <message>
        <source>withdrew {date}</source>
        <translation>s&apos;est rétracté(e) le {date}</translation>
    </message>
    <message>
        <source>force needed {date}</source>
        <translation>contrainte nécessaire le {date}</translation>
    </message>
    <message>
        <source>on {guardian}&apos;s decision</source>
        <translation>sur décision de {guardian}</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>aucune décision enregistrée</translation>
    </message>
    <message>
        <source>Record declaration…</source>
        <translation>Enregistrer la déclaration…</translation>
    </message>
    <message>
        <source>The person decides, after counselling, to return</source>
        <translation>La personne décide, après le conseil, de rentrer</translation>
    </message>
    <message>
        <source>Reconfirm…</source>
        <translation>Reconfirmer…</translation>
    </message>
    <message>
        <source>The person confirms the decision again (e.g. before travel)</source>
        <translation>La personne confirme à nouveau sa décision (par exemple avant le voyage)</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Enregistrer le refus…</translation>
    </message>
    <message>
        <source>The person refuses or disagrees: the household leaves every planned movement and goes back to counselling</source>
        <translation>La personne refuse ou n&apos;est pas d&apos;accord : le ménage quitte tous les mouvements planifiés et revient au conseil</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Enregistrer le retrait…</translation>
    </message>
    <message>
        <source>The person withdraws the decision: the household leaves every planned movement and goes back to counselling</source>
        <translation>La personne retire sa décision : le ménage quitte tous les mouvements planifiés et revient au conseil</translation>
    </message>
    <message>
        <source>Physical force would be needed to move the person: ends the organisation&apos;s involvement for good</source>
        <translation>Le recours à la force physique serait nécessaire pour faire partir la personne : met fin définitivement à l&apos;intervention de l&apos;organisation</translation>
    </message>
    <message>
        <source>Voluntariness records are append-only: they cannot be edited, deleted or undone. A change of mind is recorded as a new event.</source>
        <translation>Les enregistrements du caractère volontaire ne peuvent qu&apos;être complétés : ils ne peuvent être ni modifiés, ni supprimés, ni annulés. Un changement d&apos;avis est enregistré comme un nouvel événement.</translation>
    </message>
    <message>
        <source>Select a person first</source>
        <translation>Sélectionnez d&apos;abord une personne</translation>
    </message>
    <message>
        <source>No expression of will recorded yet. Counsel the household, then record the person&apos;s informed declaration.</source>
        <translation>Aucune expression de volonté enregistrée pour l&apos;instant. Conseillez le ménage, puis enregistrez la déclaration éclairée de la personne.</translation>
    </message>
    <message>
        <source>{name} has no current declaration to reconfirm</source>
        <translation>{name} n&apos;a pas de déclaration en cours à reconfirmer</translation>
    </message>
    <message>
        <source>Recorded that force would be needed to move {name}. The organisation&apos;s involvement in {reference} has ended for good.</source>
        <translation>Il a été enregistré que le recours à la force serait nécessaire pour faire partir {name}. L&apos;intervention de l&apos;organisation dans le dossier {reference} a pris fin définitivement.</translation>
    </message>
    <message>
        <source>{name}&apos;s refusal recorded.</source>
        <translation>Refus de {name} enregistré.</translation>
    </message>
    <message>
        <source>{name}&apos;s withdrawal recorded.</source>
        <translation>Retrait de {name} enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s); the case is back in counselling ({status}).</source>
        <translation>
            <numerusform>Le ménage a été retiré de %Ln mouvement planifié ; le dossier revient au conseil ({status}).</numerusform>
            <numerusform>Le ménage a été retiré de %Ln mouvements planifiés ; le dossier revient au conseil ({status}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The household was taken out of %n planned movement(s).</source>
        <translation>
            <numerusform>Le ménage a été retiré de %Ln mouvement planifié.</numerusform>
            <numerusform>Le ménage a été retiré de %Ln mouvements planifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No movement was planned for the household; the case is back in counselling ({status}).</source>
        <translation>Aucun mouvement n&apos;était planifié pour le ménage ; le dossier revient au conseil ({status}).</translation>
    </message>
    <message>
        <source>No movement was planned for the household.</source>
        <translation>Aucun mouvement n&apos;était planifié pour le ménage.</translation>
    </message>
    <message>
        <source>Counsellor {name}</source>
        <translation>Conseiller : {name}</translation>
    </message>
    <message>
        <source>language {language}</source>
        <translation>langue : {language}</translation>
    </message>
    <message>
        <source>interpreter {name}</source>
        <translation>interprète : {name}</translation>
    </message>
    <message>
        <source>recorded by {name}</source>
        <translation>enregistré par {name}</translation>
    </message>
    <message>
        <source>Information given: {topics}</source>
        <translation>Informations données : {topics}</translation>
    </message>
    <message>
        <source>&lt;i&gt;“{statement}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;« {statement} »&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A voluntary decision to return</source>
        <translation>Une décision volontaire de retour</translation>
    </message>
    <message>
        <source>Your password was changed</source>
        <extracomment>The Administration menu&apos;s object name: found by it, since its title is translated.</extracomment>
        <translation>Votre mot de passe a été changé</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Nouveau code de &amp;récupération…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery code for {user}? The code you hold now stops working.</source>
        <translation>Créer un nouveau code de récupération pour {user} ? Le code que vous détenez cessera de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Office…</source>
        <translation>&amp;Bureau…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservation…</translation>
    </message>
    <message>
        <source>Closed cases — closed after monitoring or when the household no longer sought return, involvement ended, or protection granted — are anonymised once the retention period has passed since closing (or since the last change, for a case ended without a closing date). Names, dates of birth, contact details, statements, notes, attachments and document numbers go; country, years, household size and outcome stay for statistics. The audit log keeps who did what and when, without the values.</source>
        <translation>Les dossiers terminés — clôturés après le suivi ou lorsque le ménage ne souhaitait plus rentrer, intervention terminée, ou protection accordée — sont anonymisés une fois la durée de conservation écoulée depuis la clôture (ou depuis la dernière modification, pour un dossier terminé sans date de clôture). Noms, dates de naissance, coordonnées, déclarations, notes, pièces jointes et numéros de documents sont supprimés ; pays, années, taille du ménage et résultat sont conservés pour les statistiques. Le journal d&apos;audit garde qui a fait quoi et quand, sans les valeurs.</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Retention period after closing</source>
        <translation>Durée de conservation après la clôture</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>case end date</comment>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Serait supprimé</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Only the data-protection officer may run retention; {user} is signed in as {role}.</source>
        <translation>Seul le délégué à la protection des données peut lancer la conservation ; {user} est connecté en tant que {role}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for cases past the retention period…</source>
        <translation>Recherche des dossiers ayant dépassé la durée de conservation…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for anonymisation: &lt;b&gt;%Ln case(s)&lt;/b&gt; ended on or before {date}. This list is a dry run: nothing has been changed.</source>
        <translation>
            <numerusform>À anonymiser : &lt;b&gt;%Ln dossier&lt;/b&gt; terminé au plus tard le {date}. Cette liste est une simulation : rien n&apos;a été modifié.</numerusform>
            <numerusform>À anonymiser : &lt;b&gt;%Ln dossiers&lt;/b&gt; terminés au plus tard le {date}. Cette liste est une simulation : rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed case ended on or before {date}: nothing is due.</source>
        <translation>Aucun dossier terminé au plus tard le {date} : rien à anonymiser.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)…</source>
        <translation>
            <numerusform>Anonymiser %Ln dossier…</numerusform>
            <numerusform>Anonymiser %Ln dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise cases</source>
        <translation>Anonymiser des dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln case(s)? Names, contacts, statements, notes and attachments are removed for good; this cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %Ln dossier ? Noms, coordonnées, déclarations, notes et pièces jointes sont supprimés définitivement ; cette opération est irréversible.</numerusform>
            <numerusform>Anonymiser %Ln dossiers ? Noms, coordonnées, déclarations, notes et pièces jointes sont supprimés définitivement ; cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %Ln case(s): {references}.</source>
        <translation>
            <numerusform>%Ln dossier anonymisé : {references}.</numerusform>
            <numerusform>%Ln dossiers anonymisés : {references}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>chargé de suivi</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Pas encore de mot de passe</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>account status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The person signs in with the initial password you choose here and must then choose their own. Give it to them in person or by phone, not by e-mail.</source>
        <translation>La personne se connecte avec le mot de passe initial choisi ici, puis doit choisir le sien. Communiquez-le en personne ou par téléphone, pas par e-mail.</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Réinitialiser le mot de passe de {user}</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>{name} signs in with this password and must then choose their own. Resetting also lifts a lock after wrong passwords.</source>
        <translation>{name} se connecte avec ce mot de passe, puis doit choisir le sien. La réinitialisation lève aussi un verrouillage dû à des mots de passe erronés.</translation>
    </message>
    <message>
        <source>Change the role of {user}</source>
        <translation>Changer le rôle de {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>What {name} may do changes at their next sign-in.</source>
        <translation>Les droits de {name} changent à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Who may sign in to this database, and what their role lets them do. Accounts are deactivated, never deleted: their names stay in the audit log.</source>
        <translation>Qui peut se connecter à cette base de données, et ce que son rôle lui permet. Les comptes sont désactivés, jamais supprimés : leurs noms restent dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>never</source>
        <comment>signed in</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate {user} ({name})? They can no longer sign in; their records and audit entries stay.</source>
        <translation>Désactiver {user} ({name}) ? Cette personne ne pourra plus se connecter ; ses enregistrements et ses entrées d&apos;audit sont conservés.</translation>
    </message>
    <message>
        <source>Only the data-protection officer may export a person&apos;s data; you are signed in as {role}</source>
        <translation>Seul le délégué à la protection des données peut exporter les données d&apos;une personne ; vous êtes connecté en tant que {role}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) in {folder}</source>
        <translation>
            <numerusform>%Ln pièce jointe dans {folder}</numerusform>
            <numerusform>%Ln pièces jointes dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything held on {name} was exported:</source>
        <translation>Toutes les données détenues sur {name} ont été exportées :</translation>
    </message>
    <message>
        <source>Verification code {code}. The export is recorded in the audit log.</source>
        <translation>Code de vérification {code}. L&apos;export est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Folder for the subject access export</source>
        <translation>Dossier de destination de l&apos;export (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <source>The passphrases differ; nothing was written.</source>
        <translation>Les phrases secrètes diffèrent ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Homeward backup (*.db)</source>
        <translation>Sauvegarde Homeward (*.db)</translation>
    </message>
    <message>
        <source>Protect this backup with a passphrase of its own?

Choose Yes to restore it on another computer; No encrypts it with this database&apos;s key, kept in this computer&apos;s keychain.</source>
        <translation>Protéger cette sauvegarde par sa propre phrase secrète ?

Choisissez Oui pour la restaurer sur un autre ordinateur ; Non la chiffre avec la clé de cette base de données, conservée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backup written to {path} ({size} MB).</source>
        <translation>Sauvegarde écrite dans {path} ({size} Mo).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>Restauré depuis {path}.</translation>
    </message>
    <message>
        <source>Something went wrong that Homeward did not expect. Nothing was half-saved: the action that failed was rolled back.</source>
        <translation>Une erreur imprévue s&apos;est produite dans Homeward. Rien n&apos;a été enregistré à moitié : l&apos;action qui a échoué a été annulée.</translation>
    </message>
    <message>
        <source>0, 0 is not a place anyone lives; leave the coordinates empty if they are not known</source>
        <translation>0, 0 ne correspond à aucun lieu habité ; laissez les coordonnées vides si elles ne sont pas connues</translation>
    </message>
    <message>
        <source>An administrator exists already; sign in, and ask them for an account</source>
        <translation>Un administrateur existe déjà ; connectez-vous, et demandez-lui un compte si vous n&apos;en avez pas</translation>
    </message>
    <message>
        <source>The allocation was not accepted: arrivals, needs, budgets, capacities or accepted allocations changed since it was made; run it again</source>
        <translation>L&apos;attribution n&apos;a pas été acceptée : les arrivées, besoins, budgets, capacités ou attributions acceptées ont changé depuis son calcul ; relancez-la</translation>
    </message>
    <message>
        <source>The change conflicts with a stored record ({constraint}); nothing was saved</source>
        <translation>La modification est en conflit avec un enregistrement existant ({constraint}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>The database failed: {name}</source>
        <translation>Échec de la base de données : {name}</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened; check the folder exists and is writable</source>
        <translation>Le fichier de base de données {where} ne peut pas être ouvert ; vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>The database holds tables but no migration history, so Homeward cannot tell which version wrote it; restore it from a backup or ask your administrator</source>
        <translation>La base de données contient des tables mais aucun historique de migration : Homeward ne peut donc pas savoir quelle version l&apos;a écrite ; restaurez-la depuis une sauvegarde ou adressez-vous à votre administrateur</translation>
    </message>
    <message>
        <source>The database server at {where} cannot be reached or refused the login; check the address, the network and the credentials</source>
        <translation>Le serveur de base de données {where} est injoignable ou a refusé la connexion ; vérifiez l&apos;adresse, le réseau et les identifiants</translation>
    </message>
    <message>
        <source>The database {path} cannot be read with the keychain&apos;s key</source>
        <translation>La base de données {path} ne peut pas être lue avec la clé du trousseau</translation>
    </message>
    <message>
        <source>The database {path} does not open with its new key after the rotation; the new key stays in the keychain as pending and is tried at the next start</source>
        <translation>La base de données {path} ne s&apos;ouvre pas avec sa nouvelle clé après le renouvellement ; la nouvelle clé reste en attente dans le trousseau et sera essayée au prochain démarrage</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close Homeward everywhere it is open and try again</source>
        <translation>La base de données {path} est utilisée par un autre programme ; fermez Homeward partout où il est ouvert et réessayez</translation>
    </message>
    <message>
        <source>The database {where} cannot be read with this key: the key or passphrase is wrong, or the file is not a Homeward database</source>
        <translation>La base de données {where} ne peut pas être lue avec cette clé : la clé ou la phrase secrète est erronée, ou le fichier n&apos;est pas une base de données Homeward</translation>
    </message>
    <message>
        <source>The database {where} failed: {name}</source>
        <translation>Échec de la base de données {where} : {name}</translation>
    </message>
    <message>
        <source>The database {where} is damaged; restore it from a backup</source>
        <translation>La base de données {where} est endommagée ; restaurez-la depuis une sauvegarde</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program; close it and try again</source>
        <translation>La base de données {where} est verrouillée par un autre programme ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>The database {where} is read-only; check the file&apos;s permissions</source>
        <translation>La base de données {where} est en lecture seule ; vérifiez les droits d&apos;accès du fichier</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space</source>
        <translation>Le disque contenant {where} est plein ; libérez de l&apos;espace</translation>
    </message>
    <message>
        <source>{what} {record} was changed by someone else (you edited version {expected}, it is now at version {found}); nothing was saved, reload and apply your change again</source>
        <translation>{what} {record} a été modifié(e) par quelqu&apos;un d&apos;autre (vous avez modifié la version {expected}, elle en est maintenant à la version {found}) ; rien n&apos;a été enregistré, rechargez et refaites votre modification</translation>
    </message>
    <message>
        <source>The {what} was changed by someone else while you were saving; nothing was saved, reload and apply your change again</source>
        <translation>{what} a été modifié(e) par quelqu&apos;un d&apos;autre pendant l&apos;enregistrement ; rien n&apos;a été enregistré, rechargez et refaites votre modification</translation>
    </message>
    <message>
        <source>The decision on {person} and {other} of case {reference} was already recorded by {coordinator} and {officer}; it cannot be signed again</source>
        <translation>La décision concernant {person} et {other} du dossier {reference} a déjà été enregistrée par {coordinator} et {officer} ; elle ne peut pas être signée à nouveau</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, whose involvement ended on {ended_on} (force would have been needed): the new case will be blocked until a coordinator and a data-protection officer both record a reasoned decision that it is a different person or that a new, genuine decision stands</source>
        <translation>{person} correspond à {other} du dossier {reference}, pour qui l&apos;intervention a pris fin le {ended_on} (il aurait fallu recourir à la force) : le nouveau dossier sera bloqué jusqu&apos;à ce qu&apos;un coordinateur et un délégué à la protection des données enregistrent tous deux une décision motivée établissant qu&apos;il s&apos;agit d&apos;une personne différente ou qu&apos;une nouvelle décision authentique a été prise</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference} ({status}): the new record will be linked to the same person</source>
        <translation>{person} correspond à {other} du dossier {reference} ({status}) : la nouvelle fiche sera rattachée à la même personne</translation>
    </message>
    <message>
        <source>{person} matches {other} of case {reference}, who was found to need international protection ({protection}): the new case will be blocked until a coordinator and a data-protection officer both record a reasoned decision that it is a different person or that the protection has ceased</source>
        <translation>{person} correspond à {other} du dossier {reference}, dont il a été établi qu&apos;il a besoin d&apos;une protection internationale ({protection}) : le nouveau dossier sera bloqué jusqu&apos;à ce qu&apos;un coordinateur et un délégué à la protection des données enregistrent tous deux une décision motivée établissant qu&apos;il s&apos;agit d&apos;une personne différente ou que la protection a cessé</translation>
    </message>
    <message>
        <source>{person} is not linked to anyone of another case whose involvement ended or who was granted protection; there is nothing to decide</source>
        <translation>{person} n&apos;est rattaché à personne d&apos;un autre dossier pour qui l&apos;intervention a pris fin ou à qui une protection a été accordée ; il n&apos;y a rien à décider</translation>
    </message>
    <message>
        <source>{user} may not sign this decision: one half is signed by a coordinator, the other by a data-protection officer</source>
        <translation>{user} ne peut pas signer cette décision : une moitié est signée par un coordinateur, l&apos;autre par un délégué à la protection des données</translation>
    </message>
    <message>
        <source>{user} signed the other half of this decision; the second half must be signed by another account</source>
        <translation>{user} a signé l&apos;autre moitié de cette décision ; la seconde moitié doit être signée depuis un autre compte</translation>
    </message>
    <message>
        <source>is not a known finding</source>
        <translation>n&apos;est pas une conclusion connue</translation>
    </message>
    <message>
        <source>The encrypted {context} is damaged</source>
        <translation>Le contenu chiffré {context} est endommagé</translation>
    </message>
    <message>
        <source>The keychain holds no key for {path} (it is opened with a passphrase); the key can be rotated only where the keychain holds it</source>
        <translation>Le trousseau ne contient aucune clé pour {path} (la base s&apos;ouvre avec une phrase secrète) ; la clé ne peut être renouvelée que là où le trousseau la détient</translation>
    </message>
    <message>
        <source>The plan was not accepted: the booking of {reference} changed since the plan was made; plan again</source>
        <translation>Le plan n&apos;a pas été accepté : la réservation de {reference} a changé depuis son établissement ; planifiez à nouveau</translation>
    </message>
    <message>
        <source>This desktop&apos;s keychain holds no field key {key_id} for this database, so encrypted notes and attachments cannot be read or written; ask an administrator for the exported key and run `homeward keys import-field-key FILE`</source>
        <translation>Le trousseau de ce poste ne contient pas la clé de terrain {key_id} de cette base de données : les notes et pièces jointes chiffrées ne peuvent être ni lues ni écrites ; demandez la clé exportée à un administrateur et exécutez `homeward keys import-field-key FILE`</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>doit être une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>a case needs at least one person</source>
        <translation>un dossier doit comporter au moins une personne</translation>
    </message>
    <message>
        <source>a charter has a charter cost</source>
        <translation>un charter doit indiquer son coût du charter</translation>
    </message>
    <message>
        <source>a decision was already recorded on {outcome_on}</source>
        <translation>une décision a déjà été enregistrée le {outcome_on}</translation>
    </message>
    <message>
        <source>a file needs a plain file name</source>
        <translation>un fichier doit avoir un simple nom de fichier (sans chemin)</translation>
    </message>
    <message>
        <source>a household has at least one person</source>
        <translation>un ménage comporte au moins une personne</translation>
    </message>
    <message>
        <source>a locked case needs its current movement</source>
        <translation>un dossier verrouillé doit conserver son mouvement actuel</translation>
    </message>
    <message>
        <source>a member of {reference} was found to need protection; the case cannot be planned for return</source>
        <translation>un membre de {reference} a été reconnu comme ayant besoin de protection ; le retour du dossier ne peut pas être planifié</translation>
    </message>
    <message>
        <source>a monitoring authorisation says passive or active</source>
        <translation>une autorisation de suivi doit indiquer passif ou actif</translation>
    </message>
    <message>
        <source>a movement {code} is already registered</source>
        <translation>un mouvement {code} est déjà enregistré</translation>
    </message>
    <message>
        <source>a new or edited movement is planned or confirmed</source>
        <translation>un mouvement nouveau ou modifié doit être planifié ou confirmé</translation>
    </message>
    <message>
        <source>a package costs something (in kind or cash)</source>
        <translation>une prestation a un coût (en nature ou en espèces)</translation>
    </message>
    <message>
        <source>a package costs something, in kind or in cash</source>
        <translation>une prestation a un coût, en nature ou en espèces</translation>
    </message>
    <message>
        <source>a person has at most one need of each kind</source>
        <translation>une personne a au plus un besoin de chaque type</translation>
    </message>
    <message>
        <source>a person has one need per kind</source>
        <translation>une personne a un seul besoin par type</translation>
    </message>
    <message>
        <source>a sustainability score needs contact with the returnee</source>
        <translation>un score de durabilité nécessite un contact avec la personne de retour</translation>
    </message>
    <message>
        <source>a visit is active monitoring, which the country did not authorise for this plan</source>
        <translation>une visite relève du suivi actif, que le pays n&apos;a pas autorisé pour ce plan</translation>
    </message>
    <message>
        <source>a visit lasts from 5 to 480 minutes</source>
        <translation>une visite dure de 5 à 480 minutes</translation>
    </message>
    <message>
        <source>a vocational training names the trade it teaches, other packages none</source>
        <translation>une formation professionnelle indique le métier qu&apos;elle enseigne, les autres prestations aucun</translation>
    </message>
    <message>
        <source>an average speed from 5 to 120 km/h</source>
        <translation>doit être une vitesse moyenne de 5 à 120 km/h</translation>
    </message>
    <message>
        <source>an embedded database needs a file path</source>
        <translation>une base de données intégrée nécessite un chemin de fichier</translation>
    </message>
    <message>
        <source>an individual assurance names the persons it covers</source>
        <translation>une garantie individuelle désigne les personnes qu&apos;elle couvre</translation>
    </message>
    <message>
        <source>an informed decision records the language used</source>
        <translation>une décision éclairée doit indiquer la langue utilisée</translation>
    </message>
    <message>
        <source>another package already has this code</source>
        <translation>une autre prestation a déjà ce code</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>un autre partenaire porte déjà ce nom</translation>
    </message>
    <message>
        <source>are not members of this case</source>
        <translation>ne sont pas membres de ce dossier</translation>
    </message>
    <message>
        <source>bookings already hold {booked}; remove or move bookings first</source>
        <translation>des réservations en occupent déjà {booked} ; supprimez ou déplacez d&apos;abord des réservations</translation>
    </message>
    <message>
        <source>check-in for {code} is on its departure day, {day}</source>
        <translation>l&apos;enregistrement pour {code} a lieu le jour du départ, le {day}</translation>
    </message>
    <message>
        <source>choose at least one kind of data to share</source>
        <translation>choisissez au moins un type de données à partager</translation>
    </message>
    <message>
        <source>choose at least one month</source>
        <translation>choisissez au moins un mois</translation>
    </message>
    <message>
        <source>contradicts the punishment, detention or refusal reported</source>
        <translation>contredit la sanction, la détention ou le refus signalés</translation>
    </message>
    <message>
        <source>days are numbered 1 (Monday) to 7 (Sunday)</source>
        <translation>les jours sont numérotés de 1 (lundi) à 7 (dimanche)</translation>
    </message>
    <message>
        <source>departs after the horizon</source>
        <translation>part après la fin de la période</translation>
    </message>
    <message>
        <source>departs before the horizon</source>
        <translation>part avant le début de la période</translation>
    </message>
    <message>
        <source>does not open this key file</source>
        <translation>n&apos;ouvre pas ce fichier de clé</translation>
    </message>
    <message>
        <source>duplicate case ids</source>
        <translation>identifiants de dossier en double</translation>
    </message>
    <message>
        <source>duplicate ids</source>
        <translation>identifiants en double</translation>
    </message>
    <message>
        <source>duplicate movement ids</source>
        <translation>identifiants de mouvement en double</translation>
    </message>
    <message>
        <source>exactly one member must be the head of household</source>
        <translation>un seul membre exactement doit être le chef de ménage</translation>
    </message>
    <message>
        <source>give an address, coordinates or both</source>
        <translation>indiquez une adresse, des coordonnées ou les deux</translation>
    </message>
    <message>
        <source>households are booked on this movement; move them before changing its country</source>
        <translation>des ménages sont réservés sur ce mouvement ; déplacez-les avant de changer son pays</translation>
    </message>
    <message>
        <source>households are checked in on {code}; record the departure or remove them one by one, with their reason</source>
        <translation>des ménages sont enregistrés sur {code} ; consignez le départ ou retirez-les un par un, avec leur motif</translation>
    </message>
    <message>
        <source>import reads .csv or .xlsx files</source>
        <translation>l&apos;import lit les fichiers .csv ou .xlsx</translation>
    </message>
    <message>
        <source>is a follow-up number</source>
        <translation>doit être un numéro de suivi</translation>
    </message>
    <message>
        <source>is before the earliest delivery ({lead_min})</source>
        <translation>est antérieur à la livraison la plus précoce ({lead_min})</translation>
    </message>
    <message>
        <source>is before the first day {first_day}</source>
        <translation>est antérieur au premier jour, le {first_day}</translation>
    </message>
    <message>
        <source>is below the minimum age {min_age}</source>
        <translation>est inférieur à l&apos;âge minimum {min_age}</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>est d&apos;une taille invraisemblable</translation>
    </message>
    <message>
        <source>is locked on its movement; unlock it before re-planning</source>
        <translation>est verrouillée sur son mouvement ; déverrouillez-la avant de replanifier</translation>
    </message>
    <message>
        <source>is longer than {max_length} characters</source>
        <translation>dépasse {max_length} caractères</translation>
    </message>
    <message>
        <source>contains a control character ({character}); remove it</source>
        <translation>contient un caractère de contrôle ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>contains {character}, which would change the direction of the text around it; remove it</source>
        <translation>contient {character}, qui changerait le sens du texte qui l’entoure ; supprimez-le</translation>
    </message>
    <message>
        <source>contains an invisible character ({character}); remove it</source>
        <translation>contient un caractère invisible ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>must be on one line: it contains a line break</source>
        <translation>doit tenir sur une seule ligne : il contient un saut de ligne</translation>
    </message>
    <message>
        <source>is missing while the latitude is given; give both or neither</source>
        <translation>manque alors que la latitude est indiquée ; indiquez les deux ou aucune</translation>
    </message>
    <message>
        <source>is missing while the longitude is given; give both or neither</source>
        <translation>manque alors que la longitude est indiquée ; indiquez les deux ou aucune</translation>
    </message>
    <message>
        <source>is not a Homeward field key export</source>
        <translation>n&apos;est pas un export de clés de terrain Homeward</translation>
    </message>
    <message>
        <source>is not a case</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>is not a known assurance</source>
        <translation>n&apos;est pas une garantie connue</translation>
    </message>
    <message>
        <source>is not a known best-interests outcome</source>
        <translation>n&apos;est pas un résultat connu de l&apos;évaluation de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>is not a known check-in answer</source>
        <translation>n&apos;est pas une réponse de pointage connue</translation>
    </message>
    <message>
        <source>is not a known counselling topic</source>
        <translation>n&apos;est pas un thème de conseil connu</translation>
    </message>
    <message>
        <source>is not a known document status</source>
        <translation>n&apos;est pas un statut de document connu</translation>
    </message>
    <message>
        <source>is not a known kind</source>
        <translation>n&apos;est pas un type connu</translation>
    </message>
    <message>
        <source>is not a known kind of movement</source>
        <translation>n&apos;est pas un type de mouvement connu</translation>
    </message>
    <message>
        <source>is not a known kind of package</source>
        <translation>n&apos;est pas un type de prestation connu</translation>
    </message>
    <message>
        <source>is not a known lawful basis</source>
        <translation>n&apos;est pas une base légale connue</translation>
    </message>
    <message>
        <source>is not a known outcome</source>
        <translation>n&apos;est pas un résultat connu</translation>
    </message>
    <message>
        <source>is not a known profile</source>
        <translation>n&apos;est pas un profil connu</translation>
    </message>
    <message>
        <source>is not a known referral source</source>
        <translation>n&apos;est pas une source d&apos;orientation connue</translation>
    </message>
    <message>
        <source>is not a known relationship</source>
        <translation>n&apos;est pas un lien de parenté connu</translation>
    </message>
    <message>
        <source>is not a known scope</source>
        <translation>n&apos;est pas une portée connue</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>n&apos;est pas un statut connu</translation>
    </message>
    <message>
        <source>is not a known topic</source>
        <translation>n&apos;est pas un thème connu</translation>
    </message>
    <message>
        <source>is not a known voluntariness event</source>
        <translation>n&apos;est pas un événement connu relatif au caractère volontaire</translation>
    </message>
    <message>
        <source>is not a known vulnerability</source>
        <translation>n&apos;est pas une vulnérabilité connue</translation>
    </message>
    <message>
        <source>is not a known way of following up</source>
        <translation>n&apos;est pas un mode de suivi connu</translation>
    </message>
    <message>
        <source>is not a member of this case</source>
        <translation>n&apos;est pas membre de ce dossier</translation>
    </message>
    <message>
        <source>is not a valid database URL or path</source>
        <translation>n&apos;est pas une URL ou un chemin de base de données valide</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>is not an existing folder</source>
        <translation>n&apos;est pas un dossier existant</translation>
    </message>
    <message>
        <source>is not coordinator, monitor, data_protection_officer or read_only</source>
        <translation>n&apos;est ni coordinator, ni monitor, ni data_protection_officer, ni read_only</translation>
    </message>
    <message>
        <source>is not part of this plan</source>
        <translation>ne fait pas partie de ce plan</translation>
    </message>
    <message>
        <source>is not restore, restrict_region, restrict_profile or suspend</source>
        <translation>n&apos;est ni restore, ni restrict_region, ni restrict_profile, ni suspend</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>n&apos;est pas votre mot de passe actuel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is required (a date and time)</source>
        <translation>est obligatoire (une date et une heure)</translation>
    </message>
    <message>
        <source>is taken</source>
        <translation>est déjà pris</translation>
    </message>
    <message>
        <source>{user} is the last active data-protection officer; make someone else one first</source>
        <translation>{user} est le dernier délégué à la protection des données actif ; désignez d&apos;abord quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>account.name_empty</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB per file</source>
        <translation>{name} fait {size} Mo ; la limite est de {limit} Mo par fichier</translation>
    </message>
    <message>
        <source>together the files are {size} MB; the limit is {limit} MB</source>
        <translation>les fichiers totalisent {size} Mo ; la limite est de {limit} Mo</translation>
    </message>
    <message>
        <source>at most {most} per follow-up</source>
        <translation>{most} au maximum par suivi</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); nothing was restored</source>
        <translation>{path} est endommagé ({detail}) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>{path} holds a damaged dump; nothing was restored</source>
        <translation>{path} contient un export endommagé ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is a backup of an embedded database and cannot be restored into this one</source>
        <translation>{path} est une sauvegarde d&apos;une base de données intégrée et ne peut pas être restauré dans celle-ci</translation>
    </message>
    <message>
        <source>{path} is a backup of a PostgreSQL database and cannot be restored into this one</source>
        <translation>{path} est une sauvegarde d&apos;une base de données PostgreSQL et ne peut pas être restauré dans celle-ci</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>échec de pg_dump : {detail}</translation>
    </message>
    <message>
        <source>pg_restore failed, the database is unchanged: {detail}</source>
        <translation>échec de pg_restore, la base de données n&apos;a pas été modifiée : {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} est un répertoire</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason})</source>
        <translation>impossible d&apos;écrire {path} ({reason})</translation>
    </message>
    <message>
        <source>cannot be written to ({reason})</source>
        <translation>ne peut pas être écrit ({reason})</translation>
    </message>
    <message>
        <source>{reference} needs {wanted} on {code}; {free} free</source>
        <translation>{reference} a besoin de {wanted} sur {code} ; places libres : {free}</translation>
    </message>
    <message>
        <source>a {status} booking cannot be locked</source>
        <translation>une réservation au statut {status} ne peut pas être verrouillée</translation>
    </message>
    <message>
        <source>a {status} booking cannot be moved</source>
        <translation>une réservation au statut {status} ne peut pas être déplacée</translation>
    </message>
    <message>
        <source>{reference} cannot travel on {day}: {reason}</source>
        <translation>{reference} ne peut pas voyager le {day} : {reason}</translation>
    </message>
    <message>
        <source>{reference} cannot travel on {day}: {reason} (and {more})</source>
        <translation>{reference} ne peut pas voyager le {day} : {reason} (et {more})</translation>
    </message>
    <message>
        <source>a {status} booking cannot be removed</source>
        <translation>une réservation au statut {status} ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>{code} would hold {taken}; it has {available}</source>
        <translation>{code} contiendrait {taken} ; il n&apos;en a que {available}</translation>
    </message>
    <message>
        <source>{code} does not go to {country}, {reference}&apos;s country of return</source>
        <translation>{code} ne va pas vers {country}, pays de retour de {reference}</translation>
    </message>
    <message>
        <source>{day} is before the case was opened</source>
        <translation>{day} est antérieur à l&apos;ouverture du dossier</translation>
    </message>
    <message>
        <source>{day} is before the case was opened ({opened_on})</source>
        <translation>{day} est antérieur à l&apos;ouverture du dossier ({opened_on})</translation>
    </message>
    <message>
        <source>{reference} is {status}</source>
        <translation>{reference} a le statut {status}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>{born} would make the person older than 125</source>
        <translation>avec {born}, la personne aurait plus de 125 ans</translation>
    </message>
    <message>
        <source>{person} is not booked on {code}</source>
        <translation>{person} n&apos;a pas de réservation sur {code}</translation>
    </message>
    <message>
        <source>{code} has {status}, not departed</source>
        <translation>{code} a le statut {status}, et non « parti »</translation>
    </message>
    <message>
        <source>a report covers at most {most}; this period spans {months}</source>
        <translation>un rapport couvre au plus {most} ; cette période en couvre {months}</translation>
    </message>
    <message>
        <source>was already withdrawn on {day}</source>
        <translation>a déjà été retiré le {day}</translation>
    </message>
    <message>
        <source>case {reference} was anonymised on {day}</source>
        <translation>le dossier {reference} a été anonymisé le {day}</translation>
    </message>
    <message>
        <source>{day} is before the person was born</source>
        <translation>{day} est antérieur à la naissance de la personne</translation>
    </message>
    <message>
        <source>Sharing {person}&apos;s data with {to} for &quot;{purpose}&quot; is refused: no consent or other lawful basis for that purpose is recorded for {day} (record it in the case file first)</source>
        <translation>Le partage des données de {person} avec {to} pour « {purpose} » est refusé : aucun consentement ni autre base légale pour cette finalité n&apos;est enregistré au {day} (enregistrez-le d&apos;abord dans le dossier)</translation>
    </message>
    <message>
        <source>unknown: {unknown} (known: {known})</source>
        <translation>inconnu(s) : {unknown} (connus : {known})</translation>
    </message>
    <message>
        <source>{day} is before it was given ({given})</source>
        <translation>{day} est antérieur à la date où il a été donné ({given})</translation>
    </message>
    <message>
        <source>unknown country code &apos;{code}&apos;</source>
        <translation>code de pays inconnu « {code} »</translation>
    </message>
    <message>
        <source>{when} is impossibly early</source>
        <translation>{when} est trop ancien pour être plausible</translation>
    </message>
    <message>
        <source>{when} is in the future</source>
        <translation>{when} est dans le futur</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as {example}</source>
        <translation>« {text} » n’est pas une date ; écrivez-la ainsi : {example}</translation>
    </message>
    <message>
        <source>{reference} has already left on {movement} ({status}); the letter printed before departure stays valid</source>
        <translation>{reference} est déjà parti sur {movement} ({status}) ; la lettre imprimée avant le départ reste valable</translation>
    </message>
    <message>
        <source>{reference}: no declaration of voluntary return can be printed: {why}</source>
        <translation>{reference} : aucune déclaration de retour volontaire ne peut être imprimée : {why}</translation>
    </message>
    <message>
        <source>{reference}: {reason}; no travel document can be printed for this case</source>
        <translation>{reference} : {reason} ; aucun document de voyage ne peut être imprimé pour ce dossier</translation>
    </message>
    <message>
        <source>{reference} is not ready to travel on {day}: {why}</source>
        <translation>{reference} n&apos;est pas prêt à voyager le {day} : {why}</translation>
    </message>
    <message>
        <source>package {allocation} was cancelled; it has no voucher</source>
        <translation>la prestation {allocation} a été annulée ; elle n&apos;a pas de bon</translation>
    </message>
    <message>
        <source>The encrypted {context} was sealed with field key {sealed_with}, not the key this desktop holds ({held}); import that key</source>
        <translation>Le contenu chiffré {context} a été scellé avec la clé de terrain {sealed_with}, et non avec celle que détient ce poste ({held}) ; importez cette clé</translation>
    </message>
    <message>
        <source>The field key in the keychain ({held}) is not this database&apos;s ({expected})</source>
        <translation>La clé de terrain du trousseau ({held}) n&apos;est pas celle de cette base de données ({expected})</translation>
    </message>
    <message>
        <source>holds field key {held}, but this database uses {expected}</source>
        <translation>contient la clé de terrain {held}, mais cette base de données utilise {expected}</translation>
    </message>
    <message>
        <source>needs at least {length}</source>
        <translation>doit comporter au moins {length}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>was already logged ({status})</source>
        <translation>a déjà été enregistré ({status})</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The keychain holds no key for {path}</source>
        <translation>Le trousseau ne contient aucune clé pour {path}</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the backup key ({error})</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé de sauvegarde ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the field key ({error})</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé de terrain ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the key ({error})</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé ({error})</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the server password ({error})</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer le mot de passe du serveur ({error})</translation>
    </message>
    <message>
        <source>No OS keychain is available ({error})</source>
        <translation>Aucun trousseau du système n&apos;est disponible ({error})</translation>
    </message>
    <message>
        <source>unknown language code &apos;{code}&apos;</source>
        <translation>code de langue inconnu « {code} »</translation>
    </message>
    <message>
        <source>an address is recorded but no coordinates: add them to the household&apos;s place</source>
        <translation>une adresse est enregistrée mais pas de coordonnées : ajoutez-les au lieu de vie du ménage</translation>
    </message>
    <message>
        <source>no address or coordinates recorded: record where the household lives</source>
        <translation>ni adresse ni coordonnées enregistrées : indiquez où vit le ménage</translation>
    </message>
    <message>
        <source>no room on the working days it may be visited ({window}): add a monitor or lengthen the day</source>
        <translation>plus de place les jours ouvrés où la visite est possible ({window}) : ajoutez un chargé de suivi ou allongez la journée</translation>
    </message>
    <message>
        <source>the field office does not work on any day it may be visited ({window})</source>
        <translation>le bureau de terrain ne travaille aucun des jours où la visite est possible ({window})</translation>
    </message>
    <message>
        <source>overdue by {overdue}; no room left in the period ({window}) after more overdue or closer visits: add a monitor or lengthen the working hours</source>
        <translation>en retard de {overdue} ; plus de place dans la période ({window}) après des visites plus en retard ou plus proches : ajoutez un chargé de suivi ou allongez les horaires de travail</translation>
    </message>
    <message>
        <source>{km} km from {office}: {reason}</source>
        <translation>à {km} km de {office} : {reason}</translation>
    </message>
    <message>
        <source>the connection at {place} spans the night (00:00–06:00 local); no overnight transit</source>
        <translation>la correspondance à {place} couvre la nuit (00:00–06:00 heure locale) ; pas de transit de nuit</translation>
    </message>
    <message>
        <source>the connection at {place} lasts {wait}, longer than {limit} h (no overnight transit)</source>
        <translation>la correspondance à {place} dure {wait}, soit plus de {limit} h (pas de transit de nuit)</translation>
    </message>
    <message>
        <source>leaves {place} before the previous leg arrives</source>
        <translation>part de {place} avant l&apos;arrivée du tronçon précédent</translation>
    </message>
    <message>
        <source>must leave from {place}, where the previous leg arrives</source>
        <translation>doit partir de {place}, où arrive le tronçon précédent</translation>
    </message>
    <message>
        <source>{code} has {status}</source>
        <translation>{code} a le statut {status}</translation>
    </message>
    <message>
        <source>{code} departed on {day}</source>
        <translation>{code} est parti le {day}</translation>
    </message>
    <message>
        <source>movement {code} has {status}; it cannot be cancelled</source>
        <translation>le mouvement {code} a le statut {status} ; il ne peut pas être annulé</translation>
    </message>
    <message>
        <source>movement {code} has {status}; it can no longer be changed</source>
        <translation>le mouvement {code} a le statut {status} ; il ne peut plus être modifié</translation>
    </message>
    <message>
        <source>line {line}, {issue}</source>
        <translation>ligne {line}, {issue}</translation>
    </message>
    <message>
        <source>is already registered</source>
        <translation>est déjà enregistré</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>la colonne obligatoire est absente</translation>
    </message>
    <message>
        <source>the required column is missing; did you mean &apos;{close}&apos;?</source>
        <translation>la colonne obligatoire est absente ; vouliez-vous dire « {close} » ?</translation>
    </message>
    <message>
        <source>a column name appears twice</source>
        <translation>un nom de colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>columns ignored: {columns}</source>
        <translation>colonnes ignorées : {columns}</translation>
    </message>
    <message>
        <source>is empty: no header row and no movements</source>
        <translation>est vide : ni ligne d&apos;en-tête ni mouvement</translation>
    </message>
    <message>
        <source>cannot be imported: {issue}</source>
        <translation>ne peut pas être importé : {issue}</translation>
    </message>
    <message>
        <source>holds a formula ({formula}); formulas are not evaluated, type the value</source>
        <translation>contient une formule ({formula}) ; les formules ne sont pas calculées, saisissez la valeur</translation>
    </message>
    <message>
        <source>starts like a formula; formulas are not accepted</source>
        <translation>commence comme une formule ; les formules ne sont pas acceptées</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column} : {problem}</translation>
    </message>
    <message>
        <source>{column}: {problem} (&apos;{value}&apos;)</source>
        <translation>{column} : {problem} (« {value} »)</translation>
    </message>
    <message>
        <source>file, {issue}</source>
        <translation>fichier, {issue}</translation>
    </message>
    <message>
        <source>has a header row but no movements</source>
        <translation>a une ligne d&apos;en-tête mais aucun mouvement</translation>
    </message>
    <message>
        <source>has a date but no time</source>
        <translation>a une date mais pas d&apos;heure</translation>
    </message>
    <message>
        <source>is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>n&apos;est pas une date et une heure (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as CSV UTF-8</source>
        <translation>le fichier n&apos;est pas un texte UTF-8 (octet {byte}) ; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>the file holds NUL bytes; it is not a CSV text file</source>
        <translation>le fichier contient des octets NUL ; ce n&apos;est pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>repeats line {line}</source>
        <translation>répète la ligne {line}</translation>
    </message>
    <message>
        <source>line {line}: {problem}; nothing was imported</source>
        <translation>ligne {line} : {problem} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{rows}, first: {issue}; fix the file or import only the valid rows</source>
        <translation>{rows} ; premier problème : {issue} ; corrigez le fichier ou n&apos;importez que les lignes valides</translation>
    </message>
    <message>
        <source>has more than {max_rows} rows; split it</source>
        <translation>compte plus de {max_rows} lignes ; divisez-le</translation>
    </message>
    <message>
        <source>is not one of {kinds}</source>
        <translation>n&apos;est pas l&apos;une des valeurs {kinds}</translation>
    </message>
    <message>
        <source>the CSV cannot be read: {reason}</source>
        <translation>le CSV ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>the file is not a readable XLSX workbook ({reason})</source>
        <translation>le fichier n&apos;est pas un classeur XLSX lisible ({reason})</translation>
    </message>
    <message>
        <source>one of {languages}</source>
        <translation>l&apos;une des langues suivantes : {languages}</translation>
    </message>
    <message>
        <source>at most {most} MB</source>
        <translation>{most} Mo au maximum</translation>
    </message>
    <message>
        <source>{country} already has a field office called &apos;{name}&apos;</source>
        <translation>{country} a déjà un bureau de terrain nommé « {name} »</translation>
    </message>
    <message>
        <source>must have at most {length}</source>
        <translation>doit comporter au plus {length}</translation>
    </message>
    <message>
        <source>must have at least {length}</source>
        <translation>doit comporter au moins {length}</translation>
    </message>
    <message>
        <source>{end} is before {start_field} {start}</source>
        <translation>{end} est antérieur à « {start_field} » ({start})</translation>
    </message>
    <message>
        <source>{user} ({role}) may not book, move or cancel bookings and record check-in, departure and arrival: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à réserver, déplacer ou annuler des réservations et consigner l&apos;enregistrement, le départ et l&apos;arrivée : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record counselling sessions: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à enregistrer des entretiens de conseil : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not decide an assurance review: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à décider du réexamen d&apos;une garantie : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not add a synthetic demo caseload: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à ajouter un ensemble de dossiers de démonstration fictifs : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not open or change cases, members, travel documents and minors&apos; determinations: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à ouvrir ou modifier des dossiers, des membres, des documents de voyage et des décisions concernant des mineurs : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change country profiles, assurances and advisories: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à modifier les profils de pays, les garanties et les avis de suspension : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change household places and field offices: only a coordinator, monitor or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à modifier les lieux des ménages et les bureaux de terrain : seul un coordinateur, un chargé de suivi ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not export a person&apos;s data: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à exporter les données d&apos;une personne : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not import referrals: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à importer des orientations : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not issue compliance reports, visit route printouts and visit forms: only a coordinator, monitor or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à émettre des rapports sur le respect des engagements, des impressions d&apos;itinéraires de visite et des fiches de visite : seul un coordinateur, un chargé de suivi ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not manage database and field keys: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à gérer les clés de la base de données et les clés de terrain : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not start monitoring plans and set follow-up schedules: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à lancer des plans de suivi et fixer les calendriers de suivi : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not manage user accounts: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à gérer les comptes utilisateurs : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not add, change, import or cancel movements and accept movement plans: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à ajouter, modifier, importer ou annuler des mouvements et accepter des plans de mouvements : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not change reintegration packages, needs, budgets and allocations: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à modifier les prestations de réintégration, les besoins, les budgets et les attributions : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not issue travel letters, declarations, manifests, assurance summaries and vouchers, and set the letterhead: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à émettre des lettres de voyage, des déclarations, des manifestes, des synthèses de garanties et des bons, et définir l&apos;en-tête : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not anonymise or purge records: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à anonymiser ou purger des dossiers : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not read records: only a coordinator, monitor, data-protection officer or read-only user may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à consulter les dossiers : seul un coordinateur, un chargé de suivi, un délégué à la protection des données ou un utilisateur en lecture seule peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record follow-ups, their attachments and incidents: only a coordinator, monitor or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à enregistrer des suivis, leurs pièces jointes et leurs incidents : seul un coordinateur, un chargé de suivi ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record voluntariness (declarations, reconfirmations, refusals): only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à enregistrer le caractère volontaire (déclarations, reconfirmations, refus) : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not record protection concerns, referrals and outcomes: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à enregistrer des besoins de protection, des orientations et leurs issues : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>must lie between -{limit} and {limit} degrees</source>
        <translation>doit être compris entre -{limit} et {limit} degrés</translation>
    </message>
    <message>
        <source>is a formula; type the value itself</source>
        <translation>est une formule ; tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; type the value itself</source>
        <translation>ressemble à une formule de tableur ; tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most} are accepted)</source>
        <translation>fait {length} caractères (au plus {most} sont acceptés)</translation>
    </message>
    <message>
        <source>the file starts as {encoding} but is not valid {encoding} text; save it again as UTF-8 CSV</source>
        <translation>le fichier commence comme du {encoding} mais n&apos;est pas un texte {encoding} valide ; enregistrez-le à nouveau en CSV UTF-8</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file: it holds binary data; export the list as CSV (UTF-8) or XLSX</source>
        <translation>ce n&apos;est pas un fichier texte (CSV) : il contient des données binaires ; exportez la liste en CSV (UTF-8) ou en XLSX</translation>
    </message>
    <message>
        <source>the workbook is damaged ({error}); save it again as .xlsx or CSV</source>
        <translation>le classeur est endommagé ({error}) ; enregistrez-le à nouveau en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>{dates} such as 03/04/1990 read day first (DD/MM/YYYY); if the file writes them the other way, change the date order</source>
        <translation>{dates} comme 03/04/1990 : lu jour en premier (JJ/MM/AAAA) ; si le fichier les écrit dans l&apos;autre sens, changez l&apos;ordre des dates</translation>
    </message>
    <message>
        <source>{dates} such as 03/04/1990 read month first (MM/DD/YYYY); if the file writes them the other way, change the date order</source>
        <translation>{dates} comme 03/04/1990 : lu mois en premier (MM/JJ/AAAA) ; si le fichier les écrit dans l&apos;autre sens, changez l&apos;ordre des dates</translation>
    </message>
    <message>
        <source>read sheet &apos;{sheet}&apos;; the empty sheets before it were skipped</source>
        <translation>feuille « {sheet} » lue ; les feuilles vides qui la précèdent ont été ignorées</translation>
    </message>
    <message>
        <source>every sheet of the workbook is empty</source>
        <translation>toutes les feuilles du classeur sont vides</translation>
    </message>
    <message>
        <source>the CSV is malformed near line {line}: {reason}</source>
        <translation>le CSV est mal formé vers la ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>the file has a heading row but no data rows</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>le fichier n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the file is full of NUL characters, so it is not a CSV list; export it again as CSV</source>
        <translation>le fichier est plein de caractères NUL, ce n&apos;est donc pas une liste CSV ; exportez-le à nouveau en CSV</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx or CSV and try again</source>
        <translation>c&apos;est un ancien fichier Excel binaire (.xls) ; enregistrez-le en .xlsx ou en CSV et réessayez</translation>
    </message>
    <message>
        <source>only sheet &apos;{sheet}&apos; was read; the workbook has {sheets} sheets</source>
        <translation>seule la feuille « {sheet} » a été lue ; le classeur compte {sheets} feuilles</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty</source>
        <translation>la feuille « {sheet} » est vide</translation>
    </message>
    <message>
        <source>the sheet has more than {most} rows; split it into smaller lists</source>
        <translation>la feuille a plus de {most} lignes ; scindez-la en listes plus petites</translation>
    </message>
    <message>
        <source>the file is {size} MB; referral lists over {most} MB are not accepted — split it</source>
        <translation>le fichier fait {size} Mo ; les listes d&apos;orientation de plus de {most} Mo ne sont pas acceptées — scindez-le</translation>
    </message>
    <message>
        <source>the file has more than {most} columns; is this a referral list?</source>
        <translation>le fichier a plus de {most} colonnes ; est-ce bien une liste d&apos;orientation ?</translation>
    </message>
    <message>
        <source>the file has more than {most} rows; split it into smaller lists</source>
        <translation>le fichier a plus de {most} lignes ; scindez-le en listes plus petites</translation>
    </message>
    <message>
        <source>the text encoding is not recognised (byte {byte} at position {position}); save the list as UTF-8 CSV</source>
        <translation>l&apos;encodage du texte n&apos;est pas reconnu (octet {byte} à la position {position}) ; enregistrez la liste en CSV UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier : {reason}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; cannot be read ({error}); save the workbook again as .xlsx or CSV</source>
        <translation>la feuille « {sheet} » ne peut pas être lue ({error}) ; enregistrez à nouveau le classeur en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>this is not a readable XLSX workbook ({error}); open it in a spreadsheet program and save it again as .xlsx or CSV</source>
        <translation>ce n&apos;est pas un classeur XLSX lisible ({error}) ; ouvrez-le dans un tableur et enregistrez-le à nouveau en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>Since the file was checked, someone else added {people} of it (line {line} is now likely known as {reference}); nothing was imported — check the file again</source>
        <translation>Depuis la vérification du fichier, quelqu&apos;un d&apos;autre a ajouté {people} qui y figurent (la ligne {line} correspond désormais probablement à {reference}) ; rien n&apos;a été importé — vérifiez à nouveau le fichier</translation>
    </message>
    <message>
        <source>the file has no column &apos;{wanted}&apos;; its columns are {columns}</source>
        <translation>le fichier n&apos;a pas de colonne « {wanted} » ; ses colonnes sont {columns}</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a field; fields are {fields} (or - to ignore a column)</source>
        <translation>« {given} » n&apos;est pas un champ ; les champs sont {fields} (ou - pour ignorer une colonne)</translation>
    </message>
    <message>
        <source>no column is mapped to {fields}; choose the column that holds it</source>
        <translation>aucune colonne n&apos;est associée à : {fields} ; choisissez la colonne qui contient cette information</translation>
    </message>
    <message>
        <source>{born} is in the future</source>
        <translation>{born} est dans le futur</translation>
    </message>
    <message>
        <source>the cell {refusal}</source>
        <translation>la cellule {refusal}</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>no country of return given: taken from the head&apos;s nationality ({country})</source>
        <translation>aucun pays de retour indiqué : repris de la nationalité du chef de ménage ({country})</translation>
    </message>
    <message>
        <source>invisible direction marks were removed from the name</source>
        <translation>des marques de direction invisibles ont été retirées du nom</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>taken as the head: first row of its household and no head named</source>
        <translation>pris comme chef de ménage : première ligne de son ménage, et aucun chef indiqué</translation>
    </message>
    <message>
        <source>not imported: another row of household &apos;{household}&apos; cannot be imported</source>
        <translation>non importé : une autre ligne du ménage « {household} » ne peut pas être importée</translation>
    </message>
    <message>
        <source>likely already known as {reference} ({name}, born {born}, {nationality}); not imported unless you choose to import it anyway</source>
        <translation>probablement déjà connu sous {reference} ({name}, né(e) le {born}, {nationality}) ; non importé sauf si vous choisissez de l&apos;importer quand même</translation>
    </message>
    <message>
        <source>likely already known as {reference} ({name}, born {born}, {nationality}); imported anyway, as you chose</source>
        <translation>probablement déjà connu sous {reference} ({name}, né(e) le {born}, {nationality}) ; importé quand même, comme vous l&apos;avez choisi</translation>
    </message>
    <message>
        <source>a minor with no adult in the household: record a guardian or whether the minor is unaccompanied</source>
        <translation>un mineur sans adulte dans le ménage : enregistrez un tuteur ou indiquez si le mineur n&apos;est pas accompagné</translation>
    </message>
    <message>
        <source>household &apos;{household}&apos; has no head of household</source>
        <translation>le ménage « {household} » n&apos;a pas de chef de ménage</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no letters; is this column really a name?</source>
        <translation>« {text} » ne contient aucune lettre ; cette colonne contient-elle vraiment un nom ?</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>« {text} » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>{country} differs from the household&apos;s country of return ({household_country}); a household travels together</source>
        <translation>{country} diffère du pays de retour du ménage ({household_country}) ; un ménage voyage ensemble</translation>
    </message>
    <message>
        <source>{text} read as {day} {month} (day first)</source>
        <translation>{text} lu comme le {day} {month} (jour en premier)</translation>
    </message>
    <message>
        <source>{text} read as {day} {month} (month first)</source>
        <translation>{text} lu comme le {day} {month} (mois en premier)</translation>
    </message>
    <message>
        <source>no relationship column: recorded as other relative of the head</source>
        <translation>pas de colonne de lien de parenté : enregistré comme autre parent du chef de ménage</translation>
    </message>
    <message>
        <source>is empty; say how this person is related to the head of household</source>
        <translation>est vide ; indiquez le lien de cette personne avec le chef de ménage</translation>
    </message>
    <message>
        <source>the same person as line {line} (name, date of birth and nationality)</source>
        <translation>la même personne qu&apos;à la ligne {line} (nom, date de naissance et nationalité)</translation>
    </message>
    <message>
        <source>household &apos;{household}&apos; has {count} heads (lines {lines}); keep one</source>
        <translation>le ménage « {household} » a {count} chefs (lignes {lines}) ; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>fait {length} caractères (au plus {most})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}</source>
        <translation>« {text} » est une date impossible : {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}; the file may write dates day first — choose the day-first date order</source>
        <translation>« {text} » est une date impossible : {reason} ; le fichier écrit peut-être les dates jour en premier — choisissez l&apos;ordre jour en premier</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date: {reason}; the file may write dates month first — choose the month-first date order</source>
        <translation>« {text} » est une date impossible : {reason} ; le fichier écrit peut-être les dates mois en premier — choisissez l&apos;ordre mois en premier</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY</source>
        <translation>« {text} » n&apos;est pas une date ; écrivez AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a relationship to the head of household</source>
        <translation>« {text} » n&apos;est pas un lien avec le chef de ménage</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a sex; write F, M or X (female, male, other)</source>
        <translation>« {text} » n&apos;est pas un sexe ; écrivez F, M ou X (féminin, masculin, autre)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a vulnerability Homeward records</source>
        <translation>« {text} » n&apos;est pas une vulnérabilité enregistrée par Homeward</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a two-digit year; write the year in full (YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY)</source>
        <translation>« {text} » a une année à deux chiffres ; écrivez l&apos;année en entier (AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA)</translation>
    </message>
    <message>
        <source>unknown language &apos;{word}&apos;; write an ISO code such as ar or ps, or the language&apos;s name</source>
        <translation>langue inconnue « {word} » ; indiquez un code ISO tel que ar ou ps, ou le nom de la langue</translation>
    </message>
    <message>
        <source>Rotating the key of {path} failed ({error}); the old key still opens it</source>
        <translation>Le renouvellement de la clé de {path} a échoué ({error}) ; l&apos;ancienne clé l&apos;ouvre toujours</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the new key ({error}); nothing was changed</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la nouvelle clé ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Could not save the report to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer le rapport dans {path} : {reason}</translation>
    </message>
    <message>
        <source>{country} has no assurances under review and no reported breach awaiting a decision</source>
        <translation>{country} n&apos;a aucune garantie en réexamen ni aucun manquement signalé en attente de décision</translation>
    </message>
    <message>
        <source>{country} has no assurance under review to restrict to a region; restore, restrict a profile or suspend</source>
        <translation>{country} n&apos;a aucune garantie en réexamen à restreindre à une région ; rétablissez, restreignez à un profil ou suspendez</translation>
    </message>
    <message>
        <source>must be after the start of the day {start}</source>
        <translation>doit être postérieure au début de la journée {start}</translation>
    </message>
    <message>
        <source>name up to {most} different monitors</source>
        <translation>indiquez jusqu&apos;à {most} chargés de suivi différents</translation>
    </message>
    <message>
        <source>must be from 1 to {most}</source>
        <translation>doit être compris entre 1 et {most}</translation>
    </message>
    <message>
        <source>no room in any working day within its window</source>
        <translation>plus de place aucun jour ouvré de sa période de visite</translation>
    </message>
    <message>
        <source>no active field office serves {region} ({country}); record one with its coordinates and working hours first</source>
        <translation>aucun bureau de terrain actif ne couvre {region} ({country}) ; enregistrez-en d&apos;abord un avec ses coordonnées et ses horaires de travail</translation>
    </message>
    <message>
        <source>the field office {office} works on none of the days {first_day}..{last_day}</source>
        <translation>le bureau de terrain {office} ne travaille aucun des jours du {first_day} au {last_day}</translation>
    </message>
    <message>
        <source>its daily time window lies outside working hours</source>
        <translation>sa plage horaire quotidienne est en dehors des horaires de travail</translation>
    </message>
    <message>
        <source>a period is at most {most}</source>
        <translation>une période dure au plus {most}</translation>
    </message>
    <message>
        <source>too far for one working day ({out} min out, {visit} min visit, {back} min back)</source>
        <translation>trop loin pour une journée de travail ({out} min à l&apos;aller, {visit} min de visite, {back} min au retour)</translation>
    </message>
    <message>
        <source>no active user called &apos;{name}&apos;</source>
        <translation>aucun utilisateur actif nommé « {name} »</translation>
    </message>
    <message>
        <source>window {earliest}..{latest} lies outside the period</source>
        <translation>la période de visite du {earliest} au {latest} est en dehors de la période planifiée</translation>
    </message>
    <message>
        <source>each must be a whole number of months from 0 to {most}</source>
        <translation>chacun doit être un nombre entier de mois de 0 à {most}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>server_password.empty</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>The database schema cannot be migrated to {revision}: {detail}</source>
        <translation>Le schéma de la base de données ne peut pas être migré vers {revision} : {detail}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Homeward (schema {revision}); update Homeward before opening it</source>
        <translation>La base de données a été écrite par une version plus récente de Homeward (schéma {revision}) ; mettez Homeward à jour avant de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>attachment {attachment} does not match its recorded digest</source>
        <translation>la pièce jointe {attachment} ne correspond pas à son empreinte enregistrée</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a person id nor a case reference</source>
        <translation>« {text} » n&apos;est ni un identifiant de personne ni une référence de dossier</translation>
    </message>
    <message>
        <source>must be chosen: nothing is assumed</source>
        <translation>doit être choisi : rien n’est supposé</translation>
    </message>
    <message>
        <source>{problem} (did you mean {suggestion}?)</source>
        <translation>{problem} (vouliez-vous dire {suggestion} ?)</translation>
    </message>
    <message>
        <source>Documents of kind &apos;{kind}&apos; cannot be checked here: the part of Homeward that prints them is not loaded</source>
        <translation>Les documents de type « {kind} » ne peuvent pas être vérifiés ici : le module de Homeward qui les imprime n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>a verification code has {length} symbols after &apos;HW-&apos;, got {got}</source>
        <translation>un code de vérification comporte {length} caractères après &apos;HW-&apos;, reçu : {got}</translation>
    </message>
    <message>
        <source>{symbols} cannot appear in a verification code</source>
        <translation>{symbols} ne peut pas figurer dans un code de vérification</translation>
    </message>
    <message>
        <source>was already logged ({status}); a visit form is for a follow-up still due</source>
        <translation>a déjà été enregistré ({status}) ; une fiche de visite concerne un suivi encore dû</translation>
    </message>
    <message>
        <source>{person} has no current declaration to reconfirm; record a declaration after counselling</source>
        <translation>{person} n&apos;a pas de déclaration en cours à reconfirmer ; enregistrez une déclaration après le conseil</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates of birth</source>
        <translation>
            <numerusform>%Ln date de naissance</numerusform>
            <numerusform>%Ln dates de naissance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical escort places</source>
        <translation>
            <numerusform>%Ln place d&apos;escorte médicale</numerusform>
            <numerusform>%Ln places d&apos;escorte médicale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escort places for minors</source>
        <translation>
            <numerusform>%Ln place d&apos;escorte pour mineurs</numerusform>
            <numerusform>%Ln places d&apos;escorte pour mineurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
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
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reasons</source>
        <translation>
            <numerusform>%Ln autre motif</numerusform>
            <numerusform>%Ln autres motifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems</source>
        <translation>
            <numerusform>%Ln ligne comporte des problèmes</numerusform>
            <numerusform>%Ln lignes comportent des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passwords</source>
        <translation>
            <numerusform>%Ln mot de passe erroné</numerusform>
            <numerusform>%Ln mots de passe erronés</numerusform>
        </translation>
    </message>
    <message>
        <source>its locked movement is not one readiness allows</source>
        <translation>son mouvement verrouillé n&apos;est pas permis par l&apos;aptitude au départ</translation>
    </message>
    <message>
        <source>meets another need</source>
        <translation>répond à un autre besoin</translation>
    </message>
    <message>
        <source>more escort places than the {capacity} seats</source>
        <translation>plus de places d&apos;escorte que les {capacity} sièges</translation>
    </message>
    <message>
        <source>must be 1 (urgent), 2 (important) or 3 (useful)</source>
        <translation>doit être 1 (urgent), 2 (important) ou 3 (utile)</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>doit être 1, 2 ou 3</translation>
    </message>
    <message>
        <source>must be F, M or X</source>
        <translation>doit être F, M ou X</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>doit être une date</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a final decision: needs protection or final negative</source>
        <translation>doit être une décision définitive : besoin de protection ou rejet définitif</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100</source>
        <translation>doit être un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>must be a number of days from 0 to 366</source>
        <translation>doit être un nombre de jours de 0 à 366</translation>
    </message>
    <message>
        <source>must be a number of decimal degrees</source>
        <translation>doit être un nombre en degrés décimaux</translation>
    </message>
    <message>
        <source>must be a passport or an emergency travel document</source>
        <translation>doit être un passeport ou un document de voyage d&apos;urgence</translation>
    </message>
    <message>
        <source>must be a positive number of rows</source>
        <translation>doit être un nombre de lignes positif</translation>
    </message>
    <message>
        <source>must be a score from 1 to 5</source>
        <translation>doit être une note de 1 à 5</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to 100</source>
        <translation>doit être un nombre entier d&apos;années de 1 à 100</translation>
    </message>
    <message>
        <source>must be a whole number, not negative</source>
        <translation>doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>must be after the opening time {opens_at}</source>
        <translation>doit être postérieure à l&apos;heure d&apos;ouverture {opens_at}</translation>
    </message>
    <message>
        <source>must be an adult</source>
        <translation>doit être majeur</translation>
    </message>
    <message>
        <source>must be an adult member of the same case</source>
        <translation>doit être un membre majeur du même dossier</translation>
    </message>
    <message>
        <source>must be an amount in euros, not negative</source>
        <translation>doit être un montant en euros positif ou nul</translation>
    </message>
    <message>
        <source>must be between 0 and the household size</source>
        <translation>doit être compris entre 0 et la taille du ménage</translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation>doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>doit être le premier jour d&apos;un mois</translation>
    </message>
    <message>
        <source>must be the national asylum authority or UNHCR</source>
        <translation>doit être l&apos;autorité nationale chargée de l&apos;asile ou le HCR</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>must be yes, no or not known</source>
        <translation>doit être oui, non ou inconnu</translation>
    </message>
    <message>
        <source>must differ from the current one</source>
        <translation>doit être différent de l&apos;actuel</translation>
    </message>
    <message>
        <source>must name a country</source>
        <translation>doit indiquer un pays</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must not contain the user name</source>
        <translation>ne doit pas contenir le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>ne doit pas commencer ni se terminer par une espace</translation>
    </message>
    <message>
        <source>must point at another member of the household</source>
        <translation>doit désigner un autre membre du ménage</translation>
    </message>
    <message>
        <source>name at least one follow-up (0 = on arrival)</source>
        <translation>indiquez au moins un suivi (0 = à l&apos;arrivée)</translation>
    </message>
    <message>
        <source>name at least one working day</source>
        <translation>indiquez au moins un jour ouvré</translation>
    </message>
    <message>
        <source>names a person of another household</source>
        <translation>désigne une personne d&apos;un autre ménage</translation>
    </message>
    <message>
        <source>names an unknown budget</source>
        <translation>désigne un budget inconnu</translation>
    </message>
    <message>
        <source>names an unknown movement</source>
        <translation>désigne un mouvement inconnu</translation>
    </message>
    <message>
        <source>needs a date, a time and a time zone</source>
        <translation>requiert une date, une heure et un fuseau horaire</translation>
    </message>
    <message>
        <source>needs a time zone (give the UTC offset)</source>
        <translation>requiert un fuseau horaire (indiquez le décalage par rapport à UTC)</translation>
    </message>
    <message>
        <source>no database file at this path</source>
        <translation>aucun fichier de base de données à cet emplacement</translation>
    </message>
    <message>
        <source>no movement to import</source>
        <translation>aucun mouvement à importer</translation>
    </message>
    <message>
        <source>no such movement</source>
        <translation>mouvement introuvable</translation>
    </message>
    <message>
        <source>only a vocational training need names a trade</source>
        <translation>seul un besoin de formation professionnelle indique un métier</translation>
    </message>
    <message>
        <source>only individual assurances name persons</source>
        <translation>seules les garanties individuelles désignent des personnes</translation>
    </message>
    <message>
        <source>only monitoring authorisations have a level</source>
        <translation>seules les autorisations de suivi ont un niveau</translation>
    </message>
    <message>
        <source>only the embedded (encrypted file) database has a key to rotate; a PostgreSQL server&apos;s password is changed on the server</source>
        <translation>seule la base de données intégrée (fichier chiffré) a une clé à renouveler ; le mot de passe d&apos;un serveur PostgreSQL se change sur le serveur</translation>
    </message>
    <message>
        <source>pg_dump is not installed here, so a PostgreSQL backup cannot be made; install the PostgreSQL client tools</source>
        <translation>pg_dump n&apos;est pas installé sur ce poste : impossible de faire une sauvegarde PostgreSQL ; installez les outils client PostgreSQL</translation>
    </message>
    <message>
        <source>pg_restore is not installed here; install the PostgreSQL client tools</source>
        <translation>pg_restore n&apos;est pas installé sur ce poste ; installez les outils client PostgreSQL</translation>
    </message>
    <message>
        <source>record at least one option explained</source>
        <translation>indiquez au moins une option expliquée</translation>
    </message>
    <message>
        <source>record the referral to the authority before its decision</source>
        <translation>enregistrez l&apos;orientation vers l&apos;autorité avant sa décision</translation>
    </message>
    <message>
        <source>recording that force would be needed ends the case for good; it must be confirmed</source>
        <translation>enregistrer que la contrainte serait nécessaire clôt définitivement le dossier ; cela doit être confirmé</translation>
    </message>
    <message>
        <source>restricting a profile names a known profile</source>
        <translation>une restriction à un profil doit désigner un profil connu</translation>
    </message>
    <message>
        <source>restricting to a region names the region</source>
        <translation>une restriction à une région doit désigner la région</translation>
    </message>
    <message>
        <source>routes are planned from today ({today}) on</source>
        <translation>les itinéraires se planifient à partir d&apos;aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>say why the package is withdrawn</source>
        <translation>indiquez pourquoi la prestation est retirée</translation>
    </message>
    <message>
        <source>the check symbol does not match: a symbol was mistyped or two were swapped</source>
        <translation>le symbole de contrôle ne correspond pas : un symbole a été mal saisi ou deux ont été inversés</translation>
    </message>
    <message>
        <source>the claim was already referred on {referred_on}</source>
        <translation>la demande a déjà été orientée le {referred_on}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file name {name}… is too long</source>
        <translation>le nom de fichier {name}… est trop long</translation>
    </message>
    <message>
        <source>the first account that can sign in is the administrator (data-protection officer), who then adds everyone else</source>
        <extracomment>Keyed messages (`planning.messages.TEMPLATES`), `{name}` where a value goes; one wording used by several keys is told apart by its key.</extracomment>
        <translation>le premier compte pouvant se connecter est celui de l&apos;administrateur (délégué à la protection des données), qui ajoute ensuite tous les autres</translation>
    </message>
    <message>
        <source>the first leg must leave at the movement&apos;s departure</source>
        <translation>la première étape doit partir à l&apos;heure de départ du mouvement</translation>
    </message>
    <message>
        <source>the first leg must leave from {origin}</source>
        <translation>la première étape doit partir de {origin}</translation>
    </message>
    <message>
        <source>the head of household stays head; make another member head first</source>
        <translation>le chef de ménage reste chef de ménage ; désignez d&apos;abord un autre membre comme chef de ménage</translation>
    </message>
    <message>
        <source>the horizon needs at least one month</source>
        <translation>la période doit couvrir au moins un mois</translation>
    </message>
    <message>
        <source>the household is already booked on {code}; move that booking instead</source>
        <translation>le ménage est déjà réservé sur {code} ; déplacez plutôt cette réservation</translation>
    </message>
    <message>
        <source>the key is given in the database URL; rotate a key the keychain holds (open the file by its path)</source>
        <translation>la clé figure dans l&apos;URL de la base de données ; renouvelez une clé conservée dans le trousseau (ouvrez le fichier par son chemin)</translation>
    </message>
    <message>
        <source>the last leg must arrive at the movement&apos;s arrival</source>
        <translation>la dernière étape doit arriver à l&apos;heure d&apos;arrivée du mouvement</translation>
    </message>
    <message>
        <source>the last leg must arrive at {destination}</source>
        <translation>la dernière étape doit arriver à {destination}</translation>
    </message>
    <message>
        <source>the organisation&apos;s involvement in {reference} has ended</source>
        <translation>l&apos;intervention de l&apos;organisation dans {reference} a pris fin</translation>
    </message>
    <message>
        <source>the organisation&apos;s involvement in {reference} has ended; nothing can reopen it</source>
        <translation>l&apos;intervention de l&apos;organisation dans {reference} a pris fin ; elle ne peut pas être rouverte</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>la période doit avoir un premier et un dernier jour</translation>
    </message>
    <message>
        <source>the returnee must be told they may change their mind at any time</source>
        <translation>la personne de retour doit être informée qu&apos;elle peut changer d&apos;avis à tout moment</translation>
    </message>
    <message>
        <source>the stored file does not match its recorded digest</source>
        <translation>le fichier stocké ne correspond pas à son empreinte enregistrée</translation>
    </message>
    <message>
        <source>this assurance is under review after a reported breach; only the review decision (Monitoring page, with its reason) can put it back in force</source>
        <translation>cette garantie est en réexamen à la suite d&apos;un manquement signalé ; seule la décision de réexamen (page Suivi, avec son motif) peut la remettre en vigueur</translation>
    </message>
    <message>
        <source>unsupported database kind {backend}</source>
        <translation>type de base de données non pris en charge {backend}</translation>
    </message>
    <message>
        <source>use 2–80 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>utilisez de 2 à 80 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>vocational training, and only it, teaches a skill</source>
        <translation>la formation professionnelle, et elle seule, enseigne une compétence</translation>
    </message>
    <message>
        <source>was removed by someone else; reload it</source>
        <translation>a été supprimé par quelqu&apos;un d&apos;autre ; rechargez-le</translation>
    </message>
    <message>
        <source>was removed since it was read</source>
        <translation>a été supprimée depuis sa lecture</translation>
    </message>
    <message>
        <source>working hours are times of day</source>
        <translation>les horaires de travail sont des heures de la journée</translation>
    </message>
    <message>
        <source>write the latitude, then the longitude, in decimal degrees (e.g. 41.71510, 44.82710)</source>
        <translation>indiquez la latitude, puis la longitude, en degrés décimaux (p. ex. 41.71510, 44.82710)</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <source>{arrived_at} is not after the departure</source>
        <translation>{arrived_at} n&apos;est pas postérieur au départ</translation>
    </message>
    <message>
        <source>{arrives} is not after the departure {departs}</source>
        <translation>{arrives} n&apos;est pas postérieur au départ {departs}</translation>
    </message>
    <message>
        <source>{arrives} is not after the leg&apos;s departure {departs}</source>
        <translation>{arrives} n&apos;est pas postérieur au départ de l&apos;étape {departs}</translation>
    </message>
    <message>
        <source>{confirmed_on} is before the determination ({decided_on})</source>
        <translation>{confirmed_on} est antérieur à la détermination ({decided_on})</translation>
    </message>
    <message>
        <source>{done_on} is before the arrival on {arrived_on}</source>
        <translation>{done_on} est antérieur à l&apos;arrivée le {arrived_on}</translation>
    </message>
    <message>
        <source>{ended_on} is before it was noted ({noted_on})</source>
        <translation>{ended_on} est antérieur à sa date de constatation ({noted_on})</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end} est antérieur au début {start}</translation>
    </message>
    <message>
        <source>is {status}; the plan cannot change it</source>
        <translation>a le statut « {status} » ; le plan ne peut pas la modifier</translation>
    </message>
    <message>
        <source>case {case} is not part of the plan&apos;s instance</source>
        <translation>le dossier {case} ne fait pas partie des données du plan</translation>
    </message>
    <message>
        <source>No plan is possible ({rule}): {violation}</source>
        <translation>Aucun plan n&apos;est possible ({rule}) : {violation}</translation>
    </message>
    <message>
        <source>movement {movement} is not part of the plan&apos;s instance</source>
        <translation>le mouvement {movement} ne fait pas partie des données du plan</translation>
    </message>
    <message>
        <source>{movement} would be over capacity with the households the plan puts on it ({households}): {problem}</source>
        <translation>{movement} dépasserait sa capacité avec les ménages que le plan y place ({households}) : {problem}</translation>
    </message>
    <message>
        <source>The plan was not accepted: {reference}: {cause}</source>
        <translation>Le plan n&apos;a pas été accepté : {reference} : {cause}</translation>
    </message>
    <message>
        <source>{status}; keeps its seats</source>
        <translation>{status} ; garde ses sièges</translation>
    </message>
    <message>
        <source>{reference}: its locked booking no longer passes readiness; planned unlocked</source>
        <translation>{reference} : sa réservation verrouillée ne satisfait plus l&apos;aptitude au départ ; planifiée sans verrou</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>aucun membre</translation>
    </message>
    <message>
        <source>movement {movement} goes to another country</source>
        <translation>le mouvement {movement} va vers un autre pays</translation>
    </message>
    <message>
        <source>booked on a movement outside the horizon</source>
        <translation>réservé sur un mouvement hors de la période</translation>
    </message>
    <message>
        <source>{movement} is overbooked by {seats} outside this plan</source>
        <translation>{movement} est surréservé de {seats} hors de ce plan</translation>
    </message>
    <message>
        <source>more than one open booking; resolve by hand</source>
        <translation>plus d&apos;une réservation ouverte ; à régler à la main</translation>
    </message>
    <message>
        <source>case {case} is locked on movement {movement} but is not booked there</source>
        <translation>le dossier {case} est verrouillé sur le mouvement {movement} mais n&apos;y est pas réservé</translation>
    </message>
    <message>
        <source>case {case} is booked on movement {movement}, which its readiness does not allow</source>
        <translation>le dossier {case} est réservé sur le mouvement {movement}, que son aptitude au départ ne permet pas</translation>
    </message>
    <message>
        <source>movement {movement} has {capacity} but its households need {need}</source>
        <translation>le mouvement {movement} a {capacity} mais ses ménages en demandent {need}</translation>
    </message>
    <message>
        <source>case {case} is not in the instance</source>
        <translation>le dossier {case} ne figure pas dans les données du plan</translation>
    </message>
    <message>
        <source>case {case} is booked on unknown movement {movement}</source>
        <translation>le dossier {case} est réservé sur un mouvement inconnu ({movement})</translation>
    </message>
    <message>
        <source>the readmission assurance expires before any movement in the horizon</source>
        <translation>la garantie de réadmission expire avant tout mouvement de la période</translation>
    </message>
    <message>
        <source>medical-escort places are full on the {movements} until {last}</source>
        <translation>les places d&apos;escorte médicale sont complètes sur {movements} jusqu&apos;au {last}</translation>
    </message>
    <message>
        <source>minor-escort places are full on the {movements} until {last}</source>
        <translation>les places d&apos;escorte pour mineurs sont complètes sur {movements} jusqu&apos;au {last}</translation>
    </message>
    <message>
        <source>its movement {movement} was cancelled; {reason}</source>
        <translation>son mouvement {movement} a été annulé ; {reason}</translation>
    </message>
    <message>
        <source>readiness allows no movement in the planning horizon</source>
        <translation>l&apos;aptitude au départ ne permet aucun mouvement dans la période planifiée</translation>
    </message>
    <message>
        <source>no movement to {country} between {start} and {end}</source>
        <translation>aucun mouvement vers {country} entre le {start} et le {end}</translation>
    </message>
    <message>
        <source>no seat for {people} left on the {movements} before its window closes on {last}</source>
        <translation>plus assez de sièges libres pour le ménage (taille : {people}) sur {movements} avant la fermeture de sa fenêtre le {last}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>not ready to travel before the horizon ends</source>
        <translation>pas prêt au départ avant la fin de la période</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>pas prêt au départ</translation>
    </message>
    <message>
        <source>it still fits on {room} of its {movements}: the search stopped before placing it (re-run with more time, or book it by hand)</source>
        <translation>il tient encore sur {room} de ses {movements} : la recherche s&apos;est arrêtée avant de le placer (relancez avec plus de temps, ou réservez-le à la main)</translation>
    </message>
    <message>
        <source>household of {people} is larger than the seats on every allowed movement ({movements}, until {last})</source>
        <translation>le ménage (taille : {people}) dépasse le nombre de sièges de chaque mouvement permis ({movements}, jusqu&apos;au {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n medical-escort places</source>
        <translation>
            <numerusform>%Ln place d&apos;escorte médicale</numerusform>
            <numerusform>%Ln places d&apos;escorte médicale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor-escort places</source>
        <translation>
            <numerusform>%Ln place d&apos;escorte pour mineurs</numerusform>
            <numerusform>%Ln places d&apos;escorte pour mineurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements</source>
        <translation>
            <numerusform>%Ln mouvement</numerusform>
            <numerusform>%Ln mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed movements</source>
        <translation>
            <numerusform>%Ln mouvement permis</numerusform>
            <numerusform>%Ln mouvements permis</numerusform>
        </translation>
    </message>
    <message>
        <source>{case} cannot be locked and unlocked at once</source>
        <translation>{case} ne peut pas être verrouillé et déverrouillé à la fois</translation>
    </message>
    <message>
        <source>{case} is not placed by the plan; only a booking can be locked</source>
        <translation>{case} n&apos;est pas placé par le plan ; seule une réservation peut être verrouillée</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name}: this kind of file cannot be attached (allowed: {kinds})</source>
        <translation>{name} : ce type de fichier ne peut pas être joint (autorisés : {kinds})</translation>
    </message>
    <message>
        <source>{outcome_on} is before the referral ({referred_on})</source>
        <translation>{outcome_on} est antérieur à l&apos;orientation ({referred_on})</translation>
    </message>
    <message>
        <source>{path} cannot be read with this key or passphrase, or is not a Homeward backup</source>
        <translation>{path} ne peut pas être lu avec cette clé ou cette phrase secrète, ou n&apos;est pas une sauvegarde Homeward</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} failed its integrity check; nothing was restored</source>
        <translation>{path} a échoué au contrôle d&apos;intégrité ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>{path} is not a Homeward backup</source>
        <translation>{path} n&apos;est pas une sauvegarde Homeward</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Homeward (schema {revision}); update Homeward before restoring it</source>
        <translation>{path} a été créé par une version plus récente de Homeward (schéma {revision}) ; mettez Homeward à jour avant de le restaurer</translation>
    </message>
    <message>
        <source>{period_from} is after the end of the period {period_to}</source>
        <translation>{period_from} est postérieur à la fin de la période {period_to}</translation>
    </message>
    <message>
        <source>{reason}, and no passphrase was given</source>
        <translation>{reason}, et aucune phrase secrète n&apos;a été saisie</translation>
    </message>
    <message>
        <source>The allocation was not accepted: {violations}</source>
        <translation>L&apos;attribution n&apos;a pas été acceptée : {violations}</translation>
    </message>
    <message>
        <source>The allocation was not accepted: {violations} (and {more} more)</source>
        <translation>L&apos;attribution n&apos;a pas été acceptée : {violations} (et {more} de plus)</translation>
    </message>
    <message>
        <source>is {status}; only an accepted package can be handed over</source>
        <translation>a le statut « {status} » ; seule une prestation acceptée peut être remise</translation>
    </message>
    <message>
        <source>every need already met</source>
        <translation>tous les besoins sont déjà couverts</translation>
    </message>
    <message>
        <source>no planned or recorded arrival</source>
        <translation>aucune arrivée prévue ou enregistrée</translation>
    </message>
    <message>
        <source>no needs recorded</source>
        <translation>aucun besoin enregistré</translation>
    </message>
    <message>
        <source>no region of return recorded</source>
        <translation>aucune région de retour enregistrée</translation>
    </message>
    <message>
        <source>{household} receives {amount} in cash, above its ceiling of {ceiling}</source>
        <translation>{household} reçoit {amount} en espèces, au-dessus de son plafond de {ceiling}</translation>
    </message>
    <message>
        <source>{household} receives {amount} in kind, above its ceiling of {ceiling}</source>
        <translation>{household} reçoit {amount} en nature, au-dessus de son plafond de {ceiling}</translation>
    </message>
    <message>
        <source>{rule}: {problem}</source>
        <translation>{rule} : {problem}</translation>
    </message>
    <message>
        <source>{package} for {household}, person {person} {problem}</source>
        <translation>{package} pour {household}, personne {person}, {problem}</translation>
    </message>
    <message>
        <source>{package} for {household}, person {person} delivered in {month}, outside {earliest}–{latest}, the months its lead time allows</source>
        <translation>{package} pour {household}, personne {person}, livrée en {month}, hors de la période {earliest}–{latest} que permet son délai</translation>
    </message>
    <message>
        <source>{household}, person {person}: no budget pays for {package}</source>
        <translation>{household}, personne {person} : aucun budget ne finance {package}</translation>
    </message>
    <message>
        <source>person {person} receives {count} {kind} packages</source>
        <translation>la personne {person} reçoit {count} prestations de type « {kind} »</translation>
    </message>
    <message>
        <source>{budget} pays {amount} in cash but has {left} left</source>
        <translation>{budget} paie {amount} en espèces mais il ne lui reste que {left}</translation>
    </message>
    <message>
        <source>{budget} pays {amount} in kind but has {left} left</source>
        <translation>{budget} paie {amount} en nature mais il ne lui reste que {left}</translation>
    </message>
    <message>
        <source>{partner} delivers {packages} in {region} in {month} but can deliver {places}</source>
        <translation>{partner} livre {packages} à {region} en {month} mais ne peut en livrer que {places}</translation>
    </message>
    <message>
        <source>need {need} or package {package} is not in the instance</source>
        <translation>le besoin {need} ou la prestation {package} ne figure pas dans les données</translation>
    </message>
    <message>
        <source>position {seq} is after the end the chain head records ({head})</source>
        <translation>la position {seq} est après la fin que la tête de la chaîne enregistre ({head})</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind} : {detail}</translation>
    </message>
    <message>
        <source>{kind}: entry {entry} (position {seq}, {at} UTC, {actor}, {action}): {detail}</source>
        <translation>{kind} : entrée {entry} (position {seq}, {at} UTC, {actor}, {action}) : {detail}</translation>
    </message>
    <message>
        <source>The audit log needs a chain key kept outside the database, and no OS keychain is available here; on PostgreSQL, run `homeward db grant` so the server keeps it</source>
        <translation>Le journal d&apos;audit a besoin d&apos;une clé de chaîne conservée hors de la base, et aucun trousseau du système n&apos;est disponible ici ; sur PostgreSQL, lancez `homeward db grant` pour que le serveur la conserve</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the audit chain key ({name})</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé de la chaîne d&apos;audit ({name})</translation>
    </message>
    <message>
        <source>The audit log of installation {installation} is linked with a chain key sealed with the database passphrase, and this passphrase does not open it</source>
        <translation>Le journal d&apos;audit de l&apos;installation {installation} est chaîné avec une clé scellée par la phrase secrète de la base, et cette phrase secrète ne l&apos;ouvre pas</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) at position {seq} predates the restore recorded at position {restore_seq} ({restored_at} UTC, {actor}), which set the chain back to position {backup_seq}</source>
        <translation>le point de contrôle du {at} UTC ({source}) à la position {seq} précède la restauration enregistrée à la position {restore_seq} ({restored_at} UTC, {actor}), qui a ramené la chaîne à la position {backup_seq}</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) is not signed with this installation&apos;s chain key</source>
        <translation>le point de contrôle du {at} UTC ({source}) n&apos;est pas signé avec la clé de chaîne de cette installation</translation>
    </message>
    <message>
        <source>the checkpoint of {at} UTC ({source}) belongs to installation {theirs}; this database is installation {ours}</source>
        <translation>le point de contrôle du {at} UTC ({source}) appartient à l&apos;installation {theirs} ; cette base est l&apos;installation {ours}</translation>
    </message>
    <message>
        <source>the chain ends at position {head}, but the checkpoint of {at} UTC ({source}) recorded position {seq}: the {missing} after the head are gone (a cut tail, or an older backup restored without record)</source>
        <translation>la chaîne s&apos;arrête à la position {head}, mais le point de contrôle du {at} UTC ({source}) a enregistré la position {seq} : les {missing} après la tête ont disparu (une fin coupée, ou une sauvegarde plus ancienne restaurée sans trace)</translation>
    </message>
    <message>
        <source>its fields (time, actor, action, entity or case) were changed</source>
        <translation>ses champs (heure, auteur, action, entité ou dossier) ont été modifiés</translation>
    </message>
    <message>
        <source>{count} before this one (positions {first} to {last}) are missing</source>
        <translation>{count} avant celle-ci (positions {first} à {last}) manquent</translation>
    </message>
    <message>
        <source>1 entry before this one (position {first}) is missing</source>
        <translation>1 entrée avant celle-ci (position {first}) manque</translation>
    </message>
    <message>
        <source>a write found the chain head moved to position {seq} without the chain key and recorded it here: the entries after position {seq} were cut, or the head rewritten</source>
        <translation>une écriture a trouvé la tête de la chaîne déplacée à la position {seq} sans la clé de la chaîne et l&apos;a consigné ici : les entrées après la position {seq} ont été coupées, ou la tête réécrite</translation>
    </message>
    <message>
        <source>the last entry&apos;s hash is not the one the chain head records</source>
        <translation>l&apos;empreinte de la dernière entrée n&apos;est pas celle que la tête de la chaîne enregistre</translation>
    </message>
    <message>
        <source>the chain head row is missing</source>
        <translation>la ligne de tête de la chaîne manque</translation>
    </message>
    <message>
        <source>the chain head (position {seq}) does not carry the chain key&apos;s signature: it was moved or rewritten without the key, as when entries at the end are cut off</source>
        <translation>la tête de la chaîne (position {seq}) ne porte pas la signature de la clé de la chaîne : elle a été déplacée ou réécrite sans la clé, comme lorsque des entrées de la fin sont coupées</translation>
    </message>
    <message>
        <source>the chain head says keyed links start at position {found}, but the chain key was made for position {expected}</source>
        <translation>la tête de la chaîne indique que les liens à clé commencent à la position {found}, mais la clé de la chaîne a été créée pour la position {expected}</translation>
    </message>
    <message>
        <source>its before/after values were changed</source>
        <translation>ses valeurs avant/après ont été modifiées</translation>
    </message>
    <message>
        <source>its link is a plain SHA-256 where the chain key&apos;s HMAC belongs: the chain was recomputed from here on by someone without the key</source>
        <translation>son lien est un simple SHA-256 là où doit figurer le HMAC de la clé de la chaîne : la chaîne a été recalculée à partir d&apos;ici par quelqu&apos;un sans la clé</translation>
    </message>
    <message>
        <source>marked redacted by entry {by}, which is not a later retention run</source>
        <translation>marquée comme expurgée par l&apos;entrée {by}, qui n&apos;est pas une application ultérieure de la conservation</translation>
    </message>
    <message>
        <source>marked redacted but holds a payload</source>
        <translation>marquée comme expurgée mais contient des valeurs</translation>
    </message>
    <message>
        <source>the entry at position {seq} no longer has the hash the checkpoint of {at} UTC ({source}) recorded: the chain was rewritten up to there</source>
        <translation>l&apos;entrée à la position {seq} n&apos;a plus l&apos;empreinte que le point de contrôle du {at} UTC ({source}) a enregistrée : la chaîne a été réécrite jusque-là</translation>
    </message>
    <message>
        <source>a second entry at position {seq}</source>
        <translation>une deuxième entrée à la position {seq}</translation>
    </message>
    <message>
        <source>the chain head records {head}; the last {missing} after this one are missing</source>
        <translation>la tête de la chaîne enregistre {head} ; il manque les {missing} qui suivent celle-ci</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (an entry was replaced or inserted here)</source>
        <translation>elle n&apos;est pas liée à l&apos;entrée qui la précède (une entrée a été remplacée ou insérée ici)</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>il n&apos;y a pas de fichier {path}</translation>
    </message>
    <message>
        <source>{path} is not a Homeward audit checkpoint</source>
        <translation>{path} n&apos;est pas un point de contrôle d&apos;audit Homeward</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>{path} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name} : le fichier est vide</translation>
    </message>
    <message>
        <source>header: missing column {missing} (found {found})</source>
        <translation>en-tête : colonne manquante {missing} (trouvées : {found})</translation>
    </message>
    <message>
        <source>header: missing columns {missing} (found {found})</source>
        <translation>en-tête : colonnes manquantes {missing} (trouvées : {found})</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name} : le texte n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}</source>
        <translation>Rien n&apos;a été importé : {problems}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}; and {more} more</source>
        <translation>Rien n&apos;a été importé : {problems} ; et {more} de plus</translation>
    </message>
    <message>
        <source>row {row}: repeats row {first} ({region}, {skill})</source>
        <translation>ligne {row} : répète la ligne {first} ({region}, {skill})</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{name}: more than {most} rows</source>
        <translation>{name} : plus de {most} lignes</translation>
    </message>
    <message>
        <source>row {row}: country: {country} has no country profile</source>
        <translation>ligne {row} : pays : {country} n&apos;a pas de profil pays</translation>
    </message>
    <message>
        <source>{name}: not a readable XLSX workbook ({error})</source>
        <translation>{name} : classeur XLSX illisible ({error})</translation>
    </message>
    <message>
        <source>{name}: only .csv and .xlsx files can be imported</source>
        <translation>{name} : seuls les fichiers .csv et .xlsx peuvent être importés</translation>
    </message>
    <message>
        <source>for ages {min_age}–{max_age} (the person is {age})</source>
        <translation>pour les âges de {min_age} à {max_age} ans (la personne a {age} ans)</translation>
    </message>
    <message>
        <source>for ages {min_age}+ (the person is {age})</source>
        <translation>à partir de {min_age} ans (la personne a {age} ans)</translation>
    </message>
    <message>
        <source>only for the head of household</source>
        <translation>uniquement pour le chef de ménage</translation>
    </message>
    <message>
        <source>not offered in {region}</source>
        <translation>non proposée à {region}</translation>
    </message>
    <message>
        <source>another kind of package</source>
        <translation>un autre type de prestation</translation>
    </message>
    <message>
        <source>teaches {taught}, not {wished}</source>
        <translation>enseigne {taught}, pas {wished}</translation>
    </message>
    <message>
        <source>only for someone with one of: {vulnerabilities}</source>
        <translation>réservée aux personnes présentant l&apos;une de ces situations : {vulnerabilities}</translation>
    </message>
    <message>
        <source>for {vulnerability} only</source>
        <translation>réservée aux personnes présentant : {vulnerability}</translation>
    </message>
    <message>
        <source>{reason}; start Homeward interactively to enter the database passphrase</source>
        <translation>{reason} ; lancez Homeward de manière interactive pour saisir la phrase secrète de la base de données</translation>
    </message>
    <message>
        <source>{user} ({role}) may not sign a decision that a person matching someone whose involvement ended or who was granted protection is someone else, or decided anew: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à signer une décision établissant qu&apos;une personne correspondant à quelqu&apos;un pour qui l&apos;intervention a pris fin ou à qui une protection a été accordée est quelqu&apos;un d&apos;autre, ou a pris une nouvelle décision : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not read, verify or checkpoint the audit log: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à lire, vérifier ou marquer d&apos;un point de contrôle le journal d&apos;audit : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>is below the {allocated} already allocated</source>
        <translation>est inférieur aux {allocated} déjà attribués</translation>
    </message>
    <message>
        <source>must be from the earliest month ({earliest}) to {most}</source>
        <translation>doit être compris entre le mois le plus proche ({earliest}) et {most}</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {most}</source>
        <translation>doit être un nombre entier de 0 à {most}</translation>
    </message>
    <message>
        <source>at most {most} skills of up to {length} characters</source>
        <translation>{most} compétences au maximum, de {length} caractères chacune au plus</translation>
    </message>
    <message>
        <source>delivery after the arrival in {arrival} falls beyond the planning horizon</source>
        <translation>la livraison après l&apos;arrivée en {arrival} tombe au-delà de la période planifiée</translation>
    </message>
    <message>
        <source>{budget} has {in_kind} in kind and {cash} in cash left</source>
        <translation>il reste à {budget} {in_kind} en nature et {cash} en espèces</translation>
    </message>
    <message>
        <source>the household&apos;s ceiling has {left} in kind left, the cheapest eligible {kind} package costs {cheapest}</source>
        <translation>il reste {left} en nature sous le plafond du ménage, la moins chère des prestations « {kind} » accessibles coûte {cheapest}</translation>
    </message>
    <message>
        <source>the lead time of every eligible {kind} package has passed since the arrival in {arrival}</source>
        <translation>le délai de toutes les prestations « {kind} » accessibles est dépassé depuis l&apos;arrivée en {arrival}</translation>
    </message>
    <message>
        <source>no budget covers its arrival in {month}</source>
        <translation>aucun budget ne couvre son arrivée en {month}</translation>
    </message>
    <message>
        <source>the catalogue has no {kind} package for {country}</source>
        <translation>le catalogue n&apos;a aucune prestation « {kind} » pour {country}</translation>
    </message>
    <message>
        <source>{partners}: no place left in {region} in {month}</source>
        <translation>{partners} : plus de place à {region} en {month}</translation>
    </message>
    <message>
        <source>{partners}: no place left in {region} from {first} to {last}</source>
        <translation>{partners} : plus de place à {region} de {first} à {last}</translation>
    </message>
    <message>
        <source>no training in {skill} is offered in {region} (only {trades})</source>
        <translation>aucune formation en {skill} n&apos;est proposée à {region} (seulement : {trades})</translation>
    </message>
    <message>
        <source>not eligible: {reasons}</source>
        <translation>non admissible : {reasons}</translation>
    </message>
    <message>
        <source>no eligible {kind} package can be delivered in time</source>
        <translation>aucune prestation « {kind} » accessible ne peut être livrée à temps</translation>
    </message>
    <message>
        <source>no {kind} package is offered in {region}</source>
        <translation>aucune prestation « {kind} » n&apos;est proposée à {region}</translation>
    </message>
    <message>
        <source>a {kind} package still fits: the search stopped before allocating it (run again with more time, or adjust by hand)</source>
        <translation>une prestation « {kind} » convient encore : la recherche s&apos;est arrêtée avant de l&apos;attribuer (relancez avec plus de temps, ou ajustez à la main)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packages</source>
        <translation>
            <numerusform>%Ln prestation</numerusform>
            <numerusform>%Ln prestations</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} has already travelled</source>
        <translation>{reference} a déjà voyagé</translation>
    </message>
    <message>
        <source>{reference} has no members to book</source>
        <translation>{reference} n&apos;a aucun membre à réserver</translation>
    </message>
    <message>
        <source>{reference} is already closed</source>
        <translation>{reference} est déjà clôturé</translation>
    </message>
    <message>
        <source>{reference} is not booked on a movement; book it first</source>
        <translation>{reference} n&apos;est réservé sur aucun mouvement ; réservez-le d&apos;abord</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended</source>
        <translation>{reference} : l&apos;intervention de l&apos;organisation a pris fin</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended; no declaration of return can be printed</source>
        <translation>{reference} : l&apos;intervention de l&apos;organisation a pris fin ; aucune déclaration de retour ne peut être imprimée</translation>
    </message>
    <message>
        <source>{reference}: the organisation&apos;s involvement has ended; no travel document can be printed for this case</source>
        <translation>{reference} : l&apos;intervention de l&apos;organisation a pris fin ; aucun document de voyage ne peut être imprimé pour ce dossier</translation>
    </message>
    <message>
        <source>{referred_on} is before the concern was raised ({raised_on})</source>
        <translation>{referred_on} est antérieur au signalement du besoin de protection ({raised_on})</translation>
    </message>
    <message>
        <source>The encrypted {context} could not be opened: it was altered or moved from another record, or sealed with another field key</source>
        <translation>Le contenu chiffré {context} n’a pas pu être ouvert : il a été modifié ou déplacé depuis un autre enregistrement, ou scellé avec une autre clé de terrain</translation>
    </message>
    <message>
        <source>{reference} has not arrived in the country of return; a package is handed over after arrival</source>
        <translation>{reference} n&apos;est pas arrivé dans le pays de retour ; une prestation est remise après l&apos;arrivée</translation>
    </message>
    <message>
        <source>may not travel on its booking now: {reasons}</source>
        <translation>ne peut pas voyager sur sa réservation à présent : {reasons}</translation>
    </message>
    <message>
        <source>a reported breach of {country}&apos;s assurances awaits its review decision; only the review decision (Monitoring page, with its reason) can bring a {kind} assurance into force</source>
        <translation>une violation signalée des garanties de {country} attend sa décision de réexamen ; seule la décision de réexamen (page Suivi, avec son motif) peut mettre en vigueur une garantie de {kind}</translation>
    </message>
    <message>
        <source>The audit log of installation {installation} is linked with a chain key, and this desktop&apos;s keychain holds none for it; import it with `homeward keys import-field-key FILE` (an officer exports it with the field key)</source>
        <translation>Le journal d&apos;audit de l&apos;installation {installation} est chaîné avec une clé, et le trousseau de ce poste n&apos;en contient aucune pour elle ; importez-la avec `homeward keys import-field-key FICHIER` (un délégué l&apos;exporte avec la clé de terrain)</translation>
    </message>
    <message>
        <source>{movement} cannot be recorded as departed: {households}. A household that did not board is taken off the movement first</source>
        <translation>Le départ de {movement} ne peut pas être enregistré : {households}. Un ménage qui n&apos;a pas embarqué est d&apos;abord retiré du mouvement</translation>
    </message>
    <message>
        <source>no movement has the code {code}</source>
        <translation>aucun mouvement n&apos;a le code {code}</translation>
    </message>
    <message>
        <source>is not a spreadsheet Homeward writes: end the name with .xlsx (Excel) or .csv</source>
        <translation>n&apos;est pas un tableur que Homeward écrit : terminez le nom par .xlsx (Excel) ou .csv</translation>
    </message>
    <message>
        <source>The {context} holds plain text where an encrypted value belongs: it was written around Homeward and is not shown</source>
        <translation>{context} contient du texte en clair là où une valeur chiffrée est attendue : il a été écrit en contournant Homeward et n’est pas affiché</translation>
    </message>
    <message>
        <source>The encrypted {context} is not bound to its record (sealed by an older Homeward); run `homeward db upgrade` on a desktop holding the field key</source>
        <translation>Le contenu chiffré {context} n’est pas lié à son enregistrement (scellé par une version antérieure de Homeward) ; lancez `homeward db upgrade` sur un poste qui détient la clé de terrain</translation>
    </message>
    <message>
        <source>holds the audit chain key of installation {held}, but this database is installation {expected}</source>
        <translation>contient la clé de chaîne d&apos;audit de l&apos;installation {held}, mais cette base est l&apos;installation {expected}</translation>
    </message>
    <message>
        <source>{country} does not authorise active monitoring on {on}: a visit cannot be recorded for that day (a report received or a call can)</source>
        <translation>{country} n&apos;autorise pas le suivi actif le {on} : aucune visite ne peut être enregistrée ce jour-là (un rapport reçu ou un appel, si)</translation>
    </message>
    <message>
        <source>{reference}: {reasons} — to resolve: {fixes}</source>
        <translation>{reference} : {reasons} — pour résoudre : {fixes}</translation>
    </message>
    <message>
        <source>{backend} is not an OS keychain (it keeps secrets in a plain or merely obfuscated file, or nowhere), so Homeward keeps no secret there</source>
        <translation>{backend} n’est pas un trousseau du système (il garde les secrets dans un fichier en clair ou à peine masqué, ou nulle part) : Homeward n’y garde aucun secret</translation>
    </message>
    <message>
        <source>Leg {number}, {part}: {problem}</source>
        <translation>Étape {number}, {part} : {problem}</translation>
    </message>
    <message>
        <source>No manifest of {movement} can be printed while a booked household is not ready on the day: {households}. Resolve it, or take the household off the movement</source>
        <translation>Aucun manifeste de {movement} ne peut être imprimé tant qu&apos;un ménage réservé n&apos;est pas prêt le jour du départ : {households}. Résolvez-le, ou retirez le ménage du mouvement</translation>
    </message>
    <message>
        <source>a travel letter needs the office&apos;s {missing}: fill them in under Administration › Office… (or `homeward office set`)</source>
        <translation>une lettre de voyage exige du bureau : {missing} ; complétez-les dans Administration › Bureau… (ou `homeward office set`)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read ({reason})</source>
        <translation>« {path} » ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{user} ({role}) may not take a backup of the whole database: only a coordinator or data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à faire une sauvegarde de toute la base : seul un coordinateur ou un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>{user} ({role}) may not export lists of people (cases, follow-ups, plans, passengers, allocations) to a file: only a coordinator, monitor or data-protection officer may</source>
        <translation>{user} ({role}) ne peut pas exporter de listes de personnes (dossiers, suivis, plans, passagers, allocations) vers un fichier : seul un coordinateur, un moniteur ou un délégué à la protection des données le peut</translation>
    </message>
    <message>
        <source>{user} ({role}) may not restore the database from a backup: only a data-protection officer may</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à restaurer la base depuis une sauvegarde : seul un délégué à la protection des données peut le faire</translation>
    </message>
    <message>
        <source>places are named only in {languages}</source>
        <translation>les lieux ne sont nommés qu&apos;en {languages}</translation>
    </message>
    <message>
        <source>{reference}: its confirmed booking no longer passes readiness; planned as if free</source>
        <translation>{reference} : sa réservation confirmée ne satisfait plus l&apos;aptitude au départ ; planifiée comme si elle était libre</translation>
    </message>
    <message>
        <source>{case}: its movement {before} is no longer in the plan; now on {after}</source>
        <translation>{case} : son mouvement {before} n&apos;est plus dans le plan ; désormais sur {after}</translation>
    </message>
    <message>
        <source>{case}: its movement {before} is no longer in the plan; no other seat</source>
        <translation>{case} : son mouvement {before} n&apos;est plus dans le plan ; aucune autre place</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, the same day for less</source>
        <translation>{case} : de {before} à {after}, le même jour pour moins cher</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, which leaves {days} earlier (seats freed)</source>
        <translation>{case} : de {before} à {after}, qui part {days} plus tôt (places libérées)</translation>
    </message>
    <message>
        <source>{case}: taken off {before} for {households}, who waited longer or are more vulnerable</source>
        <translation>{case} : retiré de {before} au profit de {households}, qui attendent depuis plus longtemps ou sont plus vulnérables</translation>
    </message>
    <message>
        <source>{case}: from {before} to {after}, making room for {households}</source>
        <translation>{case} : de {before} à {after}, pour faire de la place à {households}</translation>
    </message>
    <message>
        <source>{case}: readiness no longer allows {before}; now on {after}</source>
        <translation>{case} : l&apos;aptitude au départ ne permet plus {before} ; désormais sur {after}</translation>
    </message>
    <message>
        <source>{case}: readiness no longer allows {before}; no other seat</source>
        <translation>{case} : l&apos;aptitude au départ ne permet plus {before} ; aucune autre place</translation>
    </message>
    <message>
        <source>{placement}; {cost}</source>
        <translation>{placement} ; {cost}</translation>
    </message>
    <message>
        <source>departs on {departs}, within {days}</source>
        <translation>part le {departs}, dans les {days}</translation>
    </message>
    <message>
        <source>travel letter issued on {issued}</source>
        <translation>lettre de voyage émise le {issued}</translation>
    </message>
    <message>
        <source>is your own account: change your password instead (File › Change password…)</source>
        <translation>est votre propre compte : changez plutôt votre mot de passe (Fichier › Changer le mot de passe…)</translation>
    </message>
    <message>
        <source>This recovery code does not open the account {user}: it is wrong or was used already, or {user} is no active data-protection officer holding a code; nothing was changed</source>
        <translation>Ce code de récupération n&apos;ouvre pas le compte {user} : il est erroné ou a déjà servi, ou {user} n&apos;est pas un délégué à la protection des données actif détenant un code ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>This backup&apos;s history went another way than the database&apos;s after position {common_seq}: restoring it would undo the last {lost} of the audit log ({start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--older); the restore is logged</source>
        <translation>L&apos;historique de cette sauvegarde a pris un autre chemin que celui de la base après la position {common_seq} : la restaurer annulerait les {lost} les plus récentes du journal d&apos;audit (du {start} au {end} UTC), qui concernaient : {actions}. Rien n&apos;a été remplacé. Pour la restaurer malgré tout, confirmez-le (--older) ; la restauration est journalisée</translation>
    </message>
    <message>
        <source>The restore log {path} cannot be written ({reason}); nothing was restored</source>
        <translation>Le journal des restaurations {path} ne peut pas être écrit ({reason}) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>This backup is older than the database: restoring it would undo the last {lost} of the audit log (after position {backup_seq}, up to {live_seq}; {start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--older); the restore is logged</source>
        <translation>Cette sauvegarde est plus ancienne que la base : la restaurer annulerait les {lost} les plus récentes du journal d&apos;audit (après la position {backup_seq}, jusqu&apos;à {live_seq} ; du {start} au {end} UTC), qui concernaient : {actions}. Rien n&apos;a été remplacé. Pour la restaurer malgré tout, confirmez-le (--older) ; la restauration est journalisée</translation>
    </message>
    <message>
        <source>This backup is of another installation ({theirs}; this database is {ours}): restoring it replaces everything here and undoes all {lost} of the audit log ({start} to {end} UTC), which touched: {actions}. Nothing was replaced. To restore it all the same, confirm it (--other-installation); the restore is logged</source>
        <translation>Cette sauvegarde est celle d&apos;une autre installation ({theirs} ; cette base est {ours}) : la restaurer remplace tout ici et annule l&apos;ensemble des {lost} du journal d&apos;audit (du {start} au {end} UTC), qui concernaient : {actions}. Rien n&apos;a été remplacé. Pour la restaurer malgré tout, confirmez-le (--other-installation) ; la restauration est journalisée</translation>
    </message>
    <message>
        <source>{country} authorises active monitoring in {region} on none of the days {first} to {last}: no visit can be planned there</source>
        <translation>{country} n&apos;autorise le suivi actif à {region} aucun des jours du {first} au {last} : aucune visite ne peut y être planifiée</translation>
    </message>
    <message>
        <source>does not open: it was altered, or moved from another record</source>
        <translation>ne s’ouvre pas : elle a été modifiée, ou déplacée depuis un autre enregistrement</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>est endommagée</translation>
    </message>
    <message>
        <source>opens, but does not match the file&apos;s recorded digest</source>
        <translation>s’ouvre, mais ne correspond pas à l’empreinte enregistrée du fichier</translation>
    </message>
    <message>
        <source>was sealed with another field key ({key_id})</source>
        <translation>a été scellée avec une autre clé de terrain ({key_id})</translation>
    </message>
    <message>
        <source>holds plain text where a sealed value belongs</source>
        <translation>contient du texte en clair là où une valeur scellée est attendue</translation>
    </message>
    <message>
        <source>was sealed the older way, not bound to its record</source>
        <translation>a été scellée à l’ancienne manière, sans lien avec son enregistrement</translation>
    </message>
    <message>
        <source>Wrong user name or password, or this account may not sign in now: {failures} in a row lock it for {minutes}, and a deactivated account stays closed; ask the data-protection officer if it goes on</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné, ou ce compte ne peut pas se connecter pour l&apos;instant : {failures} de suite le verrouillent pendant {minutes}, et un compte désactivé reste fermé ; adressez-vous au délégué à la protection des données si cela persiste</translation>
    </message>
    <message>
        <source>The {solver} stopped unexpectedly ({how}); nothing was changed. Its log is saved in {log}</source>
        <translation>Arrêt inattendu : {solver} ({how}) ; rien n&apos;a été modifié. Son journal est enregistré dans {log}</translation>
    </message>
    <message>
        <source>is not a &apos;name: value&apos; line</source>
        <translation>n&apos;est pas une ligne « nom : valeur »</translation>
    </message>
    <message>
        <source>lacks {missing}</source>
        <translation>il manque {missing}</translation>
    </message>
    <message>
        <source>is not a statement printed by Homeward (it does not start &apos;HOMEWARD DOCUMENT 1&apos;)</source>
        <translation>n&apos;est pas une déclaration imprimée par Homeward (elle ne commence pas par « HOMEWARD DOCUMENT 1 »)</translation>
    </message>
    <message>
        <source>is not a person line (name | [Latin name |] date of birth | travel document)</source>
        <translation>n&apos;est pas une ligne de personne (nom | [nom en caractères latins |] date de naissance | document de voyage)</translation>
    </message>
    <message>
        <source>The database {where} refused: this desktop&apos;s database login may not do that (its role does not allow it); nothing was saved</source>
        <translation>La base de données {where} a refusé : l’identifiant de base de données de ce poste ne permet pas cela (son rôle ne l’autorise pas) ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>The database {where} refused: this desktop&apos;s database login belongs to another account than the one signed in; sign in as that account, or use your own login</source>
        <translation>La base de données {where} a refusé : l’identifiant de base de données de ce poste appartient à un autre compte que celui qui est connecté ; connectez-vous avec ce compte, ou utilisez votre propre identifiant</translation>
    </message>
    <message>
        <source>The database holds {values} to bind to their records, and this desktop does not hold its field key {key_id}; import it (`homeward keys import-field-key FILE`) and upgrade again; nothing was changed</source>
        <translation>La base de données contient {values} à lier à leurs enregistrements, et ce poste ne détient pas sa clé de terrain {key_id} ; importez-la (`homeward keys import-field-key FICHIER`) puis relancez la mise à niveau ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>The database holds {values} but no record of the field key that sealed them; restore it from a backup; nothing was changed</source>
        <translation>La base de données contient {values} mais aucune trace de la clé de terrain qui les a scellées ; restaurez-la depuis une sauvegarde ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the issue record was altered after printing (its facts no longer match its digest)</source>
        <translation>la fiche d&apos;émission a été modifiée après l&apos;impression (ses faits ne correspondent plus à son empreinte)</translation>
    </message>
    <message>
        <source>the records changed since printing: {paths}</source>
        <translation>les dossiers ont changé depuis l&apos;impression : {paths}</translation>
    </message>
    <message>
        <source>the records changed since printing: {paths} and {more} more</source>
        <translation>les dossiers ont changé depuis l&apos;impression : {paths} et {more} autres</translation>
    </message>
    <message>
        <source>a newer issue of this document was printed on {day} ({code})</source>
        <translation>une émission plus récente de ce document a été imprimée le {day} ({code})</translation>
    </message>
    <message>
        <source>no Homeward QR code was found in &apos;{path}&apos;</source>
        <translation>aucun code QR de Homeward n&apos;a été trouvé dans « {path} »</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a PDF or image Homeward can read ({reason})</source>
        <translation>« {path} » n&apos;est pas un PDF ou une image que Homeward peut lire ({reason})</translation>
    </message>
    <message>
        <source>checking offline needs the PDF, scan or photo of the document, and --public-key</source>
        <translation>une vérification hors ligne exige le PDF, le scan ou la photo du document, et --public-key</translation>
    </message>
    <message>
        <source>revoked on {day} by {by}: {reason}</source>
        <translation>révoqué le {day} par {by} : {reason}</translation>
    </message>
    <message>
        <source>the statement kept for this code does not carry the office&apos;s signature (the issue record was altered)</source>
        <translation>la déclaration conservée pour ce code ne porte pas la signature du bureau (l&apos;enregistrement de l&apos;émission a été modifié)</translation>
    </message>
    <message>
        <source>{subject} no longer exists in the records</source>
        <translation>{subject} n&apos;existe plus dans les dossiers</translation>
    </message>
    <message>
        <source>the public key file &apos;{path}&apos; cannot be read ({reason})</source>
        <translation>le fichier de clé publique « {path} » ne peut pas être lu ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed values</source>
        <translation>
            <numerusform>%Ln valeur scellée</numerusform>
            <numerusform>%Ln valeurs scellées</numerusform>
        </translation>
    </message>
    <message>
        <source>active monitoring profiles</source>
        <extracomment>The fields validation errors name (`planning.messages.FIELDS`).</extracomment>
        <translation>profils soumis au suivi actif</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>arrival at</source>
        <translation>heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>heure d&apos;arrivée effective</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>évalué par</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>date d&apos;évaluation</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>affectations</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>authority name</source>
        <translation>nom de l&apos;autorité</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>base légale</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>réservation</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>identifiant du dossier</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>cash per adult</source>
        <translation>espèces par adulte</translation>
    </message>
    <message>
        <source>cash per dependant</source>
        <translation>espèces par personne à charge</translation>
    </message>
    <message>
        <source>cash total</source>
        <translation>total en espèces</translation>
    </message>
    <message>
        <source>charter cost</source>
        <translation>coût de l&apos;affrètement</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>clôturé le</translation>
    </message>
    <message>
        <source>closes at</source>
        <translation>heure de fermeture</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>conditions</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>confirmed on</source>
        <translation>confirmé le</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact made</source>
        <translation>contact établi</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>conseiller</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>mot de passe actuel</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>day end</source>
        <translation>fin de journée</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>décidé par</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>décidé le</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>remis le</translation>
    </message>
    <message>
        <source>departed at</source>
        <translation>heure de départ effective</translation>
    </message>
    <message>
        <source>details</source>
        <translation>précisions</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>indications d&apos;accès</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>effectué le</translation>
    </message>
    <message>
        <source>economic score</source>
        <translation>score économique</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>emergency line</source>
        <translation>ligne d&apos;urgence</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>flight number</source>
        <translation>numéro de vol</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>ligne de financement</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>donné le</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>tenu le</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>entrée en vigueur</translation>
    </message>
    <message>
        <source>in force to</source>
        <translation>fin de vigueur</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>en nature</translation>
    </message>
    <message>
        <source>in kind per adult</source>
        <translation>en nature par adulte</translation>
    </message>
    <message>
        <source>in kind per dependant</source>
        <translation>en nature par personne à charge</translation>
    </message>
    <message>
        <source>in kind total</source>
        <translation>total en nature</translation>
    </message>
    <message>
        <source>information given</source>
        <translation>informations données</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>délivré par</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>date de délivrance</translation>
    </message>
    <message>
        <source>issuing authority</source>
        <translation>autorité émettrice</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>pays de délivrance</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier mois</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>lead max months</source>
        <translation>délai maximal (mois)</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>legs[1].departure at</source>
        <translation>legs[1].heure de départ</translation>
    </message>
    <message>
        <source>legs[1].origin</source>
        <translation>legs[1].origine</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>livelihood</source>
        <translation>moyens de subsistance</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>verrous</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance des colonnes</translation>
    </message>
    <message>
        <source>max age</source>
        <translation>âge maximal</translation>
    </message>
    <message>
        <source>medical escort places</source>
        <translation>places d&apos;escorte médicale</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>minor escort places</source>
        <translation>places d&apos;escorte pour mineurs</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode de suivi</translation>
    </message>
    <message>
        <source>monitoring level</source>
        <translation>niveau de suivi</translation>
    </message>
    <message>
        <source>monitors</source>
        <translation>chargés de suivi</translation>
    </message>
    <message>
        <source>monitors per day</source>
        <translation>chargés de suivi par jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>mouvements</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>noted on</source>
        <translation>constaté le</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>occurred on</source>
        <translation>survenu le</translation>
    </message>
    <message>
        <source>opens at</source>
        <translation>heure d&apos;ouverture</translation>
    </message>
    <message>
        <source>other person</source>
        <translation>autre personne</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>outcome on</source>
        <translation>résultat le</translation>
    </message>
    <message>
        <source>package delivered</source>
        <translation>prestation remise</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>fin de la période</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>période du</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>début de la période</translation>
    </message>
    <message>
        <source>period to</source>
        <translation>période au</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>person ids</source>
        <translation>identifiants des personnes</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>psychosocial score</source>
        <translation>score psychosocial</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>signalée le</translation>
    </message>
    <message>
        <source>readmitted without problems</source>
        <translation>réadmis sans difficulté</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>reception arrangement</source>
        <translation>modalités d&apos;accueil</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>note d&apos;orientation</translation>
    </message>
    <message>
        <source>referred on</source>
        <translation>orienté le</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>region of return</source>
        <translation>région de retour</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>lien de parenté</translation>
    </message>
    <message>
        <source>repeat password</source>
        <translation>confirmation du mot de passe</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>safeguard</source>
        <translation>mesure de protection</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>numérisation</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>service minutes</source>
        <translation>durée de visite (minutes)</translation>
    </message>
    <message>
        <source>shared on</source>
        <translation>partagé le</translation>
    </message>
    <message>
        <source>signatory&apos;s name</source>
        <translation>nom du signataire</translation>
    </message>
    <message>
        <source>signatory&apos;s title</source>
        <translation>fonction du signataire</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>social score</source>
        <translation>score social</translation>
    </message>
    <message>
        <source>speed kmh</source>
        <translation>vitesse (km/h)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>sujets</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>début de validité</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>fin de validité</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation>vulnérabilités</translation>
    </message>
    <message>
        <source>wishes</source>
        <translation>souhaits</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>retiré le</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>délai (jours)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours de travail</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>country profile</source>
        <translation>profil de pays</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>field office for</source>
        <translation>bureau de terrain pour</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>head of household in case</source>
        <translation>chef de ménage dans le dossier</translation>
    </message>
    <message>
        <source>package allocation</source>
        <translation>attribution de prestation</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <comment>ReferralSource</comment>
        <extracomment>The label of every vocabulary value (`planning.labels`), its enum as context; `desktop.labels.label` shows it.</extracomment>
        <translation>Centre d&apos;accueil</translation>
    </message>
    <message>
        <source>{reference}: {why}; no package is handed over</source>
        <translation>{reference} : {why} ; aucune prestation n&apos;est remise</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {most} (0 or 1: every count shown)</source>
        <translation>doit être un nombre entier de 0 à {most} (0 ou 1 : tous les chiffres affichés)</translation>
    </message>
    <message>
        <source>give one way to count, or two different ones</source>
        <translation>indiquez une manière de compter, ou deux différentes</translation>
    </message>
    <message>
        <source>the {report} report cannot be split by {dimension} (only by {known})</source>
        <translation>le rapport {report} ne peut pas être ventilé par {dimension} (seulement par {known})</translation>
    </message>
    <message>
        <source>a report covers at most {years} years</source>
        <translation>un rapport couvre au plus {years} ans</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a way to count ({known})</source>
        <translation>« {given} » n&apos;est pas une manière de compter ({known})</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a report Homeward draws up ({known})</source>
        <translation>« {given} » n&apos;est pas un rapport établi par Homeward ({known})</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>ouvert le</translation>
    </message>
    <message>
        <source>referral source</source>
        <translation>orienté par</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>smallest count shown in reports for sharing</source>
        <translation>plus petit chiffre affiché dans les rapports partagés</translation>
    </message>
    <message>
        <source>way to count</source>
        <translation>façon de compter</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>ReferralSource</comment>
        <translation>ONG</translation>
    </message>
    <message>
        <source>UNHCR</source>
        <comment>ReferralSource</comment>
        <translation>HCR</translation>
    </message>
    <message>
        <source>Government office</source>
        <comment>ReferralSource</comment>
        <translation>Administration publique</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <comment>ReferralSource</comment>
        <translation>Démarche personnelle</translation>
    </message>
    <message>
        <source>Intake</source>
        <comment>CaseStatus</comment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>In counselling</source>
        <comment>CaseStatus</comment>
        <translation>En conseil</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>CaseStatus</comment>
        <translation>A décidé de rentrer</translation>
    </message>
    <message>
        <source>Preparing travel</source>
        <comment>CaseStatus</comment>
        <translation>Préparation du voyage</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <comment>CaseStatus</comment>
        <translation>Prêt au départ</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>CaseStatus</comment>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>CaseStatus</comment>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>CaseStatus</comment>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Monitoring after return</source>
        <comment>CaseStatus</comment>
        <translation>Suivi après le retour</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>CaseStatus</comment>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>On hold (protection referral)</source>
        <comment>CaseStatus</comment>
        <translation>En attente (orientation vers la protection)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>CaseStatus</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>CaseStatus</comment>
        <translation>Intervention terminée</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>CaseStatus</comment>
        <translation>Protection accordée</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>Sex</comment>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>Sex</comment>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other / unspecified</source>
        <comment>Sex</comment>
        <translation>Autre / non précisé</translation>
    </message>
    <message>
        <source>Head of household</source>
        <comment>Relationship</comment>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <source>Spouse</source>
        <comment>Relationship</comment>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Child</source>
        <comment>Relationship</comment>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>Relationship</comment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <comment>Relationship</comment>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other relative</source>
        <comment>Relationship</comment>
        <translation>Autre parent</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <comment>Relationship</comment>
        <translation>Sans lien de parenté</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <comment>VulnerabilityKind</comment>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <comment>VulnerabilityKind</comment>
        <translation>Victime de traite</translation>
    </message>
    <message>
        <source>Medical need</source>
        <comment>VulnerabilityKind</comment>
        <translation>Besoin médical</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>VulnerabilityKind</comment>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>VulnerabilityKind</comment>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Elderly</source>
        <comment>VulnerabilityKind</comment>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Single parent</source>
        <comment>VulnerabilityKind</comment>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <source>Legal migration channels</source>
        <comment>CounsellingTopic</comment>
        <translation>Voies de migration légale</translation>
    </message>
    <message>
        <source>Protection (asylum, fear of return)</source>
        <comment>CounsellingTopic</comment>
        <translation>Protection (asile, crainte du retour)</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <comment>CounsellingTopic</comment>
        <translation>Aide à la réintégration</translation>
    </message>
    <message>
        <source>Risks of irregular movement</source>
        <comment>CounsellingTopic</comment>
        <translation>Risques de la migration irrégulière</translation>
    </message>
    <message>
        <source>Right to change their mind at any time</source>
        <comment>CounsellingTopic</comment>
        <translation>Droit de changer d&apos;avis à tout moment</translation>
    </message>
    <message>
        <source>The return process</source>
        <comment>CounsellingTopic</comment>
        <translation>Le déroulement du retour</translation>
    </message>
    <message>
        <source>Counselling continues</source>
        <comment>CounsellingOutcome</comment>
        <translation>Le conseil se poursuit</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>CounsellingOutcome</comment>
        <translation>A décidé de rentrer</translation>
    </message>
    <message>
        <source>Undecided</source>
        <comment>CounsellingOutcome</comment>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Declined return</source>
        <comment>CounsellingOutcome</comment>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <source>Protection concern raised</source>
        <comment>CounsellingOutcome</comment>
        <translation>Besoin de protection signalé</translation>
    </message>
    <message>
        <source>Declared decision to return</source>
        <comment>VoluntarinessKind</comment>
        <translation>Décision de retour déclarée</translation>
    </message>
    <message>
        <source>Reconfirmed decision</source>
        <comment>VoluntarinessKind</comment>
        <translation>Décision reconfirmée</translation>
    </message>
    <message>
        <source>Refused / disagreed</source>
        <comment>VoluntarinessKind</comment>
        <translation>Refus / désaccord</translation>
    </message>
    <message>
        <source>Withdrew decision</source>
        <comment>VoluntarinessKind</comment>
        <translation>Décision retirée</translation>
    </message>
    <message>
        <source>Force would be needed</source>
        <comment>VoluntarinessKind</comment>
        <translation>Le recours à la force serait nécessaire</translation>
    </message>
    <message>
        <source>Return is in the child&apos;s best interests</source>
        <comment>BestInterestsOutcome</comment>
        <translation>Le retour est dans l&apos;intérêt supérieur de l&apos;enfant</translation>
    </message>
    <message>
        <source>Return is not in the child&apos;s best interests</source>
        <comment>BestInterestsOutcome</comment>
        <translation>Le retour n&apos;est pas dans l&apos;intérêt supérieur de l&apos;enfant</translation>
    </message>
    <message>
        <source>National asylum authority</source>
        <comment>ReferralAuthority</comment>
        <translation>Autorité nationale de l&apos;asile</translation>
    </message>
    <message>
        <source>UNHCR</source>
        <comment>ReferralAuthority</comment>
        <translation>HCR</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <comment>ProtectionOutcome</comment>
        <translation>Décision en attente</translation>
    </message>
    <message>
        <source>Needs protection</source>
        <comment>ProtectionOutcome</comment>
        <translation>Besoin de protection reconnu</translation>
    </message>
    <message>
        <source>Final negative decision</source>
        <comment>ProtectionOutcome</comment>
        <translation>Décision négative définitive</translation>
    </message>
    <message>
        <source>Readmission</source>
        <comment>AssuranceKind</comment>
        <translation>Réadmission</translation>
    </message>
    <message>
        <source>No punishment</source>
        <comment>AssuranceKind</comment>
        <translation>Absence de sanction</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <comment>AssuranceKind</comment>
        <translation>Autorisation de suivi</translation>
    </message>
    <message>
        <source>Nationals</source>
        <comment>AssuranceScope</comment>
        <translation>Ressortissants</translation>
    </message>
    <message>
        <source>Nationals and permanent residents</source>
        <comment>AssuranceScope</comment>
        <translation>Ressortissants et résidents permanents</translation>
    </message>
    <message>
        <source>Named individuals</source>
        <comment>AssuranceScope</comment>
        <translation>Personnes nommément désignées</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>AssuranceStatus</comment>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>In force</source>
        <comment>AssuranceStatus</comment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>AssuranceStatus</comment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Under review</source>
        <comment>AssuranceStatus</comment>
        <translation>En réexamen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>AssuranceStatus</comment>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>MonitoringLevel</comment>
        <translation>Passif</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>MonitoringLevel</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>TravelDocumentKind</comment>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Emergency travel document</source>
        <comment>TravelDocumentKind</comment>
        <translation>Document de voyage d&apos;urgence</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>TravelDocumentStatus</comment>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>TravelDocumentStatus</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>TravelDocumentStatus</comment>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Travel document</source>
        <comment>Expiry</comment>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <source>Fit-to-travel clearance</source>
        <comment>Expiry</comment>
        <translation>Certificat d’aptitude au voyage</translation>
    </message>
    <message>
        <source>Assurance</source>
        <comment>Expiry</comment>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>CountBy</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>CountBy</comment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>CountBy</comment>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <comment>CountBy</comment>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <comment>CountBy</comment>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>0–4 years</source>
        <comment>AgeGroup</comment>
        <translation>0–4 ans</translation>
    </message>
    <message>
        <source>5–11 years</source>
        <comment>AgeGroup</comment>
        <translation>5–11 ans</translation>
    </message>
    <message>
        <source>12–17 years</source>
        <comment>AgeGroup</comment>
        <translation>12–17 ans</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <comment>AgeGroup</comment>
        <translation>18–24 ans</translation>
    </message>
    <message>
        <source>25–59 years</source>
        <comment>AgeGroup</comment>
        <translation>25–59 ans</translation>
    </message>
    <message>
        <source>60 years and over</source>
        <comment>AgeGroup</comment>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>No vulnerability recorded</source>
        <comment>NoVulnerability</comment>
        <translation>Aucune vulnérabilité enregistrée</translation>
    </message>
    <message>
        <source>Returns</source>
        <comment>ReportKind</comment>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <comment>ReportKind</comment>
        <translation>Réintégration</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <comment>ReportKind</comment>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Travelled</source>
        <comment>Measure</comment>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <comment>Measure</comment>
        <translation>Se sont rétractés</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>Measure</comment>
        <translation>Intervention terminée</translation>
    </message>
    <message>
        <source>Protection referred</source>
        <comment>Measure</comment>
        <translation>Orientés vers la protection</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>Measure</comment>
        <translation>Protection accordée</translation>
    </message>
    <message>
        <source>People allocated a package</source>
        <comment>Measure</comment>
        <translation>Personnes ayant reçu l&apos;attribution d&apos;une aide</translation>
    </message>
    <message>
        <source>People who received a package</source>
        <comment>Measure</comment>
        <translation>Personnes ayant reçu une aide</translation>
    </message>
    <message>
        <source>Households allocated a package</source>
        <comment>Measure</comment>
        <translation>Ménages ayant reçu l&apos;attribution d&apos;une aide</translation>
    </message>
    <message>
        <source>Households that received a package</source>
        <comment>Measure</comment>
        <translation>Ménages ayant reçu une aide</translation>
    </message>
    <message>
        <source>Amount allocated (EUR)</source>
        <comment>Measure</comment>
        <translation>Montant attribué (EUR)</translation>
    </message>
    <message>
        <source>Amount delivered (EUR)</source>
        <comment>Measure</comment>
        <translation>Montant remis (EUR)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <comment>Measure</comment>
        <translation>Suivis échus</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <comment>Measure</comment>
        <translation>Suivis effectués</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <comment>Measure</comment>
        <translation>Suivis manqués</translation>
    </message>
    <message>
        <source>Follow-ups escalated</source>
        <comment>Measure</comment>
        <translation>Suivis relancés</translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <comment>Measure</comment>
        <translation>Incidents signalés</translation>
    </message>
    <message>
        <source>Economic score (mean)</source>
        <comment>Measure</comment>
        <translation>Note économique (moyenne)</translation>
    </message>
    <message>
        <source>Social score (mean)</source>
        <comment>Measure</comment>
        <translation>Note sociale (moyenne)</translation>
    </message>
    <message>
        <source>Psychosocial score (mean)</source>
        <comment>Measure</comment>
        <translation>Note psychosociale (moyenne)</translation>
    </message>
    <message>
        <source>People</source>
        <comment>Unit</comment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>Unit</comment>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <comment>Unit</comment>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>Unit</comment>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Euros</source>
        <comment>Unit</comment>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Mean score</source>
        <comment>Unit</comment>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <comment>EscortNeed</comment>
        <translation>Escorte médicale</translation>
    </message>
    <message>
        <source>Escort for a minor</source>
        <comment>EscortNeed</comment>
        <translation>Escorte pour un mineur</translation>
    </message>
    <message>
        <source>Scheduled flight</source>
        <comment>MovementKind</comment>
        <translation>Vol régulier</translation>
    </message>
    <message>
        <source>Charter flight</source>
        <comment>MovementKind</comment>
        <translation>Vol affrété</translation>
    </message>
    <message>
        <source>Ground transport</source>
        <comment>MovementKind</comment>
        <translation>Transport terrestre</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>MovementStatus</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>MovementStatus</comment>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>MovementStatus</comment>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>MovementStatus</comment>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>MovementStatus</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>BookingStatus</comment>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>BookingStatus</comment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Checked in</source>
        <comment>BookingStatus</comment>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>BookingStatus</comment>
        <translation>Départ effectué</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>BookingStatus</comment>
        <translation>Arrivée à destination</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>BookingStatus</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Present and reconfirms</source>
        <comment>Response</comment>
        <translation>Présent et reconfirme</translation>
    </message>
    <message>
        <source>Refuses</source>
        <comment>Response</comment>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Force would be needed</source>
        <comment>Response</comment>
        <translation>Le recours à la force serait nécessaire</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>Role</comment>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>Role</comment>
        <translation>Chargé de suivi</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <comment>Role</comment>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Read-only user</source>
        <comment>Role</comment>
        <translation>Utilisateur en lecture seule</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>LegalBasis</comment>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <comment>LegalBasis</comment>
        <translation>Intérêt vital</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>LegalBasis</comment>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Public interest</source>
        <comment>LegalBasis</comment>
        <translation>Intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <comment>LegalBasis</comment>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>A different person</source>
        <comment>IdentityFinding</comment>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>A new, genuine decision</source>
        <comment>IdentityFinding</comment>
        <translation>Une nouvelle décision authentique</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>EndedBy</comment>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Last change</source>
        <comment>EndedBy</comment>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Members&apos; names, birth dates and contacts</source>
        <comment>Removal</comment>
        <translation>Noms, dates de naissance et coordonnées des membres</translation>
    </message>
    <message>
        <source>Voluntariness statements</source>
        <comment>Removal</comment>
        <translation>Déclarations sur le caractère volontaire</translation>
    </message>
    <message>
        <source>Protection statements</source>
        <comment>Removal</comment>
        <translation>Déclarations de protection</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <comment>Removal</comment>
        <translation>Notes de conseil</translation>
    </message>
    <message>
        <source>Monitoring notes</source>
        <comment>Removal</comment>
        <translation>Notes de suivi</translation>
    </message>
    <message>
        <source>Attachments</source>
        <comment>Removal</comment>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Travel document numbers</source>
        <comment>Removal</comment>
        <translation>Numéros de documents de voyage</translation>
    </message>
    <message>
        <source>Household place after return</source>
        <comment>Removal</comment>
        <translation>Lieu de vie du ménage après le retour</translation>
    </message>
    <message>
        <source>Printed-document records</source>
        <comment>Removal</comment>
        <translation>Traces des documents imprimés</translation>
    </message>
    <message>
        <source>Audit entries (before/after values)</source>
        <comment>Removal</comment>
        <translation>Entrées d&apos;audit (valeurs avant/après)</translation>
    </message>
    <message>
        <source>Scheduled follow-up</source>
        <comment>FollowUpKind</comment>
        <translation>Suivi programmé</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <comment>FollowUpKind</comment>
        <translation>Deuxième tentative</translation>
    </message>
    <message>
        <source>Field visit after missed contacts</source>
        <comment>FollowUpKind</comment>
        <translation>Visite sur place après des contacts manqués</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>FollowUpStatus</comment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>FollowUpStatus</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>FollowUpStatus</comment>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>ContactMode</comment>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>ContactMode</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner report</source>
        <comment>ContactMode</comment>
        <translation>Rapport du partenaire</translation>
    </message>
    <message>
        <source>Self-report</source>
        <comment>ContactMode</comment>
        <translation>Signalement par la personne</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <comment>Breach</comment>
        <translation>Réadmission refusée</translation>
    </message>
    <message>
        <source>Punished</source>
        <comment>Breach</comment>
        <translation>Sanctionné</translation>
    </message>
    <message>
        <source>Detained</source>
        <comment>Breach</comment>
        <translation>Détenu</translation>
    </message>
    <message>
        <source>Fined</source>
        <comment>Breach</comment>
        <translation>Mis à l&apos;amende</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <comment>Breach</comment>
        <translation>Poursuivi</translation>
    </message>
    <message>
        <source>Harassed</source>
        <comment>Breach</comment>
        <translation>Harcelé</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>Dimension</comment>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>Dimension</comment>
        <translation>Social</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <comment>Dimension</comment>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Punishment</source>
        <comment>IncidentKind</comment>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Detention</source>
        <comment>IncidentKind</comment>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <comment>IncidentKind</comment>
        <translation>Réadmission refusée</translation>
    </message>
    <message>
        <source>Restore the assurances</source>
        <comment>ReviewOutcome</comment>
        <translation>Rétablir les garanties</translation>
    </message>
    <message>
        <source>Restrict returns to one region</source>
        <comment>ReviewOutcome</comment>
        <translation>Limiter les retours à une région</translation>
    </message>
    <message>
        <source>Restore, but suspend returns of one profile</source>
        <comment>ReviewOutcome</comment>
        <translation>Rétablir, mais suspendre les retours d&apos;un profil</translation>
    </message>
    <message>
        <source>Suspend all returns (assurances revoked)</source>
        <comment>ReviewOutcome</comment>
        <translation>Suspendre tous les retours (garanties révoquées)</translation>
    </message>
    <message>
        <source>Business start-up</source>
        <comment>PackageKind</comment>
        <translation>Création d&apos;entreprise</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <comment>PackageKind</comment>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>PackageKind</comment>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Housing</source>
        <comment>PackageKind</comment>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Medical</source>
        <comment>PackageKind</comment>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <comment>PackageKind</comment>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>AllocationStatus</comment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>AllocationStatus</comment>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>AllocationStatus</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <comment>reintegration.allocation.result.Status</comment>
        <translation>Optimal prouvé</translation>
    </message>
    <message>
        <source>Feasible — not proven optimal</source>
        <comment>reintegration.allocation.result.Status</comment>
        <translation>Réalisable — optimalité non prouvée</translation>
    </message>
    <message>
        <source>Voluntariness</source>
        <comment>Safeguard</comment>
        <translation>Caractère volontaire</translation>
    </message>
    <message>
        <source>Refusal stops everything</source>
        <comment>Safeguard</comment>
        <translation>Un refus arrête tout</translation>
    </message>
    <message>
        <source>No force, ever</source>
        <comment>Safeguard</comment>
        <translation>Jamais de contrainte</translation>
    </message>
    <message>
        <source>Protection claims are referred, not decided</source>
        <comment>Safeguard</comment>
        <translation>Les demandes de protection sont orientées, pas tranchées</translation>
    </message>
    <message>
        <source>Readmission assurance</source>
        <comment>Safeguard</comment>
        <translation>Garantie de réadmission</translation>
    </message>
    <message>
        <source>No-punishment guarantee</source>
        <comment>Safeguard</comment>
        <translation>Garantie d&apos;absence de sanction</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <comment>Safeguard</comment>
        <translation>Autorisation de suivi</translation>
    </message>
    <message>
        <source>Advisories</source>
        <comment>Safeguard</comment>
        <translation>Avis de suspension</translation>
    </message>
    <message>
        <source>Breach escalation</source>
        <comment>Safeguard</comment>
        <translation>Escalade en cas de manquement</translation>
    </message>
    <message>
        <source>Travel readiness</source>
        <comment>Safeguard</comment>
        <translation>Préparation au voyage</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>Stage</comment>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Departure</source>
        <comment>Stage</comment>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <comment>scheduling.result.Status</comment>
        <translation>Optimal prouvé</translation>
    </message>
    <message>
        <source>Feasible — not proven optimal</source>
        <comment>scheduling.result.Status</comment>
        <translation>Réalisable — optimalité non prouvée</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <comment>scheduling.result.Status</comment>
        <translation>Irréalisable</translation>
    </message>
    <message>
        <source>No plan found</source>
        <comment>scheduling.result.Status</comment>
        <translation>Aucun plan trouvé</translation>
    </message>
    <message>
        <source>Its movement is no longer in the plan</source>
        <comment>MoveReason</comment>
        <translation>Son mouvement ne figure plus dans le plan</translation>
    </message>
    <message>
        <source>No longer ready on its movement&apos;s date</source>
        <comment>MoveReason</comment>
        <translation>N&apos;est plus prêt à la date de son mouvement</translation>
    </message>
    <message>
        <source>Leaves earlier</source>
        <comment>MoveReason</comment>
        <translation>Part plus tôt</translation>
    </message>
    <message>
        <source>A cheaper seat</source>
        <comment>MoveReason</comment>
        <translation>Une place moins chère</translation>
    </message>
    <message>
        <source>Makes room for more people</source>
        <comment>MoveReason</comment>
        <translation>Libère de la place pour plus de personnes</translation>
    </message>
    <message>
        <source>Gives its seat to households waiting longer</source>
        <comment>MoveReason</comment>
        <translation>Cède sa place à des ménages qui attendent depuis plus longtemps</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>Term</comment>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>Term</comment>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Moved bookings</source>
        <comment>Term</comment>
        <translation>Réservations déplacées</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <source>Head of household</source>
        <comment>SortKey</comment>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>SortKey</comment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Country / region</source>
        <comment>SortKey</comment>
        <translation>Pays / région</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SortKey</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Readiness</source>
        <comment>SortKey</comment>
        <translation>Aptitude au départ</translation>
    </message>
    <message>
        <source>Days since decision</source>
        <comment>SortKey</comment>
        <translation>Jours depuis la décision</translation>
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
        <translation>Ménage / identifiant d&apos;orientation</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <comment>Field</comment>
        <translation>Lien avec le chef de ménage</translation>
    </message>
    <message>
        <source>Given names</source>
        <comment>Field</comment>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <comment>Field</comment>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names (Latin script)</source>
        <comment>Field</comment>
        <translation>Prénoms (alphabet latin)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <comment>Field</comment>
        <translation>Nom de famille (alphabet latin)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <comment>Field</comment>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>Field</comment>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <comment>Field</comment>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Country of return</source>
        <comment>Field</comment>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Region of return</source>
        <comment>Field</comment>
        <translation>Région de retour</translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Field</comment>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>Field</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>Field</comment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <comment>Field</comment>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Referral note</source>
        <comment>Field</comment>
        <translation>Note d&apos;orientation</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <comment>RowStatus</comment>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <source>Has errors</source>
        <comment>RowStatus</comment>
        <translation>Contient des erreurs</translation>
    </message>
    <message>
        <source>Likely already known</source>
        <comment>RowStatus</comment>
        <translation>Probablement déjà connu</translation>
    </message>
    <message>
        <source>Held with household</source>
        <comment>RowStatus</comment>
        <translation>Retenu avec le ménage</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>Severity</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>Severity</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>Severity</comment>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Day first — 03/04/1990 is 3 April 1990</source>
        <comment>DateOrder</comment>
        <translation>Jour en premier — 03/04/1990 = 3 avril 1990</translation>
    </message>
    <message>
        <source>Month first — 03/04/1990 is 4 March 1990</source>
        <comment>DateOrder</comment>
        <translation>Mois en premier — 03/04/1990 = 4 mars 1990</translation>
    </message>
    <message>
        <source>Cases</source>
        <comment>ExportedList</comment>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <comment>ExportedList</comment>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Movement plan</source>
        <comment>ExportedList</comment>
        <translation>Plan des mouvements</translation>
    </message>
    <message>
        <source>Passengers</source>
        <comment>ExportedList</comment>
        <translation>Passagers</translation>
    </message>
    <message>
        <source>Manifest</source>
        <comment>ExportedList</comment>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Reintegration allocations</source>
        <comment>ExportedList</comment>
        <translation>Allocations de réintégration</translation>
    </message>
    <message>
        <source>Visit routes</source>
        <comment>ExportedList</comment>
        <translation>Itinéraires de visite</translation>
    </message>
    <message>
        <source>Import report</source>
        <comment>ExportedList</comment>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Audit log</source>
        <comment>ExportedList</comment>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>ExportedList</comment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Statistics with every count</source>
        <comment>ExportedList</comment>
        <translation>Statistiques avec tous les chiffres</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <comment>ExportFormat</comment>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (.csv)</source>
        <comment>ExportFormat</comment>
        <translation>CSV, séparé par des virgules (.csv)</translation>
    </message>
    <message>
        <source>Matches the current record</source>
        <comment>documents.verification.Status</comment>
        <translation>Conforme au dossier actuel</translation>
    </message>
    <message>
        <source>Superseded — the document no longer says what the records say</source>
        <comment>documents.verification.Status</comment>
        <translation>Dépassé — le document ne dit plus ce que disent les dossiers</translation>
    </message>
    <message>
        <source>Revoked — the office withdrew this document</source>
        <comment>documents.verification.Status</comment>
        <translation>Révoqué — le bureau a retiré ce document</translation>
    </message>
    <message>
        <source>Unknown — Homeward never issued a document with this code</source>
        <comment>documents.verification.Status</comment>
        <translation>Inconnu — Homeward n&apos;a jamais émis de document avec ce code</translation>
    </message>
    <message>
        <source>Intake</source>
        <comment>Plot</comment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>In counselling</source>
        <comment>Plot</comment>
        <translation>En conseil</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <comment>Plot</comment>
        <translation>A décidé de rentrer</translation>
    </message>
    <message>
        <source>Preparing travel</source>
        <comment>Plot</comment>
        <translation>Préparation du voyage</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <comment>Plot</comment>
        <translation>Prêt au départ</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>Plot</comment>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Departed</source>
        <comment>Plot</comment>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>Plot</comment>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>Plot</comment>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Plot</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>On hold (protection referral)</source>
        <comment>Plot</comment>
        <translation>En attente (orientation vers la protection)</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <comment>Plot</comment>
        <translation>Protection accordée</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <comment>Plot</comment>
        <translation>Intervention terminée</translation>
    </message>
    <message>
        <source>The case {reference} was closed on {closed_on}; a closed case is not planned or moved</source>
        <translation>Le dossier {reference} a été clos le {closed_on} ; un dossier clos n&apos;est ni planifié ni déplacé</translation>
    </message>
    <message>
        <source>None: if the household asks again, open a new case and counsel them</source>
        <translation>Aucune : si le ménage en fait de nouveau la demande, ouvrez un nouveau dossier et conseillez-le</translation>
    </message>
    <message>
        <source>{person} was not ticked present when the household was checked in for {on}</source>
        <translation>{person} n&apos;a pas été coché(e) présent(e) lors de l&apos;enregistrement du ménage pour le {on}</translation>
    </message>
    <message>
        <source>Check {person} in at the desk (present and, for an adult, reconfirming), or take the household off the movement</source>
        <translation>Enregistrez {person} au comptoir (présent(e) et, pour un adulte, reconfirmant), ou retirez le ménage du mouvement</translation>
    </message>
    <message>
        <source>The booking of {reference} holds {booked} seat(s); the household is now {needed} people</source>
        <translation>La réservation de {reference} compte {booked} place(s) ; le ménage compte maintenant {needed} personnes</translation>
    </message>
    <message>
        <source>Give the booking a seat for every member (the movement needs room for them), or move the household</source>
        <translation>Donnez à la réservation une place pour chaque membre (il faut de la place sur le mouvement), ou déplacez le ménage</translation>
    </message>
    <message>
        <source>partner {number}</source>
        <extracomment>Parts of texts (`planning.messages.PHRASES`): readiness reasons, kinds of record…; one wording used by several keys is told apart by its key.</extracomment>
        <translation>partenaire {number}</translation>
    </message>
    <message>
        <source>does not admit age {age}</source>
        <translation>n&apos;admet pas l&apos;âge de {age} ans</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>partner capacity</source>
        <translation>capacité du partenaire</translation>
    </message>
    <message>
        <source>household ceilings</source>
        <translation>plafonds des ménages</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>admissibilité</translation>
    </message>
    <message>
        <source>is for the head of household only</source>
        <translation>est réservée au chef de ménage</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>is not offered in {region} ({country})</source>
        <translation>n&apos;est pas proposée à {region} ({country})</translation>
    </message>
    <message>
        <source>one package of each kind</source>
        <translation>une prestation de chaque type</translation>
    </message>
    <message>
        <source>is a {package_kind} package for a {need_kind} need</source>
        <translation>est une prestation « {package_kind} » pour un besoin « {need_kind} »</translation>
    </message>
    <message>
        <source>teaches {taught}, the person wished for {wished}</source>
        <translation>enseigne {taught}, la personne souhaitait {wished}</translation>
    </message>
    <message>
        <source>needs a vulnerability the person does not have</source>
        <translation>demande une vulnérabilité que la personne n&apos;a pas</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>false checkpoint</source>
        <translation>faux point de contrôle</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>coupée</translation>
    </message>
    <message>
        <source>head moved</source>
        <translation>tête déplacée</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>insérée</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>recalculée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>réécrite</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>avis de suspension</translation>
    </message>
    <message>
        <source>assessed need</source>
        <translation>besoin évalué</translation>
    </message>
    <message>
        <source>assurance</source>
        <translation>garantie</translation>
    </message>
    <message>
        <source>person covered by an assurance</source>
        <translation>personne couverte par une garantie</translation>
    </message>
    <message>
        <source>audit chain head</source>
        <translation>tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrée du journal d&apos;audit</translation>
    </message>
    <message>
        <source>best-interests determination</source>
        <translation>détermination de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>booking of case</source>
        <translation>réservation du dossier</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>consentement enregistré</translation>
    </message>
    <message>
        <source>counselling participant</source>
        <translation>participant à l&apos;entretien de conseil</translation>
    </message>
    <message>
        <source>counselling session</source>
        <translation>entretien de conseil</translation>
    </message>
    <message>
        <source>data transfer</source>
        <translation>transfert de données</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>document émis</translation>
    </message>
    <message>
        <source>document signing key</source>
        <translation>clé de signature des documents</translation>
    </message>
    <message>
        <source>field key</source>
        <translation>clé de terrain</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <source>fit-to-travel clearance</source>
        <translation>certificat d&apos;aptitude au voyage</translation>
    </message>
    <message>
        <source>household place</source>
        <translation>lieu de vie du ménage</translation>
    </message>
    <message>
        <source>identity decision</source>
        <translation>décision d&apos;identité</translation>
    </message>
    <message>
        <source>monitoring incident</source>
        <translation>incident de suivi</translation>
    </message>
    <message>
        <source>monitoring plan</source>
        <translation>plan de suivi</translation>
    </message>
    <message>
        <source>follow-up schedule</source>
        <translation>calendrier de suivi</translation>
    </message>
    <message>
        <source>movement leg</source>
        <translation>étape du mouvement</translation>
    </message>
    <message>
        <source>needs assessment</source>
        <translation>évaluation des besoins</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>profil du bureau</translation>
    </message>
    <message>
        <source>person identity</source>
        <translation>identité de la personne</translation>
    </message>
    <message>
        <source>place name</source>
        <translation>nom de lieu</translation>
    </message>
    <message>
        <source>protection referral</source>
        <translation>orientation pour protection</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>reintegration budget</source>
        <translation>budget de réintégration</translation>
    </message>
    <message>
        <source>reintegration package</source>
        <translation>prestation de réintégration</translation>
    </message>
    <message>
        <source>reintegration partner</source>
        <translation>partenaire de réintégration</translation>
    </message>
    <message>
        <source>skill demand</source>
        <translation>demande de compétences</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>document de voyage</translation>
    </message>
    <message>
        <source>voluntariness event</source>
        <translation>événement relatif au caractère volontaire</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>vulnérabilité</translation>
    </message>
    <message>
        <source>24-hour emergency line</source>
        <translation>ligne d&apos;urgence 24 h sur 24</translation>
    </message>
    <message>
        <source>confirmed booking</source>
        <translation>réservation confirmée</translation>
    </message>
    <message>
        <source>all people who can travel are placed (proven)</source>
        <translation>toutes les personnes qui peuvent voyager sont placées (prouvé)</translation>
    </message>
    <message>
        <source>waiting and cost not yet bounded</source>
        <translation>attente et coût pas encore bornés</translation>
    </message>
    <message>
        <source>waiting and cost optimal (proven)</source>
        <translation>attente et coût optimaux (prouvé)</translation>
    </message>
    <message>
        <source>waiting and cost within {percent} % of optimal (proven)</source>
        <translation>attente et coût à moins de {percent} % de l&apos;optimum (prouvé)</translation>
    </message>
    <message>
        <source>everyone is placed</source>
        <translation>tout le monde est placé</translation>
    </message>
    <message>
        <source>{placed} placed; a better plan might place up to {more} more (a vulnerable person counts twice)</source>
        <translation>{placed} placées ; un meilleur plan pourrait en placer jusqu&apos;à {more} de plus (une personne vulnérable compte double)</translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>ménage entier</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>aptitude au départ</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>sièges</translation>
    </message>
    <message>
        <source>medical escorts</source>
        <translation>escortes médicales</translation>
    </message>
    <message>
        <source>minor escorts</source>
        <translation>escortes de mineurs</translation>
    </message>
    <message>
        <source>locked bookings</source>
        <translation>réservations verrouillées</translation>
    </message>
    <message>
        <source>charter used</source>
        <translation>affrètement utilisé</translation>
    </message>
    <message>
        <source>No {what} {key} found</source>
        <translation>Aucun(e) {what} {key} trouvé(e)</translation>
    </message>
    <message>
        <source>Member {n} — {field}</source>
        <extracomment>A household member&apos;s field: &apos;members[0].sex&apos; (counted from 0).</extracomment>
        <translation>Membre {n} — {field}</translation>
    </message>
    <message>
        <source> (did you mean {suggestion}?)</source>
        <translation> (vouliez-vous dire {suggestion} ?)</translation>
    </message>
    <message>
        <source>A different person: the same particulars, but someone else</source>
        <extracomment>Each finding as the decision reads, for the kind of case the other record ended in.</extracomment>
        <translation>Une personne différente : le même état civil, mais quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The same person, and a new, genuine decision stands</source>
        <translation>La même personne, et une nouvelle décision authentique a été prise</translation>
    </message>
    <message>
        <source>The same person, and the protection has ceased (a new, reasoned decision)</source>
        <translation>La même personne, et la protection a cessé (une nouvelle décision motivée)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s half</source>
        <translation>la moitié du coordinateur</translation>
    </message>
    <message>
        <source>the data-protection officer&apos;s half</source>
        <translation>la moitié du délégué à la protection des données</translation>
    </message>
    <message>
        <source>Only a coordinator or a data-protection officer signs a half of this decision; you may read it, but signing will be refused.</source>
        <translation>Seul un coordinateur ou un délégué à la protection des données signe une moitié de cette décision ; vous pouvez la consulter, mais la signature sera refusée.</translation>
    </message>
    <message>
        <source>Same person? — {person} and {other}</source>
        <translation>Même personne ? — {person} et {other}</translation>
    </message>
    <message>
        <source>Sign {half}</source>
        <translation>Signer {half}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; matches &lt;b&gt;{other}&lt;/b&gt; of case &lt;b&gt;{reference}&lt;/b&gt;. This case stays blocked until a coordinator and a data-protection officer — two different accounts — each sign the same finding with their reasons. Your half is audited under your name; it can be signed again until the other half agrees.</source>
        <translation>&lt;b&gt;{person}&lt;/b&gt; correspond à &lt;b&gt;{other}&lt;/b&gt; du dossier &lt;b&gt;{reference}&lt;/b&gt;. Ce dossier reste bloqué jusqu&apos;à ce qu&apos;un coordinateur et un délégué à la protection des données — deux comptes différents — signent chacun la même conclusion avec leurs motifs. Votre moitié est consignée au journal d&apos;audit sous votre nom ; elle peut être signée à nouveau tant que l&apos;autre moitié ne concorde pas.</translation>
    </message>
    <message>
        <source>Why (required): what was compared, e.g. documents, photographs, fingerprints, the authority&apos;s letter</source>
        <translation>Pourquoi (obligatoire) : ce qui a été comparé, p. ex. documents, photographies, empreintes digitales, lettre de l&apos;autorité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>{role}: not signed yet</source>
        <translation>{role} : pas encore signé</translation>
    </message>
    <message>
        <source>{role}: signed by {user} on {date} — {finding}: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>{role} : signé par {user} le {date} — {finding} : &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Place names</source>
        <extracomment>The columns after the name: one per language a place can be named in.</extracomment>
        <translation>Noms de lieux</translation>
    </message>
    <message>
        <source>How cities, regions, field offices and movement stops read in French and Arabic. A place left empty reads as the records hold it; countries are named by the language itself.</source>
        <translation>Comment les villes, régions, bureaux de terrain et étapes des voyages se lisent en français et en arabe. Un lieu laissé vide se lit tel que les dossiers l&apos;enregistrent ; les pays sont nommés par la langue elle-même.</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Chercher un lieu</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>You may read the names of places; only a coordinator, a monitor or the data-protection officer may change them.</source>
        <translation>Vous pouvez lire les noms de lieux ; seuls un coordinateur, un chargé de suivi ou le délégué à la protection des données peuvent les modifier.</translation>
    </message>
    <message>
        <source>No record names this place any more</source>
        <translation>Plus aucun dossier ne nomme ce lieu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Printed on every document. A travel letter needs the office&apos;s address and a 24-hour emergency line: border and airline staff call it while the household travels.</source>
        <translation>Imprimé sur chaque document. Une lettre de voyage exige l&apos;adresse du bureau et une ligne d&apos;urgence joignable 24 h sur 24 : le personnel des frontières et des compagnies aériennes l&apos;appelle pendant le voyage du ménage.</translation>
    </message>
    <message>
        <source>Answered day and night while returnees travel</source>
        <translation>Joignable jour et nuit pendant le voyage des personnes qui rentrent</translation>
    </message>
    <message>
        <source>A logo is stored</source>
        <translation>Un logo est enregistré</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>24-hour line</source>
        <translation>Ligne 24 h sur 24</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Reports meant for sharing (Excel, PDF) show a cell standing for fewer people or records than this as “&lt;N”, so that no one can be singled out; 0 or 1 shows every count</source>
        <translation>Les rapports destinés à être partagés (Excel, PDF) affichent « &lt;N » pour une cellule représentant moins de personnes ou d&apos;enregistrements que ce nombre, afin que personne ne puisse être identifié ; 0 ou 1 affiche tous les chiffres</translation>
    </message>
    <message>
        <source>Smallest count shown in reports</source>
        <translation>Plus petit chiffre affiché dans les rapports</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>CSV, comma-separated</source>
        <translation>CSV, séparé par des virgules</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to {files}, in {folder}</source>
        <translation>
            <numerusform>%Ln ligne exportée dans {files}, dans {folder}</numerusform>
            <numerusform>%Ln lignes exportées dans {files}, dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation>Export : {list}…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook or a CSV file</source>
        <extracomment>Chooses the file (the save dialog; tests put a path here).</extracomment>
        <translation>Enregistrer cette liste comme classeur Excel ou fichier CSV</translation>
    </message>
    <message>
        <source>(values removed by retention)</source>
        <translation>(valeurs supprimées par la conservation)</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Connu comme</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Statistics — reports for donors</source>
        <translation>Statistiques — rapports pour les bailleurs</translation>
    </message>
    <message>
        <source>Split two ways, the table shows one figure at a time</source>
        <translation>Ventilé de deux manières, le tableau montre un chiffre à la fois</translation>
    </message>
    <message>
        <source>Show every count</source>
        <translation>Afficher tous les chiffres</translation>
    </message>
    <message>
        <source>Small counts are hidden as in reports for sharing; show them as they are (the export then is not for sharing)</source>
        <translation>Les petits chiffres sont masqués comme dans les rapports destinés à être partagés ; les afficher tels quels (l&apos;export n&apos;est alors pas destiné à être partagé)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook: the overview, a sheet per figure and the budgets</source>
        <translation>Enregistrer ce rapport comme classeur Excel : la vue d&apos;ensemble, une feuille par chiffre et les budgets</translation>
    </message>
    <message>
        <source>Issue this report as a PDF in the office&apos;s language, small counts hidden, with a verification code</source>
        <translation>Émettre ce rapport en PDF dans la langue du bureau, petits chiffres masqués, avec un code de vérification</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Readmission</source>
        <translation>Réadmission</translation>
    </message>
    <message>
        <source>No punishment</source>
        <translation>Absence de sanction</translation>
    </message>
    <message>
        <source>Monitoring authorisation</source>
        <translation>Autorisation de suivi</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>Ressortissants</translation>
    </message>
    <message>
        <source>Nationals and residents</source>
        <translation>Ressortissants et résidents</translation>
    </message>
    <message>
        <source>Named individuals</source>
        <translation>Personnes nommément désignées</translation>
    </message>
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
        <source>Homeward will use {language} from its next start.</source>
        <translation>Homeward utilisera la langue {language} à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
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
        <source>database</source>
        <extracomment>An automatic backup (embedded database only) when the window closes.</extracomment>
        <translation>base de données</translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
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
        <translation>Chargé de suivi</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>Review decision for {country} recorded ({outcome}); %n incident(s) closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reception centre</source>
        <extracomment>Each value&apos;s default label (&quot;nationals_and_residents&quot; → &quot;Nationals and residents&quot;), once.</extracomment>
        <translation>Centre d&apos;accueil</translation>
    </message>
    <message>
        <source>Ngo</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Unhcr</source>
        <translation>HCR</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <source>Self referral</source>
        <translation>Démarche personnelle</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <translation>Intervention terminée</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>Protection accordée</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre parent</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>Sans lien de parenté</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>Victime de traite</translation>
    </message>
    <message>
        <source>Medical need</source>
        <translation>Besoin médical</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <source>Legal migration channels</source>
        <translation>Voies de migration légale</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Risks of irregular movement</source>
        <translation>Risques de la migration irrégulière</translation>
    </message>
    <message>
        <source>Right to change mind</source>
        <translation>Droit de changer d&apos;avis</translation>
    </message>
    <message>
        <source>Return process</source>
        <translation>Déroulement du retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Decided to return</source>
        <translation>A décidé de rentrer</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Declined return</source>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <source>Protection concern</source>
        <translation>Besoin de protection</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Reconfirmed</source>
        <translation>Reconfirmée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Force needed</source>
        <translation>Contrainte nécessaire</translation>
    </message>
    <message>
        <source>Return in best interests</source>
        <translation>Retour dans l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>Return not in best interests</source>
        <translation>Retour contraire à l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <source>National asylum authority</source>
        <translation>Autorité nationale de l&apos;asile</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Needs protection</source>
        <translation>Besoin de protection reconnu</translation>
    </message>
    <message>
        <source>Final negative</source>
        <translation>Rejet définitif</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En réexamen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Emergency travel document</source>
        <translation>Document de voyage d&apos;urgence</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Scheduled flight</source>
        <translation>Vol régulier</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Voie terrestre</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Intérêt vital</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <translation>Deuxième tentative</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner report</source>
        <translation>Rapport du partenaire</translation>
    </message>
    <message>
        <source>Self report</source>
        <translation>Auto-déclaration</translation>
    </message>
    <message>
        <source>Punishment</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Readmission refused</source>
        <translation>Réadmission refusée</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Restrict region</source>
        <translation>Restreindre à une région</translation>
    </message>
    <message>
        <source>Restrict profile</source>
        <translation>Restreindre à un profil</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Business start up</source>
        <translation>Création d&apos;entreprise</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
</context>
</TS>

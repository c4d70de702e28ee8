<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>BarcodeRules</name>
    <message>
        <source>The pattern %1 is not valid: %2</source>
        <translation>Le motif %1 n’est pas valide : %2</translation>
    </message>
</context>
<context>
    <name>DeviceConfig</name>
    <message>
        <source>a library outside the network (ISIL %1)</source>
        <translation>une bibliothèque hors du réseau (ISIL %1)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>Impossible de configurer %1 : %2</translation>
    </message>
</context>
<context>
    <name>NetworkConfigPage</name>
    <message>
        <source>Library system's REST address</source>
        <translation>Adresse REST du SIGB</translation>
    </message>
    <message>
        <source>REST sign-in method</source>
        <translation>Mode de connexion REST</translation>
    </message>
    <message>
        <source>REST login or OAuth2 client</source>
        <translation>Identifiant REST ou client OAuth2</translation>
    </message>
    <message>
        <source>Unencrypted connection allowed</source>
        <translation>Connexion non chiffrée autorisée</translation>
    </message>
    <message>
        <source>SIP2 server</source>
        <translation>Serveur SIP2</translation>
    </message>
    <message>
        <source>SIP2 port</source>
        <translation>Port SIP2</translation>
    </message>
    <message>
        <source>SIP2 institution</source>
        <translation>Institution SIP2</translation>
    </message>
    <message>
        <source>SIP2 error detection</source>
        <translation>Détection d’erreurs SIP2</translation>
    </message>
    <message>
        <source>Refresh every (seconds)</source>
        <translation>Actualiser toutes les (secondes)</translation>
    </message>
    <message>
        <source>How patron names show</source>
        <translation>Affichage du nom des lecteurs</translation>
    </message>
    <message>
        <source>Days patron data is kept</source>
        <translation>Jours de conservation des données des lecteurs</translation>
    </message>
    <message>
        <source>Slips printed by themselves</source>
        <translation>Tickets imprimés d’office</translation>
    </message>
    <message>
        <source>Receipt at pickup</source>
        <translation>Ticket de retrait</translation>
    </message>
    <message>
        <source>Zones and shelves of the site</source>
        <translation>Zones et rayons du site</translation>
    </message>
    <message>
        <source>Barcode rules</source>
        <translation>Règles de codes-barres</translation>
    </message>
    <message>
        <source>Names of the libraries by ISIL</source>
        <translation>Noms des bibliothèques par ISIL</translation>
    </message>
    <message>
        <source>The library's ISIL</source>
        <translation>ISIL de la bibliothèque</translation>
    </message>
    <message>
        <source>RFID security value at checkout</source>
        <translation>Valeur antivol RFID au prêt</translation>
    </message>
    <message>
        <source>RFID security value at check-in</source>
        <translation>Valeur antivol RFID au retour</translation>
    </message>
    <message>
        <source>Slip template %1</source>
        <translation>Modèle de ticket %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>When will the patron come?</source>
        <translation>Quand le lecteur viendra-t-il ?</translation>
    </message>
</context>
<context>
    <name>PullList</name>
    <message>
        <source>Cannot read the pick list: %1</source>
        <translation>Impossible de lire la liste à prélever : %1</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Le cache local n’est pas ouvert.</translation>
    </message>
    <message>
        <source>A line of the pick list is damaged in the cache: synchronise again to rebuild it.</source>
        <translation>Une ligne de la liste à prélever est endommagée dans le cache : synchronisez à nouveau pour la reconstruire.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>the library system has no library "%1"</source>
        <translation>le SIGB n’a pas de bibliothèque « %1 »</translation>
    </message>
    <message>
        <source>not used (SIP2 only)</source>
        <translation>non utilisée (SIP2 seul)</translation>
    </message>
    <message numerus="yes">
        <source>%1, queue file with %n line(s)</source>
        <translation>
            <numerusform>%1, fichier de file d’attente de %n ligne</numerusform>
            <numerusform>%1, fichier de file d’attente de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the queue file %1: %2</source>
        <translation>impossible de lire le fichier de file d’attente %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>ligne %1 : un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>no barcode column (expected a header such as "barcode" or "code-barres")</source>
        <translation>aucune colonne de code-barres (en-tête attendu : « code-barres » ou « barcode »)</translation>
    </message>
    <message>
        <source>no barcode</source>
        <translation>pas de code-barres</translation>
    </message>
    <message>
        <source>unreadable barcode "%1"</source>
        <translation>code-barres illisible « %1 »</translation>
    </message>
    <message>
        <source>barcode %1 is listed twice</source>
        <translation>le code-barres %1 figure deux fois</translation>
    </message>
    <message>
        <source>item or record number is not a number</source>
        <translation>le numéro d’exemplaire ou de notice n’est pas un nombre</translation>
    </message>
    <message>
        <source>the file is larger than %L1 MB: it is not a pick list</source>
        <translation>le fichier dépasse %L1 Mo : ce n’est pas une liste à prélever</translation>
    </message>
    <message>
        <source>line %L1: more than %L2 columns</source>
        <translation>ligne %L1 : plus de %L2 colonnes</translation>
    </message>
    <message>
        <source>line %L1: more than %L2 lines or %L3 cells: it is not a pick list</source>
        <translation>ligne %L1 : plus de %L2 lignes ou %L3 cellules : ce n’est pas une liste à prélever</translation>
    </message>
</context>
<context>
    <name>RawPrinter</name>
    <message>
        <source>The receipt printer did not take the slip: %1</source>
        <translation>Le ticket n’a pas pu être envoyé à l’imprimante : %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse au bout de %1 s</translation>
    </message>
    <message>
        <source>no printer address is set</source>
        <translation>aucune adresse d’imprimante n’est configurée</translation>
    </message>
</context>
<context>
    <name>ScanEvent</name>
    <message>
        <source>scan field</source>
        <translation>champ de scan</translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation>douchette clavier</translation>
    </message>
    <message>
        <source>serial scanner</source>
        <translation>douchette série</translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation>Platine RFID</translation>
    </message>
</context>
<context>
    <name>ShelfLayout</name>
    <message>
        <source>The shelf layout is not valid: %1</source>
        <translation>Le plan des rayons n’est pas valide : %1</translation>
    </message>
    <message>
        <source>no list of zones</source>
        <translation>pas de liste de zones</translation>
    </message>
    <message>
        <source>location %1 is in two zones</source>
        <translation>la localisation %1 figure dans deux zones</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>Rayons</translation>
    </message>
</context>
<context>
    <name>SlipMarkup</name>
    <message>
        <source>%1 cannot be printed as a barcode or QR code: printed as text.</source>
        <translation>%1 ne peut pas être imprimé en code-barres ou en QR code : imprimé en texte.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Unknown field {{%1}}</source>
        <translation>Champ inconnu {{%1}}</translation>
    </message>
    <message>
        <source>Unknown section {{#%1}}</source>
        <translation>Section inconnue {{#%1}}</translation>
    </message>
    <message>
        <source>{{/%1}} closes no open section</source>
        <translation>{{/%1}} ne ferme aucune section ouverte</translation>
    </message>
    <message>
        <source>Section {{#%1}} is never closed</source>
        <translation>La section {{#%1}} n’est jamais fermée</translation>
    </message>
    <message>
        <source>{{ without }}</source>
        <translation>{{ sans }}</translation>
    </message>
    <message>
        <source>The template is longer than %L1 characters: the rest is ignored</source>
        <translation>Le modèle dépasse %L1 caractères : la suite est ignorée</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot save the template: %1</source>
        <translation>Impossible d’enregistrer le modèle : %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>comptoir</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 is true or false, not “%2”.</source>
        <translation>%1 vaut true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is a whole number, not “%2”.</source>
        <translation>%1 est un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Daily queue report</source>
        <translation>Statistiques du jour des réservations</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Le fichier PDF n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Comptoir — daily queue report of %1, taken %2</source>
        <translation>Comptoir — statistiques des réservations du %1, relevées le %2</translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation>Statistiques du jour des réservations — %1</translation>
    </message>
    <message>
        <source>Network: %1 placed, %2 captured, %3 filled, %4 cancelled, %5 expired; %6 pending, of which %7 over 48 h.</source>
        <translation>Réseau : %1 posées, %2 affectées, %3 satisfaites, %4 annulées, %5 expirées ; %6 en attente, dont %7 depuis plus de 48 h.</translation>
    </message>
    <message>
        <source>Click &amp; collect orders, to prepare: %1; ready: %2; collected: %3; cancelled or expired: %4; made ready today: %5 (median %6 h).</source>
        <translation>Commandes click &amp; collect, à préparer : %1 ; prêtes : %2 ; retirées : %3 ; annulées ou expirées : %4 ; rendues prêtes aujourd’hui : %5 (médiane %6 h).</translation>
    </message>
</context>
<context>
    <name>comptoir::CapturePage</name>
    <message>
        <source>Capture</source>
        <translation>Retour et affectation</translation>
    </message>
    <message>
        <source>Scan what was pulled or returned: the library system says where it goes.</source>
        <translation>Scannez les documents prélevés ou rendus : le SIGB indique leur destination.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>provisional: set aside</source>
        <translation>provisoire : à mettre de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reprint the slip</source>
        <translation>&amp;Réimprimer le ticket</translation>
    </message>
    <message>
        <source>Pre&amp;view the slip…</source>
        <translation>&amp;Voir l’aperçu du ticket…</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>non imprimé</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>↑ ↓: choose a row · Enter: preview its slip · Ctrl+P: reprint it</source>
        <translation>↑ ↓ : choisir une ligne · Entrée : aperçu de son ticket · Ctrl+P : le réimprimer</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
</context>
<context>
    <name>comptoir::ClickCollectPage</name>
    <message>
        <source>Set &amp;appointment…</source>
        <translation>Fixer un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Bag &amp;label…</source>
        <translation>Imprimer l’é&amp;tiquette du sac…</translation>
    </message>
    <message>
        <source>Appointment for bag %1</source>
        <translation>Rendez-vous pour la commande %1</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Bag label</source>
        <translation>Étiquette du sac</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>to gather (0/%1)</source>
        <translation>à préparer (0/%1)</translation>
    </message>
    <message>
        <source>gathering %1/%2</source>
        <translation>en préparation %1/%2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Click &amp; collect — bag %1</source>
        <translation>Click &amp; collect — sac %1</translation>
    </message>
    <message>
        <source>Label as &amp;PDF…</source>
        <translation>Enregistrer l’étiquette en &amp;PDF…</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Choose an order (↑ ↓ with an empty scan field, or scan its bag label) to see its documents.</source>
        <translation>Choisissez une commande (↑ ↓ quand le champ de scan est vide, ou scannez l’étiquette de son sac) pour voir ses documents.</translation>
    </message>
    <message>
        <source>Bag %1 is not known here</source>
        <translation>Sac %1 inconnu ici</translation>
    </message>
    <message>
        <source>No order of this site has this number: check the label, or refresh (F5).</source>
        <translation>Aucune commande de ce site ne porte ce numéro : vérifiez l’étiquette, ou actualisez (F5).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>emplacement %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>rendez-vous %1</translation>
    </message>
    <message>
        <source>Bag %1</source>
        <translation>Sac %1</translation>
    </message>
    <message>
        <source>Bag %1 — %2</source>
        <translation>Sac %1 — %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Place on the hold shelf: %1</source>
        <translation>Emplacement sur l’étagère des réservations : %1</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Rendez-vous : %1</translation>
    </message>
    <message>
        <source>No appointment yet</source>
        <translation>Pas encore de rendez-vous</translation>
    </message>
    <message>
        <source>in the bag</source>
        <translation>dans le sac</translation>
    </message>
    <message>
        <source>to gather</source>
        <translation>à rassembler</translation>
    </message>
    <message numerus="yes">
        <source>Ordered on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Commandée le %1 (il y a %n jour)</numerusform>
            <numerusform>Commandée le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>To collect by %1</source>
        <translation>À retirer avant le %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln prête</numerusform>
            <numerusform>%Ln prêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ConnectionDialog</name>
    <message>
        <source>Checksums and sequence numbers (error detection)</source>
        <translation>Sommes de contrôle et numéros de séquence (détection d’erreurs)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection to the library system</source>
        <translation>Connexion au SIGB</translation>
    </message>
    <message>
        <source>Staff login and password</source>
        <translation>Identifiant et mot de passe du personnel</translation>
    </message>
    <message>
        <source>OAuth2 client (id and secret)</source>
        <translation>Client OAuth2 (identifiant et secret)</translation>
    </message>
    <message>
        <source>e.g. CENTRE</source>
        <translation>par ex. CENTRE</translation>
    </message>
    <message>
        <source>Koha REST API (queues)</source>
        <translation>API REST de Koha (files d’attente)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>SIP2 (check-in, checkout)</source>
        <translation>SIP2 (retours, prêts)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Institution (AO)</source>
        <translation>Institution (AO)</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Library (site code)</source>
        <translation>Bibliothèque (code du site)</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Identifiant du personnel</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>REST API:</source>
        <translation>API REST :</translation>
    </message>
    <message>
        <source>SIP2:</source>
        <translation>SIP2 :</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>answers, credentials accepted</source>
        <translation>répond, identifiants acceptés</translation>
    </message>
    <message>
        <source>login accepted</source>
        <translation>connexion acceptée</translation>
    </message>
    <message>
        <source>only without a REST address: the ILS's CSV export of its pick list</source>
        <translation>uniquement sans adresse REST : l’export CSV de la liste à prélever du SIGB</translation>
    </message>
    <message>
        <source>Queue file (SIP2 only)</source>
        <translation>Fichier de file d’attente (SIP2 seul)</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (http://) to this library system</source>
        <translation>Autoriser une connexion non chiffrée (http://) à ce SIGB</translation>
    </message>
    <message>
        <source>The login and password were taken out of the address: the password is kept in the system keychain, never in the settings file.</source>
        <translation>L’identifiant et le mot de passe ont été enlevés de l’adresse : le mot de passe est conservé dans le trousseau du système, jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Unencrypted connection: passwords and patron data cross the network in clear.</source>
        <translation>Connexion non chiffrée : les mots de passe et les données des lecteurs circulent en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Set by the network's configuration; IT changes it.</source>
        <translation>Fixé par la configuration du réseau ; le service informatique le modifie.</translation>
    </message>
</context>
<context>
    <name>comptoir::ConnectionState</name>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Library system unavailable</source>
        <translation>SIGB indisponible</translation>
    </message>
</context>
<context>
    <name>comptoir::CratesPage</name>
    <message>
        <source>&amp;Seal and print the label</source>
        <translation>&amp;Fermer et imprimer l’étiquette</translation>
    </message>
    <message>
        <source>&amp;Finish receiving</source>
        <translation>&amp;Terminer la réception</translation>
    </message>
    <message>
        <source>Shuttle crates</source>
        <translation>Caisses de navette</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Items in transit go into their destination's crate at capture. Scan a crate label to receive a crate; scan an item here to take it out of its open crate.</source>
        <translation>Au retour, les documents en transit vont dans la caisse de leur destination. Scannez l’étiquette d’une caisse pour la réceptionner ; scannez un document ici pour l’enlever de sa caisse ouverte.</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non fermée</translation>
    </message>
    <message>
        <source>Open: filling</source>
        <translation>Ouverte : en remplissage</translation>
    </message>
    <message>
        <source>Sealed: waiting for the shuttle</source>
        <translation>Fermée : attend la navette</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>En réception</translation>
    </message>
    <message>
        <source>Received at %1</source>
        <translation>Réceptionnée à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n en trop</numerusform>
            <numerusform>%n en trop</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — %n item(s)</source>
        <translation>
            <numerusform>Caisse pour %1 — %n document</numerusform>
            <numerusform>Caisse pour %1 — %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate from %1, sealed %2: %3 / %4 received</source>
        <translation>Caisse de %1, fermée le %2 : %3 / %4 reçus</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquants : %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Attendus : %1</translation>
    </message>
    <message>
        <source>Extra: %1</source>
        <translation>En trop : %1</translation>
    </message>
    <message>
        <source>Crate label %1</source>
        <translation>Étiquette de caisse %1</translation>
    </message>
    <message>
        <source>Crate sealed</source>
        <translation>Caisse fermée</translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — %n item(s): stick its label on it.</source>
        <translation>
            <numerusform>Caisse pour %1 — %n document : collez-y son étiquette.</numerusform>
            <numerusform>Caisse pour %1 — %n documents : collez-y son étiquette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate %1</source>
        <translation>Caisse %1</translation>
    </message>
    <message>
        <source>This box is now the crate for %1.</source>
        <translation>Ce contenant est maintenant la caisse pour %1.</translation>
    </message>
    <message>
        <source>This box holds no crate: choose an open crate, then scan the box again.</source>
        <translation>Ce contenant ne porte aucune caisse : choisissez une caisse ouverte, puis scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>Crate label refused</source>
        <translation>Étiquette de caisse refusée</translation>
    </message>
    <message>
        <source>Crate label: part %1 of %2 read</source>
        <translation>Étiquette de caisse : code %1 sur %2 lu</translation>
    </message>
    <message>
        <source>Crate not received</source>
        <translation>Caisse non réceptionnée</translation>
    </message>
    <message>
        <source>Crate from %1</source>
        <translation>Caisse de %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan each item: %n expected.</source>
        <translation>
            <numerusform>Scannez chaque document : %n attendu.</numerusform>
            <numerusform>Scannez chaque document : %n attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>Not in this crate's manifest: kept as an extra item.</source>
        <translation>Absent du bordereau de cette caisse : noté en trop.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réceptionnées</translation>
    </message>
    <message>
        <source>Not in a crate</source>
        <translation>Dans aucune caisse</translation>
    </message>
    <message>
        <source>Taken out of the crate</source>
        <translation>Enlevé de la caisse</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>Crate received</source>
        <translation>Caisse réceptionnée</translation>
    </message>
    <message>
        <source>Receive &amp;all without scanning…</source>
        <translation>Réceptionner &amp;tout sans scanner…</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimer le reçu</translation>
    </message>
    <message>
        <source>Shuttle &amp;departure</source>
        <translation>&amp;Départ de la navette</translation>
    </message>
    <message>
        <source>Receive the whole crate</source>
        <translation>Réceptionner toute la caisse</translation>
    </message>
    <message numerus="yes">
        <source>Receive the %n item(s) not scanned from %1 as if each had been scanned? They are checked in now; nobody has looked at them. Do this only for a crate you trust.</source>
        <translation>
            <numerusform>Réceptionner %n document non scanné (provenance : %1) comme s’il avait été scanné ? Son retour est enregistré maintenant, sans que personne ne l’ait vu. À faire seulement pour une caisse sûre.</numerusform>
            <numerusform>Réceptionner les %n documents non scannés (provenance : %1) comme s’ils avaient été scannés ? Leur retour est enregistré maintenant, sans que personne ne les ait vus. À faire seulement pour une caisse sûre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receive the %n item(s)</source>
        <translation>
            <numerusform>Réceptionner %n document</numerusform>
            <numerusform>Réceptionner les %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Pas de reçu</translation>
    </message>
    <message>
        <source>Shuttle departure</source>
        <translation>Départ de la navette</translation>
    </message>
    <message>
        <source>Received without scanning: %1</source>
        <translation>Réceptionné sans scan : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this crate are also listed by the crate %1 from %2 (first: %3): each is received once, in the crate it is found in.</source>
        <translation>
            <numerusform>%n document de cette caisse figure aussi sur la caisse %1 (provenance : %2) (premier : %3) : chaque document est réceptionné une seule fois, dans la caisse où il se trouve.</numerusform>
            <numerusform>%n documents de cette caisse figurent aussi sur la caisse %1 (provenance : %2) (premier : %3) : chaque document est réceptionné une seule fois, dans la caisse où il se trouve.</numerusform>
        </translation>
    </message>
    <message>
        <source>This crate was received already.</source>
        <translation>Cette caisse a déjà été réceptionnée.</translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation>Rien n’a été réceptionné.</translation>
    </message>
    <message>
        <source>Crate received without scanning</source>
        <translation>Caisse réceptionnée sans scan</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) received without scanning, checked in now</source>
        <translation>
            <numerusform>%n document réceptionné sans scan, retour enregistré</numerusform>
            <numerusform>%n documents réceptionnés sans scan, retour enregistré</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate receipt %1</source>
        <translation>Reçu de la caisse %1</translation>
    </message>
    <message>
        <source>Crate receipt</source>
        <translation>Reçu de caisse</translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s) for the shuttle</source>
        <translation>
            <numerusform>%n caisse pour la navette</numerusform>
            <numerusform>%n caisses pour la navette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from %1 in the crate %2, %3</source>
        <translation>Reçu dans la caisse %2 (provenance : %1), %3</translation>
    </message>
    <message>
        <source>(without scanning)</source>
        <translation>(sans scan)</translation>
    </message>
    <message>
        <source>Taken out of the crate for %1 (%2), %3</source>
        <translation>Enlevé de la caisse %2 (destination : %1), %3</translation>
    </message>
    <message>
        <source>In the open crate for %1 (%2) since %3</source>
        <translation>Dans la caisse ouverte %2 (destination : %1) depuis le %3</translation>
    </message>
    <message>
        <source>In the crate for %1 (%2), sealed %3</source>
        <translation>Dans la caisse %2 (destination : %1), fermée le %3</translation>
    </message>
    <message>
        <source>left with the shuttle %1</source>
        <translation>parti avec la navette le %1</translation>
    </message>
    <message>
        <source>bag for %1</source>
        <translation>sac (destination : %1)</translation>
    </message>
    <message>
        <source>Crates: %1</source>
        <translation>Caisses : %1</translation>
    </message>
    <message>
        <source>The network store cannot be reached: only this desk's crates and items are shown. Crates work as usual; they are shared again when the store is back.</source>
        <translation>La base du réseau est injoignable : seuls les caisses et documents de ce poste sont affichés. Les caisses fonctionnent comme d’habitude ; elles sont de nouveau partagées au retour de la base.</translation>
    </message>
    <message>
        <source>for %1, opened at %2</source>
        <translation>pour %1, ouverte au poste %2</translation>
    </message>
    <message>
        <source>%1 (put in at %2)</source>
        <translation>%1 (ajouté au poste %2)</translation>
    </message>
    <message>
        <source>(opened at %1)</source>
        <translation>(ouverte au poste %1)</translation>
    </message>
    <message>
        <source>Not put in the crate</source>
        <translation>Non mis dans la caisse</translation>
    </message>
    <message>
        <source>Reading the other desks' crates from the network store…</source>
        <translation>Lecture des caisses des autres postes dans la base du réseau…</translation>
    </message>
    <message>
        <source>Reading the other desks' items from the network store…</source>
        <translation>Lecture des documents des autres postes dans la base du réseau…</translation>
    </message>
    <message>
        <source>Asking the network store…</source>
        <translation>Interrogation de la base du réseau…</translation>
    </message>
    <message>
        <source>The crate was not sealed.</source>
        <translation>La caisse n’a pas été fermée.</translation>
    </message>
    <message>
        <source>Already being put in</source>
        <translation>Déjà en cours de mise en caisse</translation>
    </message>
    <message>
        <source>This item is being put into the crate: wait for its verdict, then scan it again to take it out.</source>
        <translation>Ce document est en train d’être mis dans la caisse : attendez son verdict, puis scannez-le de nouveau pour l’en retirer.</translation>
    </message>
</context>
<context>
    <name>comptoir::Database</name>
    <message>
        <source>The %1 file %2 is damaged.</source>
        <translation>Le fichier %2 (%1) est endommagé.</translation>
    </message>
    <message>
        <source>The %1 file %2 was written by a newer version of Comptoir (%3). Install that version or a later one; this version will not change the file.</source>
        <translation>Le fichier %2 (%1) a été écrit par une version plus récente de Comptoir (%3). Installez cette version ou une plus récente ; cette version ne modifiera pas le fichier.</translation>
    </message>
    <message>
        <source>The file %1 is not a Comptoir %2 file; it was left untouched.</source>
        <translation>Le fichier %1 n’est pas un fichier Comptoir (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The %1 file %2 could not be read or written: %3</source>
        <translation>Le fichier %2 (%1) n’a pas pu être lu ou écrit : %3</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>schema %1; this version knows up to %2</source>
        <translation>schéma %1 ; cette version connaît jusqu’au schéma %2</translation>
    </message>
    <message>
        <source>write-ahead logging could not be enabled</source>
        <translation>la journalisation anticipée (WAL) n’a pas pu être activée</translation>
    </message>
    <message>
        <source>injected fault</source>
        <translation>panne simulée</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n’est pas ouvert</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>actions en attente</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
</context>
<context>
    <name>comptoir::DeliveryPage</name>
    <message>
        <source>Round (Alt+R):</source>
        <translation>Tournée (Alt+R) :</translation>
    </message>
    <message>
        <source>Parcel scanned back (Alt+O):</source>
        <translation>Colis revenu, scanné (Alt+O) :</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Patron / document</source>
        <translation>Lecteur / document</translation>
    </message>
    <message>
        <source>Address / barcode</source>
        <translation>Adresse / code-barres</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Weigh…</source>
        <translation>Peser…</translation>
    </message>
    <message>
        <source>Plan parcels</source>
        <translation>Préparer les colis</translation>
    </message>
    <message>
        <source>Parcel labels</source>
        <translation>Étiquettes des colis</translation>
    </message>
    <message>
        <source>Dispatch the round</source>
        <translation>Lancer la tournée</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>Monthly bill…</source>
        <translation>Facture du mois…</translation>
    </message>
    <message>
        <source>↑ ↓: choose an order or a document · scan a parcel label to record how it came back</source>
        <translation>↑ ↓ : choisir une commande ou un document · scannez l’étiquette d’un colis pour noter comment il est revenu</translation>
    </message>
    <message>
        <source>(being prepared)</source>
        <translation>(en préparation)</translation>
    </message>
    <message>
        <source>(address erased)</source>
        <translation>(adresse effacée)</translation>
    </message>
    <message>
        <source>Not deliverable: %1</source>
        <translation>Portage impossible : %1</translation>
    </message>
    <message>
        <source>Over %1: call the patron</source>
        <translation>Plus de %1 : appelez le lecteur</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Parti en tournée</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 of %2 gathered</source>
        <translation>%1 sur %2 rassemblés</translation>
    </message>
    <message>
        <source>%1 parcels, %2 each</source>
        <translation>%1 colis, %2 chacun</translation>
    </message>
    <message>
        <source>(copy not chosen yet)</source>
        <translation>(exemplaire pas encore choisi)</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>pesé</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>to gather</source>
        <translation>à rassembler</translation>
    </message>
    <message>
        <source>✔ in parcel %1</source>
        <translation>✔ dans le colis %1</translation>
    </message>
    <message>
        <source>✔ set aside</source>
        <translation>✔ mis de côté</translation>
    </message>
    <message>
        <source>%1 orders · %2 documents, %3 gathered · %4 parcels · %5 · %6</source>
        <translation>Commandes : %1 · documents : %2, rassemblés : %3 · colis : %4 · %5 · %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ordered %2 — round of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — commandé le %2 — tournée du %3</translation>
    </message>
    <message>
        <source>Choose an order: its address, phone and notes show here.</source>
        <translation>Choisissez une commande : son adresse, son téléphone et ses notes s’affichent ici.</translation>
    </message>
    <message>
        <source>Parcels not planned</source>
        <translation>Colis non préparés</translation>
    </message>
    <message>
        <source>%1 parcels under %2</source>
        <translation>Colis de moins de %2 : %1</translation>
    </message>
    <message>
        <source>%1 orders split: %2 paid parcels, tell the patrons</source>
        <translation>Commandes divisées : %1, colis payants : %2 ; prévenez les lecteurs</translation>
    </message>
    <message>
        <source>%1 orders over the limit: call the patrons</source>
        <translation>Commandes au-delà de la limite : %1 ; appelez les lecteurs</translation>
    </message>
    <message>
        <source>Parcels planned</source>
        <translation>Colis préparés</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choisissez un document</translation>
    </message>
    <message>
        <source>Choose the document you weighed (↑ ↓), then Alt+W.</source>
        <translation>Choisissez le document pesé (↑ ↓), puis Alt+W.</translation>
    </message>
    <message>
        <source>Weight not kept</source>
        <translation>Poids non enregistré</translation>
    </message>
    <message>
        <source>Weighed: %1</source>
        <translation>Pesé : %1</translation>
    </message>
    <message>
        <source>Kept for this copy; its order's parcels are planned again.</source>
        <translation>Enregistré pour cet exemplaire ; les colis de sa commande sont préparés à nouveau.</translation>
    </message>
    <message>
        <source>Weight from the scale, in grams:</source>
        <translation>Poids affiché par la balance, en grammes :</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>Colis %1</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Choisissez une commande</translation>
    </message>
    <message>
        <source>Choose the order whose labels to print (↑ ↓).</source>
        <translation>Choisissez la commande dont imprimer les étiquettes (↑ ↓).</translation>
    </message>
    <message>
        <source>Not deliverable</source>
        <translation>Portage impossible</translation>
    </message>
    <message>
        <source>No parcels yet</source>
        <translation>Pas encore de colis</translation>
    </message>
    <message>
        <source>Plan the parcels first (Ctrl+L).</source>
        <translation>Préparez d’abord les colis (Ctrl+L).</translation>
    </message>
    <message>
        <source>%1 parcel labels</source>
        <translation>Étiquettes de colis : %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The round cannot be checked out without the library system.</source>
        <translation>Le prêt de la tournée nécessite une connexion au SIGB.</translation>
    </message>
    <message>
        <source>%1 parcels, %2 documents checked out to their patrons</source>
        <translation>Colis : %1, documents prêtés à leurs lecteurs : %2</translation>
    </message>
    <message>
        <source>%1 offline: sent when the connection returns</source>
        <translation>Hors connexion : %1, envoyés dès que la connexion sera rétablie</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusés : %1</translation>
    </message>
    <message>
        <source>Round of %1 dispatched</source>
        <translation>Tournée du %1 partie</translation>
    </message>
    <message>
        <source>No manifest</source>
        <translation>Pas de bordereau</translation>
    </message>
    <message>
        <source>No parcels in this round</source>
        <translation>Aucun colis dans cette tournée</translation>
    </message>
    <message>
        <source>Manifest not written</source>
        <translation>Bordereau non enregistré</translation>
    </message>
    <message>
        <source>Manifest: %1 parcels</source>
        <translation>Bordereau : %1 colis</translation>
    </message>
    <message>
        <source>No bill</source>
        <translation>Pas de facture</translation>
    </message>
    <message>
        <source>Bill not written</source>
        <translation>Facture non enregistrée</translation>
    </message>
    <message>
        <source>Bill of %1: %2</source>
        <translation>Facture de %1 : %2</translation>
    </message>
    <message>
        <source>Monthly bill</source>
        <translation>Facture du mois</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Tournée du %1</translation>
    </message>
    <message>
        <source>Parcels brought back need the library system.</source>
        <translation>Le retour des colis nécessite une connexion au SIGB.</translation>
    </message>
    <message>
        <source>Parcel not recorded</source>
        <translation>Colis non enregistré</translation>
    </message>
</context>
<context>
    <name>comptoir::DeliverySettingsPage</name>
    <message>
        <source>the ILS's library id, e.g. LIVRAISON; empty: no home delivery</source>
        <translation>identifiant de bibliothèque dans le SIGB, par ex. LIVRAISON ; vide : pas de portage à domicile</translation>
    </message>
    <message>
        <source>Delivery location</source>
        <translation>Bibliothèque du portage</translation>
    </message>
    <message>
        <source>comma-separated; empty with no postal codes: any</source>
        <translation>séparées par des virgules ; vide et sans code postal : toutes</translation>
    </message>
    <message>
        <source>Towns delivered</source>
        <translation>Communes desservies</translation>
    </message>
    <message>
        <source>Postal codes delivered</source>
        <translation>Codes postaux desservis</translation>
    </message>
    <message>
        <source>comma-separated; empty: any</source>
        <translation>séparées par des virgules ; vide : toutes</translation>
    </message>
    <message>
        <source>Patron categories delivered</source>
        <translation>Catégories de lecteurs ayant droit au portage</translation>
    </message>
    <message>
        <source>Orders close at</source>
        <translation>Heure limite des commandes</translation>
    </message>
    <message>
        <source>Delivery window</source>
        <translation>Créneau de portage</translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation>Jours de portage</translation>
    </message>
    <message>
        <source>one date a line, e.g. 2026-12-25</source>
        <translation>une date par ligne, par ex. 2026-12-25</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>Fee per parcel</source>
        <translation>Montant par colis</translation>
    </message>
    <message>
        <source>Also post the fee to the patron's account in the ILS</source>
        <translation>Porter aussi le montant au compte du lecteur dans le SIGB</translation>
    </message>
    <message>
        <source>ILS debit type</source>
        <translation>Type de débit du SIGB</translation>
    </message>
    <message>
        <source>Parcel weight limit</source>
        <translation>Poids maximal d’un colis</translation>
    </message>
    <message>
        <source>Split into several paid parcels</source>
        <translation>Diviser en plusieurs colis payants</translation>
    </message>
    <message>
        <source>Call the patron</source>
        <translation>Appeler le lecteur</translation>
    </message>
    <message>
        <source>An order over the limit</source>
        <translation>Commande au-delà de la limite</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistrés en retour</translation>
    </message>
    <message>
        <source>Kept on the hold shelf for the patron</source>
        <translation>Gardés sur l’étagère des réservations pour le lecteur</translation>
    </message>
    <message>
        <source>Parcels brought back</source>
        <translation>Colis revenus</translation>
    </message>
    <message>
        <source>Billing file encoding</source>
        <translation>Encodage du fichier de facturation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Addresses kept after the billing month</source>
        <translation>Conservation des adresses après le mois facturé</translation>
    </message>
    <message>
        <source>A book without page count</source>
        <translation>Un livre sans nombre de pages</translation>
    </message>
    <message>
        <source>A paperback's cover</source>
        <translation>La couverture d’un livre broché</translation>
    </message>
    <message>
        <source>A hardback's cover</source>
        <translation>La couverture d’un livre relié</translation>
    </message>
    <message>
        <source>A CD</source>
        <translation>Un CD</translation>
    </message>
    <message>
        <source>A DVD</source>
        <translation>Un DVD</translation>
    </message>
    <message>
        <source>A game</source>
        <translation>Un jeu</translation>
    </message>
    <message>
        <source>A magazine</source>
        <translation>Une revue</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Tout autre document</translation>
    </message>
    <message>
        <source>Closed days: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>Jours de fermeture : « %1 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The delivery window must end after it starts.</source>
        <translation>Le créneau de portage doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Choose at least one delivery day.</source>
        <translation>Choisissez au moins un jour de portage.</translation>
    </message>
    <message>
        <source>Give the ILS debit type the fee is posted with.</source>
        <translation>Indiquez le type de débit du SIGB sous lequel le montant est porté au compte.</translation>
    </message>
</context>
<context>
    <name>comptoir::Desk</name>
    <message>
        <source>Network configuration imported.</source>
        <translation>Configuration du réseau importée.</translation>
    </message>
    <message>
        <source>The network store is not connected: zones cannot be split now.</source>
        <translation>La base du réseau n’est pas connectée : les zones ne peuvent pas être partagées maintenant.</translation>
    </message>
    <message>
        <source>Reading the zones from the network store…</source>
        <translation>Lecture des zones dans la base du réseau…</translation>
    </message>
</context>
<context>
    <name>comptoir::DeviceHub</name>
    <message>
        <source>Unreadable scan</source>
        <translation>Scan illisible</translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation>Douchette prête</translation>
    </message>
    <message>
        <source>Scanner on %1 unplugged: reconnecting…</source>
        <translation>Douchette sur %1 débranchée : reconnexion…</translation>
    </message>
    <message>
        <source>Tag unreadable</source>
        <translation>Puce RFID illisible</translation>
    </message>
    <message>
        <source>A tag on the pad cannot be read (%1). Scan the item's barcode instead.</source>
        <translation>La puce d’un document posé sur la platine est illisible (%1). Scannez plutôt son code-barres.</translation>
    </message>
    <message>
        <source>RFID pad ready</source>
        <translation>Platine RFID prête</translation>
    </message>
    <message>
        <source>Security not released</source>
        <translation>Antivol non désactivé</translation>
    </message>
    <message>
        <source>Security not set</source>
        <translation>Antivol non réactivé</translation>
    </message>
    <message>
        <source>socat is not installed: no simulated devices (apt install socat).</source>
        <translation>socat n’est pas installé : pas d’appareils simulés (apt install socat).</translation>
    </message>
    <message>
        <source>The simulated devices could not start (socat).</source>
        <translation>Les appareils simulés n’ont pas pu démarrer (socat).</translation>
    </message>
    <message>
        <source>The simulated devices could not open their ports.</source>
        <translation>Les appareils simulés n’ont pas pu ouvrir leurs ports.</translation>
    </message>
</context>
<context>
    <name>comptoir::DeviceTwinsWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>Appareils simulés</translation>
    </message>
    <message>
        <source>Training only: a barcode scanner and an RFID pad simulated on this computer. They speak the real protocols over pseudo-terminals, as real devices would.</source>
        <translation>Formation uniquement : une douchette et une platine RFID simulées sur cet ordinateur. Elles communiquent par des pseudo-terminaux, avec les mêmes protocoles que les vrais appareils.</translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation>Douchette série</translation>
    </message>
    <message>
        <source>A barcode, e.g. 31042000000019</source>
        <translation>Un code-barres, par ex. 31042000000019</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation>Platine RFID</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tag data model:</source>
        <translation>Modèle de données de la puce :</translation>
    </message>
    <message>
        <source>Place on the pad</source>
        <translation>Poser sur la platine</translation>
    </message>
    <message>
        <source>Box of 3, part 2 missing</source>
        <translation>Coffret de 3, pièce 2 manquante</translation>
    </message>
    <message>
        <source>Another library's item</source>
        <translation>Document d’une autre bibliothèque</translation>
    </message>
    <message>
        <source>On the pad:</source>
        <translation>Sur la platine :</translation>
    </message>
    <message>
        <source>Lift off</source>
        <translation>Enlever de la platine</translation>
    </message>
    <message>
        <source>Clear the pad</source>
        <translation>Vider la platine</translation>
    </message>
    <message>
        <source>  part %1/%2</source>
        <translation>  pièce %1/%2</translation>
    </message>
    <message>
        <source>  AFI %1</source>
        <translation>  AFI %1</translation>
    </message>
    <message>
        <source>Incoming shuttle crates</source>
        <translation>Caisses de navette à l’arrivée</translation>
    </message>
    <message>
        <source>Scan the label of this crate</source>
        <translation>Scannez l’étiquette de cette caisse</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s)</source>
        <translation>
            <numerusform>Provenance : %1 — %n document</numerusform>
            <numerusform>Provenance : %1 — %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>(one item missing)</source>
        <translation>(un document manquant)</translation>
    </message>
    <message>
        <source>(one extra item)</source>
        <translation>(un document en trop)</translation>
    </message>
    <message>
        <source>in the crate from %1</source>
        <translation>dans la caisse (provenance : %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::DevicesPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Patron card</source>
        <translation>Carte de lecteur</translation>
    </message>
    <message>
        <source>Shuttle crate</source>
        <translation>Caisse de navette</translation>
    </message>
    <message>
        <source>Click &amp; collect bag</source>
        <translation>Sac de click &amp; collect</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No check digit</source>
        <translation>Pas de clé de contrôle</translation>
    </message>
    <message>
        <source>Luhn (mod 10, 2-1-2)</source>
        <translation>Luhn (modulo 10, 2-1-2)</translation>
    </message>
    <message>
        <source>Weights 3-1 (mod 10)</source>
        <translation>Poids 3-1 (modulo 10)</translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>ISBN-10 (mod 11)</source>
        <translation>ISBN-10 (modulo 11)</translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation>Douchette série</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>Vitesse (bauds) :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <source>Parity:</source>
        <translation>Parité :</translation>
    </message>
    <message>
        <source>Stop bits:</source>
        <translation>Bits d’arrêt :</translation>
    </message>
    <message>
        <source>none (e.g. \x02)</source>
        <translation>aucun (par ex. \x02)</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Préfixe :</translation>
    </message>
    <message>
        <source>none: a pause ends each code</source>
        <translation>aucun : une pause termine chaque code</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Suffixe :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause ending a code:</source>
        <translation>Pause qui termine un code :</translation>
    </message>
    <message>
        <source>Remove Codabar start and stop characters (A–D)</source>
        <translation>Enlever les caractères de début et de fin Codabar (A–D)</translation>
    </message>
    <message>
        <source>Test the scanner</source>
        <translation>Tester la douchette</translation>
    </message>
    <message>
        <source>USB scanners acting as a keyboard</source>
        <translation>Douchettes USB en mode clavier</translation>
    </message>
    <message>
        <source>Recognise them by their speed, whatever has the focus</source>
        <translation>Les reconnaître à leur vitesse, quel que soit le champ actif</translation>
    </message>
    <message>
        <source>Longest gap between two keys of a scan:</source>
        <translation>Écart maximal entre deux touches d’un scan :</translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation>Platine RFID</translation>
    </message>
    <message>
        <source>FEIG (ISO host mode)</source>
        <translation>FEIG (mode hôte ISO)</translation>
    </message>
    <message>
        <source>3M 810</source>
        <translation>3M 810</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Security at checkout (AFI, hex):</source>
        <translation>Antivol au prêt (AFI, hexa) :</translation>
    </message>
    <message>
        <source>Security at check-in (AFI, hex):</source>
        <translation>Antivol au retour (AFI, hexa) :</translation>
    </message>
    <message>
        <source>This library's ISIL:</source>
        <translation>ISIL de cette bibliothèque :</translation>
    </message>
    <message>
        <source>Test the pad</source>
        <translation>Tester la platine</translation>
    </message>
    <message>
        <source>Barcodes of the network</source>
        <translation>Codes-barres du réseau</translation>
    </message>
    <message>
        <source>What each kind of code looks like (a regular expression) and its check digit. A wrong check digit only warns.</source>
        <translation>La forme de chaque type de code (expression régulière) et sa clé de contrôle. Une clé de contrôle fausse déclenche seulement un avertissement.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Clé de contrôle</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Rétablir les règles d’origine</translation>
    </message>
    <message>
        <source>Try a code</source>
        <translation>Essayer un code</translation>
    </message>
    <message>
        <source>The last bytes and frames exchanged with the device under test.</source>
        <translation>Les derniers octets et trames échangés avec l’appareil testé.</translation>
    </message>
    <message>
        <source>Matches no rule</source>
        <translation>Ne correspond à aucune règle</translation>
    </message>
    <message>
        <source>%1 — wrong check digit</source>
        <translation>%1 — clé de contrôle fausse</translation>
    </message>
    <message>
        <source>%1 — check digit right</source>
        <translation>%1 — clé de contrôle correcte</translation>
    </message>
    <message>
        <source>Choose or type the scanner's port first.</source>
        <translation>Choisissez ou saisissez d’abord le port de la douchette.</translation>
    </message>
    <message>
        <source>Read: %1 (%2)</source>
        <translation>Lu : %1 (%2)</translation>
    </message>
    <message>
        <source>Scan something now…</source>
        <translation>Scannez quelque chose maintenant…</translation>
    </message>
    <message>
        <source>Choose or type the pad's port first.</source>
        <translation>Choisissez ou saisissez d’abord le port de la platine.</translation>
    </message>
    <message>
        <source>Put a tagged item on the pad now…</source>
        <translation>Posez maintenant un document étiqueté sur la platine…</translation>
    </message>
    <message>
        <source>, part %1 of %2</source>
        <translation>, pièce %1 sur %2</translation>
    </message>
    <message>
        <source>, parts missing from the pad</source>
        <translation>, pièces absentes de la platine</translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation>, propriétaire %1</translation>
    </message>
    <message>
        <source>Tag unreadable: %1</source>
        <translation>Puce illisible : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>comptoir::HelpPanel</name>
    <message>
        <source>Print the card of this job…</source>
        <translation>Imprimer la fiche de ce poste de travail…</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Chercher dans l’aide</translation>
    </message>
    <message>
        <source>Help (F1 closes it)</source>
        <translation>Aide (F1 pour la fermer)</translation>
    </message>
    <message>
        <source>The lending desk</source>
        <translation>La banque de prêt</translation>
    </message>
    <message>
        <source>Pulling the requests</source>
        <translation>Le prélèvement des réservations</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>The shuttle</source>
        <translation>La navette</translation>
    </message>
    <message>
        <source>Offline and the outbox</source>
        <translation>Hors ligne et actions en attente</translation>
    </message>
    <message>
        <source>Comptoir — F1 on any page for its help.</source>
        <translation>Comptoir — F1 sur chaque page pour son aide.</translation>
    </message>
    <message>
        <source>The card could not be written to %1.</source>
        <translation>La fiche n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No help for this page yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore d’aide pour cette page.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien trouvé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The card of this job as PDF</source>
        <translation>La fiche de ce poste de travail en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Card written to %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fiche écrite dans %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>comptoir::HoldShelfPage</name>
    <message>
        <source>&amp;Clear expired…</source>
        <translation>&amp;Annuler les réservations expirées…</translation>
    </message>
    <message>
        <source>&amp;Print the clearance list…</source>
        <translation>&amp;Imprimer la liste des réservations expirées…</translation>
    </message>
    <message>
        <source>Clear expired requests</source>
        <translation>Annuler les réservations expirées</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Étagère des réservations</translation>
    </message>
    <message>
        <source>Awaiting pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Expired requests to clear — %1</source>
        <translation>Réservations expirées à enlever de l’étagère — %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Pickup: scan the patron's card, then each item.</source>
        <translation>Retrait : scannez la carte du lecteur, puis chaque document.</translation>
    </message>
    <message>
        <source>Pickup for %1: nothing waiting here.</source>
        <translation>Retrait pour %1 : aucun document en attente ici.</translation>
    </message>
    <message>
        <source>Pickup for %1: %2</source>
        <translation>Retrait pour %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n document en attente</numerusform>
            <numerusform>%n documents en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the patron's card first</source>
        <translation>Scannez d’abord la carte du lecteur</translation>
    </message>
    <message>
        <source>Then scan each item to hand over.</source>
        <translation>Puis scannez chaque document à remettre.</translation>
    </message>
    <message>
        <source>Not waiting for this patron</source>
        <translation>Non réservé pour ce lecteur</translation>
    </message>
    <message>
        <source>Check the shelf position, or scan another card.</source>
        <translation>Vérifiez l’emplacement sur l’étagère ou scannez une autre carte.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Checkout needs the library system.</source>
        <translation>Le prêt nécessite une connexion au SIGB.</translation>
    </message>
    <message numerus="yes">
        <source>%n left for this patron</source>
        <translation>
            <numerusform>%n document restant pour ce lecteur</numerusform>
            <numerusform>%n documents restants pour ce lecteur</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish pickup</source>
        <translation>&amp;Terminer le retrait</translation>
    </message>
    <message>
        <source>Hand over what was scanned and print the receipt (F9)</source>
        <translation>Remettre ce qui a été scanné et imprimer le ticket (F9)</translation>
    </message>
    <message>
        <source>see your account</source>
        <translation>voir votre compte</translation>
    </message>
    <message>
        <source>Pickup receipt</source>
        <translation>Ticket de retrait</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n request(s)</source>
        <translation>
            <numerusform>Annuler %n réservation</numerusform>
            <numerusform>Annuler les %n réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Scan an expired item as you take it off the shelf: its request is cancelled, and the desk says where the item goes next. Or cancel them all at once.</source>
        <translation>Scannez chaque document expiré en l’enlevant de l’étagère : sa réservation est annulée et le poste indique où il va ensuite. Ou annulez-les toutes d’un coup.</translation>
    </message>
    <message>
        <source>Today's pickups</source>
        <translation>Retraits du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Print the &amp;receipt again</source>
        <translation>Réimprimer le &amp;ticket de retrait</translation>
    </message>
    <message>
        <source>Previe&amp;w the receipt…</source>
        <translation>&amp;Voir l’aperçu du ticket de retrait…</translation>
    </message>
    <message>
        <source>bag %1, place %2</source>
        <translation>sac %1, emplacement %2</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>rendez-vous %1</translation>
    </message>
    <message numerus="yes">
        <source>Pickup finished: %n item(s)</source>
        <translation>
            <numerusform>Retrait terminé : %n document</numerusform>
            <numerusform>Retrait terminé : %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation>Le ticket de retrait s’imprime.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n expired request(s) in the library system? The items stay on the hold shelf until you take them off: the clearance list can be printed afterwards.</source>
        <translation>
            <numerusform>Annuler %n réservation expirée dans le SIGB ? Le document reste sur l’étagère jusqu’à ce que vous l’enleviez : la liste peut être imprimée ensuite.</numerusform>
            <numerusform>Annuler les %n réservations expirées dans le SIGB ? Les documents restent sur l’étagère jusqu’à ce que vous les enleviez : la liste peut être imprimée ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled.</source>
        <translation>Rien n’a été annulé.</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Non annulée</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>Réservation annulée : %1</translation>
    </message>
    <message>
        <source>Expired on %1 — %2</source>
        <translation>Expirée le %1 — %2</translation>
    </message>
    <message>
        <source>see the library system</source>
        <translation>voir le SIGB</translation>
    </message>
    <message>
        <source>to the next request here: check it in on the Capture page</source>
        <translation>pour la réservation suivante, ici : faites-en le retour sur la page Retour et affectation</translation>
    </message>
    <message>
        <source>to the next request, for %1: check it in on the Capture page</source>
        <translation>pour la réservation suivante (%1) : faites-en le retour sur la page Retour et affectation</translation>
    </message>
    <message>
        <source>back to %1 (shuttle)</source>
        <translation>à renvoyer en navette : %1</translation>
    </message>
    <message>
        <source>back to the stacks</source>
        <translation>à remettre en rayon</translation>
    </message>
    <message>
        <source>back to the stacks: %1</source>
        <translation>à remettre en rayon : %1</translation>
    </message>
    <message>
        <source>Request cancelled for %1: %2.</source>
        <translation>Réservation annulée pour %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled; they are sent to the library system. Take the items off the shelf with the clearance list.</source>
        <translation>
            <numerusform>%n réservation annulée, envoyée au SIGB. Enlevez le document de l’étagère avec la liste des expirées.</numerusform>
            <numerusform>%n réservations annulées, envoyées au SIGB. Enlevez les documents de l’étagère avec la liste des expirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired request(s) still on the shelf.</source>
        <translation>
            <numerusform>%n réservation expirée encore sur l’étagère.</numerusform>
            <numerusform>%n réservations expirées encore sur l’étagère.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled today (%n)</source>
        <translation>
            <numerusform>Annulée aujourd’hui (%n)</numerusform>
            <numerusform>Annulées aujourd’hui (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting pickup</source>
        <translation>
            <numerusform>%Ln en attente de retrait</numerusform>
            <numerusform>%Ln en attente de retrait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expirée</numerusform>
            <numerusform>%Ln expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation>Expirée le</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportPreviewDialog</name>
    <message>
        <source>Import the network configuration</source>
        <translation>Importer la configuration du réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing changes on this counter.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : rien ne change sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n setting(s) of this counter change. Your site, workstation, devices and printers stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n réglage de ce poste change. Le site, le poste, les appareils et les imprimantes restent tels quels.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n réglages de ce poste changent. Le site, le poste, les appareils et les imprimantes restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Locked by IT</source>
        <translation>Verrouillé par le service informatique</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Slip templates from the network: %1</source>
        <translation>Modèles de tickets du réseau : %1</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>&amp;Appliquer ces changements</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>comptoir::KioskWindow</name>
    <message>
        <source>Locker</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Collect your documents</source>
        <translation>Retirer mes documents</translation>
    </message>
    <message>
        <source>Scan your library card</source>
        <translation>Scannez votre carte de lecteur</translation>
    </message>
    <message>
        <source>Type my card number</source>
        <translation>Taper mon numéro de carte</translation>
    </message>
    <message>
        <source>Drop a return</source>
        <translation>Déposer un retour</translation>
    </message>
    <message>
        <source>Your card number</source>
        <translation>Votre numéro de carte</translation>
    </message>
    <message>
        <source>Scan the document's barcode</source>
        <translation>Scannez le code-barres du document</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Thank you, goodbye</source>
        <translation>Merci, au revoir</translation>
    </message>
    <message>
        <source>Your documents are checked out to you.</source>
        <translation>Vos documents sont enregistrés en prêt.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Your return is recorded.</source>
        <translation>Votre retour est enregistré.</translation>
    </message>
    <message>
        <source>A door did not open</source>
        <translation>Un casier ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>Staff have been told. Please call %1.</source>
        <translation>Le personnel est prévenu. Appelez le %1.</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Sorry, the lockers are out of order.</source>
        <translation>Désolé, la consigne est hors service.</translation>
    </message>
    <message>
        <source>Sorry, the lockers are out of order.
Call %1.</source>
        <translation>Désolé, la consigne est hors service.
Appelez le %1.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Door %1 is open</source>
        <translation>Le casier %1 est ouvert</translation>
    </message>
    <message>
        <source>Put the document in and close the door.</source>
        <translation>Déposez le document et fermez la porte.</translation>
    </message>
    <message>
        <source>Doors %1 are open</source>
        <translation>Les casiers %1 sont ouverts</translation>
    </message>
    <message>
        <source>Take your documents, then close the door.</source>
        <translation>Prenez vos documents, puis fermez la porte.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you here</source>
        <translation>Rien ne vous attend ici</translation>
    </message>
    <message>
        <source>When a document is ready for you, you will be told.</source>
        <translation>Vous serez prévenu dès qu’un document sera prêt pour vous.</translation>
    </message>
    <message>
        <source>One moment please</source>
        <translation>Un instant, s’il vous plaît</translation>
    </message>
    <message>
        <source>Try again in a moment</source>
        <translation>Réessayez dans un instant</translation>
    </message>
    <message>
        <source>Card or PIN not recognised</source>
        <translation>Carte ou code PIN non reconnu</translation>
    </message>
    <message>
        <source>The library system does not answer.</source>
        <translation>Le SIGB ne répond pas.</translation>
    </message>
    <message>
        <source>Check your card and PIN.</source>
        <translation>Vérifiez votre carte et votre code PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::LocalStore</name>
    <message>
        <source>The damaged cache %1 could not be removed.</source>
        <translation>Le cache endommagé %1 n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been recreated. The queues will be downloaded again at the next synchronisation.</source>
        <translation>Le cache local était endommagé et a été recréé. Les files d’attente seront de nouveau téléchargées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and could not be moved aside. Nothing was changed; call your support before going on.</source>
        <translation>Le fichier des actions en attente %1 est endommagé et n’a pas pu être mis de côté. Rien n’a été modifié ; contactez votre support informatique avant de continuer.</translation>
    </message>
    <message>
        <source>The outbox's file %1 could not be copied before opening it; nothing was changed.</source>
        <translation>Le fichier %1 des actions en attente n’a pas pu être copié avant son ouverture ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The outbox of actions waiting for the library system was damaged. It has been kept, untouched, as %1 and a new one was started.</source>
        <translation>Le fichier des actions en attente du SIGB était endommagé. Il est conservé intact sous le nom %1 et un nouveau fichier a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not yet confirmed by the library system could be read from it; they are in the review list: check each one before sending it again.</source>
        <translation>
            <numerusform>%n action non confirmée par le SIGB a pu y être relue ; elle est dans la liste à vérifier : contrôlez-la avant de la renvoyer.</numerusform>
            <numerusform>%n actions non confirmées par le SIGB ont pu y être relues ; elles sont dans la liste à vérifier : contrôlez chacune avant de la renvoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from it: tell your support, the actions it holds may still need to be sent.</source>
        <translation>Rien n’a pu y être relu : prévenez votre support informatique, les actions qu’il contient restent peut-être à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it could not be read.</source>
        <translation>
            <numerusform>%n partie n’a pas pu être relue.</numerusform>
            <numerusform>%n parties n’ont pas pu être relues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered from the damaged outbox %1: the library system may or may not have received it.</source>
        <translation>Relue dans le fichier endommagé %1 : le SIGB l’a peut-être déjà reçue.</translation>
    </message>
</context>
<context>
    <name>comptoir::LockerDoorMap</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Being collected</source>
        <translation>Retrait en cours</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Being emptied</source>
        <translation>Vidage en cours</translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::LockerSettingsPage</name>
    <message>
        <source>The bank's library code in the ILS, e.g. CASGARE</source>
        <translation>Code de bibliothèque de la consigne dans le SIGB, par ex. CASGARE</translation>
    </message>
    <message>
        <source>A vendor's kiosk drives the doors (no boards of ours)</source>
        <translation>La borne du fournisseur pilote les casiers (pas de cartes de Comptoir)</translation>
    </message>
    <message>
        <source>Kerong CU16</source>
        <translation>Kerong CU16</translation>
    </message>
    <message>
        <source>8A/80 boards (12 or 24 locks)</source>
        <translation>Cartes 8A/80 (12 ou 24 serrures)</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Library code:</source>
        <translation>Code de bibliothèque :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Lock boards:</source>
        <translation>Cartes de serrures :</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>Port série :</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>Vitesse (bauds) :</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Serrures</translation>
    </message>
    <message>
        <source>Inverted switch (0/1)</source>
        <translation>Contact inversé (0/1)</translation>
    </message>
    <message>
        <source>Pulse (ms)</source>
        <translation>Impulsion (ms)</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Doors from the boards</source>
        <translation>Casiers d’après les cartes</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Casiers</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>Size (S/M/L)</source>
        <translation>Taille (S/M/L)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Returns (0/1)</source>
        <translation>Retours (0/1)</translation>
    </message>
    <message>
        <source>Door size by item type</source>
        <translation>Taille de casier par type de document</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Add an item type</source>
        <translation>Ajouter un type de document</translation>
    </message>
    <message>
        <source>S (small)</source>
        <translation>S (petit)</translation>
    </message>
    <message>
        <source>M (medium)</source>
        <translation>M (moyen)</translation>
    </message>
    <message>
        <source>L (large)</source>
        <translation>L (grand)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Card and PIN at the kiosk</source>
        <translation>Carte et code PIN à la borne</translation>
    </message>
    <message>
        <source>Other item types:</source>
        <translation>Autres types de document :</translation>
    </message>
    <message>
        <source>Jammed when not open after:</source>
        <translation>Bloqué si pas ouvert après :</translation>
    </message>
    <message>
        <source>Alert when open for:</source>
        <translation>Alerte si ouvert depuis :</translation>
    </message>
    <message>
        <source>Phone number shown when out of service:</source>
        <translation>Numéro de téléphone affiché si hors service :</translation>
    </message>
    <message>
        <source>Kiosk back to its welcome after:</source>
        <translation>Retour de la borne à l’accueil après :</translation>
    </message>
</context>
<context>
    <name>comptoir::LockerTwinWindow</name>
    <message>
        <source>Simulated lock boards</source>
        <translation>Cartes de serrures simulées</translation>
    </message>
    <message>
        <source>Click an open door to close it. With a mode ticked, a click on a door jams it, forces it open, or puts an item in (or takes it out).</source>
        <translation>Cliquez sur un casier ouvert pour le fermer. Avec un mode coché, un clic sur un casier le bloque, le force à s’ouvrir, ou y dépose un document (ou l’enlève).</translation>
    </message>
    <message>
        <source>Item in / out</source>
        <translation>Déposer / enlever un document</translation>
    </message>
    <message>
        <source>Jam / free</source>
        <translation>Bloquer / débloquer</translation>
    </message>
    <message>
        <source>Force open</source>
        <translation>Forcer l’ouverture</translation>
    </message>
    <message>
        <source>Board %1 silent</source>
        <translation>Carte %1 muette</translation>
    </message>
    <message>
        <source>Line noise</source>
        <translation>Parasites sur la ligne</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERT</translation>
    </message>
</context>
<context>
    <name>comptoir::LockersPage</name>
    <message>
        <source>Empty this door (Enter)</source>
        <translation>Vider ce casier (Entrée)</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Door label:</source>
        <translation>Étiquette du casier :</translation>
    </message>
    <message>
        <source>Scan the door's label or type it, then Enter</source>
        <translation>Scannez l’étiquette du casier ou tapez-la, puis Entrée</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>%1 — free %2, loaded %3, expired %4, returns %5, jammed %6</source>
        <translation>%1 — libres : %2, chargés : %3, expirés : %4, retours : %5, bloqués : %6</translation>
    </message>
    <message>
        <source>scan its door</source>
        <translation>scannez son casier</translation>
    </message>
    <message>
        <source>Door %1 (%2)</source>
        <translation>Casier %1 (%2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation>Casier inconnu</translation>
    </message>
    <message>
        <source>Door %1 back in service</source>
        <translation>Casier %1 de nouveau en service</translation>
    </message>
    <message>
        <source>Scan the item first, then its door</source>
        <translation>Scannez d’abord le document, puis son casier</translation>
    </message>
    <message>
        <source>Not for this locker bank</source>
        <translation>Pas pour cette consigne</translation>
    </message>
    <message>
        <source>Which door?</source>
        <translation>Quel casier ?</translation>
    </message>
    <message>
        <source>Scan the door's label or type it.</source>
        <translation>Scannez l’étiquette du casier ou tapez-la.</translation>
    </message>
    <message>
        <source>Network lockers…</source>
        <translation>Consignes du réseau…</translation>
    </message>
    <message>
        <source>The locker banks of every site, as the network store knows them (read-only)</source>
        <translation>Les consignes de tous les sites, telles que la base du réseau les connaît (consultation seule)</translation>
    </message>
    <message>
        <source>Network lockers</source>
        <translation>Consignes du réseau</translation>
    </message>
</context>
<context>
    <name>comptoir::LookupPage</name>
    <message>
        <source>Appointment for order %1</source>
        <translation>Rendez-vous pour la commande %1</translation>
    </message>
    <message>
        <source>Set &amp;appointment…</source>
        <translation>Fixer un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Network lookup</source>
        <translation>Recherche dans le réseau</translation>
    </message>
    <message>
        <source>&amp;Card number or name:</source>
        <translation>N° de &amp;carte ou nom :</translation>
    </message>
    <message>
        <source>e.g. 21042000000017, or Dupont</source>
        <translation>par ex. 21042000000017 ou Dupont</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Home library</source>
        <translation>Bibliothèque d’inscription</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Où est le document</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No patron found.</source>
        <translation>Aucun lecteur trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n patron(s) found.</source>
        <translation>
            <numerusform>%n lecteur trouvé.</numerusform>
            <numerusform>%n lecteurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system is not answering (%1): only this site's patrons are searched.</source>
        <translation>Le SIGB ne répond pas (%1) : seuls les lecteurs connus de ce site sont recherchés.</translation>
    </message>
    <message>
        <source>On the hold shelf at %1, until %2</source>
        <translation>Étagère des réservations (%1), jusqu’au %2</translation>
    </message>
    <message>
        <source>On the hold shelf at %1</source>
        <translation>Étagère des réservations (%1)</translation>
    </message>
    <message>
        <source>In transit to %1 (crate %2)</source>
        <translation>En navette, destination : %1 (caisse %2)</translation>
    </message>
    <message>
        <source>Being processed at %1</source>
        <translation>En traitement (%1)</translation>
    </message>
    <message>
        <source>Waiting for a copy (rank %1)</source>
        <translation>En attente d’un exemplaire (rang %1)</translation>
    </message>
    <message>
        <source>On the shelf at %1, to pull</source>
        <translation>En rayon (%1), à prélever</translation>
    </message>
    <message>
        <source>C&amp;C %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source>C&amp;C %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>(title unknown)</source>
        <translation>(titre inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) across the network.</source>
        <translation>
            <numerusform>%n réservation dans le réseau.</numerusform>
            <numerusform>%n réservations dans le réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) known here; the library system is not answering (%1), requests at other sites are not shown.</source>
        <translation>
            <numerusform>%n réservation connue ici ; le SIGB ne répond pas (%1), les réservations des autres sites ne sont pas affichées.</numerusform>
            <numerusform>%n réservations connues ici ; le SIGB ne répond pas (%1), les réservations des autres sites ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1, still on the hold shelf at %2</source>
        <translation>Expirée le %1, encore sur l’étagère des réservations (%2)</translation>
    </message>
    <message>
        <source>⚠ %1 (expired)</source>
        <translation>⚠ %1 (expirée)</translation>
    </message>
    <message>
        <source>The first %L1 patrons are shown: add the first name or type the card number.</source>
        <translation>Les %L1 premiers lecteurs sont affichés : ajoutez le prénom ou saisissez le numéro de carte.</translation>
    </message>
    <message>
        <source>Home &amp;delivery order…</source>
        <translation>Commande de portage à &amp;domicile…</translation>
    </message>
    <message>
        <source>Alt+D: take a home delivery order for this patron on the phone</source>
        <translation>Alt+D : prendre par téléphone une commande de portage à domicile pour ce lecteur</translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>Workstation not named</source>
        <translation>Poste sans nom</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation>Liste à prélever</translation>
    </message>
    <message>
        <source>The requested documents to fetch from the shelves, in walking order, zone by zone.</source>
        <translation>Les documents réservés à prélever en rayon, dans l’ordre du parcours, zone par zone.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Retour et affectation</translation>
    </message>
    <message>
        <source>Scan what was pulled or returned: hold shelf, transit to another site, click &amp; collect bag, or back to the shelf, with its slip.</source>
        <translation>Scannez les documents prélevés ou rendus : étagère des réservations, navette vers un autre site, sac de click &amp; collect ou retour en rayon, avec le ticket correspondant.</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Étagère des réservations</translation>
    </message>
    <message>
        <source>Documents waiting for their patrons, by expiry date; clearing of expired holds; pickup at the desk.</source>
        <translation>Documents en attente de retrait, par date d’expiration ; annulation des réservations expirées ; remise des documents aux lecteurs.</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Orders grouped by patron and pickup point, their state and appointment, and bag labels.</source>
        <translation>Commandes regroupées par lecteur et point de retrait, avec leur état, leur rendez-vous et l’étiquette du sac.</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>Caisses de navette</translation>
    </message>
    <message>
        <source>Shuttle crates per destination site: fill, seal and label them; receive crates from other sites.</source>
        <translation>Caisses de navette par site de destination : les remplir, les fermer et les étiqueter ; recevoir les caisses des autres sites.</translation>
    </message>
    <message>
        <source>Lockers</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Load the pickup lockers and clear the doors that were not collected.</source>
        <translation>Charger les consignes et vider les casiers dont le contenu n’a pas été retiré.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>The day's queues per site and for the network: received, pending by age, not found, uncollected, transits.</source>
        <translation>Les files du jour, par site et pour le réseau : réservations reçues, en attente par ancienneté, introuvables, non retirées, navettes.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Outbox unreadable</source>
        <translation>Actions en attente illisibles</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n action(s) waiting</source>
        <translation>
            <numerusform>Actions en attente : %n</numerusform>
            <numerusform>Actions en attente : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable code</source>
        <translation>Code illisible</translation>
    </message>
    <message>
        <source>The scan contained characters a barcode cannot have. Scan it again or type it.</source>
        <translation>Le scan contient des caractères impossibles dans un code-barres. Scannez de nouveau ou saisissez le code.</translation>
    </message>
    <message>
        <source>No library system connected</source>
        <translation>Aucun SIGB connecté</translation>
    </message>
    <message>
        <source>Scanned %1. Set up the connection to the library system to capture items.</source>
        <translation>Code %1 scanné. Configurez la connexion au SIGB pour traiter les documents.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch the latest requests from the library system (F5)</source>
        <translation>Récupérer les dernières réservations du SIGB (F5)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Shelves, floor plan, slips and printer (Ctrl+,)</source>
        <translation>Rayons, plan, tickets et imprimante (Ctrl+,)</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>The network's phone line: any patron by card or name, and all their requests across the sites.</source>
        <translation>Renseignements par téléphone : tout lecteur, par carte ou par nom, et toutes ses réservations dans le réseau.</translation>
    </message>
    <message>
        <source>Box incomplete</source>
        <translation>Coffret incomplet</translation>
    </message>
    <message numerus="yes">
        <source>%1: part %2 of %3 is not on the pad. Put every part on the pad, or press F8 to go on without it.</source>
        <translation>
            <numerusform>%1 : la pièce %2 sur %3 n’est pas sur la platine. Posez toutes les pièces ou appuyez sur F8 pour continuer sans elle.</numerusform>
            <numerusform>%1 : les pièces %2 sur %3 ne sont pas sur la platine. Posez toutes les pièces ou appuyez sur F8 pour continuer sans elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check digit wrong</source>
        <translation>Clé de contrôle fausse</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>En attente d’un scan</translation>
    </message>
    <message>
        <source>Scan a document, a patron card, a crate or a bag label.</source>
        <translation>Scannez un document, une carte de lecteur, une caisse ou l’étiquette d’un sac.</translation>
    </message>
    <message>
        <source>Synchronised at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>%1: %L2 / %L3</source>
        <translation>%1 : %L2 / %L3</translation>
    </message>
    <message>
        <source>%1 does not end with the right check digit for a patron card: scan it again, or press F8 to use it anyway.</source>
        <translation>La clé de contrôle de la carte de lecteur %1 est incorrecte : scannez-la de nouveau ou appuyez sur F8 pour l’accepter quand même.</translation>
    </message>
    <message>
        <source>%1 does not end with the right check digit for a document: scan it again, or press F8 to use it anyway.</source>
        <translation>La clé de contrôle du document %1 est incorrecte : scannez-le de nouveau ou appuyez sur F8 pour l’accepter quand même.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Portage</translation>
    </message>
    <message>
        <source>Home delivery: the next round's orders and parcels, weights, labels, the courier's manifest, parcels brought back and the monthly bill.</source>
        <translation>Portage à domicile : commandes et colis de la prochaine tournée, poids, étiquettes, bordereau du livreur, colis revenus et facture mensuelle.</translation>
    </message>
</context>
<context>
    <name>comptoir::NetStoreAddressField</name>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>The network's shared store (PostgreSQL): crates, locker doors, deliveries and pull claims shared between counters. Leave it empty to keep this counter on its own.</source>
        <translation>La base partagée du réseau (PostgreSQL) : caisses, casiers des consignes, portage et prélèvements en cours, partagés entre les postes. Laissez-la vide pour que ce poste reste autonome.</translation>
    </message>
    <message>
        <source>Required, certificate and host name verified (verify-full)</source>
        <translation>Obligatoire, certificat et nom d’hôte vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>None (a store on this computer only)</source>
        <translation>Aucun (base sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the one there</source>
        <translation>Conservé dans le trousseau ; laissez vide pour garder celui qui s’y trouve</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>This counter's role:</source>
        <translation>Rôle de ce poste :</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>Role's password:</source>
        <translation>Mot de passe du rôle :</translation>
    </message>
    <message>
        <source>The network's configuration sets this address; IT changes it there. The role's password is this counter's own and can still be entered.</source>
        <translation>Cette adresse est fixée par la configuration du réseau ; le service informatique la modifie là. Le mot de passe du rôle est propre à ce poste et peut toujours être saisi.</translation>
    </message>
    <message>
        <source>The network store needs a host, a database and this counter's role (or every field empty: no store).</source>
        <translation>La base du réseau demande un hôte, une base de données et le rôle de ce poste (ou tous les champs vides : pas de base du réseau).</translation>
    </message>
    <message>
        <source>No network store: this counter keeps everything on its own.</source>
        <translation>Pas de base du réseau : ce poste garde tout pour lui seul.</translation>
    </message>
    <message>
        <source>Trying the network store…</source>
        <translation>Essai de la base du réseau…</translation>
    </message>
    <message>
        <source>Not connected: no password for this role in the keychain; type it above.</source>
        <translation>Non connecté : pas de mot de passe pour ce rôle dans le trousseau ; saisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Connected: the network store answers.</source>
        <translation>Connecté : la base du réseau répond.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkConfig</name>
    <message>
        <source>The file is larger than %1 MB: it is not a network configuration.</source>
        <translation>Le fichier dépasse %1 Mo : ce n’est pas une configuration du réseau.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>the line is longer than %1 characters.</source>
        <translation>la ligne dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the template %1 has more than %2 lines.</source>
        <translation>le modèle %1 dépasse %2 lignes.</translation>
    </message>
    <message>
        <source>a section name ends with “]”.</source>
        <translation>un nom de section se termine par « ] ».</translation>
    </message>
    <message>
        <source>“%1” is not a site code (letters, digits, - and _).</source>
        <translation>« %1 » n’est pas un code de site (lettres, chiffres, - et _).</translation>
    </message>
    <message>
        <source>more than %1 sites.</source>
        <translation>plus de %1 sites.</translation>
    </message>
    <message>
        <source>there is no slip template called “%1”.</source>
        <translation>aucun modèle de ticket ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>the template %1 is given twice.</source>
        <translation>le modèle %1 figure deux fois.</translation>
    </message>
    <message>
        <source>unknown section [%1].</source>
        <translation>section [%1] inconnue.</translation>
    </message>
    <message>
        <source>the file must start with the [comptoir-network] section and its format.</source>
        <translation>le fichier doit commencer par la section [comptoir-network] et son format.</translation>
    </message>
    <message>
        <source>this is not a Comptoir network configuration: it must start with [comptoir-network].</source>
        <translation>ce n’est pas une configuration du réseau Comptoir : elle doit commencer par [comptoir-network].</translation>
    </message>
    <message>
        <source>each line of a template starts with “|”.</source>
        <translation>chaque ligne d’un modèle commence par « | ».</translation>
    </message>
    <message>
        <source>%1 is not a network setting that can be locked.</source>
        <translation>%1 n’est pas un réglage du réseau que l’on peut verrouiller.</translation>
    </message>
    <message>
        <source>a line is “name = value”.</source>
        <translation>une ligne s’écrit « nom = valeur ».</translation>
    </message>
    <message>
        <source>the value of %1 is longer than %2 characters.</source>
        <translation>la valeur de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>the value of %1 holds a control character.</source>
        <translation>la valeur de %1 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>the format is a number, not “%1”.</source>
        <translation>le format est un nombre, pas « %1 ».</translation>
    </message>
    <message>
        <source>format %1 was written by a newer version of Comptoir; this one reads format %2.</source>
        <translation>le format %1 vient d’une version plus récente de Comptoir ; celle-ci lit le format %2.</translation>
    </message>
    <message>
        <source>unknown entry “%1” in [comptoir-network].</source>
        <translation>entrée « %1 » inconnue dans [comptoir-network].</translation>
    </message>
    <message>
        <source>%1 is given twice (also on line %2).</source>
        <translation>%1 figure deux fois (aussi ligne %2).</translation>
    </message>
    <message>
        <source>%1: passwords and secrets never go in this file; each counter enters them once and keeps them in its keychain.</source>
        <translation>%1 : les mots de passe et les secrets ne vont jamais dans ce fichier ; chaque poste les saisit une fois et les garde dans son trousseau.</translation>
    </message>
    <message>
        <source>unknown setting “%1”.</source>
        <translation>réglage « %1 » inconnu.</translation>
    </message>
    <message>
        <source>%1 is each counter's own setting; it cannot come from the network's file.</source>
        <translation>%1 est un réglage propre à chaque poste ; il ne peut pas venir du fichier du réseau.</translation>
    </message>
    <message>
        <source>this is not a complete Comptoir network configuration: [comptoir-network] with “format = 1” is missing.</source>
        <translation>ce n’est pas une configuration du réseau Comptoir complète : [comptoir-network] avec « format = 1 » manque.</translation>
    </message>
    <message>
        <source>The template %1: line %2 of the template: %3</source>
        <translation>Le modèle %1 : ligne %2 du modèle : %3</translation>
    </message>
    <message>
        <source>%1 is locked but the file gives no such template.</source>
        <translation>%1 est verrouillé mais le fichier ne donne pas ce modèle.</translation>
    </message>
    <message>
        <source>%1 is locked but the file gives it no value.</source>
        <translation>%1 est verrouillé mais le fichier ne lui donne pas de valeur.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a network configuration.</source>
        <translation>%1 dépasse %2 Mo : ce n’est pas une configuration du réseau.</translation>
    </message>
    <message>
        <source>The network configuration %1 cannot be read: %2</source>
        <translation>La configuration du réseau %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkConfigPage</name>
    <message>
        <source>&amp;Export the network configuration…</source>
        <translation>&amp;Exporter la configuration du réseau…</translation>
    </message>
    <message>
        <source>&amp;Import a network configuration…</source>
        <translation>&amp;Importer une configuration du réseau…</translation>
    </message>
    <message>
        <source>Settings IT locked (not changeable on this counter):</source>
        <translation>Réglages verrouillés par le service informatique (non modifiables sur ce poste) :</translation>
    </message>
    <message>
        <source>Export writes this counter's network settings (library system, zones and shelves, barcode rules, slip templates, privacy) to a file for the other counters; never a password. Import shows what changes before applying it.</source>
        <translation>L’export écrit les réglages du réseau de ce poste (SIGB, zones et rayons, règles de codes-barres, modèles de tickets, confidentialité) dans un fichier pour les autres postes ; jamais un mot de passe. L’import montre ce qui change avant de l’appliquer.</translation>
    </message>
    <message>
        <source>No network configuration: this counter has its own settings.</source>
        <translation>Pas de configuration du réseau : ce poste a ses propres réglages.</translation>
    </message>
    <message>
        <source>Network configuration provided by IT: %1 (%2).</source>
        <translation>Configuration du réseau fournie par le service informatique : %1 (%2).</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Network configuration imported: %1 (%2).</source>
        <translation>Configuration du réseau importée : %1 (%2).</translation>
    </message>
    <message>
        <source>IT provides this counter's configuration; it cannot be replaced here.</source>
        <translation>Le service informatique fournit la configuration de ce poste ; elle ne peut pas être remplacée ici.</translation>
    </message>
    <message>
        <source>The network configuration could not be written to %1: %2</source>
        <translation>La configuration du réseau n’a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>Export the network configuration</source>
        <translation>Exporter la configuration du réseau</translation>
    </message>
    <message>
        <source>Network configuration (*.conf)</source>
        <translation>Configuration du réseau (*.conf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Written to %1. It holds no password.</source>
        <translation>Écrite dans %1. Elle ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Import a network configuration</source>
        <translation>Importer une configuration du réseau</translation>
    </message>
    <message>
        <source>Network configuration (*.conf);;All files (*)</source>
        <translation>Configuration du réseau (*.conf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Network configuration refused</source>
        <translation>Configuration du réseau refusée</translation>
    </message>
    <message>
        <source>%1

Nothing was changed on this counter.</source>
        <translation>%1

Rien n’a été modifié sur ce poste.</translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkDeliveryOrders</name>
    <message>
        <source>Orders taken at the site's other counters (read-only)</source>
        <translation>Commandes prises aux autres postes du site (consultation seule)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>to call</source>
        <translation>à appeler</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>The network store could not be read: %1</source>
        <translation>La base du réseau n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The network store is not connected: the other counters' orders cannot be read now.</source>
        <translation>La base du réseau n’est pas connectée : les commandes des autres postes ne peuvent pas être lues pour l’instant.</translation>
    </message>
    <message>
        <source>No order taken at another counter of the site.</source>
        <translation>Aucune commande prise à un autre poste du site.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) taken at other counters of the site.</source>
        <translation>
            <numerusform>%n commande prise à un autre poste du site.</numerusform>
            <numerusform>%n commandes prises aux autres postes du site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkLockersView</name>
    <message>
        <source>Locker banks of the network (read-only)</source>
        <translation>Consignes du réseau (consultation seule)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Request of</source>
        <translation>Réservation de</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation>Chargé par</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>No network store is set up: only this counter's bank is shown.</source>
        <translation>Aucune base du réseau n’est configurée : seule la consigne de ce poste est affichée.</translation>
    </message>
    <message>
        <source>The network store could not be read: %1</source>
        <translation>La base du réseau n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The network store is not connected: the other counters' doors cannot be read now.</source>
        <translation>La base du réseau n’est pas connectée : les casiers des autres postes ne peuvent pas être lus pour l’instant.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>jammed</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) in the network's banks, %1 holding an item, %2 jammed; read at %3.</source>
        <translation>
            <numerusform>%n casier dans les consignes du réseau (avec un document : %1 ; bloqués : %2) ; lu à %3.</numerusform>
            <numerusform>%n casiers dans les consignes du réseau (avec un document : %1 ; bloqués : %2) ; lus à %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::NextItemView</name>
    <message>
        <source>Pull run</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>Scannez…</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Every line of the pull list is marked.</source>
        <translation>Toutes les lignes de la liste à prélever sont traitées.</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(sans zone)</translation>
    </message>
    <message>
        <source>(no call number)</source>
        <translation>(sans cote)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Location %1 · barcode %2 · for %3%4</source>
        <translation>Localisation %1 · code-barres %2 · pour %3%4</translation>
    </message>
    <message>
        <source> (click &amp; collect)</source>
        <translation> (click &amp; collect)</translation>
    </message>
    <message>
        <source>✔ Found</source>
        <translation>✔ Trouvé</translation>
    </message>
    <message>
        <source>✔ Found (another line of the list)</source>
        <translation>✔ Trouvé (une autre ligne de la liste)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>Location %1 · for %2</source>
        <translation>Localisation %1 · pour %2</translation>
    </message>
    <message>
        <source>✔ Found: checking it in…</source>
        <translation>✔ Trouvé : retour en cours…</translation>
    </message>
    <message>
        <source>✔ Found (another line of the list): checking it in…</source>
        <translation>✔ Trouvé (une autre ligne de la liste) : retour en cours…</translation>
    </message>
    <message>
        <source>✔ %1 checked in: %2</source>
        <translation>✔ Retour de %1 : %2</translation>
    </message>
    <message>
        <source>Scan the item when you have it · %1: not found · %2 or →: skip · Esc: back to the list</source>
        <translation>Scannez le document trouvé · %1 : introuvable · %2 ou → : passer · Échap : retour à la liste</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: not found</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key: skip</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>%1 was pulled or claimed at another desk (%2): on to the next line.</source>
        <translation>%1 a été prélevé ou pris en charge sur un autre poste (%2) : passage à la ligne suivante.</translation>
    </message>
</context>
<context>
    <name>comptoir::Outbox</name>
    <message>
        <source>This action is not in the outbox.</source>
        <translation>Cette action ne figure pas parmi les actions en attente.</translation>
    </message>
</context>
<context>
    <name>comptoir::OutboxPage</name>
    <message>
        <source>Actions waiting for the library system</source>
        <translation>Actions en attente du SIGB</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not found on the shelf</source>
        <translation>Introuvable en rayon</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Réservation annulée</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Export for Koha (.koc)…</source>
        <translation>&amp;Exporter pour Koha (.koc)…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Export for Koha</source>
        <translation>Exporter pour Koha</translation>
    </message>
    <message>
        <source>Koha offline circulation (*.koc)</source>
        <translation>Circulation hors ligne Koha (*.koc)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Send the selected actions to the library system again</source>
        <translation>Renvoyer au SIGB les actions sélectionnées</translation>
    </message>
    <message>
        <source>Do not send the selected actions; they stay listed as discarded</source>
        <translation>Ne pas envoyer les actions sélectionnées ; elles restent listées comme abandonnées</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Renvoyer</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n action(s)? They will not be sent to the library system. They stay in the list of discarded actions.</source>
        <translation>
            <numerusform>Abandonner %n action ? Elle ne sera pas envoyée au SIGB. Elle reste dans la liste des actions abandonnées.</numerusform>
            <numerusform>Abandonner %n actions ? Elles ne seront pas envoyées au SIGB. Elles restent dans la liste des actions abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkout or return is waiting.</source>
        <translation>Aucun prêt ni retour en attente.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3</source>
        <translation>%1 et %2 exportés dans %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkout(s)</source>
        <translation>
            <numerusform>%Ln prêt</numerusform>
            <numerusform>%Ln prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln return(s)</source>
        <translation>
            <numerusform>%Ln retour</numerusform>
            <numerusform>%Ln retours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PhoneOrderDialog</name>
    <message>
        <source>&amp;Place the order</source>
        <translation>&amp;Passer la commande</translation>
    </message>
    <message>
        <source>Home delivery order</source>
        <translation>Commande de portage à domicile</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Delivered?</source>
        <translation>Portage possible ?</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Document &amp;barcode:</source>
        <translation>&amp;Code-barres du document :</translation>
    </message>
    <message>
        <source>scan or type, then Enter</source>
        <translation>scannez ou saisissez, puis Entrée</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Reading the patron's record…</source>
        <translation>Lecture du compte du lecteur…</translation>
    </message>
    <message>
        <source>The library system did not answer: %1</source>
        <translation>Le SIGB n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>No address on record.</source>
        <translation>Pas d’adresse dans le compte du lecteur.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non : %1</translation>
    </message>
    <message>
        <source>No delivery day ahead.</source>
        <translation>Aucun jour de portage à venir.</translation>
    </message>
    <message>
        <source>Placing the requests…</source>
        <translation>Pose des réservations…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) placed for home delivery.</source>
        <translation>
            <numerusform>%n réservation posée pour le portage à domicile.</numerusform>
            <numerusform>%n réservations posées pour le portage à domicile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept to send when the library system answers.</source>
        <translation>
            <numerusform>%n gardée, envoyée au SIGB dès qu’il répondra.</numerusform>
            <numerusform>%n gardées, envoyées au SIGB dès qu’il répondra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusés : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::PlaceholderPage</name>
    <message>
        <source>This page is not available yet in this version of Comptoir.</source>
        <translation>Cette page n’est pas encore disponible dans cette version de Comptoir.</translation>
    </message>
</context>
<context>
    <name>comptoir::PullListPage</name>
    <message>
        <source>&amp;Not found…</source>
        <translation>Marquer &amp;introuvable…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Not on the shelf</source>
        <translation>Absent du rayon</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>On another shelf or in processing</source>
        <translation>Dans un autre rayon ou en traitement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvables</translation>
    </message>
    <message>
        <source>Why was it not found?</source>
        <translation>Pourquoi le document est-il introuvable ?</translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation>Liste à prélever</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (click &amp; collect)</source>
        <translation>%1 (click &amp; collect)</translation>
    </message>
    <message>
        <source>✔ found</source>
        <translation>✔ trouvé</translation>
    </message>
    <message>
        <source>✘ not found</source>
        <translation>✘ introuvable</translation>
    </message>
    <message>
        <source>Select the line of the item first.</source>
        <translation>Sélectionnez d’abord la ligne du document.</translation>
    </message>
    <message>
        <source>Pull list as PDF</source>
        <translation>Liste à prélever en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>&amp;Next item mode (F11)</source>
        <translation>Prélever &amp;document par document (F11)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>One item at a time, full screen, with the floor plan</source>
        <translation>Un document à la fois, en plein écran, avec le plan</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(sans zone)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n ligne</numerusform>
            <numerusform>%1 — %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests still waiting for a copy of this title, as far as this counter knows</source>
        <translation>Réservations encore en attente d’un exemplaire de ce titre, à la connaissance de ce poste</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>Zone (Alt+Z):</source>
        <translation>Zone (Alt+Z) :</translation>
    </message>
    <message>
        <source>Kind (Alt+K):</source>
        <translation>Type (Alt+K) :</translation>
    </message>
    <message>
        <source>Alt+Z: next zone, Alt+Shift+Z: previous zone</source>
        <translation>Alt+Z : zone suivante, Alt+Maj+Z : zone précédente</translation>
    </message>
    <message>
        <source>Alt+K: next kind, Alt+Shift+K: previous kind</source>
        <translation>Alt+K : type suivant, Alt+Maj+K : type précédent</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: a misread. Scan it again, or type the barcode.</source>
        <translation>La clé de contrôle de %1 est fausse : code mal lu. Scannez-le à nouveau, ou tapez le code-barres.</translation>
    </message>
    <message>
        <source>%1 is a patron card, not an item.</source>
        <translation>%1 est une carte de lecteur, pas un document.</translation>
    </message>
    <message>
        <source>%1 is a crate label, not an item.</source>
        <translation>%1 est une étiquette de caisse, pas un document.</translation>
    </message>
    <message>
        <source>%1 is a click &amp; collect bag label, not an item.</source>
        <translation>%1 est une étiquette de sac de click &amp; collect, pas un document.</translation>
    </message>
    <message>
        <source>%1 is not on the pull list: check it in on the Capture page.</source>
        <translation>%1 n’est pas sur la liste à prélever : faites-en le retour sur la page Retour et affectation.</translation>
    </message>
    <message>
        <source>Mark not found</source>
        <translation>Marquer introuvable</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>%1 (home delivery)</source>
        <translation>%1 (portage à domicile)</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Portage à domicile</translation>
    </message>
    <message>
        <source>%1 was pulled or claimed at another desk (%2).</source>
        <translation>%1 a été prélevé ou pris en charge sur un autre poste (%2).</translation>
    </message>
    <message>
        <source>Split &amp;zones…</source>
        <translation>Partager les &amp;zones…</translation>
    </message>
    <message>
        <source>Give the site's shelf zones to its desks</source>
        <translation>Répartir les zones des rayons du site entre ses postes</translation>
    </message>
    <message numerus="yes">
        <source>%L1 / %L2 (%Ln line(s) left to other desks)</source>
        <translation>
            <numerusform>%L1 / %L2 (%Ln ligne laissée aux autres postes)</numerusform>
            <numerusform>%L1 / %L2 (%Ln lignes laissées aux autres postes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ReportSettingsPage</name>
    <message>
        <source>The daily queue report turns a cell red, and names the site in its first sentence, when a figure passes one of these thresholds.</source>
        <translation>Les statistiques du jour des réservations mettent une case en rouge, et nomment le site dans leur première phrase, quand un chiffre dépasse l’un de ces seuils.</translation>
    </message>
    <message>
        <source>Pending requests older than 48 h, at &amp;most:</source>
        <translation>Réservations en attente depuis plus de 48 h, au &amp;plus :</translation>
    </message>
    <message>
        <source>Requests captured within &amp;24 h, at least:</source>
        <translation>Réservations affectées en moins de &amp;24 h, au moins :</translation>
    </message>
    <message>
        <source>Requests captured within &amp;48 h, at least:</source>
        <translation>Réservations affectées en moins de &amp;48 h, au moins :</translation>
    </message>
    <message>
        <source>&amp;Expired requests left on a hold shelf, at most:</source>
        <translation>Réservations &amp;expirées restées sur une étagère des réservations, au plus :</translation>
    </message>
</context>
<context>
    <name>comptoir::ReportsPage</name>
    <message>
        <source>Filter by site (Ctrl+F)</source>
        <translation>Filtrer par site (Ctrl+F)</translation>
    </message>
    <message>
        <source>Take the report again (F5)</source>
        <translation>Relever de nouveau les statistiques (F5)</translation>
    </message>
    <message>
        <source>Export PDF… (Ctrl+E)</source>
        <translation>Exporter en PDF… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+Shift+E)</source>
        <translation>Exporter en CSV… (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Section (Alt+S):</source>
        <translation>Section (Alt+S) :</translation>
    </message>
    <message>
        <source>Daily queue report</source>
        <translation>Statistiques du jour des réservations</translation>
    </message>
    <message>
        <source>The report has not been taken yet: F5 takes it from the library system.</source>
        <translation>Les statistiques n’ont pas encore été relevées : F5 les relève dans le SIGB.</translation>
    </message>
    <message>
        <source>Reading the network's requests from the library system…</source>
        <translation>Lecture des réservations du réseau dans le SIGB…</translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation>Statistiques du jour des réservations — %1</translation>
    </message>
    <message numerus="yes">
        <source>Taken at %1 from %2; %n day(s) without a report in the last 30.</source>
        <translation>
            <numerusform>Relevées le %1 dans %2 ; %n jour sans statistiques sur les 30 derniers.</numerusform>
            <numerusform>Relevées le %1 dans %2 ; %n jours sans statistiques sur les 30 derniers.</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored snapshot</source>
        <translation>le relevé enregistré</translation>
    </message>
    <message>
        <source>the library system</source>
        <translation>le SIGB</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Past the threshold set in Settings</source>
        <translation>Au-delà du seuil fixé dans les réglages</translation>
    </message>
    <message>
        <source>report-%1.%2</source>
        <translation>statistiques-%1.%2</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter les statistiques en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter les statistiques en CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Grap&amp;hiques</translation>
    </message>
</context>
<context>
    <name>comptoir::ScanField</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Scannez ou saisissez un code-barres, puis Entrée</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Champ de scan</translation>
    </message>
</context>
<context>
    <name>comptoir::Settings</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsDialog</name>
    <message>
        <source>Print a &amp;receipt at pickup</source>
        <translation>Imprimer un &amp;ticket au retrait</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>Rayons</translation>
    </message>
    <message>
        <source>Receipt printer on the network (ESC/POS, TCP)</source>
        <translation>Imprimante de tickets en réseau (ESC/POS, TCP)</translation>
    </message>
    <message>
        <source>Receipt printer on a serial port (ESC/POS)</source>
        <translation>Imprimante de tickets sur port série (ESC/POS)</translation>
    </message>
    <message>
        <source>192.168.1.50:9100, or /dev/ttyUSB0</source>
        <translation>192.168.1.50:9100, ou /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Slips go to:</source>
        <translation>Impression des tickets :</translation>
    </message>
    <message>
        <source>Printer address or port:</source>
        <translation>Adresse ou port de l’imprimante :</translation>
    </message>
    <message>
        <source>Serial speed (baud):</source>
        <translation>Vitesse série (bauds) :</translation>
    </message>
    <message>
        <source>hold shelf</source>
        <translation>étagère des réservations</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>navette</translation>
    </message>
    <message>
        <source>offline (provisional)</source>
        <translation>hors ligne (provisoire)</translation>
    </message>
    <message>
        <source>Print the slip by itself for:</source>
        <translation>Imprimer automatiquement le ticket pour :</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>The system's default printer</source>
        <translation>L’imprimante par défaut du système</translation>
    </message>
    <message>
        <source>The system's default printer, after a print preview</source>
        <translation>L’imprimante par défaut du système, après un aperçu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder for slips not printed</source>
        <translation>Dossier des tickets non imprimés</translation>
    </message>
    <message>
        <source>Slips not printed go as PDF to:</source>
        <translation>Tickets non imprimés, en PDF dans :</translation>
    </message>
    <message>
        <source>click &amp;&amp; collect bag</source>
        <translation>sac de click &amp;&amp; collect</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Set by the network's configuration; IT changes it.</source>
        <translation>Fixé par la configuration du réseau ; le service informatique le modifie.</translation>
    </message>
    <message>
        <source>Lockers</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Portage à domicile</translation>
    </message>
    <message>
        <source>Network store</source>
        <translation>Base du réseau</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>comptoir::ShelfLayoutEditor</name>
    <message>
        <source>Zones and shelving locations in the order staff walk them. Drag to reorder, or use Alt+↑ / Alt+↓. Double-click a name or plan id to change it.</source>
        <translation>Zones et localisations dans l’ordre du parcours en rayon. Glissez-les pour les réordonner, ou utilisez Alt+↑ / Alt+↓. Double-cliquez sur un nom ou un identifiant de plan pour le modifier.</translation>
    </message>
    <message>
        <source>Add &amp;zone…</source>
        <translation>Ajouter une &amp;zone…</translation>
    </message>
    <message>
        <source>&amp;Remove zone</source>
        <translation>&amp;Supprimer la zone</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Monter (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Descendre (Alt+↓)</translation>
    </message>
    <message>
        <source>Floor &amp;plan (SVG):</source>
        <translation>&amp;Plan (SVG) :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nouvelle zone</translation>
    </message>
    <message>
        <source>Name of the zone:</source>
        <translation>Nom de la zone :</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Not placed (walked last, by name)</source>
        <translation>Non placées (parcourues en dernier, par nom)</translation>
    </message>
    <message>
        <source>No floor plan</source>
        <translation>Pas de plan</translation>
    </message>
    <message>
        <source>Plan of the training library (built in)</source>
        <translation>Plan de la bibliothèque de formation (intégré)</translation>
    </message>
</context>
<context>
    <name>comptoir::ShelfLayoutTree</name>
    <message>
        <source>Zone / location</source>
        <translation>Zone / localisation</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Identifiant dans le plan</translation>
    </message>
</context>
<context>
    <name>comptoir::ShuttleSettingsPage</name>
    <message>
        <source>None: every crate goes straight to its library</source>
        <translation>Aucune : chaque caisse va directement à sa bibliothèque</translation>
    </message>
    <message>
        <source>The library code of the hub. A library this counter sends less than a crate a day goes through the hub, in a bag inside the hub's crate.</source>
        <translation>Code de bibliothèque de la plateforme. Ce que ce poste envoie à une bibliothèque qui reçoit de lui moins d’une caisse par jour passe par la plateforme, dans un sac placé dans la caisse de la plateforme.</translation>
    </message>
    <message>
        <source>Crate &amp;hub (library code):</source>
        <translation>&amp;Plateforme des caisses (code de bibliothèque) :</translation>
    </message>
    <message>
        <source>Shuttle &amp;routes, one a line, the stops in the van's order (“North: GIONO, HUGO, ROMANS”). None: one route, libraries by name.</source>
        <translation>&amp;Circuits de la navette, un par ligne, avec les arrêts dans l’ordre de passage (« Nord : GIONO, HUGO, ROMANS »). Vide : un seul circuit, bibliothèques par ordre alphabétique.</translation>
    </message>
</context>
<context>
    <name>comptoir::SlipPrinter</name>
    <message>
        <source>Slip printed.</source>
        <translation>Ticket imprimé.</translation>
    </message>
    <message>
        <source>Slip printed on %1.</source>
        <translation>Ticket imprimé sur %1.</translation>
    </message>
    <message>
        <source>Slip saved as PDF in %1 (%2).</source>
        <translation>Ticket enregistré en PDF dans %1 (%2).</translation>
    </message>
    <message>
        <source>Slip not printed: %1</source>
        <translation>Ticket non imprimé : %1</translation>
    </message>
    <message>
        <source>%1; the folder %2 cannot be created</source>
        <translation>%1 ; le dossier %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1; the PDF cannot be written in %2</source>
        <translation>%1 ; le PDF ne peut pas être écrit dans %2</translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation>l’imprimante de tickets</translation>
    </message>
    <message>
        <source>no printer is installed on this computer</source>
        <translation>aucune imprimante n’est installée sur cet ordinateur</translation>
    </message>
    <message>
        <source>the preview was closed without printing</source>
        <translation>l’aperçu a été fermé sans imprimer</translation>
    </message>
    <message>
        <source>the printer %1 does not answer</source>
        <translation>l’imprimante %1 ne répond pas</translation>
    </message>
</context>
<context>
    <name>comptoir::TemplateEditor</name>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Back to the &amp;shipped one</source>
        <translation>Rétablir le modèle d’&amp;origine</translation>
    </message>
    <message>
        <source>Preview (sample data):</source>
        <translation>Aperçu (données d’exemple) :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Put back the shipped template? Your changes are lost.</source>
        <translation>Rétablir le modèle d’origine ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>✔ No problem found. Fields: %1</source>
        <translation>✔ Aucun problème trouvé. Champs : %1</translation>
    </message>
    <message>
        <source>Put back the shipped template</source>
        <translation>Rétablir le modèle d’origine</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
</context>
<context>
    <name>comptoir::VerdictBanner</name>
    <message>
        <source>Ready to scan</source>
        <translation>En attente d’un scan</translation>
    </message>
    <message>
        <source>Scan a document, a patron card, a crate or a bag label.</source>
        <translation>Scannez un document, une carte de lecteur, une caisse ou l’étiquette d’un sac.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
</context>
<context>
    <name>comptoir::Workstation</name>
    <message>
        <source>This counter's network configuration is provided by IT (%1); it cannot be replaced here.</source>
        <translation>La configuration du réseau de ce poste est fournie par le service informatique (%1) ; elle ne peut pas être remplacée ici.</translation>
    </message>
    <message>
        <source>The network configuration could not be copied into %1.</source>
        <translation>La configuration du réseau n’a pas pu être copiée dans %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ZoneSplitDialog</name>
    <message>
        <source>Split zones between desks</source>
        <translation>Partager les zones entre les postes</translation>
    </message>
    <message>
        <source>Tick the zones this desk pulls. Its runs then claim only lines of its zones and of the zones given to no desk; the other desks leave its zones alone.</source>
        <translation>Cochez les zones que ce poste prélève. Ses prélèvements ne prennent alors que les lignes de ses zones et des zones confiées à aucun poste ; les autres postes laissent ses zones de côté.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>no desk (every desk pulls it)</source>
        <translation>aucun poste (tous les postes la prélèvent)</translation>
    </message>
    <message>
        <source>this desk (%1)</source>
        <translation>ce poste (%1)</translation>
    </message>
    <message>
        <source>Zone %1 taken from %2.</source>
        <translation>Zone %1 reprise au poste %2.</translation>
    </message>
    <message>
        <source>Asking the network store…</source>
        <translation>Interrogation de la base du réseau…</translation>
    </message>
    <message>
        <source>The network store is not connected: zones cannot be split now.</source>
        <translation>La base du réseau n’est pas connectée : les zones ne peuvent pas être partagées maintenant.</translation>
    </message>
    <message>
        <source>The network store does not answer: the zones shown may be out of date. Close and open this window again later.</source>
        <translation>La base du réseau ne répond pas : les zones affichées ne sont peut-être pas à jour. Fermez cette fenêtre et rouvrez-la plus tard.</translation>
    </message>
</context>
<context>
    <name>comptoir::crates</name>
    <message>
        <source>This is not a readable crate label (%1).</source>
        <translation>Ce n’est pas une étiquette de caisse lisible (%1).</translation>
    </message>
    <message>
        <source>A crate or library id cannot be written on a crate label.</source>
        <translation>Un identifiant de caisse ou de bibliothèque ne peut pas être écrit sur une étiquette de caisse.</translation>
    </message>
    <message>
        <source>The crate has no sealing time.</source>
        <translation>La caisse n’a pas d’heure de fermeture.</translation>
    </message>
    <message>
        <source>A crate holds at most %1 items.</source>
        <translation>Une caisse contient au plus %1 documents.</translation>
    </message>
    <message>
        <source>The barcode %1 cannot be written on a crate label.</source>
        <translation>Le code-barres %1 ne peut pas être écrit sur une étiquette de caisse.</translation>
    </message>
    <message>
        <source>The barcode %1 is twice in the crate.</source>
        <translation>Le code-barres %1 est deux fois dans la caisse.</translation>
    </message>
    <message>
        <source>The barcode %1 is too long for a crate label.</source>
        <translation>Le code-barres %1 est trop long pour une étiquette de caisse.</translation>
    </message>
    <message>
        <source>This crate needs more than %1 QR codes: split it.</source>
        <translation>Cette caisse demande plus de %1 QR codes : répartissez-la en deux.</translation>
    </message>
    <message>
        <source>This crate label is too long to be one (%1 characters).</source>
        <translation>Trop long pour une étiquette de caisse (%1 caractères).</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation>ne commence pas par %1</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>no integrity check</source>
        <translation>pas de contrôle d’intégrité</translation>
    </message>
    <message>
        <source>The crate label's integrity check failed: it was misread or changed. Scan it again, or receive the crate item by item.</source>
        <translation>Le contrôle d’intégrité de l’étiquette a échoué : elle a été mal lue ou modifiée. Scannez-la à nouveau, ou réceptionnez la caisse document par document.</translation>
    </message>
    <message>
        <source>%1 fields instead of 9</source>
        <translation>%1 champs au lieu de 9</translation>
    </message>
    <message>
        <source>bad crate or library id</source>
        <translation>identifiant de caisse ou de bibliothèque incorrect</translation>
    </message>
    <message>
        <source>bad sealing time</source>
        <translation>heure de fermeture incorrecte</translation>
    </message>
    <message>
        <source>bad part number</source>
        <translation>numéro de code incorrect</translation>
    </message>
    <message>
        <source>bad barcode</source>
        <translation>code-barres incorrect</translation>
    </message>
    <message>
        <source>more items than the crate holds</source>
        <translation>plus de documents que la caisse n’en contient</translation>
    </message>
    <message>
        <source>No crate label has been read.</source>
        <translation>Aucune étiquette de caisse n’a été lue.</translation>
    </message>
    <message>
        <source>These QR codes are from different crates.</source>
        <translation>Ces QR codes viennent de caisses différentes.</translation>
    </message>
    <message>
        <source>Scan the label's other QR codes: part %1 of %2 is missing.</source>
        <translation>Scannez les autres QR codes de l’étiquette : il manque le code %1 sur %2.</translation>
    </message>
    <message>
        <source>The label lists %1 items but says the crate holds %2.</source>
        <translation>L’étiquette liste %1 documents mais annonce %2 documents dans la caisse.</translation>
    </message>
    <message>
        <source>Route %1: a route is written “Name: SITE1, SITE2”.</source>
        <translation>Ligne %1 : un circuit s’écrit « Nom : SITE1, SITE2 ».</translation>
    </message>
    <message>
        <source>Route %1: the name %2 is used twice.</source>
        <translation>Ligne %1 : le nom %2 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Route %1: the site %2 is on two routes.</source>
        <translation>Ligne %1 : le site %2 figure sur deux circuits.</translation>
    </message>
    <message>
        <source>Route %1: the route %2 has no stop.</source>
        <translation>Ligne %1 : le circuit %2 n’a aucun arrêt.</translation>
    </message>
</context>
<context>
    <name>comptoir::crates::CrateService</name>
    <message>
        <source>No such crate at this counter.</source>
        <translation>Cette caisse est inconnue à ce poste.</translation>
    </message>
    <message>
        <source>This barcode cannot go on a crate label: %1</source>
        <translation>Ce code-barres ne peut pas figurer sur une étiquette de caisse : %1</translation>
    </message>
    <message>
        <source>This item is already in the crate for %1: take it out of that crate first.</source>
        <translation>Ce document est déjà dans la caisse pour %1 : enlevez-le d’abord de cette caisse.</translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — item %n</source>
        <comment>the nth item put in the crate (ordinal)</comment>
        <translation>
            <numerusform>Caisse pour %1 — %nᵉʳ document</numerusform>
            <numerusform>Caisse pour %1 — %nᵉ document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this crate</source>
        <translation>
            <numerusform>%n document dans cette caisse</numerusform>
            <numerusform>%n documents dans cette caisse</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is in no open crate.</source>
        <translation>Ce document n’est dans aucune caisse ouverte.</translation>
    </message>
    <message>
        <source>Only an open crate can take a box.</source>
        <translation>Seule une caisse ouverte peut recevoir un contenant.</translation>
    </message>
    <message>
        <source>The box %1 is already the crate for %2.</source>
        <translation>Le contenant %1 est déjà la caisse pour %2.</translation>
    </message>
    <message>
        <source>This crate is not sealed.</source>
        <translation>Cette caisse n’est pas fermée.</translation>
    </message>
    <message>
        <source>This crate is already sealed.</source>
        <translation>Cette caisse est déjà fermée.</translation>
    </message>
    <message>
        <source>This crate is empty: nothing to seal.</source>
        <translation>Cette caisse est vide : rien à fermer.</translation>
    </message>
    <message>
        <source>This crate is for %1, not for this site: send it on.</source>
        <translation>Cette caisse est pour %1, pas pour ce site : faites-la suivre.</translation>
    </message>
    <message>
        <source>This crate was received already, on %1: nothing is checked in twice.</source>
        <translation>Cette caisse a déjà été réceptionnée, le %1 : rien n’est rendu deux fois.</translation>
    </message>
    <message>
        <source>This crate was not received here.</source>
        <translation>Cette caisse n’a pas été réceptionnée ici.</translation>
    </message>
    <message>
        <source>This crate is not being received.</source>
        <translation>Cette caisse n’est pas en réception.</translation>
    </message>
    <message>
        <source>This item was scanned already in this crate.</source>
        <translation>Ce document a déjà été scanné dans cette caisse.</translation>
    </message>
    <message>
        <source>This crate was received already.</source>
        <translation>Cette caisse a déjà été réceptionnée.</translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 (hub), bag for %2 — item %n</source>
        <comment>the nth item put in the crate (ordinal)</comment>
        <translation>
            <numerusform>Caisse : %1 (plateforme), sac : %2 — document n° %n</numerusform>
            <numerusform>Caisse : %1 (plateforme), sac : %2 — document n° %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the bag for %1</source>
        <translation>
            <numerusform>%n document dans le sac : %1</numerusform>
            <numerusform>%n documents dans le sac : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This crate comes from %1, a site this network does not know: nothing is checked in. Set it aside and ask the shuttle team.</source>
        <translation>Cette caisse vient d’un site que le réseau ne connaît pas (%1) : aucun retour n’est enregistré. Mettez-la de côté et prévenez l’équipe de la navette.</translation>
    </message>
    <message>
        <source>This item was received already from the crate %1 (from %2): it is not checked in twice.</source>
        <translation>Ce document a déjà été reçu dans la caisse %1 (provenance : %2) : son retour n’est pas enregistré deux fois.</translation>
    </message>
</context>
<context>
    <name>comptoir::delivery</name>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en tournée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Poids (g)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Home delivery — courier manifest</source>
        <translation>Portage à domicile — bordereau du livreur</translation>
    </message>
    <message>
        <source>%1 — round of %2, %3</source>
        <translation>%1 — tournée du %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>Patron and address</source>
        <translation>Lecteur et adresse</translation>
    </message>
    <message>
        <source>Items / weight</source>
        <translation>Documents / poids</translation>
    </message>
    <message>
        <source>Patron id</source>
        <translation>N° de lecteur</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois : %1</translation>
    </message>
    <message>
        <source>Home delivery — billing of %1</source>
        <translation>Portage à domicile — facturation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n parcel(s), total %2</source>
        <translation>
            <numerusform>%1 — %n colis, total %2</numerusform>
            <numerusform>%1 — %n colis, total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::DeliveryService</name>
    <message>
        <source>No such delivery order.</source>
        <translation>Commande de portage introuvable.</translation>
    </message>
    <message>
        <source>A weight in grams, between 1 and 50000.</source>
        <translation>Un poids en grammes, entre 1 et 50000.</translation>
    </message>
    <message>
        <source>No such item in a delivery order.</source>
        <translation>Aucune commande de portage ne contient ce document.</translation>
    </message>
    <message>
        <source>Home delivery — not deliverable</source>
        <translation>Portage à domicile — non livrable</translation>
    </message>
    <message>
        <source>%1: set it aside and call the patron.</source>
        <translation>%1 : mettez la commande de côté et appelez le lecteur.</translation>
    </message>
    <message>
        <source>Home delivery — call the patron</source>
        <translation>Portage à domicile — appeler le lecteur</translation>
    </message>
    <message>
        <source>The order weighs %1 kg, over the %2 kg limit: call before preparing it.</source>
        <translation>La commande pèse %1 kg, au-delà de la limite de %2 kg : appelez le lecteur avant de la préparer.</translation>
    </message>
    <message>
        <source>Home delivery — parcel no. %1</source>
        <translation>Portage à domicile — colis n° %1</translation>
    </message>
    <message>
        <source>%1 of %2 in this parcel — round of %3</source>
        <translation>%1 sur %2 dans ce colis — tournée du %3</translation>
    </message>
    <message>
        <source>%1 is not a parcel label.</source>
        <translation>%1 n’est pas une étiquette de colis.</translation>
    </message>
    <message>
        <source>No parcel no. %1 at this counter.</source>
        <translation>Pas de colis n° %1 sur ce poste.</translation>
    </message>
    <message>
        <source>Parcel no. %1 has not left: dispatch its round first.</source>
        <translation>Le colis n° %1 n’est pas parti : faites d’abord partir sa tournée.</translation>
    </message>
    <message>
        <source>Parcel no. %1 already came back (%2).</source>
        <translation>Le colis n° %1 est déjà revenu (%2).</translation>
    </message>
    <message>
        <source>Parcel no. %1 delivered</source>
        <translation>Colis n° %1 livré</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with %1</source>
        <translation>
            <numerusform>%n document chez %1</numerusform>
            <numerusform>%n documents chez %1</numerusform>
        </translation>
    </message>
    <message>
        <source>to the hold shelf for %1</source>
        <translation>étagère des réservations (%1)</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>retour enregistré</translation>
    </message>
    <message>
        <source>Parcel no. %1: patron absent</source>
        <translation>Colis n° %1 : lecteur absent</translation>
    </message>
    <message>
        <source>Parcel no. %1: refused</source>
        <translation>Colis n° %1 : refusé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) %1</source>
        <translation>
            <numerusform>%n document : %1</numerusform>
            <numerusform>%n documents : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No such month.</source>
        <translation>Mois inconnu.</translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::FeePoster</name>
    <message>
        <source>Home delivery, parcel %1 of %2</source>
        <translation>Portage à domicile, colis %1 du %2</translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::PhoneOrders</name>
    <message>
        <source>Home delivery is not set up at this counter (Settings &gt; Home delivery).</source>
        <translation>Le portage à domicile n’est pas configuré sur ce poste (Réglages &gt; Portage à domicile).</translation>
    </message>
    <message>
        <source>no such document</source>
        <translation>document inconnu</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>élagué</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>not for loan</source>
        <translation>exclu du prêt</translation>
    </message>
    <message>
        <source>Requests cannot be placed: not connected.</source>
        <translation>Impossible de poser les réservations : pas de connexion au SIGB.</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Rien à commander.</translation>
    </message>
</context>
<context>
    <name>comptoir::desk</name>
    <message>
        <source>(title unknown)</source>
        <translation>(titre inconnu)</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::CaptureService</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The check-in could not be saved on this computer: %1</source>
        <translation>Le retour n’a pas pu être enregistré sur ce poste : %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <source>The library system refused this item.</source>
        <translation>Le SIGB a refusé ce document.</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Étagère des réservations</translation>
    </message>
    <message>
        <source>Request for %1 — %2</source>
        <translation>Réservation pour %1 — %2</translation>
    </message>
    <message>
        <source>Transit to %1</source>
        <translation>Navette : %1</translation>
    </message>
    <message>
        <source>Requested, to be picked up there — %1</source>
        <translation>Réservation à retirer à destination — %1</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>À renvoyer : %1</translation>
    </message>
    <message>
        <source>No request: it goes back to its library — %1</source>
        <translation>Sans réservation : retour à sa bibliothèque d’origine — %1</translation>
    </message>
    <message>
        <source>Check this item</source>
        <translation>Document à vérifier</translation>
    </message>
    <message>
        <source>Back to the shelf</source>
        <translation>À remettre en rayon</translation>
    </message>
    <message>
        <source>Offline: provisional, set it aside; confirmed when the connection returns.</source>
        <translation>Hors ligne : destination provisoire, mettez le document de côté ; elle sera confirmée dès que la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Probably: hold shelf</source>
        <translation>Probablement : étagère des réservations</translation>
    </message>
    <message>
        <source>Probably: transit to %1</source>
        <translation>Probablement : navette (%1)</translation>
    </message>
    <message>
        <source>Probably: send to %1</source>
        <translation>Probablement : à renvoyer (%1)</translation>
    </message>
    <message>
        <source>Probably: back to the shelf</source>
        <translation>Probablement : à remettre en rayon</translation>
    </message>
    <message>
        <source>Unknown here: set it aside</source>
        <translation>Inconnu ici : à mettre de côté</translation>
    </message>
    <message>
        <source>Bag %1: %2 of %3</source>
        <translation>Sac %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Order complete: close the bag and print its label — %1</source>
        <translation>Commande complète : fermez le sac et imprimez son étiquette — %1</translation>
    </message>
    <message>
        <source>Click &amp; collect — %1</source>
        <translation>Click &amp; collect — %1</translation>
    </message>
    <message>
        <source>The library system's answer was lost: provisional, set it aside; its state is being checked.</source>
        <translation>La réponse du SIGB s’est perdue : destination provisoire, mettez le document de côté ; son état est en cours de vérification.</translation>
    </message>
    <message>
        <source>The library system asks to leave this item's security as it is: not secured.</source>
        <translation>Le SIGB demande de laisser l’antivol de ce document tel quel : non activé.</translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation>Étagère des réservations : %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Back to the shelf: %1</source>
        <translation>À remettre en rayon : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::CheckoutService</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The checkout could not be saved on this computer: %1</source>
        <translation>Le prêt n’a pas pu être enregistré sur ce poste : %1</translation>
    </message>
    <message>
        <source>Lent (offline)</source>
        <translation>Prêté (hors ligne)</translation>
    </message>
    <message>
        <source>Recorded here; sent to the library system when it answers.</source>
        <translation>Enregistré ici ; envoyé au SIGB dès qu’il répond.</translation>
    </message>
    <message>
        <source>Checkout refused</source>
        <translation>Prêt refusé</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prêté</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — à rendre le %2</translation>
    </message>
    <message>
        <source>The library system refused this checkout.</source>
        <translation>Le SIGB a refusé ce prêt.</translation>
    </message>
    <message>
        <source>The library system's answer was lost: recorded here; its loans are checked before anything is sent again.</source>
        <translation>La réponse du SIGB s’est perdue : prêt enregistré ici ; les prêts du lecteur sont vérifiés avant tout nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::HoldPlacement</name>
    <message>
        <source>Request refused by the library system</source>
        <translation>Réservation refusée par le SIGB</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::IlsSession</name>
    <message>
        <source>Cannot read the queue file %1: %2</source>
        <translation>Impossible de lire le fichier de file d’attente %1 : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::NetworkLookup</name>
    <message>
        <source>Not connected to the library system.</source>
        <translation>Pas de connexion au SIGB.</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::Replayer</name>
    <message>
        <source>Unknown action: %1</source>
        <translation>Action inconnue : %1</translation>
    </message>
    <message>
        <source>Check-in refused by the library system</source>
        <translation>Retour refusé par le SIGB</translation>
    </message>
    <message>
        <source>Checkout refused by the library system</source>
        <translation>Prêt refusé par le SIGB</translation>
    </message>
    <message>
        <source>This library system cannot cancel requests</source>
        <translation>Ce SIGB ne permet pas d’annuler les réservations</translation>
    </message>
</context>
<context>
    <name>comptoir::desk::RestAddress</name>
    <message>
        <source>"%1" is not a web address.</source>
        <translation>« %1 » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>http:// to %1 would send the library system's password unencrypted over the network: use https://, or allow an unencrypted connection explicitly.</source>
        <translation>http:// vers %1 enverrait le mot de passe du SIGB en clair sur le réseau : utilisez https://, ou autorisez explicitement une connexion non chiffrée.</translation>
    </message>
</context>
<context>
    <name>comptoir::devices::RfidPad</name>
    <message>
        <source>RFID pad on %1 disconnected (%2). Reconnecting…</source>
        <translation>Platine RFID sur %1 déconnectée (%2). Reconnexion…</translation>
    </message>
    <message>
        <source>RFID pad on %1 not found: %2. Trying again every second…</source>
        <translation>Platine RFID sur %1 introuvable : %2. Nouvel essai chaque seconde…</translation>
    </message>
    <message>
        <source>RFID pad on %1 ready.</source>
        <translation>Platine RFID sur %1 prête.</translation>
    </message>
    <message>
        <source>The item is no longer on the RFID pad: put it back to set its security.</source>
        <translation>Le document n’est plus sur la platine RFID : reposez-le pour mettre à jour son antivol.</translation>
    </message>
</context>
<context>
    <name>comptoir::devices::RfidReader</name>
    <message>
        <source>The RFID reader was disconnected (%1).</source>
        <translation>La platine RFID a été déconnectée (%1).</translation>
    </message>
    <message>
        <source>The RFID reader was closed.</source>
        <translation>La platine RFID a été fermée.</translation>
    </message>
    <message>
        <source>The RFID reader is not connected.</source>
        <translation>La platine RFID n’est pas connectée.</translation>
    </message>
    <message>
        <source>The RFID reader does not answer. Check its cable and power; it is tried again.</source>
        <translation>La platine RFID ne répond pas. Vérifiez son câble et son alimentation ; nouvel essai en cours.</translation>
    </message>
    <message>
        <source>The RFID reader lists more than %1 tags: it is faulty, or the pad holds too many items. Take some off.</source>
        <translation>La platine RFID détecte plus de %1 puces : elle est défaillante, ou trop de documents y sont posés. Enlevez-en quelques-uns.</translation>
    </message>
    <message>
        <source>The tag has left the pad.</source>
        <translation>La puce n’est plus sur la platine.</translation>
    </message>
    <message>
        <source>The RFID reader refused the command (status %1).</source>
        <translation>La platine RFID a refusé la commande (état %1).</translation>
    </message>
    <message>
        <source>The RFID reader sent a short inventory.</source>
        <translation>La platine RFID a envoyé un inventaire incomplet.</translation>
    </message>
    <message>
        <source>The RFID reader sent part of the tag's memory only.</source>
        <translation>La platine RFID n’a envoyé qu’une partie de la mémoire de la puce.</translation>
    </message>
    <message>
        <source>The RFID reader sent a short answer.</source>
        <translation>La platine RFID a envoyé une réponse incomplète.</translation>
    </message>
    <message>
        <source>The tag's security could not be set: %1 Keep the item at the desk and try again.</source>
        <translation>L’antivol du document n’a pas pu être mis à jour : %1 Gardez le document au comptoir et réessayez.</translation>
    </message>
    <message>
        <source>the value read back differs.</source>
        <translation>la valeur relue est différente.</translation>
    </message>
</context>
<context>
    <name>comptoir::devices::SerialScanner</name>
    <message>
        <source>Scanner on %1 not found: %2. Trying again every second…</source>
        <translation>Douchette sur %1 introuvable : %2. Nouvel essai chaque seconde…</translation>
    </message>
    <message>
        <source>Scanner on %1 is back.</source>
        <translation>Douchette sur %1 reconnectée.</translation>
    </message>
    <message>
        <source>Scanner on %1 ready.</source>
        <translation>Douchette sur %1 prête.</translation>
    </message>
    <message>
        <source>Scanner on %1 disconnected (%2). Reconnecting…</source>
        <translation>Douchette sur %1 déconnectée (%2). Reconnexion…</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable (%1). Scan again.</source>
        <translation>La douchette a envoyé quelque chose d’illisible (%1). Scannez à nouveau.</translation>
    </message>
</context>
<context>
    <name>comptoir::formation</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>a “}” without its “{”.</source>
        <translation>une accolade « } » sans son « { ».</translation>
    </message>
    <message>
        <source>a “{” without its “}”.</source>
        <translation>une accolade « { » sans son « } ».</translation>
    </message>
    <message>
        <source>unknown field “{%1}” (known: {n}, {documents}, {document}, {site}, {attendu}, {réponse}).</source>
        <translation>champ « {%1} » inconnu (connus : {n}, {documents}, {document}, {site}, {attendu}, {réponse}).</translation>
    </message>
    <message>
        <source>The file is larger than %L1 bytes.</source>
        <translation>Le fichier dépasse %L1 octets.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>an exercise has at most %L1 lines.</source>
        <translation>un exercice a au plus %L1 lignes.</translation>
    </message>
    <message>
        <source>the line is longer than %L1 bytes.</source>
        <translation>la ligne dépasse %L1 octets.</translation>
    </message>
    <message>
        <source>a control character in the line.</source>
        <translation>un caractère de contrôle dans la ligne.</translation>
    </message>
    <message>
        <source>a section is written “[name]”.</source>
        <translation>une section s’écrit « [nom] ».</translation>
    </message>
    <message>
        <source>an exercise has at most %1 checks.</source>
        <translation>un exercice a au plus %1 contrôles.</translation>
    </message>
    <message>
        <source>unknown section [%1] (known: [exercice], [préparation], [question], [contrôle]).</source>
        <translation>section [%1] inconnue (connues : [exercice], [préparation], [question], [contrôle]).</translation>
    </message>
    <message>
        <source>section [%1] is given twice (first on line %2).</source>
        <translation>la section [%1] figure deux fois (la première à la ligne %2).</translation>
    </message>
    <message>
        <source>expected “name = value”.</source>
        <translation>forme attendue : « clé = valeur ».</translation>
    </message>
    <message>
        <source>“%1” is outside a section.</source>
        <translation>« %1 » est en dehors de toute section.</translation>
    </message>
    <message>
        <source>“%1” has no value.</source>
        <translation>« %1 » n’a pas de valeur.</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2).</source>
        <translation>« %1 » figure deux fois (la première à la ligne %2).</translation>
    </message>
    <message>
        <source>an exercise has at most %1 hints.</source>
        <translation>un exercice a au plus %1 indices.</translation>
    </message>
    <message>
        <source>“ordre” is a whole number from 0 to 1000, not “%1”.</source>
        <translation>« ordre » est un nombre entier de 0 à 1 000, pas « %1 ».</translation>
    </message>
    <message>
        <source>unknown setting “%1” in [exercice] (known: titre, objectif, indice, ordre).</source>
        <translation>clé « %1 » inconnue dans [exercice] (connues : titre, objectif, indice, ordre).</translation>
    </message>
    <message>
        <source>unknown setting “%1” in [préparation] (known: sujet).</source>
        <translation>clé « %1 » inconnue dans [préparation] (connue : sujet).</translation>
    </message>
    <message>
        <source>an exercise has at most %1 subjects.</source>
        <translation>un exercice a au plus %1 sujets.</translation>
    </message>
    <message>
        <source>unknown subject “%1”.</source>
        <translation>sujet « %1 » inconnu.</translation>
    </message>
    <message>
        <source>“%1” takes a count from 1 to %2.</source>
        <translation>« %1 » prend un nombre de 1 à %2.</translation>
    </message>
    <message>
        <source>“%1” takes no count.</source>
        <translation>« %1 » ne prend pas de nombre.</translation>
    </message>
    <message>
        <source>“attendu” is en-attente, en-transit or à-prélever, not “%1”.</source>
        <translation>« attendu » vaut en-attente, en-transit ou à-prélever, pas « %1 ».</translation>
    </message>
    <message>
        <source>unknown setting “%1” in [question] (known: texte, attendu).</source>
        <translation>clé « %1 » inconnue dans [question] (connues : texte, attendu).</translation>
    </message>
    <message>
        <source>unknown rule “%1”.</source>
        <translation>règle « %1 » inconnue.</translation>
    </message>
    <message>
        <source>“points” is a whole number from 1 to %1, not “%2”.</source>
        <translation>« points » est un nombre entier de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>unknown setting “%1” in [contrôle] (known: règle, message, message.un, points).</source>
        <translation>clé « %1 » inconnue dans [contrôle] (connues : règle, message, message.un, points).</translation>
    </message>
    <message>
        <source>The file has no [exercice] section.</source>
        <translation>Le fichier n’a pas de section [exercice].</translation>
    </message>
    <message>
        <source>[exercice] has no “titre”.</source>
        <translation>[exercice] n’a pas de « titre ».</translation>
    </message>
    <message>
        <source>[exercice] has no “objectif”.</source>
        <translation>[exercice] n’a pas d’« objectif ».</translation>
    </message>
    <message>
        <source>The file has no [préparation] with a “sujet”.</source>
        <translation>Le fichier n’a pas de section [préparation] avec un « sujet ».</translation>
    </message>
    <message>
        <source>The file has no [contrôle] section.</source>
        <translation>Le fichier n’a pas de section [contrôle].</translation>
    </message>
    <message>
        <source>[contrôle] has no “règle”.</source>
        <translation>[contrôle] n’a pas de « règle ».</translation>
    </message>
    <message>
        <source>[contrôle] has no “message”.</source>
        <translation>[contrôle] n’a pas de « message ».</translation>
    </message>
    <message>
        <source>rule “réponse” needs a [question] section.</source>
        <translation>la règle « réponse » exige une section [question].</translation>
    </message>
    <message>
        <source>[question] has no “texte”.</source>
        <translation>[question] n’a pas de « texte ».</translation>
    </message>
    <message>
        <source>[question] has no “attendu”.</source>
        <translation>[question] n’a pas d’« attendu ».</translation>
    </message>
    <message>
        <source>%1: cannot be read, or larger than %L2 bytes.</source>
        <translation>%1 : fichier illisible ou de plus de %L2 octets.</translation>
    </message>
</context>
<context>
    <name>comptoir::formation::Course</name>
    <message>
        <source>The training library has not enough for this exercise (%1 found, %2 needed).</source>
        <translation>La bibliothèque de formation n’a pas assez de données pour cet exercice (trouvées : %1, nécessaires : %2).</translation>
    </message>
    <message>
        <source>The training library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque de formation : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ils::Sip2Client</name>
    <message>
        <source>The library system's answer was lost (%1); its state is checked before anything is sent again.</source>
        <translation>La réponse du SIGB s’est perdue (%1) ; son état est vérifié avant tout nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers</name>
    <message>
        <source>The locker settings are too large.</source>
        <translation>Les réglages des consignes sont trop volumineux.</translation>
    </message>
    <message>
        <source>The locker settings are not readable: %1</source>
        <translation>Les réglages des consignes sont illisibles : %1</translation>
    </message>
    <message>
        <source>At most 32 locker banks.</source>
        <translation>32 consignes au plus.</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::BankConfig</name>
    <message>
        <source>A locker bank needs the library code of its pickup location.</source>
        <translation>Une consigne doit avoir le code de bibliothèque de son lieu de retrait.</translation>
    </message>
    <message>
        <source>A locker bank has at most %1 doors.</source>
        <translation>Une consigne a au plus %1 casiers.</translation>
    </message>
    <message>
        <source>A line has at most %1 boards.</source>
        <translation>Une ligne a au plus %1 cartes.</translation>
    </message>
    <message>
        <source>Board %1: address or number of locks out of range.</source>
        <translation>Carte %1 : adresse ou nombre de serrures hors limites.</translation>
    </message>
    <message>
        <source>Two boards at address %1.</source>
        <translation>Deux cartes ont l’adresse %1.</translation>
    </message>
    <message>
        <source>Every door needs a label of at most %1 characters.</source>
        <translation>Chaque casier doit avoir une étiquette de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Two doors are labelled %1.</source>
        <translation>Deux casiers portent l’étiquette %1.</translation>
    </message>
    <message>
        <source>Door %1: no such lock on its board.</source>
        <translation>Casier %1 : cette serrure n’existe pas sur sa carte.</translation>
    </message>
    <message>
        <source>Door %1: its lock drives another door too.</source>
        <translation>Casier %1 : sa serrure commande aussi un autre casier.</translation>
    </message>
    <message>
        <source>Unknown lock board family.</source>
        <translation>Modèle de carte de serrures inconnu.</translation>
    </message>
    <message>
        <source>Too many item types in the size table.</source>
        <translation>Trop de types de documents dans la table des tailles.</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockBus</name>
    <message>
        <source>The lock boards' line is not open.</source>
        <translation>La ligne des cartes de serrures n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The lock board does not answer.</source>
        <translation>La carte de serrures ne répond pas.</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerService</name>
    <message>
        <source>Lock board %1 does not answer</source>
        <translation>La carte de serrures %1 ne répond pas</translation>
    </message>
    <message>
        <source>Its doors are out of service until it answers again.</source>
        <translation>Ses casiers sont hors service jusqu’à ce qu’elle réponde de nouveau.</translation>
    </message>
    <message>
        <source>The lockers are starting</source>
        <translation>La consigne démarre</translation>
    </message>
    <message>
        <source>The doors' sensors are being read; scan again in a moment.</source>
        <translation>Lecture des capteurs des casiers ; scannez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Already in door %1</source>
        <translation>Déjà dans le casier %1</translation>
    </message>
    <message>
        <source>Not for this locker bank</source>
        <translation>Pas pour cette consigne</translation>
    </message>
    <message>
        <source>No request waits for this item at %1: capture it at the desk.</source>
        <translation>Aucune réservation n’attend ce document (retrait : %1) : faites-en le retour au comptoir.</translation>
    </message>
    <message>
        <source>No free door</source>
        <translation>Aucun casier libre</translation>
    </message>
    <message>
        <source>No free door of size %1 or larger: put the item on the hold shelf.</source>
        <translation>Aucun casier libre de taille %1 ou plus : mettez le document sur l’étagère des réservations.</translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation>Casier %1</translation>
    </message>
    <message>
        <source>Put the item in and close the door.</source>
        <translation>Placez le document et fermez le casier.</translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation>Casier inconnu</translation>
    </message>
    <message>
        <source>No door is labelled %1.</source>
        <translation>Aucun casier ne porte l’étiquette %1.</translation>
    </message>
    <message>
        <source>Recorded in door %1</source>
        <translation>Enregistré dans le casier %1</translation>
    </message>
    <message>
        <source>Door %1 loaded</source>
        <translation>Casier %1 chargé</translation>
    </message>
    <message>
        <source>Thank you: your return is recorded</source>
        <translation>Merci : votre retour est enregistré</translation>
    </message>
    <message>
        <source>Door %1 emptied</source>
        <translation>Casier %1 vidé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to check in at the desk.</source>
        <translation>
            <numerusform>%n document à enregistrer en retour au comptoir.</numerusform>
            <numerusform>%n documents à enregistrer en retour au comptoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door %1 is not to be emptied</source>
        <translation>Le casier %1 n’est pas à vider</translation>
    </message>
    <message>
        <source>Door %1: take everything out</source>
        <translation>Casier %1 : sortez tout</translation>
    </message>
    <message>
        <source>Close the door when it is empty.</source>
        <translation>Fermez le casier une fois vide.</translation>
    </message>
    <message>
        <source>One moment please</source>
        <translation>Un instant, s’il vous plaît</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Nothing is waiting for you here</source>
        <translation>Rien ne vous attend ici</translation>
    </message>
    <message>
        <source>Door(s) %1 open</source>
        <translation>Casiers ouverts : %1</translation>
    </message>
    <message>
        <source>Take your documents and close the door.</source>
        <translation>Prenez vos documents et refermez le casier.</translation>
    </message>
    <message>
        <source>This document is already in a door</source>
        <translation>Ce document est déjà dans un casier</translation>
    </message>
    <message>
        <source>Door %1 opens</source>
        <translation>Ouverture du casier %1</translation>
    </message>
    <message>
        <source>Put the document in and close the door.</source>
        <translation>Déposez le document et fermez la porte.</translation>
    </message>
    <message>
        <source>No return door is free</source>
        <translation>Aucun casier de retour libre</translation>
    </message>
    <message>
        <source>Please bring your document to the library.</source>
        <translation>Merci de rapporter votre document à la bibliothèque.</translation>
    </message>
    <message>
        <source>Door %1 is jammed</source>
        <translation>Casier %1 bloqué</translation>
    </message>
    <message>
        <source>Door %1 did not open</source>
        <translation>Le casier %1 ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>Use door %1 instead.</source>
        <translation>Utilisez plutôt le casier %1.</translation>
    </message>
    <message>
        <source>Staff have been told.</source>
        <translation>Le personnel est prévenu.</translation>
    </message>
    <message>
        <source>Door %1 closed with nothing inside</source>
        <translation>Casier %1 fermé vide</translation>
    </message>
    <message>
        <source>Scan the item again.</source>
        <translation>Scannez de nouveau le document.</translation>
    </message>
    <message>
        <source>Thank you, goodbye</source>
        <translation>Merci, au revoir</translation>
    </message>
    <message>
        <source>Door %1 opened without a command</source>
        <translation>Casier %1 ouvert sans ordre d’ouverture</translation>
    </message>
    <message>
        <source>Check the locker bank.</source>
        <translation>Vérifiez la consigne.</translation>
    </message>
    <message>
        <source>Door %1 is still open</source>
        <translation>Le casier %1 est toujours ouvert</translation>
    </message>
    <message>
        <source>Close it.</source>
        <translation>Fermez-le.</translation>
    </message>
    <message>
        <source>Refused by the library system</source>
        <translation>Refusé par le SIGB</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerSite</name>
    <message>
        <source>No locker bank is set up.</source>
        <translation>Aucune consigne n’est configurée.</translation>
    </message>
    <message>
        <source>The lock boards' port %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le port %1 des cartes de serrures : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerStore</name>
    <message>
        <source>lockers.unknown</source>
        <comment>This door is not in the locker bank.</comment>
        <translation>Ce casier n’est pas dans la consigne.</translation>
    </message>
    <message>
        <source>lockers.door_taken</source>
        <comment>This door is not available any more.</comment>
        <translation>Ce casier n’est plus disponible.</translation>
    </message>
    <message>
        <source>lockers.item_elsewhere</source>
        <comment>This item is already in a door.</comment>
        <translation>Ce document est déjà dans un casier.</translation>
    </message>
</context>
<context>
    <name>comptoir::netstore</name>
    <message>
        <source>The network store does not know %1.</source>
        <translation>La base du réseau ne connaît pas %1.</translation>
    </message>
    <message>
        <source>%1 belongs to site %2: this counter cannot change it.</source>
        <translation>%1 relève du site %2 : ce poste ne peut rien y changer.</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Crate %1 was already received by %2.</source>
        <translation>La caisse %1 a déjà été réceptionnée par %2.</translation>
    </message>
    <message>
        <source>Crate %1 was already sealed by %2: this desk's change was not applied.</source>
        <translation>La caisse %1 a déjà été fermée par %2 : la modification de ce poste n’a pas été appliquée.</translation>
    </message>
    <message>
        <source>This door was already assigned by %1 (item %2).</source>
        <translation>Ce casier a déjà été attribué par %1 (document %2).</translation>
    </message>
    <message>
        <source>Line %1 was already done by %2.</source>
        <translation>La ligne %1 a déjà été traitée par %2.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 first.</source>
        <translation>%2 a modifié %1 avant ce poste.</translation>
    </message>
    <message>
        <source>The network store's address must read postgresql://role@host:port/database.</source>
        <translation>L’adresse de la base du réseau doit avoir la forme postgresql://role@host:port/database.</translation>
    </message>
    <message>
        <source>No password in the network store's address: it goes in the keychain.</source>
        <translation>Pas de mot de passe dans l’adresse de la base du réseau : il est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>The network store's address needs a role, a host and a database: postgresql://role@host:port/database.</source>
        <translation>L’adresse de la base du réseau doit indiquer un rôle, un hôte et une base : postgresql://role@host:port/database.</translation>
    </message>
    <message>
        <source>The network store's sslmode is verify-full (or disable on this computer only).</source>
        <translation>Le sslmode de la base du réseau est verify-full (ou disable, sur cet ordinateur seulement).</translation>
    </message>
    <message>
        <source>A network store on another computer needs TLS (sslmode=verify-full).</source>
        <translation>Une base du réseau sur un autre ordinateur exige TLS (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>The network store is not connected: the counters' figures are this counter's only.</source>
        <translation>La base du réseau n’est pas connectée : les chiffres des postes sont ceux de ce poste seulement.</translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::NetStore</name>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : la base du réseau est injoignable.</translation>
    </message>
    <message>
        <source>A network store on another computer needs TLS (sslmode=verify-full).</source>
        <translation>Une base du réseau sur un autre ordinateur exige TLS (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>The network store does not answer (%1).</source>
        <translation>La base du réseau ne répond pas (%1).</translation>
    </message>
    <message>
        <source>The network store refused: this counter may not change that (%1).</source>
        <translation>La base du réseau a refusé : ce poste n’a pas le droit de faire cette modification (%1).</translation>
    </message>
    <message>
        <source>The network store failed: %1</source>
        <translation>Erreur de la base du réseau : %1</translation>
    </message>
    <message>
        <source>The network store was made by a newer Comptoir (schema %1): update this counter.</source>
        <translation>La base du réseau a été créée par une version plus récente de Comptoir (schéma %1) : mettez ce poste à jour.</translation>
    </message>
    <message>
        <source>A counter's role is lower-case letters, digits and _.</source>
        <translation>Le rôle d’un poste ne contient que des lettres minuscules, des chiffres et _.</translation>
    </message>
    <message>
        <source>The network store gave no verdict.</source>
        <translation>La base du réseau n’a renvoyé aucun résultat.</translation>
    </message>
    <message>
        <source>The network store does not know crate %1.</source>
        <translation>La base du réseau ne connaît pas la caisse %1.</translation>
    </message>
    <message>
        <source>The network store does not send live updates (%1).</source>
        <translation>La base du réseau n’envoie pas les mises à jour en direct (%1).</translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::NetworkStoreLink</name>
    <message>
        <source>No password for the network store in the keychain (%1).</source>
        <translation>Pas de mot de passe pour la base du réseau dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : la base du réseau est injoignable.</translation>
    </message>
    <message>
        <source>The network store is not connected.</source>
        <translation>La base du réseau n’est pas connectée.</translation>
    </message>
    <message>
        <source>Locker alert at %1</source>
        <translation>Alerte consigne à %1</translation>
    </message>
    <message>
        <source>Locker alert at %1, door %2</source>
        <translation>Alerte consigne à %1, casier %2</translation>
    </message>
    <message>
        <source>Reading the other desks' claims from the network store…</source>
        <translation>Lecture des lignes prises en charge par les autres postes dans la base du réseau…</translation>
    </message>
    <message>
        <source>Reading the zones from the network store…</source>
        <translation>Lecture des zones dans la base du réseau…</translation>
    </message>
    <message>
        <source>The network store does not answer: this desk goes on without it. Lines are not claimed meanwhile; nothing is lost, this desk's actions wait here and are published when the store is back.</source>
        <translation>La base du réseau ne répond pas : ce poste continue sans elle. Les lignes ne sont pas prises en charge en attendant ; rien n’est perdu, les actions de ce poste attendent ici et seront transmises au retour de la base.</translation>
    </message>
    <message>
        <source>The network store cannot be reached: this run goes on without claiming its lines, other desks may pull the same ones.</source>
        <translation>La base du réseau est injoignable : ce prélèvement continue sans prendre ses lignes en charge, d’autres postes peuvent prélever les mêmes.</translation>
    </message>
    <message>
        <source>Renewing this desk's claims at the network store…</source>
        <translation>Prolongation des lignes prises en charge par ce poste dans la base du réseau…</translation>
    </message>
    <message>
        <source>Claiming lines at the network store…</source>
        <translation>Prise en charge des lignes auprès de la base du réseau…</translation>
    </message>
    <message>
        <source>Giving the lines not pulled back to the network store…</source>
        <translation>Remise à la base du réseau des lignes non prélevées…</translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::SharedCrates</name>
    <message>
        <source>The network store does not answer (%1).</source>
        <translation>La base du réseau ne répond pas (%1).</translation>
    </message>
    <message>
        <source>The network store is not connected.</source>
        <translation>La base du réseau n’est pas connectée.</translation>
    </message>
    <message>
        <source>The network store cannot be reached: crates opened at other desks cannot be filled now.</source>
        <translation>La base du réseau est injoignable : les caisses ouvertes sur d’autres postes ne peuvent pas être remplies pour l’instant.</translation>
    </message>
    <message>
        <source>This item is already in this crate: %1 put it in.</source>
        <translation>Ce document est déjà dans cette caisse : le poste %1 l’y a mis.</translation>
    </message>
    <message>
        <source>The network store cannot be reached: crates opened at other desks cannot be sealed now.</source>
        <translation>La base du réseau est injoignable : les caisses ouvertes sur d’autres postes ne peuvent pas être fermées pour l’instant.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Not in the crate for %1</source>
        <translation>Pas dans la caisse pour %1</translation>
    </message>
    <message>
        <source>%1 sealed this crate first: item %2 did not go into it. The item stays at this desk: put it in another crate.</source>
        <translation>Le poste %1 a fermé cette caisse en premier : le document %2 n’y est pas entré. Le document reste à ce poste : mettez-le dans une autre caisse.</translation>
    </message>
    <message>
        <source>Crate for %1 sealed at %2</source>
        <translation>Caisse pour %1 fermée au poste %2</translation>
    </message>
    <message>
        <source>%1 sealed this crate first: it was not sealed here and no label was printed. The crate leaves with the label printed at %1.</source>
        <translation>Le poste %1 a fermé cette caisse en premier : elle n’a pas été fermée ici et aucune étiquette n’a été imprimée. La caisse part avec l’étiquette imprimée au poste %1.</translation>
    </message>
    <message>
        <source>%1 sealed this crate first: this desk's seal was not applied. Throw away the label printed here; the crate leaves with the label printed at %1.</source>
        <translation>Le poste %1 a fermé cette caisse en premier : la fermeture faite sur ce poste n’a pas été appliquée. Jetez l’étiquette imprimée ici ; la caisse part avec l’étiquette imprimée au poste %1.</translation>
    </message>
    <message>
        <source>%1 sealed this crate first: item %2, taken out here afterwards, is still on its label.</source>
        <translation>Le poste %1 a fermé cette caisse en premier : le document %2, enlevé ici après coup, figure toujours sur son étiquette.</translation>
    </message>
    <message>
        <source>Crate %1</source>
        <translation>Caisse %1</translation>
    </message>
    <message>
        <source>The network store did not answer in time: the crate was not sealed. Try again in a moment.</source>
        <translation>La base du réseau n’a pas répondu à temps : la caisse n’a pas été fermée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The network store has not answered yet: it is told when it does, and this desk hears if another desk sealed the crate first.</source>
        <translation>La base du réseau n’a pas encore répondu : elle sera informée dès qu’elle répondra, et ce poste sera prévenu si un autre poste a fermé la caisse en premier.</translation>
    </message>
    <message>
        <source>The network store did not answer in time: the item is in this desk's crate and is told to the store when it answers.</source>
        <translation>La base du réseau n’a pas répondu à temps : le document est dans la caisse de ce poste et sera transmis à la base dès qu’elle répondra.</translation>
    </message>
    <message>
        <source>The network store did not answer.</source>
        <translation>La base du réseau n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>comptoir::print::TemplateStore</name>
    <message>
        <source>Hold slip</source>
        <translation>Ticket de réservation</translation>
    </message>
    <message>
        <source>Transit slip</source>
        <translation>Ticket de navette</translation>
    </message>
    <message>
        <source>Click &amp; collect bag label</source>
        <translation>Étiquette de sac de click &amp; collect</translation>
    </message>
    <message>
        <source>Pickup receipt</source>
        <translation>Ticket de retrait</translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation>Liste à prélever</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Étagère des réservations</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Navette</translation>
    </message>
    <message>
        <source>Shuttle crate label</source>
        <translation>Étiquette de caisse de navette</translation>
    </message>
    <message>
        <source>Shuttle crate receipt (missing and extra items)</source>
        <translation>Ticket de réception de caisse de navette (documents manquants et en trop)</translation>
    </message>
    <message>
        <source>Shuttle departure route sheet</source>
        <translation>Feuille de route de départ de la navette</translation>
    </message>
    <message>
        <source>Home delivery parcel label</source>
        <translation>Étiquette de colis de portage à domicile</translation>
    </message>
</context>
<context>
    <name>comptoir::reports</name>
    <message>
        <source>Requests over the day</source>
        <translation>Réservations de la journée</translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation>Réservations en attente par ancienneté</translation>
    </message>
    <message>
        <source>Time from placed to captured</source>
        <translation>Délai entre réservation et affectation</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Étagère des réservations</translation>
    </message>
    <message>
        <source>Pull runs</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>Shuttle crates</source>
        <translation>Caisses de navette</translation>
    </message>
    <message>
        <source>Transits between sites</source>
        <translation>Navettes entre sites</translation>
    </message>
    <message>
        <source>Nothing needs attention today: every site keeps within its thresholds.</source>
        <translation>Rien à signaler aujourd’hui : chaque site reste dans ses seuils.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) with more than %1 of pending requests older than 48 h, worst %2</source>
        <translation>
            <numerusform>%n site avec plus de %1 des réservations en attente depuis plus de 48 h, le plus en retard : %2</numerusform>
            <numerusform>%n sites avec plus de %1 des réservations en attente depuis plus de 48 h, les plus en retard : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the network captured %1 of the day's requests within 24 h (goal %2)</source>
        <translation>le réseau a affecté %1 des réservations du jour en moins de 24 h (objectif %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n hold shelf(s) with more than %1 expired requests to clear: %2</source>
        <translation>
            <numerusform>%n étagère des réservations avec plus de %1 réservations expirées à annuler : %2</numerusform>
            <numerusform>%n étagères des réservations avec plus de %1 réservations expirées à annuler : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention today: %1.</source>
        <translation>À surveiller aujourd’hui : %1.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the attention sentence</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>Le fichier se termine au milieu d’un champ entre guillemets.</translation>
    </message>
    <message>
        <source>This is not a report file: its first line is not the header.</source>
        <translation>Ce n’est pas un fichier de statistiques : sa première ligne n’est pas l’en-tête.</translation>
    </message>
    <message>
        <source>A line has %1 fields instead of %2.</source>
        <translation>Une ligne a %1 champs au lieu de %2.</translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation>Statistiques du jour des réservations — %1</translation>
    </message>
    <message>
        <source>Taken at %1 (%2)</source>
        <translation>Relevées le %1 (%2)</translation>
    </message>
    <message>
        <source>stored snapshot</source>
        <translation>relevé enregistré</translation>
    </message>
    <message>
        <source>from the library system</source>
        <translation>depuis le SIGB</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): pending requests over 48 h, network (– : no snapshot that day)</source>
        <translation>
            <numerusform>%n dernier jour : réservations en attente depuis plus de 48 h, réseau (– : pas de relevé ce jour-là)</numerusform>
            <numerusform>%n derniers jours : réservations en attente depuis plus de 48 h, réseau (– : pas de relevé ce jour-là)</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Pickup lockers</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Portage à domicile</translation>
    </message>
    <message>
        <source>Counter figures of this counter only: %1</source>
        <translation>Chiffres de ce poste seulement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Counter figures of %1 of the network's %n counter(s).</source>
        <translation>
            <numerusform>Chiffres des postes : %1 sur %n poste du réseau.</numerusform>
            <numerusform>Chiffres des postes : %1 sur les %n postes du réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (no snapshot of the day, not counted): %1.</source>
        <translation>Manquants (aucun relevé du jour, non comptés) : %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::sync::SyncEngine</name>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Liste à prélever</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>no address in the patron's record</source>
        <translation>pas d’adresse dans le compte du lecteur</translation>
    </message>
    <message>
        <source>patron category %1 is not delivered</source>
        <translation>la catégorie de lecteur %1 n’a pas droit au portage</translation>
    </message>
    <message>
        <source>%1 is outside the delivery area</source>
        <translation>%1 est hors de la zone de portage</translation>
    </message>
    <message>
        <source>ordered before the %1 cut-off: %2 min left</source>
        <translation>commande passée avant l’heure limite de %1 : il reste %2 min</translation>
    </message>
    <message>
        <source>after the %1 cut-off: the next round</source>
        <translation>commande passée après l’heure limite de %1 : tournée suivante</translation>
    </message>
    <message>
        <source>Delivered %1, %2 (%3). %4 a parcel.</source>
        <translation>Portage le %1, %2 (%3). %4 par colis.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Queues at %1:</source>
        <translation>Files d’attente (%1) :</translation>
    </message>
    <message>
        <source>  to pull from the shelves   %1</source>
        <translation>  à prélever en rayon             %1</translation>
    </message>
    <message>
        <source>  pending, to be picked up here  %1</source>
        <translation>  en attente, à retirer ici       %1</translation>
    </message>
    <message>
        <source>  in transit to here         %1</source>
        <translation>  en navette vers ici             %1</translation>
    </message>
    <message>
        <source>  waiting on the hold shelf  %1 (of which %2 expired)</source>
        <translation>  sur l’étagère des réservations  %1 (dont %2 expirées)</translation>
    </message>
    <message>
        <source>  click &amp; collect orders     %1</source>
        <translation>  commandes de click &amp; collect    %1</translation>
    </message>
    <message>
        <source>Captures through SIP2:</source>
        <translation>Retours par SIP2 :</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisoire)</translation>
    </message>
    <message>
        <source>  (slip not written)</source>
        <translation>  (ticket non enregistré)</translation>
    </message>
    <message>
        <source>Summary: %1 captured, %2 slips written to %3; outbox: %4 pending, %5 to review</source>
        <translation>Bilan : %1 retours, %2 tickets écrits dans %3 ; actions en attente : %4 à envoyer, %5 à vérifier</translation>
    </message>
    <message>
        <source>Pull list (first lines, in walking order):</source>
        <translation>Liste à prélever (premières lignes, dans l’ordre du parcours) :</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still wait for the library system after %1 s; they stay in the outbox and go at the next start.</source>
        <translation>
            <numerusform>%n action attend encore le SIGB après %1 s ; elle reste dans les actions en attente et partira au prochain démarrage.</numerusform>
            <numerusform>%n actions attendent encore le SIGB après %1 s ; elles restent dans les actions en attente et partiront au prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox was set aside: exit code 3.</source>
        <translation>Le fichier des actions en attente a été mis de côté : code de sortie 3.</translation>
    </message>
    <message>
        <source>Synchronised site %1 in %L2 ms: %3, %4</source>
        <translation>Site %1 synchronisé en %L2 ms : %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln réservation</numerusform>
            <numerusform>%Ln réservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) to pull</source>
        <translation>
            <numerusform>%Ln ligne à prélever</numerusform>
            <numerusform>%Ln lignes à prélever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 sealed: %n item(s), label</source>
        <translation>
            <numerusform>Caisse fermée, navette : %1 — %n document, étiquette</numerusform>
            <numerusform>Caisse fermée, navette : %1 — %n documents, étiquette</numerusform>
        </translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non écrite)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir: the staff client for the holds, pulls, shuttle crates and lockers of a library network.</source>
        <translation>Comptoir : le poste professionnel des réservations, prélèvements, caisses de navette et consignes d’un réseau de bibliothèques.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l’interface : fr ou en.</translation>
    </message>
    <message>
        <source>Folder of the local cache, outbox and settings.</source>
        <translation>Dossier du cache local, des actions en attente et des réglages.</translation>
    </message>
    <message>
        <source>Logging filter rules, e.g. "comptoir.core.*.debug=true".</source>
        <translation>Règles de filtrage du journal, par ex. « comptoir.core.*.debug=true ».</translation>
    </message>
    <message>
        <source>Close the window after this many milliseconds (for screenshots).</source>
        <translation>Fermer la fenêtre après ce nombre de millisecondes (pour les captures d’écran).</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue « %1 » inconnue : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Comptoir cannot start</source>
        <translation>Comptoir ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>Start the training library on this computer and connect to it (demo site CENTRE; data under the data folder).</source>
        <translation>Démarrer la bibliothèque de formation sur ce poste et s’y connecter (site de démonstration CENTRE ; données dans le dossier de données).</translation>
    </message>
    <message>
        <source>With --demo: no window. Sync the site, build its pull list, capture a few items, write their slips as PDF files, print a summary and exit.</source>
        <translation>Avec --demo : sans fenêtre. Synchronise le site, construit sa liste à prélever, enregistre quelques retours, écrit leurs tickets en PDF, affiche un bilan et quitte.</translation>
    </message>
    <message>
        <source>With --headless: where the slips go.</source>
        <translation>Avec --headless : où écrire les tickets.</translation>
    </message>
    <message>
        <source>--headless goes with --demo.</source>
        <translation>--headless s’utilise avec --demo.</translation>
    </message>
    <message>
        <source>%1 — workstation %2%3</source>
        <translation>%1 — poste %2%3</translation>
    </message>
    <message>
        <source> — training library</source>
        <translation> — bibliothèque de formation</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Pulled: %1</source>
        <translation>Prélevés : %1</translation>
    </message>
    <message>
        <source>Not on the pull list</source>
        <translation>Pas sur la liste à prélever</translation>
    </message>
    <message>
        <source>Simulated devices…</source>
        <translation>Appareils simulés…</translation>
    </message>
    <message>
        <source>The demo's scanner and RFID pad, driven by hand</source>
        <translation>La douchette et la platine RFID de la démo, pilotées à la main</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>propriétaire : %1</translation>
    </message>
    <message>
        <source>Print the time from the start of the process to the first painted window and to the cached lists loaded, the memory used and the cached rows, then quit (a benchmark).</source>
        <translation>Affiche le temps écoulé entre le lancement du processus et l’affichage de la première fenêtre, puis jusqu’au chargement des listes du cache, la mémoire utilisée et le nombre de lignes en cache, puis quitte (mesure de performances).</translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection to %1</source>
        <translation>⚠ Connexion non chiffrée : %1</translation>
    </message>
    <message>
        <source>See comptoir --help.</source>
        <translation>Voir comptoir --help.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after attend un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>Unknown page "%1": use one of %2.</source>
        <translation>Page inconnue « %1 » : utilisez l’une de ces pages : %2.</translation>
    </message>
    <message>
        <source>Network configuration refused</source>
        <translation>Configuration du réseau refusée</translation>
    </message>
    <message>
        <source>%1

This counter keeps its previous settings. Tell IT.</source>
        <translation>%1

Ce poste garde ses réglages précédents. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The network configuration provisioned by IT (default: COMPTOIR_NETWORK_CONFIG, then /etc/comptoir/network.conf).</source>
        <translation>La configuration du réseau fournie par le service informatique (par défaut : COMPTOIR_NETWORK_CONFIG, puis /etc/comptoir/network.conf).</translation>
    </message>
    <message>
        <source>Simulated lockers…</source>
        <translation>Consigne simulée…</translation>
    </message>
    <message>
        <source>No locker bank is set up.</source>
        <translation>Aucune consigne n’est configurée.</translation>
    </message>
    <message>
        <source>Run as a patron kiosk, full screen: lockers (the locker bank's).</source>
        <translation>Lancer en borne pour les lecteurs, en plein écran : lockers (celle de la consigne).</translation>
    </message>
    <message>
        <source>Unknown kiosk "%1": use lockers.</source>
        <translation>Borne « %1 » inconnue : utilisez lockers.</translation>
    </message>
    <message>
        <source>The guided training course: start a fresh training library on this computer, connect to it and list the exercises (data in their own folder, emptied at each start).</source>
        <translation>Le parcours de formation : démarrer une bibliothèque de formation toute neuve sur ce poste, s’y connecter et afficher la liste des exercices (données dans leur propre dossier, vidé à chaque démarrage).</translation>
    </message>
    <message>
        <source>--formation goes without --demo and --headless.</source>
        <translation>--formation ne se combine ni avec --demo ni avec --headless.</translation>
    </message>
    <message>
        <source>Open on this page: pull-list, capture, hold-shelf, click-collect, crates, lockers, delivery, reports, lookup or outbox (a counter that mostly pulls can start on its list, a supervisor on the report).</source>
        <translation>Ouvrir sur cette page : pull-list, capture, hold-shelf, click-collect, crates, lockers, delivery, reports, lookup ou outbox (un poste qui prélève surtout peut démarrer sur sa liste, un responsable sur le rapport).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The daily queue report of the library network: requests per site, pending by age against the 24/48 h promise, hold shelves, pull runs, crates.</source>
        <translation>Le rapport quotidien des réservations du réseau : demandes par site, en attente par ancienneté face à l’engagement des 24/48 h, étagères des réservations, prélèvements, caisses.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD). Today (the default) is read from the library system and kept; another day is read from the kept reports.</source>
        <translation>Le jour (AAAA-MM-JJ). Aujourd’hui (par défaut) est lu dans le SIGB et conservé ; un autre jour est lu dans les rapports conservés.</translation>
    </message>
    <message>
        <source>Only this site (repeat it, or separate ids with commas; "all": every site, the default). The network's totals are always the whole network's.</source>
        <translation>Ce site seulement (à répéter, ou codes séparés par des virgules ; « all » : tous les sites, par défaut). Les totaux du réseau portent toujours sur tout le réseau.</translation>
    </message>
    <message>
        <source>text, csv or pdf.</source>
        <translation>text, csv ou pdf.</translation>
    </message>
    <message>
        <source>The file to write (default: the standard output; for pdf, report-DATE.pdf).</source>
        <translation>Le fichier à écrire (par défaut : la sortie standard ; en pdf, report-DATE.pdf).</translation>
    </message>
    <message>
        <source>The counter's data folder (settings, outbox, kept reports), as comptoir's.</source>
        <translation>Le dossier de données du poste (réglages, actions en attente, rapports conservés), comme pour comptoir.</translation>
    </message>
    <message>
        <source>Start the training library on this computer and report on it, as comptoir --demo.</source>
        <translation>Démarrer la bibliothèque de formation sur cet ordinateur et en faire le rapport, comme comptoir --demo.</translation>
    </message>
    <message>
        <source>Do not keep today's figures (a dry run).</source>
        <translation>Ne pas conserver les chiffres du jour (essai à blanc).</translation>
    </message>
    <message>
        <source>Language of the report: fr or en.</source>
        <translation>Langue du rapport : fr ou en.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text, csv or pdf.</source>
        <translation>Format inconnu « %1 » : utilisez text, csv ou pdf.</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not "%1".</source>
        <translation>--date attend un jour au format AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>No REST address of the library system in %1: set up the counter with comptoir first (the report reads the network's requests through Koha's REST API).</source>
        <translation>Pas d’adresse REST du SIGB dans %1 : configurez d’abord le poste avec comptoir (le rapport lit les demandes du réseau par l’API REST de Koha).</translation>
    </message>
    <message>
        <source>No report was kept for this day.</source>
        <translation>Aucun rapport n’a été conservé pour ce jour.</translation>
    </message>
    <message>
        <source>Unknown site "%1".</source>
        <translation>Site inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The library system's REST address in %1 is refused: %2</source>
        <translation>L’adresse REST du SIGB dans %1 est refusée : %2</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Posées</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Affectées</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Satisfaites</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Up to 24 h</source>
        <translation>Jusqu’à 24 h</translation>
    </message>
    <message>
        <source>24 to 48 h</source>
        <translation>24 à 48 h</translation>
    </message>
    <message>
        <source>Over 48 h</source>
        <translation>Plus de 48 h</translation>
    </message>
    <message>
        <source>Over 48 h (%)</source>
        <translation>Plus de 48 h (%)</translation>
    </message>
    <message>
        <source>Captured with their date</source>
        <translation>Affectées avec leur date</translation>
    </message>
    <message>
        <source>Within 24 h (%)</source>
        <translation>Sous 24 h (%)</translation>
    </message>
    <message>
        <source>Within 48 h (%)</source>
        <translation>Sous 48 h (%)</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Expiring tomorrow</source>
        <translation>Expirent demain</translation>
    </message>
    <message>
        <source>Expired, not collected</source>
        <translation>Expirées, non retirées</translation>
    </message>
    <message>
        <source>In transit to the site</source>
        <translation>En navette vers le site</translation>
    </message>
    <message>
        <source>Lines pulled</source>
        <translation>Lignes prélevées</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvables</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réceptionnées</translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation>Avec écarts</translation>
    </message>
    <message>
        <source>Items sent</source>
        <translation>Documents envoyés</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <source>Median transit (h)</source>
        <translation>Navette, médiane (h)</translation>
    </message>
    <message>
        <source>No report was taken on %1: the library system only knows today's requests, so that day stays missing.</source>
        <translation>Aucun relevé le %1 : le SIGB ne connaît que les réservations du jour, ce jour reste donc manquant.</translation>
    </message>
    <message>
        <source>No REST connection to the library system is set up: the report needs one.</source>
        <translation>Aucune connexion REST au SIGB n’est configurée : les statistiques en ont besoin.</translation>
    </message>
    <message>
        <source>The library system could not be reached: %1</source>
        <translation>SIGB injoignable : %1</translation>
    </message>
    <message>
        <source>Pending requests by age, %1 to %2</source>
        <translation>Réservations en attente par ancienneté, du %1 au %2</translation>
    </message>
    <message>
        <source>* or no bar: no report that day</source>
        <translation>* ou pas de barre : pas de relevé ce jour-là</translation>
    </message>
    <message>
        <source>Pending requests by age: the %1 sites with most over 48 h</source>
        <translation>Réservations en attente par ancienneté : les %1 sites qui en ont le plus depuis plus de 48 h</translation>
    </message>
    <message>
        <source>Pending requests by age, site by site (most over 48 h at the top)</source>
        <translation>Réservations en attente par ancienneté, site par site (en tête, ceux qui en ont le plus depuis plus de 48 h)</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Expired, taken out</source>
        <translation>Expiré, enlevé</translation>
    </message>
    <message>
        <source>Orders handed over</source>
        <translation>Commandes remises</translation>
    </message>
    <message>
        <source>Items handed over</source>
        <translation>Documents remis</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Parcels dispatched</source>
        <translation>Colis partis</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Parcels billed</source>
        <translation>Colis facturés</translation>
    </message>
    <message>
        <source>Billed (€)</source>
        <translation>Facturé (€)</translation>
    </message>
    <message>
        <source>Doors occupied</source>
        <translation>Casiers occupés</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Occupation (%)</translation>
    </message>
    <message>
        <source>Uncollected</source>
        <translation>Non retirés</translation>
    </message>
    <message>
        <source>Jammed doors</source>
        <translation>Casiers bloqués</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêtes</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Cancelled/expired</source>
        <translation>Annulées ou expirées</translation>
    </message>
    <message>
        <source>Made ready today</source>
        <translation>Prêtes aujourd’hui</translation>
    </message>
    <message>
        <source>Median to ready (h)</source>
        <translation>Médiane jusqu’à prête (h)</translation>
    </message>
    <message>
        <source>90th pct to ready (h)</source>
        <translation>90e centile jusqu’à prête (h)</translation>
    </message>
</context>
</TS>
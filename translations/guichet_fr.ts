<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AesGcm</name>
    <message>
        <source>AES-256-GCM needs a 32-byte key and a 12-byte nonce.</source>
        <translation>AES-256-GCM nécessite une clé de 32 octets et un nonce de 12 octets.</translation>
    </message>
    <message>
        <source>The protected data failed its integrity check: it was altered or damaged, or sealed under another key. It was not used.</source>
        <translation>Les données protégées n’ont pas passé le contrôle d’intégrité&#xa0;: elles ont été modifiées ou endommagées, ou scellées avec une autre clé. Elles n’ont pas été utilisées.</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>chiffrement</translation>
    </message>
    <message>
        <source>decrypting</source>
        <translation>déchiffrement</translation>
    </message>
</context>
<context>
    <name>AsicContainer</name>
    <message>
        <source>Cannot write the evidence container: %1</source>
        <translation>Impossible d’écrire le conteneur de preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>A document may not be named &quot;mimetype&quot; in a container.</source>
        <translation>Un document ne peut pas s’appeler «&#xa0;mimetype&#xa0;» dans un conteneur.</translation>
    </message>
    <message>
        <source>This file is not a readable ZIP container: %1</source>
        <translation>Ce fichier n’est pas un conteneur ZIP lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read entry %1 of the container: %2</source>
        <translation>Impossible de lire l’entrée %1 du conteneur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 in the container: %2</source>
        <translation>Impossible de lire %1 dans le conteneur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is not the first of the file.</source>
        <translation>L’entrée «&#xa0;mimetype&#xa0;» n’est pas la première du fichier.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is compressed.</source>
        <translation>L’entrée «&#xa0;mimetype&#xa0;» est compressée.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry carries an extra field.</source>
        <translation>L’entrée «&#xa0;mimetype&#xa0;» porte un champ supplémentaire.</translation>
    </message>
    <message>
        <source>The container has no &quot;mimetype&quot; entry.</source>
        <translation>Le conteneur n’a pas d’entrée «&#xa0;mimetype&#xa0;».</translation>
    </message>
    <message>
        <source>The container&apos;s type is &quot;%1&quot;, not an ASiC-E container.</source>
        <translation>Le type du conteneur est «&#xa0;%1&#xa0;»&#xa0;: ce n’est pas un conteneur ASiC-E.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is not at the start of the file, where readers look.</source>
        <translation>L’entrée «&#xa0;mimetype&#xa0;» n’est pas au début du fichier, là où les lecteurs la cherchent.</translation>
    </message>
</context>
<context>
    <name>AsicManifestReader</name>
    <message>
        <source>The container&apos;s manifest cannot be read: %1</source>
        <translation>Le manifeste du conteneur est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not an ASiCManifest.</source>
        <translation>ce n’est pas un ASiCManifest.</translation>
    </message>
    <message>
        <source>digest method %1 is not SHA-256.</source>
        <translation>la méthode d’empreinte %1 n’est pas SHA-256.</translation>
    </message>
    <message>
        <source>a digest belongs to no file.</source>
        <translation>une empreinte n’appartient à aucun fichier.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no SHA-256 digest.</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» n’a pas d’empreinte SHA-256.</translation>
    </message>
    <message>
        <source>it names no signature.</source>
        <translation>il ne désigne aucune signature.</translation>
    </message>
</context>
<context>
    <name>AtrCatalogue</name>
    <message>
        <source>The ATR catalogue is not valid JSON: %1</source>
        <translation>Le catalogue des ATR n’est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: an id, a model and a hexadecimal ATR are required.</source>
        <translation>Entrée «&#xa0;%1&#xa0;» du catalogue des ATR&#xa0;: un identifiant, un modèle et un ATR hexadécimal sont obligatoires.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: the mask must have as many bytes as the ATR.</source>
        <translation>Entrée «&#xa0;%1&#xa0;» du catalogue des ATR&#xa0;: le masque doit compter autant d’octets que l’ATR.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: a certified QSCD needs its certification reference.</source>
        <translation>Entrée «&#xa0;%1&#xa0;» du catalogue des ATR&#xa0;: un QSCD certifié nécessite sa référence de certification.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: unknown PIN charset &quot;%2&quot;.</source>
        <translation>Entrée «&#xa0;%1&#xa0;» du catalogue des ATR&#xa0;: jeu de caractères du code PIN inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: invalid PIN length limits.</source>
        <translation>Entrée «&#xa0;%1&#xa0;» du catalogue des ATR&#xa0;: limites de longueur du code PIN non valides.</translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>%1 (event %2, signed by %3 on %4 UTC)</source>
        <translation>%1 (événement %2, signé par %3 le %4 UTC)</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not valid: %2.</source>
        <translation>Le point de contrôle %1 n’est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Event %1 is not the event signed in checkpoint %2: the log up to this event was rewritten.</source>
        <translation>L’événement %1 n’est pas celui signé dans le point de contrôle %2&#xa0;: le journal a été réécrit jusqu’à cet événement.</translation>
    </message>
    <message>
        <source>Event %1 is missing: checkpoint %2 names it. Events at the end were removed.</source>
        <translation>L’événement %1 manque&#xa0;: le point de contrôle %2 le désigne. Des événements ont été supprimés à la fin.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointCommand</name>
    <message>
        <source>audit checkpoint needs the operator&apos;s card: --operator-token SERIAL.</source>
        <translation>audit checkpoint exige la carte de l’opérateur&#xa0;: --operator-token NUMÉRO.</translation>
    </message>
    <message>
        <source>Checkpoint %1 signed: the audit trail up to event %2.</source>
        <translation>Point de contrôle %1 signé&#xa0;: le journal d’audit jusqu’à l’événement %2.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>locking the audit log</source>
        <translation>verrouillage du journal d’audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d’audit</translation>
    </message>
    <message>
        <source>The audit log has no head record.</source>
        <translation>Le journal d’audit n’a pas d’enregistrement de tête.</translation>
    </message>
    <message>
        <source>The audit log is empty: there is nothing to sign.</source>
        <translation>Le journal d’audit est vide&#xa0;: il n’y a rien à signer.</translation>
    </message>
    <message>
        <source>Event %1 is already covered by a checkpoint.</source>
        <translation>L’événement %1 est déjà couvert par un point de contrôle.</translation>
    </message>
    <message>
        <source>writing an audit checkpoint</source>
        <translation>écriture d’un point de contrôle d’audit</translation>
    </message>
    <message>
        <source>reading the audit checkpoints</source>
        <translation>lecture des points de contrôle d’audit</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>unknown audit command &quot;%1&quot;.</source>
        <translation>commande d’audit inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Journal d’audit intact&#xa0;: %n événement vérifié.</numerusform>
            <numerusform>Journal d’audit intact&#xa0;: %n événements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Journal d’audit ROMPU à l’événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit trail.

Commands:
  verify [--trust CA.pem] [--file FILE.jsonl]   check the hash chain and the signed checkpoints; name the first bad event or checkpoint
  export --from DATE --to DATE --out FILE.jsonl   events and their checkpoints, verifiable offline
  checkpoint --operator-token SERIAL   sign the chain&apos;s head with the operator&apos;s card</source>
        <translation>Le journal d’audit.

Commandes&#xa0;:
  verify [--trust CA.pem] [--file FICHIER.jsonl]   vérifier la chaîne d’empreintes et les points de contrôle signés&#xa0;; désigner le premier événement ou point de contrôle défaillant
  export --from DATE --to DATE --out FICHIER.jsonl   les événements et leurs points de contrôle, vérifiables hors ligne
  checkpoint --operator-token NUMÉRO   signer la tête de la chaîne avec la carte de l’opérateur</translation>
    </message>
    <message>
        <source>verify, export or checkpoint</source>
        <translation>verify, export ou checkpoint</translation>
    </message>
    <message>
        <source>give an audit command: verify, export or checkpoint.</source>
        <translation>indiquez une commande d’audit&#xa0;: verify, export ou checkpoint.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) hold; events up to %1 are covered by a signature.</source>
        <translation>
            <numerusform>%n point de contrôle signé est valide&#xa0;; les événements jusqu’au n° %1 sont couverts par une signature.</numerusform>
            <numerusform>%n points de contrôle signés sont valides&#xa0;; les événements jusqu’au n° %1 sont couverts par une signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --out FILE.jsonl.</source>
        <translation>audit export exige --out FICHIER.jsonl.</translation>
    </message>
    <message>
        <source>--from and --to take a date (2026-11-25) or a UTC date and time (2026-11-25T09:30:00Z).</source>
        <translation>--from et --to prennent une date (2026-11-25) ou une date et heure UTC (2026-11-25T09:30:00Z).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>%n événement exporté.</numerusform>
            <numerusform>%n événements exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) included.</source>
        <translation>
            <numerusform>%n point de contrôle signé inclus.</numerusform>
            <numerusform>%n points de contrôle signés inclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at the end are not covered by a signed checkpoint yet.</source>
        <translation>
            <numerusform>%n événement à la fin n’est pas encore couvert par un point de contrôle signé.</numerusform>
            <numerusform>%n événements à la fin ne sont pas encore couverts par un point de contrôle signé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (PEM or DER) the checkpoint signers must chain to; repeatable.</source>
        <translation>Certificats (PEM ou DER) auxquels les signataires des points de contrôle doivent se rattacher&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Verify this export instead of the database.</source>
        <translation>Vérifier cet export au lieu de la base de données.</translation>
    </message>
    <message>
        <source>First day (UTC) or time of the export.</source>
        <translation>Premier jour (UTC) ou heure de l’export.</translation>
    </message>
    <message>
        <source>Last day (UTC) or time of the export.</source>
        <translation>Dernier jour (UTC) ou heure de l’export.</translation>
    </message>
    <message>
        <source>Export file (JSON Lines).</source>
        <translation>Fichier d’export (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>AuditEventReader</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 of the export is not valid: %2.</source>
        <translation>La ligne %1 de l’export n’est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This file is not a Guichet audit export.</source>
        <translation>Ce fichier n’est pas un export d’audit Guichet.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>an event without a sequence number or time</source>
        <translation>un événement sans numéro d’ordre ni heure</translation>
    </message>
    <message>
        <source>the event has no &quot;%1&quot;</source>
        <translation>l’événement n’a pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a checkpoint without a time or digest</source>
        <translation>un point de contrôle sans heure ni condensat</translation>
    </message>
    <message>
        <source>unknown line type &quot;%1&quot;</source>
        <translation>type de ligne inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its range does not match the events in the file: events were removed or added</source>
        <translation>son intervalle ne correspond pas aux événements du fichier&#xa0;: des événements ont été supprimés ou ajoutés</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>verrouillage du journal d’audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d’audit</translation>
    </message>
    <message>
        <source>The audit log has no head record.</source>
        <translation>Le journal d’audit n’a pas d’enregistrement de tête.</translation>
    </message>
    <message>
        <source>Cannot compute the audit hash (OpenSSL).</source>
        <translation>Impossible de calculer l’empreinte d’audit (OpenSSL).</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>écriture du journal d’audit</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log jumps to event %2.</source>
        <translation>L’événement %1 est manquant&#xa0;: le journal passe directement à l’événement %2.</translation>
    </message>
    <message>
        <source>Event %1 is out of sequence.</source>
        <translation>L’événement %1 n’est pas à sa place dans la séquence.</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: an event was removed, inserted or moved.</source>
        <translation>L’événement %1 ne fait pas suite à l’événement qui le précède&#xa0;: un événement a été supprimé, inséré ou déplacé.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written.</source>
        <translation>L’événement %1 a été modifié après son écriture.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>L’enregistrement de tête du journal d’audit est manquant.</translation>
    </message>
    <message>
        <source>The audit log ends at event %1 but its head says %2: events at the end were removed or replaced.</source>
        <translation>Le journal d’audit s’arrête à l’événement %1 alors que sa tête indique %2&#xa0;: des événements de fin ont été supprimés ou remplacés.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>DRA operator</source>
        <translation>opérateur d’AED</translation>
    </message>
    <message>
        <source>Certification Agent</source>
        <translation>mandataire de certification</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>handle dossiers</source>
        <translation>traiter des dossiers</translation>
    </message>
    <message>
        <source>verify identities</source>
        <translation>vérifier des identités</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>gérer les opérateurs</translation>
    </message>
    <message>
        <source>manage CA profiles</source>
        <translation>gérer les profils d’AC</translation>
    </message>
    <message>
        <source>purge expired documents</source>
        <translation>purger les documents expirés</translation>
    </message>
    <message>
        <source>manage the master key</source>
        <translation>gérer la clé maîtresse</translation>
    </message>
    <message>
        <source>reveal an SO PIN</source>
        <translation>révéler un code SO</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>consulter le journal d’audit</translation>
    </message>
    <message>
        <source>%1 may not verify identities: no training date is recorded for this operator.</source>
        <translation>%1 ne peut pas vérifier d’identités&#xa0;: aucune date de formation n’est enregistrée pour cet opérateur.</translation>
    </message>
    <message>
        <source>%1 may not verify identities: the last training (%2) is 12 months old or more, and training must be refreshed yearly.</source>
        <translation>%1 ne peut pas vérifier d’identités&#xa0;: la dernière formation (%2) date de 12 mois ou plus, et la formation doit être renouvelée chaque année.</translation>
    </message>
    <message>
        <source>A %1 may not %2: this needs a supervisor.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» ne permet pas de %2&#xa0;: il faut être superviseur.</translation>
    </message>
</context>
<context>
    <name>CaCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>CA profiles: which CA, its trust anchors, CMP endpoint, policy OID per product.

Commands:
  import FILE      validate a profile (JSON) and store it; an existing id is replaced
  list [--json]    the profiles, the built-in training CA first
  show ID [--json] one profile</source>
        <translation>Profils d’AC&#xa0;: quelle AC, ses ancres de confiance, son point d’accès CMP, l’OID de politique de chaque produit.

Commandes&#xa0;:
  import FICHIER   valider un profil (JSON) et l’enregistrer&#xa0;; un identifiant existant est remplacé
  list [--json]    les profils, l’AC de formation intégrée en premier
  show ID [--json] un profil</translation>
    </message>
    <message>
        <source>import, list or show</source>
        <translation>import, list ou show</translation>
    </message>
    <message>
        <source>The CA profile (JSON).</source>
        <translation>Le profil d’AC (JSON).</translation>
    </message>
    <message>
        <source>ca profile import FILE</source>
        <translation>ca profile import FICHIER</translation>
    </message>
    <message>
        <source>CA profile %1 (%2) imported.</source>
        <translation>Profil d’AC %1 (%2) importé.</translation>
    </message>
    <message>
        <source>ca profile list [--json]</source>
        <translation>ca profile list [--json]</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(intégré)</translation>
    </message>
    <message>
        <source>The profile&apos;s id.</source>
        <translation>L’identifiant du profil.</translation>
    </message>
    <message>
        <source>ca profile show ID [--json]</source>
        <translation>ca profile show ID [--json]</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>CMP: %1 path %2, protection %3</source>
        <translation>CMP&#xa0;: %1, chemin %2, protection %3</translation>
    </message>
    <message>
        <source>embedded training CA</source>
        <translation>AC de formation intégrée</translation>
    </message>
    <message>
        <source>shared secret</source>
        <translation>secret partagé</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>Trust anchors: %1</source>
        <translation>Ancres de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>  product %1: policy %2</source>
        <translation>  produit %1&#xa0;: politique %2</translation>
    </message>
    <message>
        <source>Intervention form: %1</source>
        <translation>Formulaire d’intervention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registration records kept: %1 years; identity validation usable: %2 months</source>
        <translation>Conservation des dossiers d’enregistrement&#xa0;: %1 ans&#xa0;; validité du contrôle d’identité&#xa0;: %2 mois</translation>
    </message>
    <message>
        <source>Documents required: %1</source>
        <translation>Pièces justificatives exigées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serves the embedded training CA over CMP (RFC 6712 HTTP) on 127.0.0.1 only, until stopped (SIGTERM or Ctrl+C). Requests protected by the shared secret or signed with a certificate the training CA issued are answered. Everything it issues is marked TRAINING and is not valid.</source>
        <translation>Sert l’AC de formation intégrée en CMP (HTTP, RFC 6712) sur 127.0.0.1 uniquement, jusqu’à son arrêt (SIGTERM ou Ctrl+C). Il est répondu aux requêtes protégées par le secret partagé ou signées avec un certificat délivré par l’AC de formation. Tout ce qu’elle délivre est marqué FORMATION et n’est pas valide.</translation>
    </message>
    <message>
        <source>TCP port (0: any free port, printed).</source>
        <translation>Port TCP (0 pour n’importe quel port libre, qui est alors affiché).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Reference of the shared secret (default guichet-ra).</source>
        <translation>Référence du secret partagé (par défaut guichet-ra).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>réf</translation>
    </message>
    <message>
        <source>File holding the shared secret (never the secret itself on the command line).</source>
        <translation>Fichier contenant le secret partagé (jamais le secret lui-même sur la ligne de commande).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when a supervisor chose a passphrase instead of the OS keychain.</source>
        <translation>Lire la phrase de passe de la clé maîtresse depuis ce descripteur de fichier, lorsqu’un superviseur a choisi une phrase de passe plutôt que le trousseau du système.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Publish the CRL to this file at start.</source>
        <translation>Publier la LCR dans ce fichier au démarrage.</translation>
    </message>
    <message>
        <source>ca serve-training --port N --secret-file FILE [--reference REF] [--passphrase-fd N] [--crl FILE]</source>
        <translation>ca serve-training --port N --secret-file FICHIER [--reference RÉF] [--passphrase-fd N] [--crl FICHIER]</translation>
    </message>
    <message>
        <source>Cannot read the shared secret from %1: %2</source>
        <translation>Impossible de lire le secret partagé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The shared secret file is empty.</source>
        <translation>Le fichier du secret partagé est vide.</translation>
    </message>
    <message>
        <source>Training CA (TRAINING — NOT VALID) serving CMP on http://127.0.0.1:%1/pkix/</source>
        <translation>AC de formation (FORMATION — NON VALIDE)&#xa0;: service CMP sur http://127.0.0.1:%1/pkix/</translation>
    </message>
    <message>
        <source>profile, serve-training, enroll, revoke or renew</source>
        <translation>profile, serve-training, enroll, revoke ou renew</translation>
    </message>
    <message>
        <source>Certification authorities.

Commands:
  profile import FILE|list|show ID [--json]   CA profiles (the training CA is built in)
  serve-training --port N [--secret-fd N]     serve the training CA over CMP on http://127.0.0.1:N/pkix/
  enroll --dossier ID [--csr FILE]           queue the dossier&apos;s certificate request
  revoke --dossier ID --reason R [--serial HEX]  queue a revocation (RFC 5280 reason)
  renew --certificate FILE|--token SERIAL|--dossier ID [--dry-run] [--key-update]
                                             renewal: whether a key update suffices; with --key-update, a new key on the holder&apos;s token and its certificate</source>
        <translation>Autorités de certification.

Commandes&#xa0;:
  profile import FICHIER|list|show ID [--json]   profils d’AC (l’AC de formation est intégrée)
  serve-training --port N [--secret-fd N]     sert l’AC de formation en CMP sur http://127.0.0.1:N/pkix/
  enroll --dossier ID [--csr FICHIER]        met en file la demande de certificat du dossier
  revoke --dossier ID --reason M [--serial HEX]  met en file une révocation (motif RFC 5280)
  renew --certificate FICHIER|--token NUMÉRO|--dossier ID [--dry-run] [--key-update]
                                             renouvellement&#xa0;: dit si une mise à jour de clé suffit&#xa0;; avec --key-update, une nouvelle clé sur le support du titulaire et son certificat</translation>
    </message>
</context>
<context>
    <name>CaProfileRepository</name>
    <message>
        <source>The built-in training CA profile cannot be replaced.</source>
        <translation>Le profil de l’AC de formation intégrée ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>storing the CA profile %1</source>
        <translation>enregistrement du profil d’AC %1</translation>
    </message>
    <message>
        <source>listing the CA profiles</source>
        <translation>liste des profils d’AC</translation>
    </message>
    <message>
        <source>The stored CA profile %1 is no longer valid: %2</source>
        <translation>Le profil d’AC enregistré %1 n’est plus valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading the CA profile %1</source>
        <translation>lecture du profil d’AC %1</translation>
    </message>
    <message>
        <source>There is no CA profile &quot;%1&quot;.</source>
        <translation>Il n’existe aucun profil d’AC «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CaProfiles</name>
    <message>
        <source>Training CA (TRAINING — certificates NOT VALID)</source>
        <translation>AC de formation (FORMATION — certificats NON VALIDES)</translation>
    </message>
    <message>
        <source>Cannot read the CA profile file %1: %2</source>
        <translation>Impossible de lire le fichier de profil d’AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA profile is not a JSON object (%1 at offset %2).</source>
        <translation>Le profil d’AC n’est pas un objet JSON (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The CA profile has no &quot;%1&quot; field.</source>
        <translation>Le profil d’AC n’a pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CA profile&apos;s &quot;format&quot; must be %1.</source>
        <translation>Le champ «&#xa0;format&#xa0;» du profil d’AC doit valoir %1.</translation>
    </message>
    <message>
        <source>The CA profile id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>L’identifiant de profil d’AC «&#xa0;%1&#xa0;» ne doit contenir que des lettres minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» (63 caractères au plus).</translation>
    </message>
    <message>
        <source>The id &quot;training&quot; is reserved for the built-in training CA.</source>
        <translation>L’identifiant «&#xa0;training&#xa0;» est réservé à l’AC de formation intégrée.</translation>
    </message>
    <message>
        <source>Trust anchor %1 is not a readable PEM certificate.</source>
        <translation>L’ancre de confiance %1 n’est pas un certificat PEM lisible.</translation>
    </message>
    <message>
        <source>Trust anchor %1 is not a CA certificate.</source>
        <translation>L’ancre de confiance %1 n’est pas un certificat d’AC.</translation>
    </message>
    <message>
        <source>The CMP URL &quot;%1&quot; is not an http(s)://host[:port] address.</source>
        <translation>L’URL CMP «&#xa0;%1&#xa0;» n’est pas une adresse de la forme http(s)://hôte[:port].</translation>
    </message>
    <message>
        <source>The CMP URL &quot;%1&quot; must use https (plain http is only accepted for a CA on this machine).</source>
        <translation>L’URL CMP «&#xa0;%1&#xa0;» doit utiliser https (http simple n’est accepté que pour une AC située sur cette machine).</translation>
    </message>
    <message>
        <source>The CMP protection &quot;%1&quot; must be &quot;signature&quot; or &quot;shared-secret&quot;.</source>
        <translation>La protection CMP «&#xa0;%1&#xa0;» doit valoir «&#xa0;signature&#xa0;» ou «&#xa0;shared-secret&#xa0;».</translation>
    </message>
    <message>
        <source>The CA profile names the product &quot;%1&quot;, which the product catalogue does not know.</source>
        <translation>Le profil d’AC désigne le produit «&#xa0;%1&#xa0;», inconnu du catalogue des produits.</translation>
    </message>
    <message>
        <source>The policy OID &quot;%1&quot; of product &quot;%2&quot; is not a dotted object identifier.</source>
        <translation>L’OID de politique «&#xa0;%1&#xa0;» du produit «&#xa0;%2&#xa0;» n’est pas un identifiant d’objet en notation pointée.</translation>
    </message>
    <message>
        <source>retention.registrationRecordYears must be at least 7 (EN 319 411-1 OVR-6.4.6-01).</source>
        <translation>retention.registrationRecordYears doit valoir au moins 7 (EN 319 411-1 OVR-6.4.6-01).</translation>
    </message>
    <message>
        <source>retention.identityValidationMonths must be a positive number of months.</source>
        <translation>retention.identityValidationMonths doit être un nombre de mois positif.</translation>
    </message>
    <message>
        <source>documentsRequired must list document type names.</source>
        <translation>documentsRequired doit lister des noms de types de document.</translation>
    </message>
</context>
<context>
    <name>CaRequests</name>
    <message>
        <source>storing the certificate in the dossier</source>
        <translation>l’enregistrement du certificat dans le dossier</translation>
    </message>
    <message>
        <source>Certificate %1 issued by the CA.</source>
        <translation>Certificat %1 émis par l’AC.</translation>
    </message>
    <message>
        <source>recording the revocation in the dossier</source>
        <translation>l’enregistrement de la révocation dans le dossier</translation>
    </message>
    <message>
        <source>The dossier&apos;s product %1 is not in the catalogue.</source>
        <translation>Le produit %1 du dossier n’est pas au catalogue.</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s certificates</source>
        <translation>la lecture des certificats du dossier</translation>
    </message>
    <message>
        <source>The certificate request of dossier %1 is already in the outbox (item %2, %3): it is not queued twice.</source>
        <translation>La demande de certificat du dossier %1 est déjà dans la boîte d’envoi (élément %2, %3)&#xa0;: elle n’est pas mise en file une seconde fois.</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s token request</source>
        <translation>la lecture de la demande de certificat du support du dossier</translation>
    </message>
    <message>
        <source>The token&apos;s certificate request is incomplete (token serial, key or request missing).</source>
        <translation>La demande de certificat du support est incomplète (numéro de série du support, clé ou demande manquant).</translation>
    </message>
    <message>
        <source>Dossier %1 already has a certificate request in the outbox (item %2, %3): a second token request is not recorded.</source>
        <translation>Le dossier %1 a déjà une demande de certificat dans la boîte d’envoi (élément %2, %3)&#xa0;: une seconde demande de support n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>keeping the token&apos;s certificate request</source>
        <translation>la conservation de la demande de certificat du support</translation>
    </message>
    <message>
        <source>No certificate request is kept for dossier %1: personalise the holder&apos;s token (it makes the request), or give the applicant&apos;s PKCS#10 file.</source>
        <translation>Aucune demande de certificat n’est conservée pour le dossier %1&#xa0;: personnalisez le support du porteur (c’est lui qui produit la demande), ou fournissez le fichier PKCS#10 du demandeur.</translation>
    </message>
    <message>
        <source>Dossier %1 has no token request: its certificate is not for a key made at this desk.</source>
        <translation>Le dossier %1 n’a pas de demande de support&#xa0;: son certificat n’est pas destiné à une clé créée à ce guichet.</translation>
    </message>
    <message>
        <source>The CA has not issued the certificate of dossier %1 yet; its request is in the outbox.</source>
        <translation>L’AC n’a pas encore émis le certificat du dossier %1&#xa0;; sa demande est dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>CadesSigner</name>
    <message>
        <source>The signature cannot be made: %1.</source>
        <translation>La signature ne peut pas être produite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read.</source>
        <translation>Le certificat du signataire est illisible.</translation>
    </message>
    <message>
        <source>The signing time is missing.</source>
        <translation>L’heure de signature manque.</translation>
    </message>
    <message>
        <source>the certificate&apos;s key or digest is not supported</source>
        <translation>la clé du certificat ou l’algorithme d’empreinte n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the signed data cannot be created</source>
        <translation>la structure signée ne peut pas être créée</translation>
    </message>
    <message>
        <source>the signer cannot be added</source>
        <translation>le signataire ne peut pas être ajouté</translation>
    </message>
    <message>
        <source>the content cannot be hashed</source>
        <translation>l’empreinte du contenu ne peut pas être calculée</translation>
    </message>
    <message>
        <source>the signed attributes cannot be added</source>
        <translation>les attributs signés ne peuvent pas être ajoutés</translation>
    </message>
    <message>
        <source>the signed attributes cannot be encoded</source>
        <translation>les attributs signés ne peuvent pas être encodés</translation>
    </message>
    <message>
        <source>the signature cannot be stored</source>
        <translation>la signature ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>The key did not produce a valid signature for its certificate: check that the card holds the key of this certificate.</source>
        <translation>La clé n’a pas produit de signature valide pour son certificat&#xa0;: vérifiez que la carte contient bien la clé de ce certificat.</translation>
    </message>
    <message>
        <source>the signature cannot be encoded</source>
        <translation>la signature ne peut pas être encodée</translation>
    </message>
</context>
<context>
    <name>CadesVerifier</name>
    <message>
        <source>The file was changed after it was signed.</source>
        <translation>Le fichier a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The signature does not match: the signature file was altered or belongs to another key.</source>
        <translation>La signature ne correspond pas&#xa0;: le fichier de signature a été altéré ou provient d’une autre clé.</translation>
    </message>
    <message>
        <source>The signature cannot be checked: %1.</source>
        <translation>La signature ne peut pas être vérifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>Le certificat du signataire était expiré à l’heure de signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>Le certificat du signataire n’était pas encore valide à l’heure de signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted certification authority.</source>
        <translation>Le certificat du signataire ne remonte pas à une autorité de certification de confiance.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate carries an invalid CA signature.</source>
        <translation>Le certificat du signataire porte une signature d’autorité invalide.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signatures.</source>
        <translation>Le certificat du signataire n’est pas destiné à la signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted: %1.</source>
        <translation>Le certificat du signataire n’est pas de confiance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No trusted certification authority was given.</source>
        <translation>Aucune autorité de certification de confiance n’a été indiquée.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation>La chaîne de certification ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>A trusted certificate cannot be read.</source>
        <translation>Un certificat de confiance est illisible.</translation>
    </message>
    <message>
        <source>This is not a CMS signature (a DER SignedData, .p7s).</source>
        <translation>Ce n’est pas une signature CMS (SignedData DER, .p7s).</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer; it has %1.</source>
        <translation>La signature doit avoir exactement un signataire&#xa0;; elle en a %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Le certificat du signataire ne figure pas dans la signature.</translation>
    </message>
    <message>
        <source>The signed file is too large.</source>
        <translation>Le fichier signé est trop volumineux.</translation>
    </message>
    <message>
        <source>The signed file cannot be read.</source>
        <translation>Le fichier signé ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The signature has no signing time (CAdES baseline B requires one).</source>
        <translation>La signature n’a pas d’heure de signature (CAdES baseline B l’exige).</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (signing-certificate-v2 missing or not matching): it is not a CAdES signature.</source>
        <translation>La signature ne désigne pas son certificat (attribut signing-certificate-v2 absent ou discordant)&#xa0;: ce n’est pas une signature CAdES.</translation>
    </message>
</context>
<context>
    <name>CardCertificates</name>
    <message>
        <source>reading the certificates on the card</source>
        <translation>la lecture des certificats de la carte</translation>
    </message>
</context>
<context>
    <name>CardExchangeText</name>
    <message>
        <source>Connecting to the card in &quot;%1&quot;</source>
        <translation>Connexion à la carte du lecteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exchanging commands with the card in &quot;%1&quot;</source>
        <translation>Échange de commandes avec la carte du lecteur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CardLogin</name>
    <message>
        <source>reading the CA profiles</source>
        <translation>la lecture des profils d’AC</translation>
    </message>
    <message>
        <source>reading the training CA</source>
        <translation>la lecture de l’AC de formation</translation>
    </message>
    <message>
        <source>The operator&apos;s card %1 is not present.</source>
        <translation>La carte d’opérateur %1 n’est pas présente.</translation>
    </message>
    <message>
        <source>The operator&apos;s card %1 refused the login: %2</source>
        <translation>La carte d’opérateur %1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>The card %1 holds no certificate with its key pair.</source>
        <translation>La carte %1 ne contient aucun certificat accompagné de sa bi-clé.</translation>
    </message>
    <message>
        <source>The card&apos;s key does not match its certificate: the card may have been tampered with.</source>
        <translation>La clé de la carte ne correspond pas à son certificat&#xa0;: la carte a peut-être été falsifiée.</translation>
    </message>
    <message>
        <source>%1 has no operator account on this workstation: a supervisor must create it.</source>
        <translation>%1 n’a pas de compte d’opérateur sur ce poste&#xa0;: un superviseur doit le créer.</translation>
    </message>
    <message>
        <source>The operator account of %1 is deactivated.</source>
        <translation>Le compte d’opérateur de %1 est désactivé.</translation>
    </message>
</context>
<context>
    <name>CertificateProfile</name>
    <message>
        <source>building the %1 extension</source>
        <translation>construction de l’extension %1</translation>
    </message>
    <message>
        <source>encoding the QC statements</source>
        <translation>encodage des déclarations QC (QC statements)</translation>
    </message>
    <message>
        <source>The product %1 does not allow the usage &quot;%2&quot;.</source>
        <translation>Le produit %1 n’autorise pas l’usage «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name.</source>
        <translation>Un certificat serveur nécessite au moins un nom DNS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom DNS.</translation>
    </message>
    <message>
        <source>adding the QC statements</source>
        <translation>ajout des déclarations QC (QC statements)</translation>
    </message>
    <message>
        <source>building the certificatePolicies extension</source>
        <translation>construction de l’extension certificatePolicies</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>preparing the certificate request</source>
        <translation>préparation de la demande de certificat</translation>
    </message>
    <message>
        <source>The subject field %1 is not acceptable: %2</source>
        <translation>Le champ %1 du sujet n’est pas acceptable&#xa0;: %2</translation>
    </message>
    <message>
        <source>encoding the certificate request</source>
        <translation>encodage de la demande de certificat</translation>
    </message>
    <message>
        <source>The certificate request signed by the token does not verify with the token&apos;s public key; it was not sent.</source>
        <translation>La demande de certificat signée par le support ne se vérifie pas avec la clé publique du support&#xa0;; elle n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>This is not a DER certificate request: %1</source>
        <translation>Ce n’est pas une demande de certificat DER&#xa0;: %1</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not acceptable: %2</source>
        <translation>L’adresse électronique %1 n’est pas acceptable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CertificateRevocations</name>
    <message>
        <source>Dossier %1 has no certificate with serial number %2 (it has: %3).</source>
        <translation>Le dossier %1 n’a aucun certificat de numéro de série %2 (il a&#xa0;: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Certificate %1 is already revoked.</source>
        <translation>Le certificat %1 est déjà révoqué.</translation>
    </message>
    <message>
        <source>The revocation of certificate %1 is already in the outbox.</source>
        <translation>La révocation du certificat %1 est déjà dans la file d’envoi.</translation>
    </message>
    <message>
        <source>Dossier %1 has no certificate that is not already revoked.</source>
        <translation>Le dossier %1 n’a aucun certificat qui ne soit pas déjà révoqué.</translation>
    </message>
    <message>
        <source>Dossier %1 has several certificates that can be revoked: name one by its serial number (%2).</source>
        <translation>Le dossier %1 a plusieurs certificats révocables&#xa0;: désignez-en un par son numéro de série (%2).</translation>
    </message>
</context>
<context>
    <name>CertifiedCopy</name>
    <message>
        <source>A page could not be encoded: %1</source>
        <translation>Une page n’a pas pu être encodée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certified by: %1</source>
        <translation>Certifiée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>There is no page to certify.</source>
        <translation>Il n’y a aucune page à certifier.</translation>
    </message>
    <message>
        <source>A certified copy needs the certifier&apos;s name and a date.</source>
        <translation>Une copie certifiée exige le nom du certificateur et une date.</translation>
    </message>
</context>
<context>
    <name>CertifiedCopyService</name>
    <message>
        <source>No certified copy was made: %1</source>
        <translation>Aucune copie certifiée n’a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certified copy of %1, dossier %2</source>
        <translation>Copie certifiée conforme de %1, dossier %2</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectée</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>The product&apos;s requirement rules for the dossier, as stored now. Exit 0 when every rule is met, 1 otherwise.</source>
        <translation>Les règles du produit pour le dossier, tel qu’enregistré maintenant. Code de sortie 0 si toutes les règles sont respectées, 1 sinon.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Numéro du dossier.</translation>
    </message>
    <message>
        <source>write: dossier checklist ID</source>
        <translation>écrivez&#xa0;: dossier checklist ID</translation>
    </message>
</context>
<context>
    <name>CheckpointSignature</name>
    <message>
        <source>its digest algorithm is not one Guichet accepts</source>
        <translation>son algorithme de condensat n’est pas accepté par Guichet</translation>
    </message>
    <message>
        <source>its signer certificate cannot be read</source>
        <translation>le certificat de son signataire est illisible</translation>
    </message>
    <message>
        <source>its signature does not match its contents and certificate</source>
        <translation>sa signature ne correspond pas à son contenu et à son certificat</translation>
    </message>
    <message>
        <source>the certificate cannot be checked (OpenSSL)</source>
        <translation>le certificat ne peut pas être vérifié (OpenSSL)</translation>
    </message>
    <message>
        <source>its signer certificate is not trusted: %1</source>
        <translation>le certificat de son signataire n’est pas de confiance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</source>
        <translation>Base de données, sous la forme du chemin d’un fichier SQLite ou d’une adresse postgresql://utilisateur@hôte:port/nom. Par défaut, le réglage du poste, sinon le fichier SQLite intégré.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Operator recorded in history and audit (default: the workstation&apos;s setting, else the system user).</source>
        <translation>Opérateur inscrit dans l’historique et le journal d’audit (par défaut, le réglage du poste, sinon l’utilisateur du système).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a command group, from the list above</source>
        <translation>un groupe de commandes, parmi la liste ci-dessus</translation>
    </message>
    <message>
        <source>Guichet: registration-authority workstation, command line.

Commands:
  dossier list|show|create|update|set-status    registration files
  dossier checklist ID                          the product&apos;s rules, met or not
  meeting show|set|record|verify ID             the face-to-face meeting
  audit verify|export|checkpoint                the audit trail and its signed checkpoints
  mrz check                                     check an MRZ read on standard input
  org check VALUE                               check a SIREN, SIRET, VAT or RNA number
  document import|list|export|verify            captured documents, stored encrypted
  scan devices | scan --dossier ID --type T     scan paper into a dossier (SANE)
  retention purge [--dry-run]                   delete what the retention period ended
  keychain status|use-passphrase|change-passphrase   the documents&apos; master key
  ca profile import|list|show, serve-training   CA profiles, the training CA over CMP
  ca enroll|revoke --dossier ID                 queue a request to the dossier&apos;s CA
  ca renew --certificate FILE [--key-update]      renewal: key update or a new meeting
  outbox list|retry|cancel|send                 requests to CAs, sent in the background
  readers [--watch SECONDS] [--json]            smart card readers and cards, live
  form render|sign|verify ID                    the intervention form, signed by the operator
  evidence export|verify|submit                 signed evidence packages (ASiC-E)
  post send|received|list ID                    originals sent to the CA by post
  token list|inspect|personalise|import-cert|write-certificate|change-pin|unblock
                                                PKCS#11 tokens
  operator list|show|add|set-role|set-training|deactivate|training-card|whoami   operator accounts and cards

Run &quot;guichet-cli COMMAND --help&quot; for the options of a command.
Exit codes: 0 success, 1 operation refused (reason on stderr), 2 usage error.</source>
        <translation>Guichet&#xa0;: poste de travail d’autorité d’enregistrement, ligne de commande.

Commandes&#xa0;:
  dossier list|show|create|update|set-status    dossiers d’enregistrement
  dossier checklist ID                          les règles du produit, respectées ou non
  meeting show|set|record|verify ID             le face-à-face
  audit verify|export|checkpoint                le journal d’audit et ses points de contrôle signés
  mrz check                                     vérifier une MRZ lue sur l’entrée standard
  org check VALEUR                              vérifier un numéro SIREN, SIRET, de TVA ou RNA
  document import|list|export|verify            documents numérisés, conservés chiffrés
  scan devices | scan --dossier ID --type T     numériser des papiers dans un dossier (SANE)
  retention purge [--dry-run]                   supprimer ce dont la durée de conservation a expiré
  keychain status|use-passphrase|change-passphrase   la clé maîtresse des documents
  ca profile import|list|show, serve-training   profils d’AC, l’AC de formation en CMP
  ca enroll|revoke --dossier ID                 mettre en file une demande à l’AC du dossier
  ca renew --certificate FICHIER [--key-update]    renouvellement&#xa0;: mise à jour de clé ou nouveau face-à-face
  outbox list|retry|cancel|send                 demandes aux AC, envoyées en arrière-plan
  readers [--watch SECONDES] [--json]           lecteurs de cartes à puce et cartes, en direct
  form render|sign|verify ID                    le formulaire d’intervention, signé par l’opérateur
  evidence export|verify|submit                 dossiers de preuve signés (ASiC-E)
  post send|received|list ID                    originaux envoyés à l’AC par courrier
  token list|inspect|personalise|import-cert|write-certificate|change-pin|unblock
                                                supports cryptographiques PKCS#11
  operator list|show|add|set-role|set-training|deactivate|training-card|whoami   comptes et cartes des opérateurs

Lancez «&#xa0;&#xa0;guichet-cli COMMANDE --help&#xa0;&#xa0;» pour les options d’une commande.
Codes de sortie&#xa0;: 0 succès, 1 opération refusée (motif sur la sortie d’erreur), 2 erreur d’utilisation.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;guichet-cli --help&quot; for the list of commands.</source>
        <translation>Lancez «&#xa0;guichet-cli --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;.</source>
        <translation>commande inconnue&#xa0;: «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>--passphrase-fd needs a number.</source>
        <translation>--passphrase-fd attend un nombre.</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor (0 for standard input), when a supervisor chose a passphrase instead of the OS keychain.</source>
        <translation>Lire la phrase de passe de la clé maîtresse depuis ce descripteur de fichier (0 pour l’entrée standard), lorsqu’un superviseur a choisi une phrase de passe plutôt que le trousseau du système.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
</context>
<context>
    <name>CmpClient</name>
    <message>
        <source>The CMP request could not be prepared (credentials or trust anchors missing or unusable). %1</source>
        <translation>La requête CMP n’a pas pu être préparée (identifiants ou ancres de confiance manquants ou inutilisables). %1</translation>
    </message>
    <message>
        <source>%1: the CA returned a certificate whose public key does not match the request. It was refused and the CA told so; nothing was installed.</source>
        <translation>%1&#xa0;: l’AC a renvoyé un certificat dont la clé publique ne correspond pas à la demande. Il a été refusé et l’AC en a été informée&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>%1: the CA could not be reached: %2</source>
        <translation>%1&#xa0;: l’AC est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the CA&apos;s answer is not a CMP message.</source>
        <translation>%1&#xa0;: la réponse de l’AC n’est pas un message CMP.</translation>
    </message>
    <message>
        <source>%1: the CA could not verify the request&apos;s protection (%2): check the shared secret or the operator&apos;s credential. %3</source>
        <translation>%1&#xa0;: l’AC n’a pas pu vérifier la protection de la requête (%2)&#xa0;: vérifiez le secret partagé ou les identifiants de l’opérateur. %3</translation>
    </message>
    <message>
        <source>%1: the CA rejected the request: %2 (failure info: %3).</source>
        <translation>%1&#xa0;: l’AC a rejeté la requête&#xa0;: %2 (informations d’échec&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: the secure connection to the CA failed (TLS). %2</source>
        <translation>%1&#xa0;: la connexion sécurisée à l’AC a échoué (TLS). %2</translation>
    </message>
    <message>
        <source>%1: the CA&apos;s answer is not protected as expected (wrong shared secret or untrusted signature); it was ignored.</source>
        <translation>%1&#xa0;: la réponse de l’AC n’est pas protégée comme prévu (secret partagé erroné ou signature non approuvée)&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1: the CA answered something that is not the expected CMP message. %2</source>
        <translation>%1&#xa0;: l’AC a répondu par autre chose que le message CMP attendu. %2</translation>
    </message>
    <message>
        <source>%1: the CA could not be reached (%2:%3). It will be tried again later. %4</source>
        <translation>%1&#xa0;: l’AC est injoignable (%2:%3). Une nouvelle tentative aura lieu plus tard. %4</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request.</source>
        <translation>La demande de certificat n’est pas une demande PKCS#10.</translation>
    </message>
    <message>
        <source>The request needs the new key pair (and, for a renewal, the certificate being renewed).</source>
        <translation>La requête nécessite la nouvelle bi-clé (et, pour un renouvellement, le certificat à renouveler).</translation>
    </message>
    <message>
        <source>preparing the certificate request</source>
        <translation>préparation de la demande de certificat</translation>
    </message>
    <message>
        <source>The certificate to revoke is not readable.</source>
        <translation>Le certificat à révoquer est illisible.</translation>
    </message>
    <message>
        <source>preparing the revocation request</source>
        <translation>préparation de la demande de révocation</translation>
    </message>
    <message>
        <source>Revocation request</source>
        <translation>Demande de révocation</translation>
    </message>
    <message>
        <source>The training CA is reached in-process, not through its profile.</source>
        <translation>L’AC de formation est jointe au sein du processus, et non par son profil.</translation>
    </message>
    <message>
        <source>A trust anchor of the CA profile %1 is not readable.</source>
        <translation>Une ancre de confiance du profil d’AC %1 est illisible.</translation>
    </message>
    <message>
        <source>The operator&apos;s card did not sign the request&apos;s protection: %1 It will be sent once the card can sign.</source>
        <translation>La carte de l’opérateur n’a pas signé la protection de la demande&#xa0;: %1 Elle sera envoyée dès que la carte pourra signer.</translation>
    </message>
    <message>
        <source>The request cannot be protected with the operator&apos;s credential: the key on the card does not match its certificate, so the CA could not verify the request&apos;s protection. Nothing was sent; log in with the card that holds the certificate&apos;s key.</source>
        <translation>La demande ne peut pas être protégée avec le certificat de l’opérateur&#xa0;: la clé de la carte ne correspond pas à son certificat, l’AC ne pourrait donc pas vérifier la protection de la demande. Rien n’a été envoyé&#xa0;; connectez-vous avec la carte qui porte la clé du certificat.</translation>
    </message>
    <message>
        <source>%1: the operator&apos;s card did not sign the request&apos;s protection: %2 It will be sent once the card can sign.</source>
        <translation>%1&#xa0;: la carte de l’opérateur n’a pas signé la protection de la demande&#xa0;: %2 Elle sera envoyée dès que la carte pourra signer.</translation>
    </message>
</context>
<context>
    <name>CmpHttpServer</name>
    <message>
        <source>The training CA cannot listen on 127.0.0.1:%1: %2</source>
        <translation>L’AC de formation ne peut pas écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsrCheck</name>
    <message>
        <source>The file is not a PKCS#10 certificate request (DER or PEM).</source>
        <translation>Le fichier n’est pas une demande de certificat PKCS#10 (DER ou PEM).</translation>
    </message>
    <message>
        <source>The certificate request is not a readable PKCS#10 request.</source>
        <translation>La demande de certificat n’est pas une demande PKCS#10 lisible.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify with its own key: it was altered or not signed by the key holder.</source>
        <translation>La signature de la demande de certificat ne se vérifie pas avec sa propre clé&#xa0;: elle a été modifiée ou n’a pas été signée par le détenteur de la clé.</translation>
    </message>
    <message>
        <source>The key of the certificate request (%1) is not allowed for this product (allowed: %2).</source>
        <translation>La clé de la demande de certificat (%1) n’est pas admise pour ce produit (admises&#xa0;: %2).</translation>
    </message>
    <message>
        <source>it has no common name (CN)</source>
        <translation>elle n’a pas de nom commun (CN)</translation>
    </message>
    <message>
        <source>a server certificate needs the dossier&apos;s organisation</source>
        <translation>un certificat serveur exige l’organisation du dossier</translation>
    </message>
    <message>
        <source>its common name « %1 » is not the holder&apos;s name</source>
        <translation>son nom commun «&#xa0;%1&#xa0;» n’est pas le nom du titulaire</translation>
    </message>
    <message>
        <source>its organisation « %1 » is not the dossier&apos;s « %2 »</source>
        <translation>son organisation «&#xa0;%1&#xa0;» n’est pas celle du dossier, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it names an organisation but the dossier has none</source>
        <translation>elle nomme une organisation mais le dossier n’en a pas</translation>
    </message>
    <message>
        <source>its country %1 is not the dossier&apos;s %2</source>
        <translation>son pays %1 n’est pas celui du dossier, %2</translation>
    </message>
    <message>
        <source>The certificate request&apos;s subject does not match the dossier: %1.</source>
        <translation>Le sujet de la demande de certificat ne correspond pas au dossier&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le répertoire %1 de la base de données.</translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation>Le pilote de base de données Qt pour %1 n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>configuring the session</source>
        <translation>configuration de la session</translation>
    </message>
    <message>
        <source>configuring SQLite</source>
        <translation>configuration de SQLite</translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <translation>Échec de la base de données (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk that holds the database is full: nothing was saved while %1. Free some space on that disk (or ask your administrator), then try again.</source>
        <translation>Le disque qui contient la base de données est plein&#xa0;: rien n’a été enregistré (%1). Libérez de la place sur ce disque (ou demandez à votre administrateur), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>L’adresse PostgreSQL n’est pas valide. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: add /database at the end.</source>
        <translation>L’adresse PostgreSQL ne désigne aucune base de données&#xa0;: ajoutez /base à la fin.</translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation>Le chemin de la base de données est vide.</translation>
    </message>
</context>
<context>
    <name>DeskCaPlan</name>
    <message>
        <source>The workstation is set to work for the CA profile &quot;%1&quot;, which is not imported: import it with guichet-cli ca profile import FILE.</source>
        <translation>Le poste est réglé pour travailler avec le profil d’AC «&#xa0;%1&#xa0;», qui n’est pas importé&#xa0;: importez-le avec guichet-cli ca profile import FICHIER.</translation>
    </message>
    <message>
        <source>Production mode needs a CA profile: import the CA&apos;s profile with guichet-cli ca profile import FILE.</source>
        <translation>Le mode production nécessite un profil d’AC&#xa0;: importez le profil de l’AC avec guichet-cli ca profile import FICHIER.</translation>
    </message>
    <message>
        <source>Several CA profiles are imported (%1): name the one this window works for in the settings (ca/profile).</source>
        <translation>Plusieurs profils d’AC sont importés (%1)&#xa0;: indiquez dans les réglages (ca/profile) celui avec lequel travaille cette fenêtre.</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; needs a shared secret, which the window does not hold: send with guichet-cli outbox send --profile %1 --secret-file FILE.</source>
        <translation>Le profil d’AC «&#xa0;%1&#xa0;» exige un secret partagé, que la fenêtre ne détient pas&#xa0;: envoyez avec guichet-cli outbox send --profile %1 --secret-file FICHIER.</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; protects requests with the operator&apos;s card: log in with the card to send them.</source>
        <translation>Le profil d’AC «&#xa0;%1&#xa0;» protège les demandes avec la carte de l’opérateur&#xa0;: connectez-vous avec la carte pour les envoyer.</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; has no trust anchor to check the CA&apos;s signed answers: import it again with the CA&apos;s certificates.</source>
        <translation>Le profil d’AC «&#xa0;%1&#xa0;» n’a aucun point de confiance pour vérifier les réponses signées de l’AC&#xa0;: importez-le de nouveau avec les certificats de l’AC.</translation>
    </message>
</context>
<context>
    <name>DeskServices</name>
    <message>
        <source>No PKCS#11 module for the holders&apos; tokens: set one in the settings (token/holderModule) or register the token vendor&apos;s module with p11-kit. Tokens cannot be personalised.</source>
        <translation>Aucun module PKCS#11 pour les supports des titulaires&#xa0;: indiquez-en un dans les réglages (token/holderModule) ou enregistrez le module du fabricant auprès de p11-kit. Les supports ne peuvent pas être personnalisés.</translation>
    </message>
    <message>
        <source>The CA profiles could not be read: %1</source>
        <translation>Les profils d’AC n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Numéro du dossier.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Document type (see above).</source>
        <translation>Type de document (voir ci-dessus).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Date printed on the paper (required for kbis and mandate).</source>
        <translation>Date imprimée sur le document papier (obligatoire pour les types kbis et mandate).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>document import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE</source>
        <translation>document import --dossier ID --type TYPE [--paper-date AAAA-MM-JJ] FICHIER</translation>
    </message>
    <message>
        <source>--paper-date needs a date as YYYY-MM-DD.</source>
        <translation>--paper-date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--max-size-mib needs a positive number.</source>
        <translation>--max-size-mib attend un nombre positif.</translation>
    </message>
    <message>
        <source>document list --dossier ID</source>
        <translation>document list --dossier ID</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the pages as one PDF (image documents).</source>
        <translation>Écrire les pages dans un seul PDF (documents image).</translation>
    </message>
    <message>
        <source>Document number.</source>
        <translation>Numéro du document.</translation>
    </message>
    <message>
        <source>document export DOC_ID --out FILE [--pdf]</source>
        <translation>document export DOC_ID --out FICHIER [--pdf]</translation>
    </message>
    <message>
        <source>Verify every stored document.</source>
        <translation>Vérifier tous les documents conservés.</translation>
    </message>
    <message>
        <source>document verify DOC_ID|--all</source>
        <translation>document verify DOC_ID|--all</translation>
    </message>
    <message>
        <source>%1	intact</source>
        <translation>%1	intact</translation>
    </message>
    <message>
        <source>%1	ALTERED OR UNREADABLE: %2</source>
        <translation>%1	ALTÉRÉ OU ILLISIBLE&#xa0;: %2</translation>
    </message>
    <message>
        <source>Captured documents, stored encrypted.

Commands:
  import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE
                          store a PDF, JPEG, PNG or TIFF file (recognised by content)
  list --dossier ID       list a dossier&apos;s documents
  export DOC_ID --out FILE [--pdf]   decrypt a document to a file
  verify DOC_ID|--all     decrypt and re-hash, reporting any alteration
  certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]
                          write a copy stamped &quot;Copie conforme à l&apos;original&quot;

Types: %1</source>
        <translation>Documents saisis, conservés chiffrés.

Commandes&#xa0;:
  import --dossier ID --type TYPE [--paper-date AAAA-MM-JJ] FICHIER
                          conserver un fichier PDF, JPEG, PNG ou TIFF (reconnu par son contenu)
  list --dossier ID       lister les documents d’un dossier
  export DOC_ID --out FICHIER [--pdf]   déchiffrer un document dans un fichier
  verify DOC_ID|--all     déchiffrer et recalculer l’empreinte, en signalant toute altération
  certify DOC_ID --out FICHIER.pdf [--certifier NOM] [--date AAAA-MM-JJ]
                          écrire une copie portant le tampon «&#xa0;Copie conforme à l’original&#xa0;»

Types&#xa0;: %1</translation>
    </message>
    <message>
        <source>import, list, export, verify or certify</source>
        <translation>import, list, export, verify ou certify</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Name printed on the stamp (default: the operator).</source>
        <translation>Nom imprimé sur le tampon (par défaut&#xa0;: l’opérateur).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Date printed on the stamp (default: today).</source>
        <translation>Date imprimée sur le tampon (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>document certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]</source>
        <translation>document certify DOC_ID --out FICHIER.pdf [--certifier NOM] [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--certifier needs a name.</source>
        <translation>--certifier attend un nom.</translation>
    </message>
    <message>
        <source>Largest file accepted (default: the workstation&apos;s limit, 50 unless set).</source>
        <translation>Taille maximale de fichier acceptée (par défaut&#xa0;: la limite du poste, 50 sauf réglage).</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Date on the paper:</source>
        <translation>Date du document papier&#xa0;:</translation>
    </message>
    <message>
        <source>Certify a copy</source>
        <translation>Certifier une copie</translation>
    </message>
    <message>
        <source>The copy is stamped « %1 » with the name and date below and a line to sign. The stored original is not changed.</source>
        <translation>La copie porte le tampon «&#xa0;%1&#xa0;» avec le nom et la date ci-dessous et une ligne pour signer. L’original conservé n’est pas modifié.</translation>
    </message>
    <message>
        <source>Certified by:</source>
        <translation>Certifiée par&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection</source>
        <translation>le PDF utilise une protection non prise en charge</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>le PDF est endommagé ou n’est pas un PDF</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>le PDF est illisible</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1.</source>
        <translation>Le PDF ne peut pas être affiché&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>La page %1 du PDF ne peut pas être rendue.</translation>
    </message>
    <message>
        <source>The PDF has no page.</source>
        <translation>Le PDF n’a aucune page.</translation>
    </message>
    <message>
        <source>The document&apos;s pages are incomplete.</source>
        <translation>Les pages du document sont incomplètes.</translation>
    </message>
    <message>
        <source>The document has no page.</source>
        <translation>Le document n’a aucune page.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>storing a document</source>
        <translation>enregistrement d’un document</translation>
    </message>
    <message>
        <source>The database gave no number for the new document.</source>
        <translation>La base de données n’a attribué aucun numéro au nouveau document.</translation>
    </message>
    <message>
        <source>storing a document page</source>
        <translation>enregistrement d’une page de document</translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation>lecture d’un document</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Le document %1 n’existe pas.</translation>
    </message>
    <message>
        <source>listing documents</source>
        <translation>liste des documents</translation>
    </message>
    <message>
        <source>reading a document page</source>
        <translation>lecture d’une page de document</translation>
    </message>
    <message>
        <source>Page %1 of document %2 is missing from the database.</source>
        <translation>La page %1 du document %2 est absente de la base de données.</translation>
    </message>
    <message>
        <source>deleting a document</source>
        <translation>suppression d’un document</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>lecture d’un dossier</translation>
    </message>
    <message>
        <source>Cannot read dossier %1.</source>
        <translation>Impossible de lire le dossier %1.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>There is no dossier %1.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Dossier %1 reached the end of its retention and was purged: no document can be added to it.</source>
        <translation>Le dossier %1 a atteint la fin de sa durée de conservation et a été purgé&#xa0;: aucun document ne peut plus y être ajouté.</translation>
    </message>
    <message>
        <source>Give the date printed on the %1: it must be under three months old at the meeting.</source>
        <translation>Indiquez la date imprimée sur le document «&#xa0;%1&#xa0;»&#xa0;: il doit dater de moins de trois mois au jour du face-à-face.</translation>
    </message>
    <message>
        <source>The date of the paper document cannot be in the future.</source>
        <translation>La date du document papier ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; the limit is %2 MiB. It was not stored.</source>
        <translation>Le fichier fait %1 Mio&#xa0;; la limite est de %2 Mio. Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>There is no page to store.</source>
        <translation>Il n’y a aucune page à enregistrer.</translation>
    </message>
    <message>
        <source>Document %1, page %2: %3</source>
        <translation>Document %1, page %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Document %1, page %2 does not match its recorded SHA-256: it was altered.</source>
        <translation>Document %1&#xa0;: la page %2 ne correspond pas à son empreinte SHA-256 enregistrée&#xa0;; elle a été altérée.</translation>
    </message>
    <message>
        <source>Document %1 has no stored page.</source>
        <translation>Le document %1 n’a aucune page enregistrée.</translation>
    </message>
    <message>
        <source>Document %1 does not match its recorded SHA-256: it was altered.</source>
        <translation>Le document %1 ne correspond pas à son empreinte SHA-256 enregistrée&#xa0;: il a été altéré.</translation>
    </message>
    <message>
        <source>A PDF document is exported as it is: Guichet cannot merge PDF pages.</source>
        <translation>Un document PDF est exporté tel quel&#xa0;: Guichet ne sait pas fusionner des pages PDF.</translation>
    </message>
    <message>
        <source>%1, dossier %2</source>
        <translation>%1, dossier %2</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>ID document, front</source>
        <translation>Pièce d’identité, recto</translation>
    </message>
    <message>
        <source>ID document, back</source>
        <translation>Pièce d’identité, verso</translation>
    </message>
    <message>
        <source>Passport page</source>
        <translation>Page de passeport</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <source>SIRENE notice</source>
        <translation>Avis de situation SIRENE</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>Signed terms of use</source>
        <translation>Conditions générales d’utilisation (CGU) signées</translation>
    </message>
    <message>
        <source>Signed intervention form</source>
        <translation>Formulaire d’intervention signé</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>CA order reference.</source>
        <translation>Référence de commande de l’AC.</translation>
    </message>
    <message>
        <source>Product identifier (see the catalogue).</source>
        <translation>Identifiant du produit (voir le catalogue).</translation>
    </message>
    <message>
        <source>Certificate usage the product allows.</source>
        <translation>Usage du certificat autorisé par le produit.</translation>
    </message>
    <message>
        <source>Use: public-tenders, siv or ssl.</source>
        <translation>Cas d’usage (public-tenders, siv ou ssl).</translation>
    </message>
    <message>
        <source>Holder&apos;s surnames as on the ID.</source>
        <translation>Noms du porteur, tels qu’inscrits sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>Holder&apos;s given names as on the ID.</source>
        <translation>Prénoms du porteur, tels qu’inscrits sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>Holder&apos;s date of birth (YYYY-MM-DD).</source>
        <translation>Date de naissance du porteur (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Holder&apos;s place of birth.</source>
        <translation>Lieu de naissance du porteur.</translation>
    </message>
    <message>
        <source>Holder&apos;s email address.</source>
        <translation>Adresse électronique du porteur.</translation>
    </message>
    <message>
        <source>Holder&apos;s phone number.</source>
        <translation>Numéro de téléphone du porteur.</translation>
    </message>
    <message>
        <source>Organisation&apos;s name.</source>
        <translation>Raison sociale de l’organisation.</translation>
    </message>
    <message>
        <source>Organisation&apos;s legal form.</source>
        <translation>Forme juridique de l’organisation.</translation>
    </message>
    <message>
        <source>Organisation&apos;s SIREN or SIRET.</source>
        <translation>SIREN ou SIRET de l’organisation.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s surnames.</source>
        <translation>Noms du représentant légal.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s given names.</source>
        <translation>Prénoms du représentant légal.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s function.</source>
        <translation>Fonction du représentant légal.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s email.</source>
        <translation>Adresse électronique du représentant légal.</translation>
    </message>
    <message>
        <source>Registration files.

Commands:
  list        list dossiers (filter, search, sort)
  show ID     show one dossier with its status history
  create      create a dossier from options or --from-json
  update ID   change fields of a dossier
  set-status ID STATUS [--reason TEXT]   move a dossier in its lifecycle</source>
        <translation>Dossiers d’enregistrement.

Commandes&#xa0;:
  list        lister les dossiers (filtrer, rechercher, trier)
  show ID     afficher un dossier avec l’historique de ses statuts
  create      créer un dossier à partir des options ou de --from-json
  update ID   modifier des champs d’un dossier
  set-status ID STATUT [--reason TEXTE]   faire avancer un dossier dans son cycle de vie</translation>
    </message>
    <message>
        <source>list, show, create, update or set-status</source>
        <translation>list, show, create, update ou set-status</translation>
    </message>
    <message>
        <source>Only dossiers in this status.</source>
        <translation>Uniquement les dossiers dans ce statut.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Name, order reference or SIRET prefix.</source>
        <translation>Nom, référence de commande ou début du SIRET.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>name, order-ref, product, status, updated or relevance.</source>
        <translation>name, order-ref, product, status, updated ou relevance.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Trier par ordre décroissant.</translation>
    </message>
    <message>
        <source>At most this many dossiers.</source>
        <translation>Nombre maximal de dossiers.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>statut inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown sort key &quot;%1&quot;.</source>
        <translation>clé de tri inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>Dossier %1 (version %2)</source>
        <translation>Dossier %1 (version %2)</translation>
    </message>
    <message>
        <source>  Status:          %1</source>
        <translation>  Statut&#xa0;:                %1</translation>
    </message>
    <message>
        <source>  Order reference: %1</source>
        <translation>  Référence de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Product:         %1 (%2)</source>
        <translation>  Produit&#xa0;:               %1 (%2)</translation>
    </message>
    <message>
        <source>  Holder:          %1 %2</source>
        <translation>  Porteur&#xa0;:               %1 %2</translation>
    </message>
    <message>
        <source>  Born:            %1 %2</source>
        <translation>  Naissance&#xa0;:             %1 %2</translation>
    </message>
    <message>
        <source>  Email:           %1</source>
        <translation>  Courriel&#xa0;:              %1</translation>
    </message>
    <message>
        <source>  Organisation:    %1 (%2)</source>
        <translation>  Organisation&#xa0;:          %1 (%2)</translation>
    </message>
    <message>
        <source>  History:</source>
        <translation>  Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Numéro du dossier.</translation>
    </message>
    <message>
        <source>give the dossier number: dossier show ID.</source>
        <translation>indiquez le numéro du dossier&#xa0;: dossier show ID.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>The holder does not act for an organisation.</source>
        <translation>Le porteur n’agit pas pour le compte d’une organisation.</translation>
    </message>
    <message>
        <source>Read fields from a JSON file (- for standard input).</source>
        <translation>Lire les champs depuis un fichier JSON (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n’est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refuse if the dossier is no longer at this version.</source>
        <translation>Refuser si le dossier n’est plus à cette version.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>give the dossier number: dossier update ID.</source>
        <translation>indiquez le numéro du dossier&#xa0;: dossier update ID.</translation>
    </message>
    <message>
        <source>New status.</source>
        <translation>Nouveau statut.</translation>
    </message>
    <message>
        <source>Why (required to cancel or for a CA rejection).</source>
        <translation>Motif (obligatoire pour une annulation ou un rejet par l’AC).</translation>
    </message>
    <message>
        <source>write: dossier set-status ID STATUS, where STATUS is one of %1.</source>
        <translation>écrivez&#xa0;: dossier set-status ID STATUT, où STATUT est l’une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The identity is verified through the face-to-face meeting, which checks the product&apos;s rules first: guichet-cli meeting verify %1.</source>
        <translation>L’identité se vérifie lors du face-à-face, qui contrôle d’abord les règles du produit&#xa0;: guichet-cli meeting verify %1.</translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <source>The date of birth &quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>La date de naissance «&#xa0;%1&#xa0;» n’est pas une date (écrivez AAAA-MM-JJ).</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>storing a new dossier</source>
        <translation>enregistrement d’un nouveau dossier</translation>
    </message>
    <message>
        <source>reading the new dossier&apos;s number</source>
        <translation>lecture du numéro du nouveau dossier</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>enregistrement du dossier</translation>
    </message>
    <message>
        <source>changing the dossier&apos;s status</source>
        <translation>changement de statut du dossier</translation>
    </message>
    <message>
        <source>checking the dossier</source>
        <translation>vérification du dossier</translation>
    </message>
    <message>
        <source>Dossier %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the dossier to see the new version, then make your changes again.</source>
        <translation>Le dossier %1 a été modifié par %2 (%3) pendant que vous le modifiiez. Vos modifications n’ont pas été enregistrées&#xa0;: rouvrez le dossier pour voir la nouvelle version, puis refaites vos modifications.</translation>
    </message>
    <message>
        <source>indexing the dossier for search</source>
        <translation>indexation du dossier pour la recherche</translation>
    </message>
    <message>
        <source>recording the status change</source>
        <translation>enregistrement du changement de statut</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>lecture du dossier</translation>
    </message>
    <message>
        <source>Dossier %1 has a status this version does not know (%2).</source>
        <translation>Le dossier %1 a un statut inconnu de cette version (%2).</translation>
    </message>
    <message>
        <source>reading the status history</source>
        <translation>lecture de l’historique des statuts</translation>
    </message>
    <message>
        <source>listing dossiers</source>
        <translation>liste des dossiers</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>The dossier was not saved:
%1</source>
        <translation>Le dossier n’a pas été enregistré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Dossier %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>DossierSubject</name>
    <message>
        <source>The product %1 takes the applicant&apos;s own certificate request; it is not personalised on a token.</source>
        <translation>Le produit %1 utilise la demande de certificat du demandeur lui-même&#xa0;; il n’est pas personnalisé sur un support.</translation>
    </message>
    <message>
        <source>The product %1 needs the organisation&apos;s name.</source>
        <translation>Le produit %1 exige le nom de l’organisation.</translation>
    </message>
    <message>
        <source>The organisation&apos;s registration number &quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits).</source>
        <translation>Le numéro d’immatriculation de l’organisation «&#xa0;%1&#xa0;» n’est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres).</translation>
    </message>
    <message>
        <source>The certificate needs the holder&apos;s given names and surname as written on the identity document.</source>
        <translation>Le certificat exige les prénoms et le nom du titulaire tels qu’écrits sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>The product %1 needs the number of the holder&apos;s identity document for the certificate&apos;s serial number.</source>
        <translation>Le produit %1 exige le numéro de la pièce d’identité du titulaire pour le numéro de série (serialNumber) du certificat.</translation>
    </message>
</context>
<context>
    <name>DossierValidator</name>
    <message>
        <source>Choose a product.</source>
        <translation>Choisissez un produit.</translation>
    </message>
    <message>
        <source>Choose a usage that this product allows.</source>
        <translation>Choisissez un usage autorisé par ce produit.</translation>
    </message>
    <message>
        <source>This use is not in the product catalogue.</source>
        <translation>Ce cas d’usage ne figure pas dans le catalogue des produits.</translation>
    </message>
    <message>
        <source>This product does not serve the chosen use.</source>
        <translation>Ce produit ne convient pas au cas d’usage choisi.</translation>
    </message>
    <message>
        <source>The order reference is longer than 64 characters.</source>
        <translation>La référence de commande dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s surname as written on the identity document.</source>
        <translation>Saisissez le nom du porteur tel qu’il figure sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>A surname contains only letters, spaces, hyphens and apostrophes.</source>
        <translation>Un nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s given names as written on the identity document.</source>
        <translation>Saisissez les prénoms du porteur tels qu’ils figurent sur la pièce d’identité.</translation>
    </message>
    <message>
        <source>Given names contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Les prénoms ne contiennent que des lettres, des espaces, des traits d’union et des apostrophes.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s date of birth.</source>
        <translation>Saisissez la date de naissance du porteur.</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation>La date de naissance doit être dans le passé.</translation>
    </message>
    <message>
        <source>The holder must be an adult (18 or over).</source>
        <translation>Le porteur doit être majeur (18 ans ou plus).</translation>
    </message>
    <message>
        <source>This date of birth is more than 130 years ago.</source>
        <translation>Cette date de naissance remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s email address: the CA writes to it.</source>
        <translation>Saisissez l’adresse électronique du porteur&#xa0;: l’AC lui écrit à cette adresse.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>Cette adresse électronique n’est pas valide.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and an optional leading +.</source>
        <translation>Un numéro de téléphone se compose de chiffres, d’espaces et éventuellement d’un + initial.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Saisissez la raison sociale de l’organisation.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s SIREN or SIRET number.</source>
        <translation>Saisissez le numéro SIREN ou SIRET de l’organisation.</translation>
    </message>
    <message>
        <source>This product is issued to someone acting for an organisation: enter the organisation.</source>
        <translation>Ce produit est délivré à une personne agissant pour le compte d’une organisation&#xa0;: renseignez l’organisation.</translation>
    </message>
</context>
<context>
    <name>EncryptionService</name>
    <message>
        <source>The master key from the %1 source has the wrong size.</source>
        <translation>La clé maîtresse issue de la source %1 n’a pas la bonne taille.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The data is not a Guichet encrypted object, or it was altered.</source>
        <translation>Ces données ne sont pas un objet chiffré Guichet, ou elles ont été altérées.</translation>
    </message>
    <message>
        <source>The encrypted object has format version %1, which this Guichet does not know: it was written by a newer version, or it was altered.</source>
        <translation>L’objet chiffré est au format version %1, inconnu de cette version de Guichet&#xa0;: il a été écrit par une version plus récente, ou il a été altéré.</translation>
    </message>
    <message>
        <source>The encrypted object names master key %1, not this workstation&apos;s key %2: it was sealed under another key, or it was altered.</source>
        <translation>L’objet chiffré désigne la clé maîtresse %1, et non la clé %2 de ce poste&#xa0;: il a été scellé avec une autre clé, ou il a été altéré.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Evidence packages: ASiC-E containers signed by the operator.

Commands:
  export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]
                          build and sign the dossier&apos;s evidence package
  submit ID --operator-token SERIAL [--operator-pin-fd N]
                          build, sign and queue it in the outbox for the CA
  verify FILE [--trust CA.pem] [--json]
                          report every file changed, missing or added, and the signature</source>
        <translation>Paquets de preuves&#xa0;: conteneurs ASiC-E signés par l’opérateur.

Commandes&#xa0;:
  export ID --out FICHIER.asice --operator-token SERIE [--operator-pin-fd N]
                          construire et signer le paquet de preuves du dossier
  submit ID --operator-token SERIE [--operator-pin-fd N]
                          le construire, le signer et le placer dans la file d’envoi vers l’AC
  verify FICHIER [--trust AC.pem] [--json]
                          signaler chaque fichier modifié, manquant ou ajouté, et la signature</translation>
    </message>
    <message>
        <source>export, submit or verify</source>
        <translation>export, submit ou verify</translation>
    </message>
    <message>
        <source>Container to write (.asice).</source>
        <translation>Conteneur à écrire (.asice).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>evidence export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]</source>
        <translation>evidence export ID --out FICHIER.asice --operator-token NUMÉRO [--operator-pin-fd N]</translation>
    </message>
    <message>
        <source>evidence submit ID --operator-token SERIAL [--operator-pin-fd N]</source>
        <translation>evidence submit ID --operator-token SERIE [--operator-pin-fd N]</translation>
    </message>
    <message>
        <source>Evidence package of dossier %1 queued for the CA as outbox item %2.</source>
        <translation>Paquet de preuves du dossier %1 placé dans la file d’envoi vers l’AC (élément %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Evidence package of dossier %1 written to %2: %n file(s), signed.</source>
        <translation>
            <numerusform>Paquet de preuves du dossier %1 écrit dans %2&#xa0;: %n fichier, signé.</numerusform>
            <numerusform>Paquet de preuves du dossier %1 écrit dans %2&#xa0;: %n fichiers, signé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) of a trusted certification authority; repeatable. Without it the signature is checked but its signer is not judged.</source>
        <translation>Certificat (PEM ou DER) d’une autorité de certification de confiance&#xa0;; répétable. Sans lui, la signature est vérifiée mais son signataire n’est pas jugé.</translation>
    </message>
    <message>
        <source>evidence verify FILE [--trust CA.pem] [--json]</source>
        <translation>evidence verify FICHIER [--trust AC.pem] [--json]</translation>
    </message>
    <message>
        <source>Signed by %1 at %2 (UTC).</source>
        <translation>Signé par %1 le %2 (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) intact.</source>
        <translation>
            <numerusform>%n fichier intact.</numerusform>
            <numerusform>%n fichiers intacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence package was altered or cannot be trusted.</source>
        <translation>Le paquet de preuves a été modifié ou n’est pas digne de confiance.</translation>
    </message>
</context>
<context>
    <name>EvidencePackageBuilder</name>
    <message>
        <source>The intervention form cannot be drawn without a graphical application object.</source>
        <translation>Le formulaire d’intervention ne peut pas être dessiné sans objet d’application graphique.</translation>
    </message>
</context>
<context>
    <name>EvidenceSubmissions</name>
    <message>
        <source>The evidence package is empty.</source>
        <translation>Le paquet de preuves est vide.</translation>
    </message>
    <message>
        <source>This evidence package of dossier %1 is already in the outbox.</source>
        <translation>Ce paquet de preuves du dossier %1 est déjà dans la file d’envoi.</translation>
    </message>
    <message>
        <source>No evidence receiver is set up for CA profile %1.</source>
        <translation>Aucun destinataire des paquets de preuves n’est configuré pour le profil d’AC %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>The container has no %1.</source>
        <translation>Le conteneur n’a pas de %1.</translation>
    </message>
    <message>
        <source>Nothing is signed: the manifest is missing.</source>
        <translation>Rien n’est signé&#xa0;: le manifeste manque.</translation>
    </message>
    <message>
        <source>Nothing is signed: the manifest cannot be read.</source>
        <translation>Rien n’est signé&#xa0;: le manifeste est illisible.</translation>
    </message>
    <message>
        <source>The signature %1 named by the manifest is missing.</source>
        <translation>La signature %1 désignée par le manifeste manque.</translation>
    </message>
    <message>
        <source>The signature does not match the manifest.</source>
        <translation>La signature ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted.</source>
        <translation>Le certificat du signataire n’est pas de confiance.</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>The PDF file is truncated or damaged (no end-of-file marker). It was not stored.</source>
        <translation>Le fichier PDF est tronqué ou endommagé (pas de marqueur de fin de fichier). Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The PNG file is truncated or damaged (its chunks do not end with IEND). It was not stored.</source>
        <translation>Le fichier PNG est tronqué ou endommagé (ses blocs ne se terminent pas par IEND). Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The JPEG file is truncated or damaged (no end-of-image marker). It was not stored.</source>
        <translation>Le fichier JPEG est tronqué ou endommagé (pas de marqueur de fin d’image). Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The TIFF file is truncated or damaged (its directories point outside the file). It was not stored.</source>
        <translation>Le fichier TIFF est tronqué ou endommagé (ses répertoires pointent hors du fichier). Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The file is empty. It was not stored.</source>
        <translation>Le fichier est vide. Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG, PNG or TIFF file (recognised by its content, not its name). It was not stored.</source>
        <translation>Le fichier n’est ni un PDF, ni un JPEG, ni un PNG, ni un TIFF (reconnu par son contenu, non par son nom). Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Page %1 of the image file is damaged and cannot be decoded (%2). It was not stored.</source>
        <translation>La page %1 du fichier image est endommagée et ne peut pas être décodée (%2). Le fichier n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The image file has %1 readable page(s) out of %2. It was not stored.</source>
        <translation>Le fichier image a %1 page(s) lisible(s) sur %2. Il n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>FormCommand</name>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Language of the form: fr or en (default: fr).</source>
        <translation>Langue du formulaire&#xa0;: fr ou en (par défaut&#xa0;: fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Use this form template instead of the one the dossier&apos;s CA profile names.</source>
        <translation>Utiliser ce modèle de formulaire au lieu de celui que désigne le profil d’AC du dossier.</translation>
    </message>
    <message>
        <source>form render ID --out FILE.pdf [--language fr|en]</source>
        <translation>form render ID --out FICHIER.pdf [--language fr|en]</translation>
    </message>
    <message>
        <source>No face-to-face meeting is recorded for dossier %1: the form&apos;s meeting fields are left blank.</source>
        <translation>Aucun face-à-face n’est enregistré pour le dossier %1&#xa0;: les champs du rendez-vous du formulaire restent vides.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The intervention form attesting the face-to-face meeting.

Commands:
  render ID --out FILE.pdf [--language fr|en] [--template FILE.json]
                          write the dossier&apos;s form as PDF
  sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N]
                          render, sign with the operator&apos;s card (FILE.pdf.p7s)
                          and store both in the dossier
  verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]
                          check a signed form: signer, time, validity</source>
        <translation>Le formulaire d’intervention attestant le face-à-face.

Commandes&#xa0;:
  render ID --out FICHIER.pdf [--language fr|en] [--template FICHIER.json]
                          écrire le formulaire du dossier en PDF
  sign ID --out FICHIER.pdf --operator-token NUMÉRO [--operator-pin-fd N]
                          produire, signer avec la carte de l’opérateur (FICHIER.pdf.p7s)
                          et enregistrer les deux dans le dossier
  verify FICHIER.pdf --signature FICHIER.pdf.p7s [--trust AC.pem]
                          vérifier un formulaire signé&#xa0;: signataire, heure, validité</translation>
    </message>
    <message>
        <source>render, sign or verify</source>
        <translation>render, sign ou verify</translation>
    </message>
</context>
<context>
    <name>FormSignatureCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PDF file to write; the signature goes to FILE.p7s beside it.</source>
        <translation>Fichier PDF à écrire&#xa0;; la signature est écrite à côté, dans FICHIER.p7s.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Language of the form: fr or en (default: fr).</source>
        <translation>Langue du formulaire&#xa0;: fr ou en (par défaut&#xa0;: fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>form sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N] [--language fr|en]</source>
        <translation>form sign ID --out FICHIER.pdf --operator-token NUMÉRO [--operator-pin-fd N] [--language fr|en]</translation>
    </message>
    <message>
        <source>Form of dossier %1 signed by %2 at %3: %4 and %5 (document %6).</source>
        <translation>Formulaire du dossier %1 signé par %2 le %3&#xa0;: %4 et %5 (document %6).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>The detached signature (.p7s, DER).</source>
        <translation>La signature détachée (.p7s, DER).</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) of a trusted certification authority; repeatable. Default: the workstation&apos;s CA profiles and, in training mode, the training CA.</source>
        <translation>Certificat (PEM ou DER) d’une autorité de certification de confiance&#xa0;; option répétable. Par défaut&#xa0;: les profils d’AC du poste et, en mode formation, l’AC de formation.</translation>
    </message>
    <message>
        <source>form verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]</source>
        <translation>form verify FICHIER.pdf --signature FICHIER.pdf.p7s [--trust AC.pem]</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signé le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature: valid, the file is unchanged.</source>
        <translation>Signature&#xa0;: valide, le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Signature: NOT valid.</source>
        <translation>Signature&#xa0;: NON valide.</translation>
    </message>
    <message>
        <source>Trust: the signer&apos;s certificate is trusted.</source>
        <translation>Confiance&#xa0;: le certificat du signataire est de confiance.</translation>
    </message>
    <message>
        <source>Trust: NOT trusted.</source>
        <translation>Confiance&#xa0;: NON reconnu.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormSignatureService</name>
    <message>
        <source>Only a PDF form can be signed.</source>
        <translation>Seul un formulaire PDF peut être signé.</translation>
    </message>
    <message>
        <source>storing the form&apos;s signature</source>
        <translation>l’enregistrement de la signature du formulaire</translation>
    </message>
    <message>
        <source>The database gave no number for the signature.</source>
        <translation>La base de données n’a attribué aucun numéro à la signature.</translation>
    </message>
    <message>
        <source>reading the form signatures</source>
        <translation>la lecture des signatures du formulaire</translation>
    </message>
    <message>
        <source>Document %1 is not a single signed PDF.</source>
        <translation>Le document %1 n’est pas un PDF signé unique.</translation>
    </message>
</context>
<context>
    <name>FormTemplates</name>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1; this version of Guichet reads %2.</source>
        <translation>«&#xa0;formatVersion&#xa0;» vaut %1&#xa0;; cette version de Guichet lit la version %2.</translation>
    </message>
    <message>
        <source>Form template &quot;%1&quot;: %2</source>
        <translation>Modèle de formulaire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2.</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>%1 has no text in &quot;%2&quot;.</source>
        <translation>%1 n’a pas de texte en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot; in %2.</source>
        <translation>condition inconnue «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>%1 must have exactly one of &quot;fields&quot;, &quot;attachments&quot; or &quot;signatures&quot;.</source>
        <translation>%1 doit comporter exactement un élément parmi «&#xa0;fields&#xa0;», «&#xa0;attachments&#xa0;» et «&#xa0;signatures&#xa0;».</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2.</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>unknown signature role &quot;%1&quot; in %2.</source>
        <translation>rôle de signataire inconnu «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>The form template is not a JSON object: %1 (at offset %2).</source>
        <translation>Le modèle de formulaire n’est pas un objet JSON&#xa0;: %1 (à la position %2).</translation>
    </message>
    <message>
        <source>Cannot read the form template %1: %2</source>
        <translation>Impossible de lire le modèle de formulaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no form template &quot;%1&quot; in this version of Guichet.</source>
        <translation>Cette version de Guichet ne contient pas de modèle de formulaire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Guichet: registration-authority workstation.</source>
        <translation>Guichet&#xa0;: poste de travail d’autorité d’enregistrement.</translation>
    </message>
    <message>
        <source>Database for this run: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</source>
        <translation>Base de données pour cette exécution, sous la forme du chemin d’un fichier SQLite ou d’une adresse postgresql://utilisateur@hôte:port/nom. Par défaut, le réglage du poste, sinon le fichier SQLite intégré.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Operator recorded in history and audit for this run (default: the workstation&apos;s setting, else the system user).</source>
        <translation>Opérateur inscrit dans l’historique et le journal d’audit pour cette exécution (par défaut, le réglage du poste, sinon l’utilisateur du système).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Open the main window and the database, then quit (a start-up check for installers and tests).</source>
        <translation>Ouvrir la fenêtre principale et la base de données, puis quitter (vérification du démarrage pour les installateurs et les tests).</translation>
    </message>
    <message>
        <source>Start-up check failed: %1
</source>
        <translation>Échec de la vérification du démarrage&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentCatalogue</name>
    <message>
        <source>The identity document catalogue is not valid JSON: %1</source>
        <translation>Le catalogue des pièces d’identité n’est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>A security feature has no identifier or a duplicate one.</source>
        <translation>Un élément de sécurité n’a pas d’identifiant ou a un identifiant en double.</translation>
    </message>
    <message>
        <source>Security feature %1 has an unknown inspection kind.</source>
        <translation>L’élément de sécurité %1 a un type de contrôle inconnu.</translation>
    </message>
    <message>
        <source>A document type has no identifier or a duplicate one.</source>
        <translation>Un type de document n’a pas d’identifiant ou a un identifiant en double.</translation>
    </message>
    <message>
        <source>Document type %1 has an unknown MRZ layout.</source>
        <translation>Le type de document %1 a un format de MRZ inconnu.</translation>
    </message>
    <message>
        <source>Document type %1 names an unknown security feature &quot;%2&quot;.</source>
        <translation>Le type de document %1 désigne un élément de sécurité inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Document type %1 lists fewer than three security features.</source>
        <translation>Le type de document %1 liste moins de trois éléments de sécurité.</translation>
    </message>
    <message>
        <source>Document type %1 has a validity extension that is not between 1 and 20 years.</source>
        <translation>Le type de document %1 a une prolongation de validité qui n’est pas comprise entre 1 et 20 ans.</translation>
    </message>
    <message>
        <source>The identity document catalogue lists no document type.</source>
        <translation>Le catalogue des pièces d’identité ne liste aucun type de document.</translation>
    </message>
</context>
<context>
    <name>InterventionFormRenderer</name>
    <message>
        <source>The intervention form needs a graphical application object to load its fonts.</source>
        <translation>Le formulaire d’intervention a besoin d’un objet d’application graphique pour charger ses polices.</translation>
    </message>
    <message>
        <source>The intervention form&apos;s font is missing from this build.</source>
        <translation>La police du formulaire d’intervention est absente de cette version.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the form.</source>
        <translation>Impossible de commencer la page %1 du formulaire.</translation>
    </message>
    <message>
        <source>Cannot start the PDF of the intervention form.</source>
        <translation>Impossible de commencer le PDF du formulaire d’intervention.</translation>
    </message>
</context>
<context>
    <name>InterventionFormSource</name>
    <message>
        <source>The form template &quot;%1&quot; has no language &quot;%2&quot;; it has: %3.</source>
        <translation>Le modèle de formulaire «&#xa0;%1&#xa0;» n’a pas de langue «&#xa0;%2&#xa0;»&#xa0;; il a&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateTargets</name>
    <message>
        <source>The key update of dossier %1 has not been answered yet (outbox item %2): run the key update again with the holder&apos;s token to send it.</source>
        <translation>La mise à jour de clé du dossier %1 n’a pas encore reçu de réponse (élément %2 de la boîte d’envoi)&#xa0;: relancez la mise à jour de clé avec le support du porteur pour l’envoyer.</translation>
    </message>
    <message>
        <source>Certificate %1 of dossier %2 is revoked: it is not written on the token.</source>
        <translation>Le certificat %1 du dossier %2 est révoqué&#xa0;: il n’est pas écrit sur le support.</translation>
    </message>
    <message>
        <source>Certificate %1 does not certify the new key recorded for the key update of dossier %2: it is not written on any token.</source>
        <translation>Le certificat %1 ne certifie pas la nouvelle clé enregistrée pour la mise à jour de clé du dossier %2&#xa0;: il n’est écrit sur aucun support.</translation>
    </message>
    <message>
        <source>Certificate %1 of dossier %2 is already on token %3: there is nothing left to write.</source>
        <translation>Le certificat %1 du dossier %2 est déjà sur le support %3&#xa0;: il ne reste rien à écrire.</translation>
    </message>
    <message>
        <source>The certificate answering the key update of dossier %1 is not stored in the dossier.</source>
        <translation>Le certificat répondant à la mise à jour de clé du dossier %1 n’est pas enregistré dans le dossier.</translation>
    </message>
    <message>
        <source>Certificate %1 of the key update written on the holder&apos;s token %2.</source>
        <translation>Certificat %1 de la mise à jour de clé écrit sur le support %2 du porteur.</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateWriter</name>
    <message>
        <source>The holder&apos;s token %1 is not present: insert it, then try again.</source>
        <translation>Le support %1 du porteur n’est pas présent&#xa0;: insérez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The key of token %1 already has its certificate; nothing was written.</source>
        <translation>La clé du support %1 a déjà son certificat&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The certificate is for another key of token %1 than the one made for this dossier; it was not written.</source>
        <translation>Le certificat est destiné à une autre clé du support %1 que celle créée pour ce dossier&#xa0;; il n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>KeySignerPkey</name>
    <message>
        <source>The operator&apos;s credential cannot protect CMP messages: %1</source>
        <translation>Le certificat de l’opérateur ne peut pas protéger les messages CMP&#xa0;: %1</translation>
    </message>
    <message>
        <source>no signer was given.</source>
        <translation>aucun signataire n’a été fourni.</translation>
    </message>
    <message>
        <source>its certificate is not readable.</source>
        <translation>son certificat est illisible.</translation>
    </message>
    <message>
        <source>attaching the operator&apos;s card to its protection key</source>
        <translation>rattachement de la carte de l’opérateur à sa clé de protection</translation>
    </message>
    <message>
        <source>checking the operator&apos;s card key against its certificate</source>
        <translation>vérification de la clé de la carte de l’opérateur au regard de son certificat</translation>
    </message>
</context>
<context>
    <name>KeyUpdateJob</name>
    <message>
        <source>Dossier %1 is for the CA profile %2, but this desk sends to %3. Run its key update with guichet-cli ca renew --dossier %1 --key-update, which uses the dossier&apos;s own profile.</source>
        <translation>Le dossier %1 relève du profil d’AC %2, mais ce poste envoie à %3. Lancez sa mise à jour de clé avec guichet-cli ca renew --dossier %1 --key-update, qui utilise le profil du dossier.</translation>
    </message>
</context>
<context>
    <name>KeyUpdateRequests</name>
    <message>
        <source>Dossier %1 was not opened to renew a certificate: a key update needs the certificate it renews.</source>
        <translation>Le dossier %1 n’a pas été ouvert pour renouveler un certificat&#xa0;: un renouvellement de clé a besoin du certificat qu’il renouvelle.</translation>
    </message>
    <message>
        <source>This renewal needs a new face-to-face meeting, not a key update: %1</source>
        <translation>Ce renouvellement nécessite un nouveau face-à-face, pas un simple renouvellement de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A key update needs a new key pair generated on the holder&apos;s token.</source>
        <translation>Un renouvellement de clé nécessite une nouvelle bi-clé générée sur le support cryptographique du porteur.</translation>
    </message>
    <message>
        <source>Key update of the certificate it renews (REG-6.3.1: the identity validation is reused).</source>
        <translation>Mise à jour de clé du certificat qu’il renouvelle (REG-6.3.1&#xa0;: la vérification d’identité est réutilisée).</translation>
    </message>
    <message>
        <source>holding the key update for this desk</source>
        <translation>réservation de la mise à jour de clé pour ce poste</translation>
    </message>
    <message>
        <source>Outbox item %1 is being sent by another sender; try again in a moment.</source>
        <translation>L’élément %1 de la file d’envoi est en cours d’envoi par un autre expéditeur&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>KeychainCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>Master key source for this database: %1</source>
        <translation>Source de la clé maîtresse pour cette base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>passphrase (chosen by a supervisor)</source>
        <translation>phrase de passe (choisie par un superviseur)</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>OS keychain: reachable; %1</source>
        <translation>Trousseau du système&#xa0;: joignable&#xa0;; %1</translation>
    </message>
    <message>
        <source>master key %1 present</source>
        <translation>clé maîtresse %1 présente</translation>
    </message>
    <message>
        <source>no master key yet (created on first use)</source>
        <translation>pas encore de clé maîtresse (créée à la première utilisation)</translation>
    </message>
    <message>
        <source>OS keychain: NOT reachable: %1</source>
        <translation>Trousseau du système&#xa0;: NON joignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Identity documents cannot be stored on this workstation.</source>
        <translation>Les pièces d’identité ne peuvent pas être enregistrées sur ce poste.</translation>
    </message>
    <message>
        <source>Read the new passphrase from this file descriptor (0 for standard input).</source>
        <translation>Lire la nouvelle phrase de passe depuis ce descripteur de fichier (0 pour l’entrée standard).</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>keychain use-passphrase --passphrase-fd N (never the passphrase itself on the command line)</source>
        <translation>keychain use-passphrase --passphrase-fd N (jamais la phrase de passe elle-même sur la ligne de commande)</translation>
    </message>
    <message>
        <source>The keychain&apos;s master key %1 is now also protected by the passphrase; this database uses the passphrase from now on.</source>
        <translation>La clé maîtresse %1 du trousseau est désormais aussi protégée par la phrase de passe&#xa0;; cette base de données utilise dorénavant la phrase de passe.</translation>
    </message>
    <message>
        <source>A new master key %1 is protected by the passphrase; this database uses the passphrase from now on.</source>
        <translation>Une nouvelle clé maîtresse %1 est protégée par la phrase de passe&#xa0;; cette base de données utilise dorénavant la phrase de passe.</translation>
    </message>
    <message>
        <source>status, use-passphrase or change-passphrase</source>
        <translation>status, use-passphrase ou change-passphrase</translation>
    </message>
    <message>
        <source>Read the current passphrase, then the new one, one per line, from this file descriptor (0 for standard input).</source>
        <translation>Lire la phrase secrète actuelle, puis la nouvelle, une par ligne, sur ce descripteur de fichier (0 pour l’entrée standard).</translation>
    </message>
    <message>
        <source>keychain change-passphrase [--passphrase-fd N] (never a passphrase on the command line)</source>
        <translation>keychain change-passphrase [--passphrase-fd N] (jamais de phrase secrète sur la ligne de commande)</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>Nouvelle phrase secrète, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The passphrase of master key %1 was changed; stored documents are unchanged.</source>
        <translation>La phrase secrète de la clé maîtresse %1 a été changée&#xa0;; les documents conservés sont inchangés.</translation>
    </message>
    <message>
        <source>Where the master key that encrypts stored documents lives.

Commands:
  status                         OS keychain reachable? master key present? which source this database uses
  use-passphrase --passphrase-fd N   (supervisor) protect the master key with a passphrase kept in no keychain, for a workstation without one
  change-passphrase [--passphrase-fd N]   (supervisor) change that passphrase: asked on the terminal, or read from descriptor N as two lines, the current one then the new one; nothing is re-encrypted

Both need a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N]) once a supervisor account exists.</source>
        <translation>Où se trouve la clé maîtresse qui chiffre les documents conservés.

Commandes&#xa0;:
  status                         trousseau du système joignable&#xa0;? clé maîtresse présente&#xa0;? quelle source cette base utilise
  use-passphrase --passphrase-fd N   (superviseur) protéger la clé maîtresse par une phrase secrète conservée dans aucun trousseau, pour un poste qui n’en a pas
  change-passphrase [--passphrase-fd N]   (superviseur) changer cette phrase secrète&#xa0;: demandée sur le terminal, ou lue sur le descripteur N en deux lignes, l’actuelle puis la nouvelle&#xa0;; rien n’est rechiffré

Dès qu’un compte superviseur existe, les deux exigent un superviseur connecté avec sa carte (--operator-token NUMÉRO [--operator-pin-fd N]).</translation>
    </message>
</context>
<context>
    <name>KeychainMasterKeySource</name>
    <message>
        <source>%1
Guichet keeps identity documents only encrypted, under a master key held in the OS keychain, so it refuses to store them now. Open a desktop session with a keyring (GNOME Keyring, KWallet or another Secret Service), or have a supervisor protect the master key with a passphrase (guichet-cli keychain use-passphrase).</source>
        <translation>%1
Guichet ne conserve les pièces d’identité que chiffrées, sous une clé maîtresse détenue par le trousseau du système&#xa0;; il refuse donc de les enregistrer pour l’instant. Ouvrez une session de bureau disposant d’un trousseau (GNOME Keyring, KWallet ou un autre service Secret Service), ou faites protéger la clé maîtresse par une phrase de passe par un superviseur (guichet-cli keychain use-passphrase).</translation>
    </message>
    <message>
        <source>The master key in the OS keychain (entry &quot;%1&quot;) has %2 bytes instead of %3: it was altered.</source>
        <translation>La clé maîtresse du trousseau du système (entrée «&#xa0;%1&#xa0;») fait %2 octets au lieu de %3&#xa0;: elle a été altérée.</translation>
    </message>
</context>
<context>
    <name>MasterKeySelection</name>
    <message>
        <source>This database&apos;s master key is protected by a passphrase: give the passphrase to open or store documents.</source>
        <translation>La clé maîtresse de cette base de données est protégée par une phrase de passe&#xa0;: saisissez la phrase de passe pour ouvrir ou enregistrer des documents.</translation>
    </message>
    <message>
        <source>This database&apos;s master key is in the OS keychain, not protected by a passphrase: no passphrase is needed.</source>
        <translation>La clé maîtresse de cette base de données se trouve dans le trousseau du système, sans phrase de passe&#xa0;: aucune phrase de passe n’est nécessaire.</translation>
    </message>
</context>
<context>
    <name>MasterKeyUnlock</name>
    <message>
        <source>Identity documents are locked: this workstation&apos;s master key is protected by a passphrase, which was not given in this session. Documents cannot be stored or shown until it is.</source>
        <translation>Les pièces d’identité sont verrouillées&#xa0;: la clé maîtresse de ce poste est protégée par une phrase secrète, qui n’a pas été saisie dans cette session. Aucun document ne peut être enregistré ni affiché tant qu’elle ne l’est pas.</translation>
    </message>
</context>
<context>
    <name>MeetingCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>The face-to-face meeting of a dossier.

Commands:
  show ID                 the meeting as recorded
  set ID [options]        record the ID document, the place, the organisation evidence
  record ID KIND [--subject S] [--no]   record a decision; KIND is one of %1
  verify ID               mark the holder&apos;s identity verified (refused while a rule is not met)</source>
        <translation>Le face-à-face d’un dossier.

Commandes&#xa0;:
  show ID                 le rendez-vous tel qu’enregistré
  set ID [options]        enregistrer la pièce d’identité, le lieu, les justificatifs de l’organisation
  record ID KIND [--subject S] [--no]   enregistrer une décision&#xa0;; KIND parmi %1
  verify ID               marquer l’identité du porteur vérifiée (refusé tant qu’une règle n’est pas respectée)</translation>
    </message>
    <message>
        <source>show, set, record or verify</source>
        <translation>show, set, record ou verify</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Numéro du dossier.</translation>
    </message>
    <message>
        <source>write: meeting show ID</source>
        <translation>écrivez&#xa0;: meeting show ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The guided view&apos;s step to resume at.</source>
        <translation>L’étape de la vue guidée où reprendre.</translation>
    </message>
    <message>
        <source>Where the meeting takes place.</source>
        <translation>Lieu du rendez-vous.</translation>
    </message>
    <message>
        <source>ID document type (see &quot;mrz check --help&quot;).</source>
        <translation>Type de pièce d’identité (voir «&#xa0;mrz check --help&#xa0;»).</translation>
    </message>
    <message>
        <source>ID document number.</source>
        <translation>Numéro de la pièce d’identité.</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code).</source>
        <translation>État de délivrance (code OACI).</translation>
    </message>
    <message>
        <source>Issuing authority.</source>
        <translation>Autorité de délivrance.</translation>
    </message>
    <message>
        <source>Surnames as on the visual zone.</source>
        <translation>Noms tels que sur la zone visuelle.</translation>
    </message>
    <message>
        <source>Given names as on the visual zone.</source>
        <translation>Prénoms tels que sur la zone visuelle.</translation>
    </message>
    <message>
        <source>Who signed the mandate.</source>
        <translation>Signataire du mandat.</translation>
    </message>
    <message>
        <source>Issue date.</source>
        <translation>Date de délivrance.</translation>
    </message>
    <message>
        <source>Expiry date as printed.</source>
        <translation>Date d’expiration imprimée.</translation>
    </message>
    <message>
        <source>Birth date as on the visual zone.</source>
        <translation>Date de naissance telle que sur la zone visuelle.</translation>
    </message>
    <message>
        <source>Date written on the mandate.</source>
        <translation>Date inscrite sur le mandat.</translation>
    </message>
    <message>
        <source>File holding the MRZ lines (- for standard input).</source>
        <translation>Fichier contenant les lignes de la MRZ (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The holder countersigned the mandate.</source>
        <translation>Le porteur a contresigné le mandat.</translation>
    </message>
    <message>
        <source>The request is co-signed by holder and agent.</source>
        <translation>La demande est cosignée par le porteur et le mandataire.</translation>
    </message>
    <message>
        <source>write: meeting set ID [options]</source>
        <translation>écrivez&#xa0;: meeting set ID [options]</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What the decision is about: a security feature id, the terms of use version.</source>
        <translation>Objet de la décision&#xa0;: identifiant d’un élément de sécurité, version des conditions générales.</translation>
    </message>
    <message>
        <source>Record a negative decision (feature unchecked, face not matching, consent refused).</source>
        <translation>Enregistrer une décision négative (élément décoché, visage non concordant, consentement refusé).</translation>
    </message>
    <message>
        <source>Decision kind.</source>
        <translation>Type de décision.</translation>
    </message>
    <message>
        <source>write: meeting record ID KIND, where KIND is one of %1.</source>
        <translation>écrivez&#xa0;: meeting record ID KIND, où KIND est l’un de %1.</translation>
    </message>
    <message>
        <source>write: meeting verify ID</source>
        <translation>écrivez&#xa0;: meeting verify ID</translation>
    </message>
    <message>
        <source>Identity of the holder of dossier %1 verified.</source>
        <translation>Identité du porteur du dossier %1 vérifiée.</translation>
    </message>
    <message>
        <source>Meeting of dossier %1 (version %2)</source>
        <translation>Rendez-vous du dossier %1 (version %2)</translation>
    </message>
    <message>
        <source>Started: %1 by %2, place: %3</source>
        <translation>Commencé&#xa0;: %1 par %2, lieu&#xa0;: %3</translation>
    </message>
    <message>
        <source>ID document: %1 %2 (%3), valid %4 to %5</source>
        <translation>Pièce d’identité&#xa0;: %1 %2 (%3), valide du %4 au %5</translation>
    </message>
    <message>
        <source>Suggested features: %1</source>
        <translation>Éléments suggérés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked features: %1</source>
        <translation>Éléments vérifiés&#xa0;: %1</translation>
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
        <source>Identity verified: %1</source>
        <translation>Identité vérifiée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionKinds</name>
    <message>
        <source>Information and terms shown to the holder</source>
        <translation>Information et conditions présentées au porteur</translation>
    </message>
    <message>
        <source>Terms of use accepted</source>
        <translation>Conditions générales d’utilisation acceptées</translation>
    </message>
    <message>
        <source>Choice on certificate publication</source>
        <translation>Choix sur la publication du certificat</translation>
    </message>
    <message>
        <source>Consent to use a secure device</source>
        <translation>Consentement à l’utilisation d’un dispositif sécurisé</translation>
    </message>
    <message>
        <source>Security feature checked</source>
        <translation>Élément de sécurité vérifié</translation>
    </message>
    <message>
        <source>Face compared with the document</source>
        <translation>Visage comparé avec le document</translation>
    </message>
    <message>
        <source>Copy certified true to the original</source>
        <translation>Copie certifiée conforme à l’original</translation>
    </message>
    <message>
        <source>Originals posted to the CA</source>
        <translation>Originaux envoyés par courrier à l’AC</translation>
    </message>
</context>
<context>
    <name>MeetingErasure</name>
    <message>
        <source>erasing the meeting&apos;s personal data</source>
        <translation>effacement des données personnelles du face-à-face</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>reading the meeting</source>
        <translation>lecture du rendez-vous</translation>
    </message>
    <message>
        <source>reading the meeting&apos;s decisions</source>
        <translation>lecture des décisions du rendez-vous</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 holds a decision of an unknown kind &quot;%2&quot; (written by a newer Guichet?).</source>
        <translation>Le rendez-vous du dossier %1 contient une décision de type inconnu «&#xa0;%2&#xa0;» (écrite par une version plus récente de Guichet&#xa0;?).</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>enregistrement du rendez-vous</translation>
    </message>
    <message>
        <source>saving the meeting</source>
        <translation>sauvegarde du rendez-vous</translation>
    </message>
    <message>
        <source>recording the meeting&apos;s decision</source>
        <translation>enregistrement de la décision du rendez-vous</translation>
    </message>
    <message>
        <source>checking the meeting</source>
        <translation>vérification du rendez-vous</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 does not exist.</source>
        <translation>Le rendez-vous du dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the meeting to see the new version, then make your changes again.</source>
        <translation>Le rendez-vous du dossier %1 a été modifié par %2 le %3 pendant que vous le modifiiez. Vos modifications n’ont pas été enregistrées&#xa0;: rouvrez le rendez-vous pour voir la nouvelle version, puis refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Known product</source>
        <translation>Produit connu</translation>
    </message>
    <message>
        <source>The dossier&apos;s product &quot;%1&quot; is not in the catalogue.</source>
        <translation>Le produit «&#xa0;%1&#xa0;» du dossier n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The holder&apos;s identity was verified on this evidence: the document and the organisation evidence can no longer be changed.</source>
        <translation>L’identité du porteur a été vérifiée sur ces justificatifs&#xa0;: le document et les justificatifs de l’organisation ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 was removed while you were editing it.</source>
        <translation>Le rendez-vous du dossier %1 a été supprimé pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subject: the security feature or the terms version.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un objet&#xa0;: l’élément de sécurité ou la version des conditions.</translation>
    </message>
    <message>
        <source>Record the ID document&apos;s type before its security features.</source>
        <translation>Enregistrez le type de pièce d’identité avant ses éléments de sécurité.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security feature of this document type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un élément de sécurité de ce type de document.</translation>
    </message>
    <message>
        <source>The holder&apos;s identity was already verified on %1.</source>
        <translation>L’identité du porteur a déjà été vérifiée le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The holder&apos;s identity cannot be marked verified: %n rule(s) not met:
%1</source>
        <translation>
            <numerusform>L’identité du porteur ne peut pas être marquée vérifiée&#xa0;: %n règle non respectée&#xa0;:
%1</numerusform>
            <numerusform>L’identité du porteur ne peut pas être marquée vérifiée&#xa0;: %n règles non respectées&#xa0;:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). It was left untouched: update Guichet to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Guichet (schéma %1&#xa0;; cette version connaît les schémas jusqu’au %2). Elle n’a pas été modifiée&#xa0;: mettez Guichet à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>verrouillage du schéma</translation>
    </message>
    <message>
        <source>creating the schema table</source>
        <translation>création de la table du schéma</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>mise à niveau du schéma vers la version %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>enregistrement de la version du schéma</translation>
    </message>
</context>
<context>
    <name>MrzCommand</name>
    <message>
        <source>Machine-readable zones of identity documents.

Commands:
  check   read MRZ lines on standard input, print the fields and every problem

Exit codes: 0 valid, 1 not valid, 2 usage error.</source>
        <translation>Zones de lecture automatique (MRZ) des pièces d’identité.

Commandes&#xa0;:
  check   lire les lignes de la MRZ sur l’entrée standard, afficher les champs et chaque problème

Codes de sortie&#xa0;: 0 valide, 1 non valide, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Reads an MRZ (TD1, TD2, TD3 or French ID card 1988-2021) on standard input, as typed or OCR&apos;d, and prints each field and every problem.
Exit codes: 0 valid, 1 not valid, 2 usage error.</source>
        <translation>Lit une MRZ (TD1, TD2, TD3 ou CNI française 1988-2021) sur l’entrée standard, telle que saisie ou issue de l’OCR, et affiche chaque champ et chaque problème.
Codes de sortie&#xa0;: 0 valide, 1 non valide, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>Reference date (the meeting date) for birth and expiry checks, YYYY-MM-DD. Default: today.</source>
        <translation>Date de référence (date du face-à-face) pour les contrôles de naissance et d’expiration, au format AAAA-MM-JJ (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Expected layout: td1, td2, td3 or fr-cni-1988.</source>
        <translation>Format attendu (td1, td2, td3 ou fr-cni-1988).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>format</translation>
    </message>
    <message>
        <source>mrz check reads the MRZ on standard input, not as arguments.</source>
        <translation>mrz check lit la MRZ sur l’entrée standard, pas en arguments.</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation>--date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--format is one of td1, td2, td3, fr-cni-1988.</source>
        <translation>--format vaut td1, td2, td3 ou fr-cni-1988.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>the input is too long for an MRZ.</source>
        <translation>l’entrée est trop longue pour une MRZ.</translation>
    </message>
    <message numerus="yes">
        <source>guichet-cli: the MRZ is not valid: %n error(s).</source>
        <translation>
            <numerusform>guichet-cli&#xa0;: la MRZ n’est pas valide&#xa0;: %n erreur.</numerusform>
            <numerusform>guichet-cli&#xa0;: la MRZ n’est pas valide&#xa0;: %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document type: %1</source>
        <translation>Type de document&#xa0;: %1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;:  </translation>
    </message>
    <message>
        <source>notice:</source>
        <translation>remarque&#xa0;:</translation>
    </message>
    <message>
        <source>The MRZ is valid.</source>
        <translation>La MRZ est valide.</translation>
    </message>
    <message>
        <source>The MRZ is not valid.</source>
        <translation>La MRZ n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>MrzFieldComparison</name>
    <message>
        <source>%1: the same as in the MRZ.</source>
        <translation>%1&#xa0;: identique à la MRZ.</translation>
    </message>
    <message>
        <source>%1: the same as the start of the MRZ, where it was cut to fit its zone.</source>
        <translation>%1&#xa0;: identique au début de la MRZ, où la valeur a été tronquée pour tenir dans sa zone.</translation>
    </message>
    <message>
        <source>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;. They differ only by look-alike characters (O and 0, I and 1...): check which one the document shows.</source>
        <translation>%1&#xa0;: saisi «&#xa0;%2&#xa0;», la MRZ indique «&#xa0;%3&#xa0;». Ils ne diffèrent que par des caractères qui se ressemblent (O et 0, I et 1…)&#xa0;: vérifiez lequel figure sur le document.</translation>
    </message>
    <message>
        <source>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;.</source>
        <translation>%1&#xa0;: saisi «&#xa0;%2&#xa0;», la MRZ indique «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: not in the MRZ of this document.</source>
        <translation>%1&#xa0;: absent de la MRZ de ce document.</translation>
    </message>
    <message>
        <source>%1: not entered from the visual zone.</source>
        <translation>%1&#xa0;: non saisi depuis la zone visuelle.</translation>
    </message>
</context>
<context>
    <name>MrzProblem</name>
    <message>
        <source>MRZ layout</source>
        <translation>format de la MRZ</translation>
    </message>
    <message>
        <source>document code</source>
        <translation>code du document</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>État émetteur</translation>
    </message>
    <message>
        <source>surnames</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>numéro du document</translation>
    </message>
    <message>
        <source>document number check digit</source>
        <translation>clé du numéro du document</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>date of birth check digit</source>
        <translation>clé de la date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date d’expiration</translation>
    </message>
    <message>
        <source>expiry date check digit</source>
        <translation>clé de la date d’expiration</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>données facultatives</translation>
    </message>
    <message>
        <source>optional data check digit</source>
        <translation>clé des données facultatives</translation>
    </message>
    <message>
        <source>optional data (line 2)</source>
        <translation>données facultatives (ligne 2)</translation>
    </message>
    <message>
        <source>composite check digit</source>
        <translation>clé composite</translation>
    </message>
    <message>
        <source>administrative code</source>
        <translation>code administratif</translation>
    </message>
    <message>
        <source>issue month</source>
        <translation>mois de délivrance</translation>
    </message>
    <message>
        <source>issuing office</source>
        <translation>bureau de délivrance</translation>
    </message>
    <message>
        <source>an unreadable character</source>
        <translation>un caractère illisible</translation>
    </message>
    <message>
        <source>ICAO TD1 (ID card, 3 lines of 30)</source>
        <translation>OACI TD1 (carte d’identité, 3 lignes de 30)</translation>
    </message>
    <message>
        <source>ICAO TD2 (2 lines of 36)</source>
        <translation>OACI TD2 (2 lignes de 36)</translation>
    </message>
    <message>
        <source>ICAO TD3 (passport, 2 lines of 44)</source>
        <translation>OACI TD3 (passeport, 2 lignes de 44)</translation>
    </message>
    <message>
        <source>French ID card 1988-2021 (2 lines of 36)</source>
        <translation>CNI française 1988-2021 (2 lignes de 36)</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>Line %1, position %2 (%3)</source>
        <translation>Ligne %1, position %2 (%3)</translation>
    </message>
    <message>
        <source> Did you mean &quot;%1&quot;?</source>
        <translation> Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source> Perhaps line %1, position %2 should read &quot;%3&quot;; check the document.</source>
        <translation> La ligne %1, position %2, devrait peut-être indiquer «&#xa0;%3&#xa0;»&#xa0;; vérifiez le document.</translation>
    </message>
    <message>
        <source>Lower-case letters were read as capitals.</source>
        <translation>Les lettres minuscules ont été lues comme des majuscules.</translation>
    </message>
    <message>
        <source>Spaces inside the lines were ignored.</source>
        <translation>Les espaces à l’intérieur des lignes ont été ignorés.</translation>
    </message>
    <message>
        <source>The MRZ was given as one line of %1 characters; it was read as %2 lines of %3: %4.</source>
        <translation>La MRZ a été fournie sur une seule ligne de %1 caractères&#xa0;; elle a été lue comme %2 lignes de %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: the date is wholly or partly unknown (fillers instead of digits); check the visual zone.</source>
        <translation>%1&#xa0;: la date est totalement ou partiellement inconnue (caractères de remplissage au lieu de chiffres)&#xa0;; vérifiez la zone visuelle.</translation>
    </message>
    <message>
        <source>The names fill the whole zone and may have been truncated; compare them with the visual zone.</source>
        <translation>Les noms remplissent toute la zone et ont pu être tronqués&#xa0;; comparez-les avec la zone visuelle.</translation>
    </message>
    <message>
        <source>%1: X is written in the visual zone; ICAO 9303 writes &lt; in the MRZ for an unspecified sex. Check the visual zone.</source>
        <translation>%1&#xa0;: X figure dans la zone visuelle&#xa0;; le Doc 9303 de l’OACI inscrit &lt; dans la MRZ pour un sexe non précisé. Vérifiez la zone visuelle.</translation>
    </message>
    <message>
        <source>No MRZ text was given.</source>
        <translation>Aucun texte de MRZ n’a été fourni.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, but %1 has %2 lines. Check that no line is missing or added.</source>
        <translation>
            <numerusform>%n ligne lue, mais le format %1 en compte %2. Vérifiez qu’aucune ligne ne manque ni n’a été ajoutée.</numerusform>
            <numerusform>%n lignes lues, mais le format %1 en compte %2. Vérifiez qu’aucune ligne ne manque ni n’a été ajoutée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters instead of %3 for %4: a character is missing or was not read.</source>
        <translation>La ligne %1 compte %2 caractères au lieu de %3 pour le format %4&#xa0;: un caractère manque ou n’a pas été lu.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters instead of %3 for %4: a character was added or read twice.</source>
        <translation>La ligne %1 compte %2 caractères au lieu de %3 pour le format %4&#xa0;: un caractère a été ajouté ou lu deux fois.</translation>
    </message>
    <message>
        <source>The MRZ has the layout %1, but the selected document type uses %2.</source>
        <translation>La MRZ est au format %1, mais le type de document choisi utilise le format %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not an MRZ character (only A-Z, 0-9 and &lt;).%3</source>
        <translation>%1&#xa0;: %2 n’est pas un caractère de MRZ (uniquement A-Z, 0-9 et &lt;).%3</translation>
    </message>
    <message>
        <source>%1: %2 must be a digit.%3</source>
        <translation>%1&#xa0;: %2 doit être un chiffre.%3</translation>
    </message>
    <message>
        <source>%1: %2 must be a letter or &lt;.%3</source>
        <translation>%1&#xa0;: %2 doit être une lettre ou &lt;.%3</translation>
    </message>
    <message>
        <source>The document code starts with %1; %2 must start with %3.</source>
        <translation>Le code du document commence par %1&#xa0;; au format %2, il doit commencer par %3.</translation>
    </message>
    <message>
        <source>A, C or I</source>
        <translation>A, C ou I</translation>
    </message>
    <message>
        <source>%1: the check digit is %2, not a digit (the data gives %3).%4</source>
        <translation>%1&#xa0;: la clé de contrôle est %2, qui n’est pas un chiffre (les données donnent %3).%4</translation>
    </message>
    <message>
        <source>%1: the composite check digit is %2 but the data it covers gives %3: a character is wrong somewhere in the zones it covers.%4</source>
        <translation>%1&#xa0;: la clé composite est %2 mais les données qu’elle couvre donnent %3&#xa0;: un caractère est erroné quelque part dans les zones couvertes.%4</translation>
    </message>
    <message>
        <source>%1: the check digit is %2 but the %3 gives %4: a character of the %3 or the check digit is wrong.%5</source>
        <translation>%1&#xa0;: la clé de contrôle est %2 mais le champ «&#xa0;%3&#xa0;» donne %4&#xa0;: soit un caractère du champ «&#xa0;%3&#xa0;» est erroné, soit la clé de contrôle l’est.%5</translation>
    </message>
    <message>
        <source>%1: not a valid date (YYMMDD).</source>
        <translation>%1&#xa0;: date non valide (AAMMJJ).</translation>
    </message>
    <message>
        <source>%1: the expiry date is before the date of birth.</source>
        <translation>%1&#xa0;: la date d’expiration est antérieure à la date de naissance.</translation>
    </message>
    <message>
        <source>%1: the issue month in the document number is before the date of birth.</source>
        <translation>%1&#xa0;: le mois de délivrance indiqué dans le numéro du document est antérieur à la date de naissance.</translation>
    </message>
    <message>
        <source>%1: the document has expired; it must be valid on the meeting date (VAL-8.3.1-07).</source>
        <translation>%1&#xa0;: le document est expiré&#xa0;; il doit être valide à la date du face-à-face (VAL-8.3.1-07).</translation>
    </message>
    <message>
        <source>%1: %2 is not a sex code; the MRZ uses F, M or &lt;.</source>
        <translation>%1&#xa0;: %2 n’est pas un code de sexe&#xa0;; la MRZ utilise F, M ou &lt;.</translation>
    </message>
    <message>
        <source>%1: the primary identifier (surname) is missing.</source>
        <translation>%1&#xa0;: l’identifiant principal (nom) est manquant.</translation>
    </message>
    <message>
        <source>%1: a filler here announces a document number longer than 9 characters, but the optional data does not continue it with its check digit.</source>
        <translation>%1&#xa0;: un caractère de remplissage à cet endroit annonce un numéro de document de plus de 9 caractères, mais les données facultatives ne le prolongent pas avec sa clé de contrôle.</translation>
    </message>
    <message>
        <source>%1: the issue month (YYMM at the start of the number) must fall between 1988 and 2021 and not after the reference date.</source>
        <translation>%1&#xa0;: le mois de délivrance (AAMM au début du numéro) doit être compris entre 1988 et 2021 et ne pas être postérieur à la date de référence.</translation>
    </message>
    <message>
        <source>There are more problems; correct these first.</source>
        <translation>Il y a d’autres problèmes&#xa0;; corrigez d’abord ceux-ci.</translation>
    </message>
</context>
<context>
    <name>MrzResult</name>
    <message>
        <source>%1 (YYMMDD, partly unknown)</source>
        <translation>%1 (AAMMJJ, partiellement inconnue)</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>date non valide</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>does not match (the data gives %1)</source>
        <translation>ne correspond pas (les données donnent %1)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>The cryptographic library failed while %1.</source>
        <translation>La bibliothèque cryptographique a échoué (%1).</translation>
    </message>
    <message>
        <source>The cryptographic library failed while %1: %2.</source>
        <translation>La bibliothèque cryptographique a échoué (%1)&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OperatorCertificate</name>
    <message>
        <source>The operator&apos;s certificate cannot be read.</source>
        <translation>Le certificat de l’opérateur est illisible.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate is not meant for authentication: its key usage lacks digitalSignature.</source>
        <translation>Le certificat de l’opérateur n’est pas destiné à l’authentification&#xa0;: son usage de clé ne comporte pas digitalSignature.</translation>
    </message>
    <message>
        <source>No CA is trusted for operator certificates on this workstation.</source>
        <translation>Aucune AC n’est reconnue pour les certificats d’opérateur sur ce poste.</translation>
    </message>
    <message>
        <source>checking the operator&apos;s certificate</source>
        <translation>la vérification du certificat de l’opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate expired on %1.</source>
        <translation>Le certificat de l’opérateur a expiré le %1.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate is not valid before %1.</source>
        <translation>Le certificat de l’opérateur n’est pas valable avant le %1.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate was not issued by a CA this workstation trusts.</source>
        <translation>Le certificat de l’opérateur n’a pas été émis par une AC reconnue par ce poste.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate does not verify: %1.</source>
        <translation>Le certificat de l’opérateur n’est pas vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (PEM or DER expected).</source>
        <translation>Ce n’est pas un certificat X.509 (PEM ou DER attendu).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate (PEM or DER).</source>
        <translation>Le certificat de l’opérateur (PEM ou DER).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>dra-operator, certification-agent or supervisor.</source>
        <translation>dra-operator, certification-agent ou supervisor.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>The number the CA gave the operator.</source>
        <translation>Le numéro que l’AC a attribué à l’opérateur.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The organisation a Certification Agent acts for.</source>
        <translation>L’organisation pour laquelle agit un mandataire de certification.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Date of the last training (YYYY-MM-DD).</source>
        <translation>Date de la dernière formation (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The operator&apos;s name.</source>
        <translation>Le nom de l’opérateur.</translation>
    </message>
    <message>
        <source>Read the new card&apos;s PIN from this file descriptor.</source>
        <translation>Lire le code PIN de la nouvelle carte sur ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>PKCS#11 module for the training card (default: SoftHSM2).</source>
        <translation>Module PKCS#11 de la carte de formation (par défaut&#xa0;: SoftHSM2).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when the workstation uses one.</source>
        <translation>Lire la phrase de passe de la clé maîtresse sur ce descripteur de fichier, si le poste en utilise une.</translation>
    </message>
    <message>
        <source>Operator accounts.

Commands:
  list [--json]                               every account, active or not
  show ID [--json]                            one account
  add --certificate FILE --role R [--registration-number N] [--organisation O] [--training-date D]
  set-role ID ROLE                            dra-operator, certification-agent, supervisor
  set-training ID DATE                        the last training (YYYY-MM-DD)
  deactivate ID                               the account can no longer log in
  training-card --name NAME [--pin-fd N] [--role R]   a SoftHSM2 card from the training CA, and its account
  whoami                                      log in with the card, show the account

Changes need a supervisor&apos;s card: --operator-token SERIAL [--operator-pin-fd N]. While no account exists, add and training-card make the first one, a supervisor, without it.</source>
        <translation>Comptes d’opérateur.

Commandes&#xa0;:
  list [--json]                               tous les comptes, actifs ou non
  show ID [--json]                            un compte
  add --certificate FICHIER --role R [--registration-number N] [--organisation O] [--training-date D]
  set-role ID RÔLE                            dra-operator, certification-agent, supervisor
  set-training ID DATE                        la dernière formation (AAAA-MM-JJ)
  deactivate ID                               le compte ne peut plus se connecter
  training-card --name NOM [--pin-fd N] [--role R]   une carte SoftHSM2 de l’AC de formation, et son compte
  whoami                                      se connecter avec la carte, afficher le compte

Les modifications demandent la carte d’un superviseur&#xa0;: --operator-token NUMÉRO [--operator-pin-fd N]. Tant qu’aucun compte n’existe, add et training-card créent le premier, un superviseur, sans elle.</translation>
    </message>
    <message>
        <source>list, show, add, set-role, set-training, deactivate, training-card, whoami</source>
        <translation>list, show, add, set-role, set-training, deactivate, training-card, whoami</translation>
    </message>
    <message>
        <source>unknown operator command &quot;%1&quot;.</source>
        <translation>commande operator inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	training %5	%6</source>
        <translation>%1	%2	%3	%4	formation %5	%6</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Name the operator account: operator show ID.</source>
        <translation>Désignez le compte d’opérateur&#xa0;: operator show ID.</translation>
    </message>
    <message>
        <source>operator add needs --certificate FILE.</source>
        <translation>operator add demande --certificate FICHIER.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--training-date needs a date as YYYY-MM-DD.</source>
        <translation>--training-date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Name the operator account (its ID, from operator list).</source>
        <translation>Désignez le compte d’opérateur (son ID, donné par operator list).</translation>
    </message>
    <message>
        <source>operator set-role ID ROLE: the role is dra-operator, certification-agent or supervisor.</source>
        <translation>operator set-role ID RÔLE&#xa0;: le rôle est dra-operator, certification-agent ou supervisor.</translation>
    </message>
    <message>
        <source>operator set-training ID DATE: the date as YYYY-MM-DD.</source>
        <translation>operator set-training ID DATE&#xa0;: la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>operator training-card needs --name NAME.</source>
        <translation>operator training-card demande --name NOM.</translation>
    </message>
    <message>
        <source>--pin-fd needs a number.</source>
        <translation>--pin-fd attend un nombre.</translation>
    </message>
    <message>
        <source>PIN of the new operator card: </source>
        <translation>Code PIN de la nouvelle carte d’opérateur&#xa0;: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Saisissez-le à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>No terminal to ask for the card&apos;s PIN: use --pin-fd.</source>
        <translation>Pas de terminal pour demander le code PIN de la carte&#xa0;: utilisez --pin-fd.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>Les deux codes PIN saisis diffèrent.</translation>
    </message>
    <message>
        <source>serial: %1</source>
        <translation>numéro de série&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logged in with the card %1 as:</source>
        <translation>Connecté avec la carte %1 en tant que&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <source>This command needs the operator&apos;s card: name it with --operator-token SERIAL.</source>
        <translation>Cette commande demande la carte de l’opérateur&#xa0;: désignez-la avec --operator-token NUMÉRO.</translation>
    </message>
    <message>
        <source>--operator-pin-fd needs a number.</source>
        <translation>--operator-pin-fd attend un nombre.</translation>
    </message>
    <message>
        <source>PIN of the operator&apos;s card: </source>
        <translation>Code PIN de la carte d’opérateur&#xa0;: </translation>
    </message>
    <message>
        <source>No terminal to ask for the operator&apos;s PIN: give it through --operator-pin-fd.</source>
        <translation>Pas de terminal pour demander le code PIN de l’opérateur&#xa0;: transmettez-le par --operator-pin-fd.</translation>
    </message>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serial number of the operator&apos;s token.</source>
        <translation>Numéro de série du jeton de l’opérateur.</translation>
    </message>
    <message>
        <source>Read the operator&apos;s PIN from this file descriptor.</source>
        <translation>Lire le code PIN de l’opérateur sur ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>PKCS#11 module of the operator&apos;s token (default: the workstation&apos;s).</source>
        <translation>Module PKCS#11 du jeton de l’opérateur (par défaut&#xa0;: celui du poste).</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>reading an operator account</source>
        <translation>la lecture d’un compte d’opérateur</translation>
    </message>
    <message>
        <source>There is no operator account %1.</source>
        <translation>Il n’existe pas de compte d’opérateur %1.</translation>
    </message>
    <message>
        <source>looking up the operator of a certificate</source>
        <translation>la recherche de l’opérateur d’un certificat</translation>
    </message>
    <message>
        <source>listing the operator accounts</source>
        <translation>la liste des comptes d’opérateur</translation>
    </message>
    <message>
        <source>counting the operator accounts</source>
        <translation>le décompte des comptes d’opérateur</translation>
    </message>
    <message>
        <source>saving an operator account</source>
        <translation>l’enregistrement d’un compte d’opérateur</translation>
    </message>
    <message>
        <source>The operator account %1 was changed by someone else meanwhile: read it again and retry.</source>
        <translation>Le compte d’opérateur %1 a été modifié par quelqu’un d’autre entre-temps&#xa0;: relisez-le et recommencez.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>A Certification Agent acts for one organisation: give its name.</source>
        <translation>Un mandataire de certification agit pour une organisation&#xa0;: indiquez son nom.</translation>
    </message>
    <message>
        <source>Only a supervisor logged in with their card may change operator accounts.</source>
        <translation>Seul un superviseur connecté avec sa carte peut modifier les comptes d’opérateur.</translation>
    </message>
    <message>
        <source>The logged-in operator has no account any more.</source>
        <translation>L’opérateur connecté n’a plus de compte.</translation>
    </message>
    <message>
        <source>The logged-in operator&apos;s account is deactivated.</source>
        <translation>Le compte de l’opérateur connecté est désactivé.</translation>
    </message>
    <message>
        <source>%1 is the last active supervisor: appoint another one first, or nobody could manage operators any more.</source>
        <translation>%1 est le dernier superviseur actif&#xa0;: nommez-en d’abord un autre, sinon plus personne ne pourrait gérer les opérateurs.</translation>
    </message>
    <message>
        <source>This certificate already belongs to the active account %1 (%2).</source>
        <translation>Ce certificat appartient déjà au compte actif %1 (%2).</translation>
    </message>
    <message>
        <source>The training date is in the future.</source>
        <translation>La date de formation est dans le futur.</translation>
    </message>
    <message>
        <source>The operator account %1 is already deactivated.</source>
        <translation>Le compte d’opérateur %1 est déjà désactivé.</translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <source>Organisation identifiers.

Commands:
  check VALUE   check a SIREN, SIRET, French VAT number or RNA number

Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</source>
        <translation>Identifiants d’organisation.

Commandes&#xa0;:
  check VALEUR   vérifier un numéro SIREN, SIRET, de TVA intracommunautaire français ou RNA

Codes de sortie&#xa0;: 0 valide, 1 non valide (motif sur la sortie d’erreur), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Checks an organisation identifier, recognised by its shape: 9 digits SIREN, 14 digits SIRET, FR + key + SIREN VAT number, W + 9 characters RNA number. Spaces between digit groups are allowed.
Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</source>
        <translation>Vérifie un identifiant d’organisation, reconnu par sa forme&#xa0;: SIREN à 9 chiffres, SIRET à 14 chiffres, numéro de TVA FR + clé + SIREN, numéro RNA W + 9 caractères. Les espaces entre les groupes de chiffres sont acceptés.
Codes de sortie&#xa0;: 0 valide, 1 non valide (motif sur la sortie d’erreur), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The identifier to check.</source>
        <translation>L’identifiant à vérifier.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message>
        <source>Check as this kind instead of recognising it: siren, siret, vat or rna.</source>
        <translation>Type d’identifiant à vérifier (siren, siret, vat ou rna), au lieu de le reconnaître.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>give the identifier: org check VALUE.</source>
        <translation>indiquez l’identifiant&#xa0;: org check VALEUR.</translation>
    </message>
    <message>
        <source>--kind is one of siren, siret, vat, rna.</source>
        <translation>--kind vaut siren, siret, vat ou rna.</translation>
    </message>
    <message>
        <source>%1: valid %2.</source>
        <translation>%1&#xa0;: %2 valide.</translation>
    </message>
</context>
<context>
    <name>OrganisationIdentifier</name>
    <message>
        <source>A SIREN number has exactly 9 digits.</source>
        <translation>Un numéro SIREN comporte exactement 9 chiffres.</translation>
    </message>
    <message>
        <source>This SIREN number is not valid: its check digit (Luhn) does not match. Check for a mistyped digit.</source>
        <translation>Ce numéro SIREN n’est pas valide&#xa0;: sa clé de contrôle (Luhn) ne correspond pas. Vérifiez qu’aucun chiffre n’a été mal saisi.</translation>
    </message>
    <message>
        <source>A SIRET number has exactly 14 digits.</source>
        <translation>Un numéro SIRET comporte exactement 14 chiffres.</translation>
    </message>
    <message>
        <source>This La Poste SIRET number is not valid: the sum of its digits is not a multiple of 5.</source>
        <translation>Ce numéro SIRET de La Poste n’est pas valide&#xa0;: la somme de ses chiffres n’est pas un multiple de 5.</translation>
    </message>
    <message>
        <source>The SIREN part (first 9 digits) of this SIRET is not valid: its check digit (Luhn) does not match.</source>
        <translation>La partie SIREN (9 premiers chiffres) de ce SIRET n’est pas valide&#xa0;: sa clé de contrôle (Luhn) ne correspond pas.</translation>
    </message>
    <message>
        <source>This SIRET number is not valid: its check digit (Luhn) does not match. Check the establishment number (last 5 digits).</source>
        <translation>Ce numéro SIRET n’est pas valide&#xa0;: sa clé de contrôle (Luhn) ne correspond pas. Vérifiez le numéro d’établissement (5 derniers chiffres).</translation>
    </message>
    <message>
        <source>Enter a SIREN (9 digits) or a SIRET (14 digits).</source>
        <translation>Saisissez un SIREN (9 chiffres) ou un SIRET (14 chiffres).</translation>
    </message>
    <message>
        <source>A French VAT number starts with FR.</source>
        <translation>Un numéro de TVA intracommunautaire français commence par FR.</translation>
    </message>
    <message numerus="yes">
        <source>A French VAT number is FR followed by 11 characters, a 2-digit key and the 9-digit SIREN; this one has %n character(s) after FR.</source>
        <translation>
            <numerusform>Un numéro de TVA intracommunautaire français se compose de FR suivi de 11 caractères, une clé à 2 chiffres et le SIREN à 9 chiffres&#xa0;; celui-ci compte %n caractère après FR.</numerusform>
            <numerusform>Un numéro de TVA intracommunautaire français se compose de FR suivi de 11 caractères, une clé à 2 chiffres et le SIREN à 9 chiffres&#xa0;; celui-ci compte %n caractères après FR.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last 9 characters of a French VAT number are the SIREN, all digits.</source>
        <translation>Les 9 derniers caractères d’un numéro de TVA intracommunautaire français forment le SIREN et sont tous des chiffres.</translation>
    </message>
    <message>
        <source>The key of this VAT number (characters 3 and 4, &quot;%1&quot;) is not two digits, so it cannot be checked against a SIREN.</source>
        <translation>La clé de ce numéro de TVA (caractères 3 et 4, «&#xa0;%1&#xa0;») n’est pas composée de deux chiffres&#xa0;: elle ne peut donc pas être vérifiée par rapport à un SIREN.</translation>
    </message>
    <message>
        <source>The SIREN part (last 9 digits) of this VAT number is not valid: its check digit (Luhn) does not match.</source>
        <translation>La partie SIREN (9 derniers chiffres) de ce numéro de TVA n’est pas valide&#xa0;: sa clé de contrôle (Luhn) ne correspond pas.</translation>
    </message>
    <message>
        <source>The key %1 of this VAT number does not match its SIREN %2: the key is (12 + 3 × (SIREN mod 97)) mod 97 = %3. Did you mean %4?</source>
        <translation>La clé %1 de ce numéro de TVA ne correspond pas à son SIREN %2&#xa0;: la clé vaut (12 + 3 × (SIREN mod 97)) mod 97 = %3. Vouliez-vous dire %4&#xa0;?</translation>
    </message>
    <message>
        <source>An association number in the RNA starts with W.</source>
        <translation>Un numéro d’association au RNA commence par W.</translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 characters; this one has %n after the W.</source>
        <translation>
            <numerusform>Un numéro RNA se compose de W suivi de 9 caractères&#xa0;; celui-ci en compte %n après le W.</numerusform>
            <numerusform>Un numéro RNA se compose de W suivi de 9 caractères&#xa0;; celui-ci en compte %n après le W.</numerusform>
        </translation>
    </message>
    <message>
        <source>An RNA number has only letters and digits after the W; found &quot;%1&quot;.</source>
        <translation>Un numéro RNA ne comporte que des lettres et des chiffres après le W&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation identifier: a SIREN has 9 digits, a SIRET 14 digits, a French VAT number starts with FR and an RNA number with W.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’organisation&#xa0;: un SIREN comporte 9 chiffres, un SIRET 14 chiffres, un numéro de TVA intracommunautaire français commence par FR et un numéro RNA par W.</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>French VAT number</source>
        <translation>numéro de TVA intracommunautaire français</translation>
    </message>
    <message>
        <source>RNA association number</source>
        <translation>numéro RNA (association)</translation>
    </message>
</context>
<context>
    <name>OsKeychain</name>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>Le trousseau du système n’a pas répondu dans un délai de %1 s.</translation>
    </message>
    <message>
        <source>The OS keychain has no entry &quot;%1&quot;.</source>
        <translation>Le trousseau du système n’a pas d’entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The OS keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau du système a refusé l’accès (est-il verrouillé&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No OS keychain is reachable: %1</source>
        <translation>Aucun trousseau du système n’est joignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OS keychain needs a running Qt application.</source>
        <translation>Le trousseau du système nécessite une application Qt en cours d’exécution.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox of requests to CAs (written before anything is sent; sent in the background, with backoff while the CA is unreachable).

Commands:
  list [--json]   the items, newest first
  retry ID        send a failed item again
  cancel ID       cancel a queued or failed item
  send --url URL --secret-file FILE [--until-empty]   run the sender here</source>
        <translation>La file d’envoi des demandes aux AC (écrites avant tout envoi&#xa0;; envoyées en arrière-plan, avec des délais croissants tant que l’AC est injoignable).

Commandes&#xa0;:
  list [--json]   les éléments, les plus récents d’abord
  retry ID        renvoyer un élément en échec
  cancel ID       annuler un élément en attente ou en échec
  send --url URL --secret-file FICHIER [--until-empty]   exécuter l’expéditeur ici</translation>
    </message>
    <message>
        <source>list, retry, cancel or send</source>
        <translation>list, retry, cancel ou send</translation>
    </message>
    <message>
        <source>outbox list [--json]</source>
        <translation>outbox list [--json]</translation>
    </message>
    <message>
        <source>The outbox item&apos;s id.</source>
        <translation>L’identifiant de l’élément de la file d’envoi.</translation>
    </message>
    <message>
        <source>outbox retry ID</source>
        <translation>outbox retry ID</translation>
    </message>
    <message>
        <source>outbox cancel ID</source>
        <translation>outbox cancel ID</translation>
    </message>
    <message>
        <source>Runs the outbox sender in the foreground for one CA profile: items are sent one at a time, with exponential backoff while the CA is unreachable. Without --until-empty it runs until stopped.</source>
        <translation>Exécute l’expéditeur de la file d’envoi au premier plan pour un profil d’AC&#xa0;: les éléments sont envoyés un par un, avec des délais croissants tant que l’AC est injoignable. Sans --until-empty, il tourne jusqu’à ce qu’on l’arrête.</translation>
    </message>
    <message>
        <source>CA profile (default training).</source>
        <translation>Profil d’AC (par défaut training).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The CA&apos;s CMP URL (default: the profile&apos;s; required for the training CA served by `ca serve-training`).</source>
        <translation>L’URL CMP de l’AC (par défaut celle du profil&#xa0;; obligatoire pour l’AC de formation servie par `ca serve-training`).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Reference of the shared secret (default guichet-ra).</source>
        <translation>Référence du secret partagé (par défaut guichet-ra).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>réf</translation>
    </message>
    <message>
        <source>File holding the shared secret.</source>
        <translation>Fichier contenant le secret partagé.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Stop when no item is left to deliver.</source>
        <translation>S’arrêter quand il ne reste plus rien à remettre.</translation>
    </message>
    <message>
        <source>After this long without news, an item held by a sender that stopped is sent again (default 120).</source>
        <translation>Passé ce délai sans nouvelles, un élément tenu par un expéditeur arrêté est renvoyé (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Longest wait between attempts while the CA is unreachable (default 15000).</source>
        <translation>Attente maximale entre deux tentatives tant que l’AC est injoignable (15000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cannot read the shared secret from %1: %2</source>
        <translation>Impossible de lire le secret partagé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Outbox empty: %1 delivered, %2 refused or failed.</source>
        <translation>File d’envoi vide&#xa0;: %1 remis, %2 refusés ou en échec.</translation>
    </message>
    <message>
        <source>Item %1 (dossier %2) delivered.</source>
        <translation>Élément %1 (dossier %2) remis.</translation>
    </message>
    <message>
        <source>Item %1 (dossier %2): %3</source>
        <translation>Élément %1 (dossier %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The dossier&apos;s id.</source>
        <translation>L’identifiant du dossier.</translation>
    </message>
    <message>
        <source>PKCS#10 request (DER or PEM).</source>
        <translation>Demande PKCS#10 (DER ou PEM).</translation>
    </message>
    <message>
        <source>ca enroll --dossier ID [--csr FILE]</source>
        <translation>ca enroll --dossier ID [--csr FICHIER]</translation>
    </message>
    <message>
        <source>Cannot read the certificate request %1: %2</source>
        <translation>Impossible de lire la demande de certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enrolment of dossier %1 queued as outbox item %2.</source>
        <translation>Demande de certificat du dossier %1 mise en file comme élément %2.</translation>
    </message>
    <message>
        <source>RFC 5280 reason: unspecified, keyCompromise, affiliationChanged, superseded, cessationOfOperation, certificateHold.</source>
        <translation>Motif RFC 5280&#xa0;: unspecified, keyCompromise, affiliationChanged, superseded, cessationOfOperation, certificateHold.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor (0 for standard input), to open the sealed evidence packages waiting for the training CA.</source>
        <translation>Lire la phrase secrète de la clé maîtresse sur ce descripteur de fichier (0 pour l’entrée standard), pour ouvrir les paquets de preuves scellés en attente pour l’AC de formation.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>descripteur</translation>
    </message>
    <message>
        <source>Items claimed per database transaction (default 16; answers are still stored one by one).</source>
        <translation>Nombre d’éléments réservés par transaction de base de données (16 par défaut&#xa0;; les réponses restent enregistrées une à une).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>outbox send (--secret-file FILE | --operator-token SERIAL [--operator-pin-fd N]) [--url URL] [--profile ID] [--until-empty] [--lease-seconds N] [--max-backoff-ms N] [--claim-batch N]</source>
        <translation>outbox send (--secret-file FICHIER | --operator-token NUMÉRO [--operator-pin-fd N]) [--url URL] [--profile ID] [--until-empty] [--lease-seconds N] [--max-backoff-ms N] [--claim-batch N]</translation>
    </message>
    <message>
        <source>Protection by the operator&apos;s card needs the CA profile&apos;s trust anchors to check the CA&apos;s signed answers: give --profile without --url.</source>
        <translation>La protection par la carte de l’opérateur a besoin des ancres de confiance du profil d’AC pour vérifier les réponses signées de l’AC&#xa0;: indiquez --profile sans --url.</translation>
    </message>
    <message>
        <source>Queues the dossier&apos;s certificate request for its CA and moves the dossier to Submitted to CA. Without --csr, the request the token personalisation kept for the dossier (refused if it is already queued or delivered: a request is never queued twice); for products whose key is not generated at the desk (server certificates) give the applicant&apos;s PKCS#10 file: its signature, key and subject are checked first.</source>
        <translation>Met en file la demande de certificat du dossier pour son AC et fait passer le dossier à «&#xa0;Transmis à l’AC&#xa0;». Sans --csr, c’est la demande conservée par la personnalisation du support pour ce dossier (refusé si elle est déjà en file ou délivrée&#xa0;: une demande n’est jamais mise en file deux fois)&#xa0;; pour les produits dont la clé n’est pas générée au guichet (certificats serveur), donnez le fichier PKCS#10 du demandeur&#xa0;: sa signature, sa clé et son sujet sont d’abord vérifiés.</translation>
    </message>
    <message>
        <source>Enrolment of dossier %1 (the request signed on token %2) queued as outbox item %3.</source>
        <translation>Demande de certificat du dossier %1 (la demande signée sur le support %2) mise en file comme élément %3 de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number (hexadecimal), when the dossier has several (a renewal: the certificate renewed and the new one).</source>
        <translation>Le numéro de série du certificat (hexadécimal), quand le dossier en a plusieurs (un renouvellement&#xa0;: le certificat renouvelé et le nouveau).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>ca revoke --dossier ID --reason REASON (RFC 5280 name, e.g. keyCompromise) [--serial HEX]</source>
        <translation>ca revoke --dossier ID --reason MOTIF (nom RFC 5280, par exemple keyCompromise) [--serial HEX]</translation>
    </message>
    <message>
        <source>Revocation of certificate %1 (dossier %2) queued as outbox item %3.</source>
        <translation>Révocation du certificat %1 (dossier %2) mise en file d’envoi (élément %3).</translation>
    </message>
</context>
<context>
    <name>OutboxDelivery</name>
    <message>
        <source>The key update waits for the holder&apos;s token.</source>
        <translation>Le renouvellement de clé attend le support cryptographique du porteur.</translation>
    </message>
    <message>
        <source>The evidence package waits for the CA&apos;s evidence receiver.</source>
        <translation>Le paquet de preuves attend le destinataire des preuves de l’AC.</translation>
    </message>
</context>
<context>
    <name>OutboxNames</name>
    <message>
        <source>Enrolment</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Dossier submission</source>
        <translation>Transmission du dossier</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>queueing the request to the CA</source>
        <translation>la mise en file de la demande à l’AC</translation>
    </message>
    <message>
        <source>The outbox did not return the new item&apos;s id.</source>
        <translation>La file d’envoi n’a pas renvoyé l’identifiant du nouvel élément.</translation>
    </message>
    <message>
        <source>looking for a request to send</source>
        <translation>la recherche d’une demande à envoyer</translation>
    </message>
    <message>
        <source>claiming a request to send</source>
        <translation>la réservation d’une demande à envoyer</translation>
    </message>
    <message>
        <source>Outbox item %1 is no longer held by this sender (another sender took it over); its answer was left to that sender.</source>
        <translation>L’élément %1 de la file d’envoi n’est plus tenu par cet expéditeur (un autre l’a repris)&#xa0;; sa réponse a été laissée à cet autre expéditeur.</translation>
    </message>
    <message>
        <source>recording the CA&apos;s answer</source>
        <translation>l’enregistrement de la réponse de l’AC</translation>
    </message>
    <message>
        <source>recording the CA&apos;s refusal</source>
        <translation>l’enregistrement du refus de l’AC</translation>
    </message>
    <message>
        <source>putting a request back in the outbox</source>
        <translation>la remise d’une demande dans la file d’envoi</translation>
    </message>
    <message>
        <source>retrying a request</source>
        <translation>le nouvel essai d’une demande</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only a failed item can be retried.</source>
        <translation>L’élément %1 de la file d’envoi est à l’état «&#xa0;%2&#xa0;»&#xa0;: seul un élément en échec peut être réessayé.</translation>
    </message>
    <message>
        <source>cancelling a request</source>
        <translation>l’annulation d’une demande</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only a queued or failed item can be cancelled.</source>
        <translation>L’élément %1 de la file d’envoi est à l’état «&#xa0;%2&#xa0;»&#xa0;: seul un élément en attente ou en échec peut être annulé.</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>la lecture de la file d’envoi</translation>
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation>Il n’y a pas d’élément %1 dans la file d’envoi.</translation>
    </message>
    <message>
        <source>noting why requests wait in the outbox</source>
        <translation>la note expliquant pourquoi des demandes attendent dans la file d’envoi</translation>
    </message>
</context>
<context>
    <name>PageEncoder</name>
    <message>
        <source>The page could not be encoded: %1</source>
        <translation>La page n’a pas pu être encodée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The page image is empty.</source>
        <translation>L’image de la page est vide.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase from file descriptor %1.</source>
        <translation>Impossible de lire la phrase de passe depuis le descripteur de fichier %1.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La phrase de passe est trop longue.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase de passe est vide.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: give it through --passphrase-fd.</source>
        <translation>Aucun terminal pour demander la phrase secrète&#xa0;: donnez-la par --passphrase-fd.</translation>
    </message>
    <message>
        <source>Cannot write to the terminal.</source>
        <translation>Impossible d’écrire sur le terminal.</translation>
    </message>
    <message>
        <source>Cannot hide the passphrase on this terminal: give it through --passphrase-fd.</source>
        <translation>Impossible de masquer la phrase secrète sur ce terminal&#xa0;: donnez-la par --passphrase-fd.</translation>
    </message>
    <message>
        <source>Asking for a passphrase is not available here: give it through --passphrase-fd.</source>
        <translation>La saisie d’une phrase secrète n’est pas disponible ici&#xa0;: donnez-la par --passphrase-fd.</translation>
    </message>
</context>
<context>
    <name>PassphraseMasterKeySource</name>
    <message>
        <source>reading the master key settings</source>
        <translation>lecture des réglages de la clé maîtresse</translation>
    </message>
    <message>
        <source>This database has no passphrase-protected master key.</source>
        <translation>Cette base de données n’a pas de clé maîtresse protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>The passphrase-protected master key in the database is damaged.</source>
        <translation>La clé maîtresse protégée par phrase de passe enregistrée dans la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the stored master key was altered).</source>
        <translation>La phrase de passe est erronée (ou la clé maîtresse enregistrée a été altérée).</translation>
    </message>
    <message>
        <source>The passphrase-protected master key does not match its recorded fingerprint: the settings were altered.</source>
        <translation>La clé maîtresse protégée par phrase de passe ne correspond pas à son empreinte enregistrée&#xa0;: les réglages ont été altérés.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A master key has %1 bytes.</source>
        <translation>Une clé maîtresse fait %1 octets.</translation>
    </message>
    <message>
        <source>This database&apos;s master key is already protected by a passphrase.</source>
        <translation>La clé maîtresse de cette base de données est déjà protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>storing the protected master key</source>
        <translation>enregistrement de la clé maîtresse protégée</translation>
    </message>
    <message>
        <source>The new passphrase must differ from the current one.</source>
        <translation>La nouvelle phrase secrète doit être différente de l’actuelle.</translation>
    </message>
    <message>
        <source>The passphrase-protected master key changed while it was being re-wrapped; nothing was changed.</source>
        <translation>La clé maîtresse protégée par phrase secrète a été modifiée pendant son réemballage&#xa0;; rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>PcscMessages</name>
    <message>
        <source>the card was removed from the reader</source>
        <translation>la carte a été retirée du lecteur</translation>
    </message>
    <message>
        <source>the card was reset by another application</source>
        <translation>la carte a été réinitialisée par une autre application</translation>
    </message>
    <message>
        <source>the card does not respond (is it inserted the right way?)</source>
        <translation>la carte ne répond pas (est-elle insérée dans le bon sens&#xa0;?)</translation>
    </message>
    <message>
        <source>there is no card in the reader</source>
        <translation>il n’y a pas de carte dans le lecteur</translation>
    </message>
    <message>
        <source>no card reader is connected</source>
        <translation>aucun lecteur de carte n’est connecté</translation>
    </message>
    <message>
        <source>the reader is no longer available</source>
        <translation>le lecteur n’est plus disponible</translation>
    </message>
    <message>
        <source>the card or reader did not answer in time</source>
        <translation>la carte ou le lecteur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the smart card service (pcscd) is not running</source>
        <translation>le service de cartes à puce (pcscd) n’est pas démarré</translation>
    </message>
    <message>
        <source>another application is using the card</source>
        <translation>une autre application utilise la carte</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>l’opération a été annulée</translation>
    </message>
    <message>
        <source>the reader does not support this operation</source>
        <translation>le lecteur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>the smart card operation failed</source>
        <translation>l’opération sur la carte à puce a échoué</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no page to export.</source>
        <translation>Il n’y a aucune page à exporter.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PersonalDataFile</name>
    <message>
        <source>The disk is full: %1 was not written, and nothing of it was left there. Free some space or choose another folder, then try again.</source>
        <translation>Le disque est plein&#xa0;: %1 n’a pas été écrit et rien n’en a été laissé. Libérez de la place ou choisissez un autre répertoire, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The PIN must have exactly %1 characters.</source>
        <translation>Le code PIN doit comporter exactement %1 caractères.</translation>
    </message>
    <message>
        <source>The PIN must have between %1 and %2 characters.</source>
        <translation>Le code PIN doit comporter entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>The PIN must not contain control characters.</source>
        <translation>Le code PIN ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The PIN must contain digits only.</source>
        <translation>Le code PIN ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The PIN must not repeat a single character.</source>
        <translation>Le code PIN ne doit pas répéter un seul et même caractère.</translation>
    </message>
    <message>
        <source>The PIN must not be an ascending or descending sequence.</source>
        <translation>Le code PIN ne doit pas être une suite croissante ou décroissante.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>Les deux codes PIN saisis sont différents.</translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>it is not a PKCS#11 module.</source>
        <translation>ce n’est pas un module PKCS#11.</translation>
    </message>
    <message>
        <source>loading the PKCS#11 module</source>
        <translation>chargement du module PKCS#11</translation>
    </message>
    <message>
        <source>initialising the PKCS#11 module</source>
        <translation>initialisation du module PKCS#11</translation>
    </message>
    <message>
        <source>listing the readers</source>
        <translation>liste des lecteurs</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>Originals sent to the CA by post.

Commands:
  send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]
                          record that the dossier&apos;s originals were posted
  received ID --on YYYY-MM-DD   record that the CA received them
  list ID [--json]        the dossier&apos;s dispatches</source>
        <translation>Originaux envoyés à l’AC par courrier.

Commandes&#xa0;:
  send ID --sent-on AAAA-MM-JJ --tracking NUMÉRO [--carrier NOM]
                          enregistrer l’envoi des originaux du dossier
  received ID --on AAAA-MM-JJ   enregistrer leur réception par l’AC
  list ID [--json]        les envois du dossier</translation>
    </message>
    <message>
        <source>send, received or list</source>
        <translation>send, received ou list</translation>
    </message>
    <message>
        <source>Date posted (YYYY-MM-DD).</source>
        <translation>Date d’envoi (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking number.</source>
        <translation>Le numéro de suivi du transporteur.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>The carrier (default: La Poste).</source>
        <translation>Le transporteur (par défaut&#xa0;: La Poste).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>post send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]</source>
        <translation>post send ID --sent-on AAAA-MM-JJ --tracking NUMÉRO [--carrier NOM]</translation>
    </message>
    <message>
        <source>Originals of dossier %1 posted on %2 (%3, tracking %4).</source>
        <translation>Originaux du dossier %1 envoyés le %2 (%3, suivi %4).</translation>
    </message>
    <message>
        <source>Date the CA received the originals (YYYY-MM-DD).</source>
        <translation>Date de réception des originaux par l’AC (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>post received ID --on YYYY-MM-DD</source>
        <translation>post received ID --on AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The CA received the originals of dossier %1 on %2.</source>
        <translation>L’AC a reçu les originaux du dossier %1 le %2.</translation>
    </message>
    <message>
        <source>post list ID [--json]</source>
        <translation>post list ID [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  received: %4</source>
        <translation>%1  %2  %3  reçu&#xa0;: %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>PostalDispatchService</name>
    <message>
        <source>The date the originals were sent must be today or earlier.</source>
        <translation>La date d’envoi des originaux doit être aujourd’hui ou antérieure.</translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation>Le numéro de suivi manque.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: its originals are posted after the identity check.</source>
        <translation>Le dossier %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: ses originaux s’envoient après la vérification d’identité.</translation>
    </message>
    <message>
        <source>recording the postal dispatch</source>
        <translation>l’enregistrement de l’envoi postal</translation>
    </message>
    <message>
        <source>The date the CA received the originals must be today or earlier.</source>
        <translation>La date de réception des originaux par l’AC doit être aujourd’hui ou antérieure.</translation>
    </message>
    <message>
        <source>No originals of dossier %1 are on their way to the CA.</source>
        <translation>Aucun original du dossier %1 n’est en route vers l’AC.</translation>
    </message>
    <message>
        <source>The originals were sent on %1: they cannot have arrived before.</source>
        <translation>Les originaux ont été envoyés le %1&#xa0;: ils ne peuvent pas être arrivés avant.</translation>
    </message>
    <message>
        <source>recording the receipt of the originals</source>
        <translation>l’enregistrement de la réception des originaux</translation>
    </message>
    <message>
        <source>Someone else recorded the receipt of these originals meanwhile.</source>
        <translation>Quelqu’un d’autre a enregistré entre-temps la réception de ces originaux.</translation>
    </message>
    <message>
        <source>reading the postal dispatches</source>
        <translation>la lecture des envois postaux</translation>
    </message>
</context>
<context>
    <name>PreviousCertificates</name>
    <message>
        <source>This is not an X.509 certificate (PEM or DER).</source>
        <translation>Ce fichier n’est pas un certificat X.509 (PEM ou DER).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product catalogue is not valid JSON: %1</source>
        <translation>Le catalogue des produits n’est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>A product in the catalogue has no identifier or a duplicate one.</source>
        <translation>Un produit du catalogue n’a pas d’identifiant ou a un identifiant en double.</translation>
    </message>
    <message>
        <source>Product %1 names an unknown usage &quot;%2&quot;.</source>
        <translation>Le produit %1 désigne un usage inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Product %1 has an unknown key generation mode.</source>
        <translation>Le produit %1 a un mode de génération de clés inconnu.</translation>
    </message>
    <message>
        <source>Use %1 names an unknown product &quot;%2&quot;.</source>
        <translation>Le cas d’usage %1 désigne un produit inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The product catalogue lists no product.</source>
        <translation>Le catalogue des produits ne liste aucun produit.</translation>
    </message>
</context>
<context>
    <name>ReaderCommand</name>
    <message>
        <source>unknown card, ATR %1</source>
        <translation>carte inconnue, ATR %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3, ATR %4</source>
        <translation>%1 (%2)%3, ATR %4</translation>
    </message>
    <message>
        <source>, certified QSCD: %1</source>
        <translation>, QSCD certifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>No card reader.</source>
        <translation>Aucun lecteur de carte.</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source> [pinpad]</source>
        <translation> [clavier sécurisé]</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>pas de carte</translation>
    </message>
    <message>
        <source>reader connected: %1</source>
        <translation>lecteur connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>reader disconnected: %1</source>
        <translation>lecteur déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>card inserted in %1: %2</source>
        <translation>carte insérée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>card removed from %1</source>
        <translation>carte retirée de %1</translation>
    </message>
    <message>
        <source>smart card service lost: %1</source>
        <translation>service de cartes à puce perdu&#xa0;: %1</translation>
    </message>
    <message>
        <source>smart card service back</source>
        <translation>service de cartes à puce rétabli</translation>
    </message>
    <message>
        <source>Lists the smart card readers and the cards in them (model from the ATR catalogue).
With --watch, then prints readers and cards coming and going for that many seconds.</source>
        <translation>Liste les lecteurs de cartes à puce et les cartes qu’ils contiennent (modèle d’après le catalogue des ATR).
Avec --watch, affiche ensuite pendant ce nombre de secondes les lecteurs et les cartes qui apparaissent ou disparaissent.</translation>
    </message>
    <message>
        <source>Keep watching for this many seconds.</source>
        <translation>Continuer la surveillance pendant ce nombre de secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Write JSON (with --watch: one JSON object per line).</source>
        <translation>Écrire en JSON (avec --watch, un objet JSON par ligne).</translation>
    </message>
    <message>
        <source>readers takes no argument.</source>
        <translation>readers n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>--watch needs a number of seconds between 1 and 86400.</source>
        <translation>--watch attend un nombre de secondes entre 1 et 86400.</translation>
    </message>
    <message>
        <source>the smart card service did not answer.</source>
        <translation>le service de cartes à puce n’a pas répondu.</translation>
    </message>
    <message>
        <source>the smart card service (pcscd) is not running.</source>
        <translation>le service de cartes à puce (pcscd) n’est pas démarré.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running; waiting for it.</source>
        <translation>Le service de cartes à puce (pcscd) n’est pas démarré&#xa0;; en attente de son démarrage.</translation>
    </message>
</context>
<context>
    <name>ReaderMonitorText</name>
    <message>
        <source>Exchanging commands with the card in &quot;%1&quot;</source>
        <translation>Échange de commandes avec la carte du lecteur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReaderWatchText</name>
    <message>
        <source>Watching the card readers</source>
        <translation>Surveillance des lecteurs de cartes</translation>
    </message>
</context>
<context>
    <name>RenewCommand</name>
    <message>
        <source>The certificate to renew (PEM or DER file).</source>
        <translation>Le certificat à renouveler (fichier PEM ou DER).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>PKCS#11 module of the holder&apos;s token (default: SoftHSM2, the training token).</source>
        <translation>Module PKCS#11 du support cryptographique du porteur (par défaut&#xa0;: SoftHSM2, le support de formation).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The CA&apos;s order reference.</source>
        <translation>La référence de commande de l’AC.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>The holder&apos;s date of birth (YYYY-MM-DD), when no dossier of this desk has it.</source>
        <translation>La date de naissance du porteur (AAAA-MM-JJ), quand aucun dossier de ce poste ne la connaît.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The holder&apos;s email address.</source>
        <translation>L’adresse électronique du porteur.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The product, when the certificate&apos;s policy does not name one of the catalogue.</source>
        <translation>Le produit, quand la politique du certificat ne désigne aucun produit du catalogue.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The certificate&apos;s usage.</source>
        <translation>L’usage du certificat.</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>The CA profile, when no dossier of this desk obtained the certificate (default: training).</source>
        <translation>Le profil d’AC, quand aucun dossier de ce poste n’a obtenu le certificat (par défaut&#xa0;: training).</translation>
    </message>
    <message>
        <source>Only print the decision; open no dossier.</source>
        <translation>Afficher seulement la décision, sans ouvrir de dossier.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2, issued by %3, valid until %4.</source>
        <translation>Certificat %1 de %2, émis par %3, valide jusqu’au %4.</translation>
    </message>
    <message>
        <source>Obtained through dossier %1.</source>
        <translation>Obtenu par le dossier %1.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renewal dossier %1 opened.</source>
        <translation>Dossier de renouvellement %1 ouvert.</translation>
    </message>
    <message>
        <source>The holder&apos;s token (serial number): where the certificate is read, and where --key-update generates the new key.</source>
        <translation>Le support du porteur (numéro de série)&#xa0;: où le certificat est lu, et où --key-update génère la nouvelle clé.</translation>
    </message>
    <message>
        <source>Run the key update now: new key pair on the holder&apos;s token, request protected by the current certificate&apos;s key, new certificate written on the token.</source>
        <translation>Effectuer la mise à jour de clé maintenant&#xa0;: nouvelle bi-clé sur le support du porteur, demande protégée par la clé du certificat actuel, nouveau certificat écrit sur le support.</translation>
    </message>
    <message>
        <source>With --key-update: the renewal dossier already opened.</source>
        <translation>Avec --key-update&#xa0;: le dossier de renouvellement déjà ouvert.</translation>
    </message>
    <message>
        <source>Read the holder&apos;s PIN from this file descriptor.</source>
        <translation>Lire le code PIN du porteur sur ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The CA&apos;s CMP URL for the key update (e.g. `ca serve-training`; default: the dossier&apos;s CA profile, the training CA in this process).</source>
        <translation>L’URL CMP de l’AC pour la mise à jour de clé (par exemple `ca serve-training`&#xa0;; par défaut&#xa0;: le profil d’AC du dossier, l’AC de formation dans ce processus).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--pin-fd needs a number.</source>
        <translation>--pin-fd attend un nombre.</translation>
    </message>
    <message>
        <source>Holder, type your PIN (operator: look away): </source>
        <translation>Porteur, saisissez votre code PIN (opérateur&#xa0;: détournez le regard)&#xa0;: </translation>
    </message>
    <message>
        <source>No terminal to ask for the holder&apos;s PIN: use --pin-fd.</source>
        <translation>Aucun terminal pour demander le code PIN du porteur&#xa0;: utilisez --pin-fd.</translation>
    </message>
    <message>
        <source>Key update of dossier %1 done: certificate %2 is on the token and in the dossier.</source>
        <translation>Mise à jour de clé du dossier %1 terminée&#xa0;: le certificat %2 est sur le support et dans le dossier.</translation>
    </message>
    <message>
        <source>Opens a renewal dossier from the certificate a holder brings (file or token) and says whether a key update suffices or a new face-to-face meeting is needed (REG-6.3.1).

With --key-update and the holder&apos;s token, the key update runs at once: the holder&apos;s PIN (from --pin-fd or typed, never an argument), a new key pair generated on the token, the request protected by the current certificate&apos;s key and sent to the CA, and the new certificate written on the token. --dossier ID runs it for a renewal dossier already opened, or resumes one left waiting in the outbox.</source>
        <translation>Ouvre un dossier de renouvellement à partir du certificat qu’apporte un porteur (fichier ou support) et indique si une mise à jour de clé suffit ou si un nouveau face-à-face est nécessaire (REG-6.3.1).

Avec --key-update et le support du porteur, la mise à jour de clé est effectuée aussitôt&#xa0;: le code PIN du porteur (lu sur --pin-fd ou saisi, jamais en argument), une nouvelle bi-clé générée sur le support, la demande protégée par la clé du certificat actuel et envoyée à l’AC, et le nouveau certificat écrit sur le support. --dossier ID l’effectue pour un dossier de renouvellement déjà ouvert, ou reprend celle restée en attente dans la file d’envoi.</translation>
    </message>
    <message>
        <source>ca renew --certificate FILE | --token SERIAL [--module PATH] [--order REF] [--birth-date YYYY-MM-DD] [--email ADDRESS] [--product ID] [--usage U] [--ca-profile ID] [--dry-run] [--json]
ca renew [--certificate FILE | --dossier ID] --key-update --token SERIAL [--module PATH] [--pin-fd N] [--url URL] [--passphrase-fd N] [--json]</source>
        <translation>ca renew --certificate FICHIER | --token NUMÉRO [--module CHEMIN] [--order RÉF] [--birth-date AAAA-MM-JJ] [--email ADRESSE] [--product ID] [--usage U] [--ca-profile ID] [--dry-run] [--json]
ca renew [--certificate FICHIER | --dossier ID] --key-update --token NUMÉRO [--module CHEMIN] [--pin-fd N] [--url URL] [--passphrase-fd N] [--json]</translation>
    </message>
    <message>
        <source>This renewal needs a new face-to-face meeting, not a key update.</source>
        <translation>Ce renouvellement nécessite un nouveau face-à-face, pas une mise à jour de clé.</translation>
    </message>
</context>
<context>
    <name>RenewalPolicy</name>
    <message>
        <source>Key update: no new face-to-face meeting is needed</source>
        <translation>Renouvellement de clé&#xa0;: pas de nouveau face-à-face</translation>
    </message>
    <message>
        <source>A new face-to-face meeting is needed</source>
        <translation>Un nouveau face-à-face est nécessaire</translation>
    </message>
    <message>
        <source>The certificate expired on %1: an expired certificate cannot authenticate a key update (RFC 9483 4.1.3).</source>
        <translation>Le certificat a expiré le %1&#xa0;: un certificat expiré ne peut pas authentifier un renouvellement de clé (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>The certificate is revoked: a revoked certificate cannot authenticate a key update (RFC 9483 4.1.3).</source>
        <translation>Le certificat est révoqué&#xa0;: un certificat révoqué ne peut pas authentifier un renouvellement de clé (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>This workstation has no record of when the holder&apos;s identity was last verified face to face, so it cannot be reused (REG-6.3.1).</source>
        <translation>Ce poste n’a aucune trace de la date à laquelle l’identité du porteur a été vérifiée en face-à-face pour la dernière fois&#xa0;: cette vérification ne peut donc pas être réutilisée (REG-6.3.1).</translation>
    </message>
    <message numerus="yes">
        <source>The holder&apos;s identity was verified on %1; the CA accepts an identity validation for %n month(s), so it expired on %2 (REG-6.3.1).</source>
        <translation>
            <numerusform>L’identité du porteur a été vérifiée le %1&#xa0;; l’AC accepte une vérification d’identité pendant %n mois, elle a donc expiré le %2 (REG-6.3.1).</numerusform>
            <numerusform>L’identité du porteur a été vérifiée le %1&#xa0;; l’AC accepte une vérification d’identité pendant %n mois, elle a donc expiré le %2 (REG-6.3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s identity was verified on %1 and stays usable until %2 (REG-6.3.1); the certificate is valid, so a key update suffices (RFC 9483 4.1.3).</source>
        <translation>L’identité du porteur a été vérifiée le %1 et reste utilisable jusqu’au %2 (REG-6.3.1)&#xa0;; le certificat est valide&#xa0;: un renouvellement de clé suffit (RFC 9483 4.1.3).</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>looking for the certificate&apos;s dossier</source>
        <translation>recherche du dossier du certificat</translation>
    </message>
    <message>
        <source>The renewal dossier was not opened:
%1</source>
        <translation>Le dossier de renouvellement n’a pas été ouvert&#xa0;:
%1</translation>
    </message>
    <message>
        <source>linking the dossier to the certificate it renews</source>
        <translation>liaison du dossier au certificat qu’il renouvelle</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s renewal</source>
        <translation>lecture du renouvellement du dossier</translation>
    </message>
</context>
<context>
    <name>RequirementRules</name>
    <message>
        <source>No dated certificate request has been captured.</source>
        <translation>Aucune demande de certificat datée n’a été numérisée.</translation>
    </message>
    <message>
        <source>The request is dated %1, after the meeting date %2.</source>
        <translation>La demande est datée du %1, après la date du rendez-vous (%2).</translation>
    </message>
    <message>
        <source>The request is dated %1, 3 months or more before %2: ask the holder for a new one.</source>
        <translation>La demande est datée du %1, 3 mois ou plus avant le %2&#xa0;: demandez-en une nouvelle au porteur.</translation>
    </message>
    <message>
        <source>No copy of the ID document has been captured.</source>
        <translation>Aucune copie de la pièce d’identité n’a été numérisée.</translation>
    </message>
    <message>
        <source>The information on purpose, terms and data retention has not been shown to the holder.</source>
        <translation>L’information sur la finalité, les conditions et la conservation des données n’a pas été présentée au porteur.</translation>
    </message>
    <message>
        <source>The holder has not accepted the terms of use yet.</source>
        <translation>Le porteur n’a pas encore accepté les conditions générales d’utilisation.</translation>
    </message>
    <message>
        <source>The holder refused the terms of use.</source>
        <translation>Le porteur a refusé les conditions générales d’utilisation.</translation>
    </message>
    <message>
        <source>The version of the accepted terms of use is not recorded.</source>
        <translation>La version des conditions générales d’utilisation acceptées n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The holder&apos;s choice on certificate publication is not recorded.</source>
        <translation>Le choix du porteur sur la publication du certificat n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The holder&apos;s consent to use a secure device is not recorded.</source>
        <translation>Le consentement du porteur à l’utilisation d’un dispositif sécurisé n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The holder refused to use a secure device.</source>
        <translation>Le porteur a refusé d’utiliser un dispositif sécurisé.</translation>
    </message>
    <message>
        <source>The meeting has not started.</source>
        <translation>Le rendez-vous n’a pas commencé.</translation>
    </message>
    <message>
        <source>The place of the meeting is not recorded.</source>
        <translation>Le lieu du rendez-vous n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Recorded when the token is personalised.</source>
        <translation>Enregistré lors de la personnalisation du support.</translation>
    </message>
    <message>
        <source>The token model &quot;%1&quot; is not a certified QSCD.</source>
        <translation>Le modèle de support «&#xa0;%1&#xa0;» n’est pas un QSCD certifié.</translation>
    </message>
    <message>
        <source>The key was not generated on the token.</source>
        <translation>La clé n’a pas été générée sur le support.</translation>
    </message>
    <message>
        <source>The originals have not been posted to the CA yet.</source>
        <translation>Les originaux n’ont pas encore été envoyés par courrier à l’AC.</translation>
    </message>
    <message>
        <source>The MRZ has not been entered.</source>
        <translation>La bande MRZ n’a pas été saisie.</translation>
    </message>
    <message>
        <source>The MRZ is not valid: %1</source>
        <translation>La bande MRZ n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The MRZ differs from the visual zone: %1</source>
        <translation>La bande MRZ diffère de la zone visuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The issuing state differs from the one in the MRZ.</source>
        <translation>L’État de délivrance diffère de celui de la bande MRZ.</translation>
    </message>
    <message>
        <source>The ID document&apos;s type is not recorded yet.</source>
        <translation>Le type de pièce d’identité n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Guichet does not know the ID document type &quot;%1&quot;.</source>
        <translation>Guichet ne connaît pas le type de pièce d’identité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The document number is not recorded.</source>
        <translation>Le numéro du document n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The issuing state or authority is not recorded.</source>
        <translation>L’État ou l’autorité de délivrance n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The expiry date (or the issue date) is not recorded.</source>
        <translation>La date d’expiration (ou de délivrance) n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The document was valid until %1, before the meeting date %2.</source>
        <translation>Le document était valide jusqu’au %1, avant la date du rendez-vous (%2).</translation>
    </message>
    <message>
        <source>The issue date is after the meeting date.</source>
        <translation>La date de délivrance est postérieure à la date du rendez-vous.</translation>
    </message>
    <message>
        <source>The surnames on the document differ from those of the dossier&apos;s holder.</source>
        <translation>Les noms sur le document diffèrent de ceux du porteur du dossier.</translation>
    </message>
    <message>
        <source>The birth date on the document differs from that of the dossier&apos;s holder.</source>
        <translation>La date de naissance sur le document diffère de celle du porteur du dossier.</translation>
    </message>
    <message>
        <source>Choose the ID document&apos;s type first.</source>
        <translation>Choisissez d’abord le type de pièce d’identité.</translation>
    </message>
    <message numerus="yes">
        <source>%n different security feature(s) of this document checked; at least 3 are needed.</source>
        <translation>
            <numerusform>%n élément de sécurité différent de ce document vérifié&#xa0;; il en faut au moins 3.</numerusform>
            <numerusform>%n éléments de sécurité différents de ce document vérifiés&#xa0;; il en faut au moins 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not features of this document type: %1.</source>
        <translation>Éléments qui n’appartiennent pas à ce type de document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The face has not been compared with the document yet.</source>
        <translation>Le visage n’a pas encore été comparé avec le document.</translation>
    </message>
    <message>
        <source>The face does not match the photo on the document.</source>
        <translation>Le visage ne correspond pas à la photo du document.</translation>
    </message>
    <message>
        <source>The copy has not been certified yet.</source>
        <translation>La copie n’a pas encore été certifiée conforme.</translation>
    </message>
    <message>
        <source>The copy was not certified true to the original.</source>
        <translation>La copie n’a pas été certifiée conforme à l’original.</translation>
    </message>
    <message>
        <source>The organisation&apos;s SIREN or SIRET is not recorded.</source>
        <translation>Le SIREN ou SIRET de l’organisation n’est pas enregistré.</translation>
    </message>
    <message>
        <source>No dated Kbis extract or SIRENE notice has been captured.</source>
        <translation>Aucun extrait Kbis ni avis de situation SIRENE daté n’a été numérisé.</translation>
    </message>
    <message>
        <source>The newest Kbis extract or SIRENE notice is dated %1: it must be less than 3 months old on %2.</source>
        <translation>Le plus récent extrait Kbis ou avis SIRENE est daté du %1&#xa0;: il doit avoir moins de 3 mois au %2.</translation>
    </message>
    <message>
        <source>The mandate&apos;s date is not recorded.</source>
        <translation>La date du mandat n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The mandate is dated %1: it must be less than 3 months old on %2.</source>
        <translation>Le mandat est daté du %1&#xa0;: il doit avoir moins de 3 mois au %2.</translation>
    </message>
    <message>
        <source>The legal representative who signed the mandate is not recorded.</source>
        <translation>Le représentant légal signataire du mandat n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The mandate is not countersigned by the holder.</source>
        <translation>Le mandat n’est pas contresigné par le porteur.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is not known.</source>
        <translation>Le nom de l’opérateur n’est pas connu.</translation>
    </message>
    <message>
        <source>The operator has the holder&apos;s name: another operator must verify this holder&apos;s identity.</source>
        <translation>L’opérateur porte le nom du porteur&#xa0;: un autre opérateur doit vérifier l’identité de ce porteur.</translation>
    </message>
    <message>
        <source>The operator&apos;s training date is not recorded in the workstation settings.</source>
        <translation>La date de formation de l’opérateur n’est pas enregistrée dans les réglages du poste.</translation>
    </message>
    <message>
        <source>The operator&apos;s training date is after the meeting.</source>
        <translation>La date de formation de l’opérateur est postérieure au rendez-vous.</translation>
    </message>
    <message>
        <source>The operator&apos;s last training (%1) is 12 months old or more: training must be refreshed yearly.</source>
        <translation>La dernière formation de l’opérateur (%1) date de 12 mois ou plus&#xa0;: la formation doit être renouvelée chaque année.</translation>
    </message>
    <message>
        <source>Not applicable: the operator is not a Certification Agent.</source>
        <translation>Sans objet&#xa0;: l’opérateur n’est pas mandataire de certification.</translation>
    </message>
    <message>
        <source>The Certification Agent&apos;s CA registration number is not recorded: the agent must be registered with the CA beforehand.</source>
        <translation>Le numéro d’enregistrement auprès de l’AC du mandataire de certification n’est pas renseigné&#xa0;: le mandataire doit être enregistré auprès de l’AC au préalable.</translation>
    </message>
    <message>
        <source>The request is not recorded as co-signed by the holder and the Certification Agent.</source>
        <translation>La demande n’est pas enregistrée comme cosignée par le porteur et le mandataire de certification.</translation>
    </message>
    <message>
        <source>Certificate request less than 3 months old</source>
        <translation>Demande de certificat de moins de 3 mois</translation>
    </message>
    <message>
        <source>Copy of the ID document in the dossier</source>
        <translation>Copie de la pièce d’identité au dossier</translation>
    </message>
    <message>
        <source>Terms of use accepted, consents recorded</source>
        <translation>Conditions générales acceptées, consentements enregistrés</translation>
    </message>
    <message>
        <source>Face-to-face meeting held</source>
        <translation>Face-à-face effectué</translation>
    </message>
    <message>
        <source>ID document valid on the meeting date</source>
        <translation>Pièce d’identité valide à la date du rendez-vous</translation>
    </message>
    <message>
        <source>At least three different security features checked</source>
        <translation>Au moins trois éléments de sécurité différents vérifiés</translation>
    </message>
    <message>
        <source>Face compared with the ID document</source>
        <translation>Visage comparé avec la pièce d’identité</translation>
    </message>
    <message>
        <source>Copy made and marked &quot;conforme à l&apos;original&quot;</source>
        <translation>Copie faite et marquée «&#xa0;conforme à l’original&#xa0;»</translation>
    </message>
    <message>
        <source>Operator is not the holder</source>
        <translation>L’opérateur n’est pas le porteur</translation>
    </message>
    <message>
        <source>Operator trained less than 12 months ago</source>
        <translation>Opérateur formé il y a moins de 12 mois</translation>
    </message>
    <message>
        <source>Organisation&apos;s SIREN or SIRET valid</source>
        <translation>SIREN ou SIRET de l’organisation valide</translation>
    </message>
    <message>
        <source>Kbis extract or SIRENE notice less than 3 months old</source>
        <translation>Extrait Kbis ou avis SIRENE de moins de 3 mois</translation>
    </message>
    <message>
        <source>Mandate less than 3 months old, countersigned by the holder</source>
        <translation>Mandat de moins de 3 mois, contresigné par le porteur</translation>
    </message>
    <message>
        <source>Request co-signed by the holder and the Certification Agent</source>
        <translation>Demande cosignée par le porteur et le mandataire de certification</translation>
    </message>
    <message>
        <source>Key generated on a certified QSCD</source>
        <translation>Clé générée sur un QSCD certifié</translation>
    </message>
    <message>
        <source>Originals posted to the CA</source>
        <translation>Originaux envoyés par courrier à l’AC</translation>
    </message>
    <message>
        <source>Guichet does not know this rule: check the product catalogue.</source>
        <translation>Guichet ne connaît pas cette règle&#xa0;: vérifiez le catalogue des produits.</translation>
    </message>
    <message>
        <source>The dossier is not loaded.</source>
        <translation>Le dossier n’est pas chargé.</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>purge</source>
        <translation>purge</translation>
    </message>
    <message>
        <source>List what would be purged; change nothing.</source>
        <translation>Lister ce qui serait purgé, sans rien modifier.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire le résultat en JSON, pour les programmes.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>would purge dossier %1 (%2, %3): retention ended %4</source>
        <translation>purgerait le dossier %1 (%2, %3)&#xa0;: conservation terminée le %4</translation>
    </message>
    <message>
        <source>purged dossier %1 (%2, %3): retention ended %4</source>
        <translation>dossier %1 purgé (%2, %3)&#xa0;: conservation terminée le %4</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) would be purged.</source>
        <translation>
            <numerusform>%n dossier serait purgé.</numerusform>
            <numerusform>%n dossiers seraient purgés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged.</source>
        <translation>
            <numerusform>%n dossier purgé.</numerusform>
            <numerusform>%n dossiers purgés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) kept.</source>
        <translation>
            <numerusform>%n dossier conservé.</numerusform>
            <numerusform>%n dossiers conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>End of retention.

Commands:
  purge [--dry-run] [--json]   delete the documents and personal data of dossiers whose retention ended, including the identity-document data recorded at the meeting (dossier number, product, history, the record of the meeting&apos;s checks and the audit trail stay); once a supervisor account exists, a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N])</source>
        <translation>Fin de conservation.

Commandes&#xa0;:
  purge [--dry-run] [--json]   supprimer les documents et les données personnelles des dossiers dont la durée de conservation a expiré, y compris les données de la pièce d’identité relevées lors du face-à-face (le numéro de dossier, le produit, l’historique, la trace des vérifications du face-à-face et le journal d’audit sont conservés)&#xa0;; dès qu’un compte superviseur existe, réservé à un superviseur connecté avec sa carte (--operator-token NUMÉRO [--operator-pin-fd N])</translation>
    </message>
    <message>
        <source>%1, the meeting&apos;s identity-document data</source>
        <translation>%1, les données de la pièce d’identité du face-à-face</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>looking for dossiers at the end of retention</source>
        <translation>recherche des dossiers en fin de conservation</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;: no retention period</source>
        <translation>produit inconnu «&#xa0;%1&#xa0;»&#xa0;: aucune durée de conservation</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>conservé jusqu’au %1</translation>
    </message>
    <message>
        <source>preparing the purge</source>
        <translation>préparation de la purge</translation>
    </message>
    <message>
        <source>finishing the purge</source>
        <translation>finalisation de la purge</translation>
    </message>
    <message>
        <source>recording the purge</source>
        <translation>enregistrement de la purge</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>DRA operator</source>
        <translation>Opérateur d’ADR</translation>
    </message>
    <message>
        <source>Certification Agent</source>
        <translation>Mandataire de certification</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
</context>
<context>
    <name>SanePage</name>
    <message>
        <source>The scanner %1 sends each colour separately (three-pass), which Guichet does not support. Scan in grey or with another scanner.</source>
        <translation>Le scanner %1 envoie chaque couleur séparément (trois passes), ce que Guichet ne prend pas en charge. Numérisez en niveaux de gris ou avec un autre scanner.</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>Le scanner a envoyé une page vide.</translation>
    </message>
    <message>
        <source>The scanner sent %1-bit samples, which Guichet does not read. Choose another colour mode.</source>
        <translation>Le scanner a envoyé des échantillons sur %1 bits, que Guichet ne sait pas lire. Choisissez un autre mode de couleur.</translation>
    </message>
    <message>
        <source>Not enough memory for a scanned page.</source>
        <translation>Mémoire insuffisante pour une page numérisée.</translation>
    </message>
</context>
<context>
    <name>SaneProcessScanner</name>
    <message>
        <source>The scanner service %1 (set by GUICHET_SCAN_HELPER) is missing or cannot be run.</source>
        <translation>Le service de numérisation %1 (indiqué par GUICHET_SCAN_HELPER) est absent ou ne peut pas être lancé.</translation>
    </message>
    <message>
        <source>The scanner service is missing: none of %1 exists. Reinstall Guichet.</source>
        <translation>Le service de numérisation est absent&#xa0;: aucun de ces fichiers n’existe&#xa0;: %1. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>The scanner service %1 does not match this version of Guichet. Reinstall Guichet.</source>
        <translation>Le service de numérisation %1 ne correspond pas à cette version de Guichet. Réinstallez Guichet.</translation>
    </message>
    <message>
        <source>The scanner service stopped unexpectedly (%1). Try again; if it happens again, switch the scanner off and on.</source>
        <translation>Le service de numérisation s’est arrêté de façon inattendue (%1). Réessayez&#xa0;; si cela se reproduit, éteignez puis rallumez le scanner.</translation>
    </message>
    <message>
        <source>it ended</source>
        <translation>il s’est terminé</translation>
    </message>
    <message>
        <source>it sent an unreadable answer</source>
        <translation>il a envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>it did not answer for %1 s</source>
        <translation>il n’a pas répondu pendant %1 s</translation>
    </message>
    <message>
        <source>it could not be reached</source>
        <translation>il est injoignable</translation>
    </message>
</context>
<context>
    <name>SaneScanner</name>
    <message>
        <source>SANE is already in use in this process.</source>
        <translation>SANE est déjà utilisé dans ce processus.</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not start: %1</source>
        <translation>La bibliothèque de numérisation (SANE) n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no scanner named %1. Is it connected and switched on?</source>
        <translation>Aucun scanner ne s’appelle %1. Est-il branché et allumé&#xa0;?</translation>
    </message>
    <message>
        <source>The scanner %1 has no flatbed glass.</source>
        <translation>Le scanner %1 n’a pas de vitre à plat.</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder.</source>
        <translation>Le scanner %1 n’a pas de chargeur de documents.</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan both sides.</source>
        <translation>Le scanner %1 ne sait pas numériser recto verso.</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer this colour mode.</source>
        <translation>Le scanner %1 ne propose pas ce mode de couleur.</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer %2 dpi; it offers %3 dpi.</source>
        <translation>Le scanner %1 ne propose pas %2 ppp&#xa0;; il propose %3 ppp.</translation>
    </message>
</context>
<context>
    <name>SaneStatus</name>
    <message>
        <source>The scanner %1 does not support this operation.</source>
        <translation>Le scanner %1 ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>The scan on %1 was cancelled.</source>
        <translation>La numérisation sur %1 a été annulée.</translation>
    </message>
    <message>
        <source>The scanner %1 is busy. Wait for it to finish, then try again.</source>
        <translation>Le scanner %1 est occupé. Attendez qu’il ait fini, puis réessayez.</translation>
    </message>
    <message>
        <source>The scanner %1 refused these settings. Choose others and try again.</source>
        <translation>Le scanner %1 a refusé ces réglages. Choisissez-en d’autres et réessayez.</translation>
    </message>
    <message>
        <source>The scanner %1 sent no image.</source>
        <translation>Le scanner %1 n’a envoyé aucune image.</translation>
    </message>
    <message>
        <source>Paper is jammed in the feeder of %1. Clear it, then scan the remaining pages.</source>
        <translation>Du papier est coincé dans le chargeur de %1. Dégagez-le, puis numérisez les pages restantes.</translation>
    </message>
    <message>
        <source>The document feeder of %1 is empty. Put the pages in it and try again.</source>
        <translation>Le chargeur de documents de %1 est vide. Mettez-y les pages et réessayez.</translation>
    </message>
    <message>
        <source>The cover of %1 is open. Close it and try again.</source>
        <translation>Le capot de %1 est ouvert. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Communication with the scanner %1 failed. Check that it is switched on and connected.</source>
        <translation>La communication avec le scanner %1 a échoué. Vérifiez qu’il est allumé et branché.</translation>
    </message>
    <message>
        <source>Not enough memory to scan on %1.</source>
        <translation>Mémoire insuffisante pour numériser sur %1.</translation>
    </message>
    <message>
        <source>Access to the scanner %1 was denied. Ask an administrator to grant this account the right to use it.</source>
        <translation>L’accès au scanner %1 a été refusé. Demandez à un administrateur d’accorder à ce compte le droit de l’utiliser.</translation>
    </message>
    <message>
        <source>The scanner %1 reported an unknown error (%2).</source>
        <translation>Le scanner %1 a signalé une erreur inconnue (%2).</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Écrire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>No scanner found. Is it connected and switched on?</source>
        <translation>Aucun scanner trouvé. Est-il branché et allumé&#xa0;?</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Numéro du dossier.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Document type (see above).</source>
        <translation>Type de document (voir ci-dessus).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Scanner (see &quot;scan devices&quot;; default: the first).</source>
        <translation>Scanner (voir «&#xa0;scan devices&#xa0;»&#xa0;; par défaut&#xa0;: le premier).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Scan every page in the feeder.</source>
        <translation>Numériser toutes les pages du chargeur.</translation>
    </message>
    <message>
        <source>Scan both sides of every page in the feeder.</source>
        <translation>Numériser les deux faces de chaque page du chargeur.</translation>
    </message>
    <message>
        <source>color (default), gray or lineart.</source>
        <translation>color (par défaut), gray ou lineart.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Dots per inch (default 300).</source>
        <translation>Points par pouce (300 par défaut).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>Date printed on the paper (required for kbis and mandate).</source>
        <translation>Date imprimée sur le papier (obligatoire pour kbis et mandate).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>scan --dossier ID --type TYPE [--device NAME] [--adf] [--duplex] [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]</source>
        <translation>scan --dossier ID --type TYPE [--device NOM] [--adf] [--duplex] [--mode color|gray|lineart] [--resolution PPP] [--paper-date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>--resolution needs a positive number of dots per inch.</source>
        <translation>--resolution attend un nombre positif de points par pouce.</translation>
    </message>
    <message>
        <source>--mode is color, gray or lineart.</source>
        <translation>--mode vaut color, gray ou lineart.</translation>
    </message>
    <message>
        <source>--paper-date needs a date as YYYY-MM-DD.</source>
        <translation>--paper-date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation>Page %1 numérisée.</translation>
    </message>
    <message>
        <source>Scan paper into a dossier, stored encrypted as one document.

Commands:
  devices [--json]        list the scanners
  --dossier ID --type TYPE [--device NAME] [--adf] [--duplex]
     [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]
                          scan one page from the glass, or every page in the feeder

Progress is written on standard error. Ctrl+C stops the scanner, or the scanner fails: the pages scanned until then are stored as one document, and the command exits with 1 (JSON: &quot;complete&quot;: false).
Types: %1</source>
        <translation>Numériser des papiers dans un dossier, stockés chiffrés en un seul document.

Commandes&#xa0;:
  devices [--json]        lister les scanners
  --dossier ID --type TYPE [--device NOM] [--adf] [--duplex]
     [--mode color|gray|lineart] [--resolution PPP] [--paper-date AAAA-MM-JJ]
                          numériser une page sur la vitre, ou toutes les pages du chargeur

La progression est écrite sur la sortie d’erreur. Si Ctrl+C arrête le scanner ou si le scanner tombe en panne, les pages déjà numérisées sont stockées en un seul document et la commande se termine avec le code 1 (JSON&#xa0;: «&#xa0;complete&#xa0;»&#xa0;: false).
Types&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled before the first page: nothing stored.</source>
        <translation>Annulé avant la première page&#xa0;: rien n’a été stocké.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned could not be stored.</source>
        <translation>
            <numerusform>%n page numérisée n’a pas pu être stockée.</numerusform>
            <numerusform>%n pages numérisées n’ont pas pu être stockées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the %n page(s) scanned before Ctrl+C were stored as document %1. Check whether it is complete; scan the rest as another document if needed.</source>
        <translation>
            <numerusform>Interrompu&#xa0;: %n page numérisée avant Ctrl+C a été stockée comme document %1. Vérifiez s’il est complet&#xa0;; au besoin, numérisez la suite comme un autre document.</numerusform>
            <numerusform>Interrompu&#xa0;: les %n pages numérisées avant Ctrl+C ont été stockées comme document %1. Vérifiez s’il est complet&#xa0;; au besoin, numérisez la suite comme un autre document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before the fault were stored as document %1; scan the rest as another document.</source>
        <translation>
            <numerusform>%n page numérisée avant la panne a été stockée comme document %1&#xa0;; numérisez la suite comme un autre document.</numerusform>
            <numerusform>Les %n pages numérisées avant la panne ont été stockées comme document %1&#xa0;; numérisez la suite comme un autre document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanHelperProcess</name>
    <message>
        <source>The scanner service could not be started: %1</source>
        <translation>Le service de numérisation n’a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scanner service %1 could not be started: %2</source>
        <translation>Le service de numérisation %1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was stopped by signal %1</source>
        <translation>il a été arrêté par le signal %1</translation>
    </message>
    <message>
        <source>it ended with code %1</source>
        <translation>il s’est terminé avec le code %1</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>The passphrase key-derivation parameters are out of range (N=%1, r=%2, p=%3); the stored settings may have been altered.</source>
        <translation>Les paramètres de dérivation de clé de la phrase de passe sont hors limites (N=%1, r=%2, p=%3)&#xa0;; les réglages enregistrés ont peut-être été altérés.</translation>
    </message>
    <message>
        <source>preparing scrypt</source>
        <translation>préparation de scrypt</translation>
    </message>
    <message>
        <source>deriving a key from the passphrase</source>
        <translation>dérivation d’une clé à partir de la phrase de passe</translation>
    </message>
</context>
<context>
    <name>SignerKey</name>
    <message>
        <source>The key on the token cannot be used for this request (an RSA or EC public key is expected). %1</source>
        <translation>La clé du support cryptographique ne peut pas servir à cette demande (une clé publique RSA ou EC est attendue). %1</translation>
    </message>
</context>
<context>
    <name>SoPinVault</name>
    <message>
        <source>replacing the token&apos;s SO PIN</source>
        <translation>remplacement du code PIN administrateur (SO PIN) du support</translation>
    </message>
    <message>
        <source>storing the token&apos;s SO PIN</source>
        <translation>enregistrement du code PIN administrateur (SO PIN) du support</translation>
    </message>
    <message>
        <source>Only a supervisor may see a token&apos;s SO PIN.</source>
        <translation>Seul un superviseur peut voir le code PIN administrateur (SO PIN) d’un support.</translation>
    </message>
    <message>
        <source>reading the token&apos;s SO PIN</source>
        <translation>lecture du code PIN administrateur (SO PIN) du support</translation>
    </message>
    <message>
        <source>Guichet holds no SO PIN for the token %1: it was not initialised here. Use the unblocking code (PUK) the holder received.</source>
        <translation>Guichet ne détient aucun code PIN administrateur (SO PIN) pour le support %1&#xa0;: il n’a pas été initialisé sur ce poste. Utilisez le code de déblocage (PUK) remis au porteur.</translation>
    </message>
</context>
<context>
    <name>SoftwareKeySigner</name>
    <message>
        <source>The private key cannot be read.</source>
        <translation>La clé privée est illisible.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Le certificat est illisible.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clé privée ne correspond pas au certificat.</translation>
    </message>
    <message>
        <source>The digest to sign is malformed.</source>
        <translation>L’empreinte à signer est mal formée.</translation>
    </message>
    <message>
        <source>The key cannot sign.</source>
        <translation>La clé ne peut pas signer.</translation>
    </message>
</context>
<context>
    <name>SoftwareVersions</name>
    <message>
        <source>%1 %2 (build time)</source>
        <translation>%1 %2 (à la compilation)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready for meeting</source>
        <translation>Prêt pour le face-à-face</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Token personalised</source>
        <translation>Support cryptographique personnalisé</translation>
    </message>
    <message>
        <source>Submitted to CA</source>
        <translation>Transmis à l’AC</translation>
    </message>
    <message>
        <source>Originals posted</source>
        <translation>Originaux envoyés par courrier</translation>
    </message>
    <message>
        <source>Rejected, pending documents</source>
        <translation>Rejeté, en attente de pièces</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un dossier ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Moving a dossier to &quot;%1&quot; needs a reason.</source>
        <translation>Le passage d’un dossier au statut «&#xa0;%1&#xa0;» nécessite un motif.</translation>
    </message>
    <message>
        <source>A key update cannot be sent for a dossier in &quot;%1&quot;.</source>
        <translation>Une mise à jour de clé ne peut pas être envoyée pour un dossier à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SupervisorDecision</name>
    <message>
        <source>How the master key is protected is a supervisor&apos;s decision</source>
        <translation>La protection de la clé maîtresse relève d’un superviseur</translation>
    </message>
    <message>
        <source>The retention purge is a supervisor&apos;s decision</source>
        <translation>La purge de fin de conservation relève d’un superviseur</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision</source>
        <translation>Cette décision relève d’un superviseur</translation>
    </message>
    <message>
        <source>%1: log in with a supervisor&apos;s card (--operator-token SERIAL, and the PIN from --operator-pin-fd N or the terminal).</source>
        <translation>%1&#xa0;: connectez-vous avec la carte d’un superviseur (--operator-token NUMÉRO, et le PIN lu sur --operator-pin-fd N ou saisi au terminal).</translation>
    </message>
</context>
<context>
    <name>TokenCertificates</name>
    <message>
        <source>reading the certificates on the token</source>
        <translation>lecture des certificats du support cryptographique</translation>
    </message>
    <message>
        <source>The token holds no certificate of its holder.</source>
        <translation>Le support cryptographique ne contient aucun certificat de son porteur.</translation>
    </message>
    <message>
        <source>looking for the certificate on the token</source>
        <translation>recherche du certificat sur le support</translation>
    </message>
    <message>
        <source>The holder&apos;s token does not hold the certificate being renewed.</source>
        <translation>Le support du porteur ne contient pas le certificat à renouveler.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>PKCS#11 module to load (default: SoftHSM2, the training token).</source>
        <translation>Module PKCS#11 à charger (par défaut SoftHSM2, le support de formation).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Slot number.</source>
        <translation>Numéro d’emplacement (slot).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Token serial number.</source>
        <translation>Numéro de série du support.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Read the holder&apos;s PIN from this file descriptor.</source>
        <translation>Lire le code PIN du porteur depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>Read the new PIN (then its confirmation) from this file descriptor.</source>
        <translation>Lire le nouveau code PIN (puis sa confirmation) depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>Read the SO PIN (the CA&apos;s transport PIN, or the PUK the holder brings) from this file descriptor.</source>
        <translation>Lire le code PIN administrateur (SO PIN) depuis ce descripteur de fichier, qu’il s’agisse du code PIN de transport fourni par l’AC ou du code de déblocage (PUK) apporté par le porteur.</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when the workstation uses one.</source>
        <translation>Lire la phrase de passe de la clé maîtresse depuis ce descripteur de fichier, lorsque le poste en utilise une.</translation>
    </message>
    <message>
        <source>Token label (32 characters).</source>
        <translation>Libellé du support (32 caractères).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Subject common name.</source>
        <translation>Nom commun (CN) du sujet.</translation>
    </message>
    <message>
        <source>Subject given name.</source>
        <translation>Prénom du sujet.</translation>
    </message>
    <message>
        <source>Subject surname.</source>
        <translation>Nom du sujet.</translation>
    </message>
    <message>
        <source>Subject organisation.</source>
        <translation>Organisation du sujet.</translation>
    </message>
    <message>
        <source>Subject country (FR).</source>
        <translation>Pays du sujet (FR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Subject e-mail address.</source>
        <translation>Adresse électronique du sujet.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>ec-p256 (default), ec-p384, rsa2048 or rsa3072.</source>
        <translation>ec-p256 (par défaut), ec-p384, rsa2048 ou rsa3072.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Certificate product.</source>
        <translation>Produit de certificat.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The product needs a qualified device (QSCD).</source>
        <translation>Le produit exige un dispositif qualifié (QSCD).</translation>
    </message>
    <message>
        <source>Write the certificate request (PEM) to this file.</source>
        <translation>Écrire la demande de certificat (PEM) dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) the CA issued.</source>
        <translation>Certificat (PEM ou DER) délivré par l’AC.</translation>
    </message>
    <message>
        <source>unknown token command &quot;%1&quot;.</source>
        <translation>commande token inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name the token with --serial or --slot.</source>
        <translation>Désignez le support avec --serial ou --slot.</translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation>--%1 attend un nombre.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>Les deux codes PIN saisis sont différents.</translation>
    </message>
    <message>
        <source>No terminal to ask for the PIN: use --%1.</source>
        <translation>Aucun terminal pour demander le code PIN&#xa0;: utilisez --%1.</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The PIN is locked.</source>
        <translation>Le code PIN est bloqué.</translation>
    </message>
    <message>
        <source>Last try: a wrong PIN now locks it.</source>
        <translation>Dernier essai&#xa0;: un code PIN erroné le bloquera.</translation>
    </message>
    <message>
        <source>A wrong PIN was typed before: few tries are left.</source>
        <translation>Un code PIN erroné a déjà été saisi&#xa0;: il reste peu d’essais.</translation>
    </message>
    <message>
        <source>%1	slot %2	%3	%4	%5</source>
        <translation>%1	slot %2	%3	%4	%5</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vierge)</translation>
    </message>
    <message>
        <source>object: %1 &quot;%2&quot; id %3 %4</source>
        <translation>objet&#xa0;: %1 «&#xa0;%2&#xa0;» id %3 %4</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;.</source>
        <translation>algorithme inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>personalise needs --cn.</source>
        <translation>personalise exige --cn.</translation>
    </message>
    <message>
        <source>Transport SO PIN:</source>
        <translation>Code PIN administrateur (SO PIN) de transport&#xa0;:</translation>
    </message>
    <message>
        <source>Holder, choose your PIN (operator: look away):</source>
        <translation>Porteur, choisissez votre code PIN (opérateur&#xa0;: détournez le regard)&#xa0;:</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
request: %3
Next: guichet-cli token import-cert --serial %1 --cert FILE</source>
        <translation>numéro de série&#xa0;: %1
identifiant de clé&#xa0;: %2
demande&#xa0;: %3
Étape suivante&#xa0;: guichet-cli token import-cert --serial %1 --cert FICHIER</translation>
    </message>
    <message>
        <source>import-cert needs --serial and --cert.</source>
        <translation>import-cert exige --serial et --cert.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN:</source>
        <translation>Code PIN du porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate written to token %1 and verified with a signature made on the token.</source>
        <translation>Certificat écrit sur le support %1 et vérifié par une signature réalisée sur le support.</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>Code PIN actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>Code PIN modifié.</translation>
    </message>
    <message>
        <source>Unblocking code (PUK):</source>
        <translation>Code de déblocage (PUK)&#xa0;:</translation>
    </message>
    <message>
        <source>Holder, choose your new PIN:</source>
        <translation>Porteur, choisissez votre nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN unblocked.</source>
        <translation>Code PIN débloqué.</translation>
    </message>
    <message>
        <source>Training mode: have the embedded training CA issue the certificate, then write and verify it.</source>
        <translation>Mode formation, où l’AC de formation intégrée délivre le certificat, qui est ensuite écrit et vérifié.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
Training certificate written to the token and verified with a signature made on the token.</source>
        <translation>numéro de série&#xa0;: %1
identifiant de clé&#xa0;: %2
Certificat de formation écrit sur le support et vérifié par une signature réalisée sur le support.</translation>
    </message>
    <message>
        <source>write-certificate needs --dossier ID.</source>
        <translation>write-certificate attend --dossier ID.</translation>
    </message>
    <message>
        <source>Dossier %1&apos;s key is on token %2, not %3.</source>
        <translation>La clé du dossier %1 est sur le support %2, pas sur %3.</translation>
    </message>
    <message>
        <source>Certificate %1 written to token %2 and verified with a signature made on the token.</source>
        <translation>Certificat %1 écrit sur le support %2 et vérifié par une signature faite sur le support.</translation>
    </message>
    <message>
        <source>PKCS#11 tokens.

Commands:
  list                      tokens present, per module
  inspect --slot N|--serial S   flags, PIN limits, keys and certificates
  personalise --slot N --label L --cn ... --csr-out FILE   initialise, holder PIN, key on the token, CSR
  personalise --slot N --dossier ID   the same for a dossier: the request is kept with it and queued in the outbox
  import-cert --serial S --cert FILE   write the CA&apos;s certificate and verify it
  write-certificate --dossier ID   write the certificate the CA issued for the dossier (through the outbox) to its token
  change-pin --serial S     the holder changes the PIN
  unblock --serial S        new holder PIN with the stored SO PIN (or --so-pin-fd: the PUK)

PINs are asked without echo on a terminal, or read from --pin-fd / --new-pin-fd / --so-pin-fd; never given as arguments.
With --dossier, personalise keeps the request with the dossier and queues it in the outbox; `outbox send` delivers it and write-certificate finishes. With --csr-out alone the request goes to the CA by other means and import-cert finishes; --training-ca (training only, no dossier) has the embedded training CA issue the certificate at once, outside the outbox.</source>
        <translation>Supports PKCS#11.

Commandes&#xa0;:
  list                      supports présents, par module
  inspect --slot N|--serial S   indicateurs, limites des codes PIN, clés et certificats
  personalise --slot N --label L --cn ... --csr-out FICHIER   initialisation, code PIN du porteur, clé sur le support, CSR
  personalise --slot N --dossier ID   de même pour un dossier&#xa0;: la demande est conservée avec lui et mise en file dans la boîte d’envoi
  import-cert --serial S --cert FICHIER   écrit le certificat de l’AC et le vérifie
  write-certificate --dossier ID   écrit sur son support le certificat que l’AC a émis pour le dossier (via la boîte d’envoi)
  change-pin --serial S     le porteur change son code PIN
  unblock --serial S        nouveau code PIN du porteur avec le code PIN SO conservé (ou --so-pin-fd&#xa0;: le PUK)

Les codes PIN sont demandés sans écho sur un terminal, ou lus depuis --pin-fd / --new-pin-fd / --so-pin-fd&#xa0;; jamais donnés en arguments.
Avec --dossier, personalise conserve la demande avec le dossier et la met en file dans la boîte d’envoi&#xa0;; `outbox send` l’envoie et write-certificate termine. Avec --csr-out seul, la demande part vers l’AC par d’autres moyens et import-cert termine&#xa0;; --training-ca (formation uniquement, sans dossier) fait émettre le certificat tout de suite par l’AC de formation intégrée, hors boîte d’envoi.</translation>
    </message>
    <message>
        <source>list, inspect, personalise, import-cert, write-certificate, change-pin, unblock</source>
        <translation>list, inspect, personalise, import-cert, write-certificate, change-pin, unblock</translation>
    </message>
    <message>
        <source>The dossier&apos;s id: the subject and product come from it, and the request is kept with it and queued in the outbox (with --csr-out: kept only; `ca enroll --dossier ID` queues it).</source>
        <translation>L’identifiant du dossier&#xa0;: le sujet et le produit en sont tirés, et la demande est conservée avec lui et mise en file dans la boîte d’envoi (avec --csr-out&#xa0;: conservée seulement&#xa0;; `ca enroll --dossier ID` la met en file).</translation>
    </message>
    <message>
        <source>personalise needs --dossier ID (the request goes through the outbox), --csr-out FILE (the request goes to the CA by other means) or --training-ca.</source>
        <translation>personalise attend --dossier ID (la demande passe par la boîte d’envoi), --csr-out FICHIER (la demande part vers l’AC par d’autres moyens) ou --training-ca.</translation>
    </message>
    <message>
        <source>--dossier needs the dossier&apos;s id.</source>
        <translation>--dossier attend l’identifiant du dossier.</translation>
    </message>
    <message>
        <source>The certificate request of dossier %1 is already in the outbox (item %2); the token was not touched.</source>
        <translation>La demande de certificat du dossier %1 est déjà dans la boîte d’envoi (élément %2)&#xa0;; le support n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The dossier&apos;s product %1 is not in the catalogue.</source>
        <translation>Le produit %1 du dossier n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
The request is kept with dossier %3; `guichet-cli ca enroll --dossier %3` queues it.</source>
        <translation>numéro de série&#xa0;: %1
identifiant de clé&#xa0;: %2
La demande est conservée avec le dossier %3&#xa0;; `guichet-cli ca enroll --dossier %3` la met en file.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
The request of dossier %3 is queued as outbox item %4.
Next: guichet-cli outbox send, then guichet-cli token write-certificate --dossier %3</source>
        <translation>numéro de série&#xa0;: %1
identifiant de clé&#xa0;: %2
La demande du dossier %3 est en file comme élément %4 de la boîte d’envoi.
Ensuite&#xa0;: guichet-cli outbox send, puis guichet-cli token write-certificate --dossier %3</translation>
    </message>
    <message>
        <source>The certificate is on token %1, but dossier %2 could not record it: %3</source>
        <translation>Le certificat est sur le support %1, mais le dossier %2 n’a pas pu l’enregistrer&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>TokenCrypto</name>
    <message>
        <source>reading the token&apos;s public key</source>
        <translation>lecture de la clé publique du support</translation>
    </message>
    <message>
        <source>encoding the token&apos;s public key</source>
        <translation>encodage de la clé publique du support</translation>
    </message>
    <message>
        <source>The token&apos;s key is on a curve Guichet does not use (only P-256 and P-384).</source>
        <translation>La clé du support est sur une courbe que Guichet n’utilise pas (uniquement P-256 et P-384).</translation>
    </message>
    <message>
        <source>The token returned a malformed ECDSA signature.</source>
        <translation>Le support a renvoyé une signature ECDSA mal formée.</translation>
    </message>
    <message>
        <source>encoding the token&apos;s signature</source>
        <translation>encodage de la signature du support</translation>
    </message>
    <message>
        <source>The certificate is not a DER X.509 certificate: %1</source>
        <translation>Le certificat n’est pas un certificat X.509 DER&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the certificate</source>
        <translation>lecture du certificat</translation>
    </message>
    <message>
        <source>checking a signature</source>
        <translation>vérification d’une signature</translation>
    </message>
</context>
<context>
    <name>TokenErrors</name>
    <message numerus="yes">
        <source>Wrong PIN while %1: %n try(ies) left before the PIN is locked.</source>
        <translation>
            <numerusform>Code PIN erroné (%1)&#xa0;: il reste %n essai avant le blocage du code PIN.</numerusform>
            <numerusform>Code PIN erroné (%1)&#xa0;: il reste %n essais avant le blocage du code PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN while %1.</source>
        <translation>Code PIN erroné (%1).</translation>
    </message>
    <message>
        <source>The PIN is locked (%1). It must be unblocked with the security officer PIN or the unblocking code.</source>
        <translation>Le code PIN est bloqué (%1). Il doit être débloqué avec le code PIN administrateur (SO PIN) ou le code de déblocage.</translation>
    </message>
    <message>
        <source>The PIN does not have a length the token accepts (%1).</source>
        <translation>La longueur du code PIN n’est pas acceptée par le support (%1).</translation>
    </message>
    <message>
        <source>The PIN has expired and must be changed (%1).</source>
        <translation>Le code PIN a expiré et doit être changé (%1).</translation>
    </message>
    <message>
        <source>The token was removed while %1. Insert it again and resume.</source>
        <translation>Le support a été retiré (%1). Réinsérez-le et reprenez.</translation>
    </message>
    <message>
        <source>No token is present in the reader (%1).</source>
        <translation>Aucun support n’est présent dans le lecteur (%1).</translation>
    </message>
    <message>
        <source>The token reported a device error while %1.</source>
        <translation>Le support a signalé une erreur matérielle (%1).</translation>
    </message>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Annulé (%1).</translation>
    </message>
    <message>
        <source>The token requires a PIN login before %1.</source>
        <translation>Le support exige une authentification par code PIN avant l’opération «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The token refused %1 (PKCS#11 error 0x%2).</source>
        <translation>Le support a refusé l’opération «&#xa0;%1&#xa0;» (erreur PKCS#11 0x%2).</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; cannot be loaded: %2</source>
        <translation>Le module PKCS#11 «&#xa0;%1&#xa0;» ne peut pas être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another login is open on the token (another application or session) while %1: close it and retry.</source>
        <translation>Une autre connexion est ouverte sur le support, par une autre application ou une autre session (%1)&#xa0;: fermez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>TokenKeyUpdate</name>
    <message>
        <source>Checking the renewal</source>
        <translation>Vérification du renouvellement</translation>
    </message>
    <message>
        <source>The key update waiting for dossier %1 was prepared on token %2: insert that token, or cancel outbox item %3.</source>
        <translation>La mise à jour de clé en attente pour le dossier %1 a été préparée sur le support %2&#xa0;: insérez ce support, ou annulez l’élément %3 de la file d’envoi.</translation>
    </message>
    <message>
        <source>Logging in to the holder&apos;s token</source>
        <translation>Connexion au support du porteur</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1 (certificat %2)</translation>
    </message>
    <message>
        <source>The key beside certificate %1 on the token is not the certificate&apos;s key.</source>
        <translation>La clé associée au certificat %1 sur le support n’est pas celle du certificat.</translation>
    </message>
    <message>
        <source>Resuming the key update waiting in the outbox</source>
        <translation>Reprise de la mise à jour de clé en attente dans la file d’envoi</translation>
    </message>
    <message>
        <source>The new key of the key update waiting in the outbox (item %1) is no longer on the token: cancel that item and start again.</source>
        <translation>La nouvelle clé de la mise à jour de clé en attente dans la file d’envoi (élément %1) n’est plus sur le support&#xa0;: annulez cet élément et recommencez.</translation>
    </message>
    <message>
        <source>Generating the new key pair on the token</source>
        <translation>Génération de la nouvelle bi-clé sur le support</translation>
    </message>
    <message>
        <source>Renewal %1</source>
        <translation>Renouvellement %1</translation>
    </message>
    <message>
        <source>The token does not confirm that the new key was generated on it and can never leave it (CKA_LOCAL, CKA_NEVER_EXTRACTABLE, CKA_ALWAYS_SENSITIVE): it cannot hold a renewed certificate (SDP-6.5.1-04).</source>
        <translation>Le support ne confirme pas que la nouvelle clé y a été générée et ne peut jamais en sortir (CKA_LOCAL, CKA_NEVER_EXTRACTABLE, CKA_ALWAYS_SENSITIVE)&#xa0;: il ne peut pas porter un certificat renouvelé (SDP-6.5.1-04).</translation>
    </message>
    <message>
        <source>Queueing the key update</source>
        <translation>Mise en file de la mise à jour de clé</translation>
    </message>
    <message>
        <source>Sending the key update to the CA</source>
        <translation>Envoi de la mise à jour de clé à l’AC</translation>
    </message>
    <message>
        <source>The CA could not be reached: %1
The key update waits in the outbox (item %2); run it again with the holder&apos;s token to send it.</source>
        <translation>L’AC n’a pas pu être jointe&#xa0;: %1
La mise à jour de clé attend dans la file d’envoi (élément %2)&#xa0;; relancez-la avec le support du porteur pour l’envoyer.</translation>
    </message>
    <message>
        <source>The CA refused the key update: %1</source>
        <translation>L’AC a refusé la mise à jour de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key update failed: %1</source>
        <translation>La mise à jour de clé a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another sender took outbox item %1 over: %2</source>
        <translation>Un autre expéditeur a repris l’élément %1 de la file d’envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing the new certificate on the token</source>
        <translation>Écriture du nouveau certificat sur le support</translation>
    </message>
    <message>
        <source>Key update done</source>
        <translation>Mise à jour de clé terminée</translation>
    </message>
    <message>
        <source>reading the training CA&apos;s certificates</source>
        <translation>lecture des certificats de l’AC de formation</translation>
    </message>
    <message>
        <source>The training CA of this database has not been created yet.</source>
        <translation>L’AC de formation de cette base de données n’a pas encore été créée.</translation>
    </message>
    <message>
        <source>The CA already issued certificate %1 for this key update; it is not on the token yet. Insert token %2 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %3).</source>
        <translation>L’AC a déjà émis le certificat %1 pour cette mise à jour de clé&#xa0;; il n’est pas encore sur le support. Insérez le support %2 et utilisez «&#xa0;Écrire le certificat émis sur le support…&#xa0;» (ou guichet-cli token write-certificate --dossier %3).</translation>
    </message>
    <message>
        <source>The certificate of outbox item %1 is not the dossier&apos;s newest.</source>
        <translation>Le certificat de l’élément %1 de la boîte d’envoi n’est pas le plus récent du dossier.</translation>
    </message>
    <message>
        <source>Certificate %1 was issued and is stored in dossier %2, but it could not be written on the token: %3
The dossier waits for it: insert token %4 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %2).</source>
        <translation>Le certificat %1 a été émis et est enregistré dans le dossier %2, mais il n’a pas pu être écrit sur le support&#xa0;: %3
Le dossier l’attend&#xa0;: insérez le support %4 et utilisez «&#xa0;Écrire le certificat émis sur le support…&#xa0;» (ou guichet-cli token write-certificate --dossier %2).</translation>
    </message>
</context>
<context>
    <name>TokenPersonaliser</name>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>reading the token</source>
        <translation>lecture du support</translation>
    </message>
    <message>
        <source>initialising the token</source>
        <translation>initialisation du support</translation>
    </message>
    <message>
        <source>setting the holder&apos;s PIN</source>
        <translation>définition du code PIN du porteur</translation>
    </message>
    <message>
        <source>generating the key on the token</source>
        <translation>génération de la clé sur le support</translation>
    </message>
    <message>
        <source>signing the certificate request on the token</source>
        <translation>signature de la demande de certificat sur le support</translation>
    </message>
    <message>
        <source>writing the certificate to the token</source>
        <translation>écriture du certificat sur le support</translation>
    </message>
    <message>
        <source>verifying the certificate with the token</source>
        <translation>vérification du certificat avec le support</translation>
    </message>
    <message>
        <source>The key on the token can be extracted or read; it cannot hold a certificate.</source>
        <translation>La clé du support peut être extraite ou lue&#xa0;; elle ne peut pas recevoir de certificat.</translation>
    </message>
    <message>
        <source>The token says this key was not generated on it (imported): refused for a qualified (QSCD) product.</source>
        <translation>Le support indique que cette clé n’y a pas été générée (clé importée)&#xa0;: refusé pour un produit qualifié (QSCD).</translation>
    </message>
    <message>
        <source>The token cannot vouch that this key never left it: refused for a qualified (QSCD) product.</source>
        <translation>Le support ne peut pas garantir que cette clé ne l’a jamais quitté&#xa0;: refusé pour un produit qualifié (QSCD).</translation>
    </message>
    <message>
        <source>personalised</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>The certificate is not for the key generated on this token; it was not written.</source>
        <translation>Le certificat ne correspond pas à la clé générée sur ce support&#xa0;; il n’a pas été écrit.</translation>
    </message>
    <message>
        <source>A signature made on the token does not verify with the certificate written to it.</source>
        <translation>Une signature faite sur le support ne se vérifie pas avec le certificat qui y a été écrit.</translation>
    </message>
    <message>
        <source>The certificate is not for a key on this token; it was not written.</source>
        <translation>Le certificat ne correspond à aucune clé de ce support&#xa0;; il n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>TokenPins</name>
    <message>
        <source>changing the PIN</source>
        <translation>changement du code PIN</translation>
    </message>
    <message>
        <source>The security officer PIN of this token is locked: the token cannot be unblocked any more.</source>
        <translation>Le code PIN administrateur (SO PIN) de ce support est bloqué&#xa0;: le support ne peut plus être débloqué.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>opening a session on the token</source>
        <translation>ouverture d’une session sur le support</translation>
    </message>
    <message>
        <source>logging in as security officer</source>
        <translation>connexion en tant qu’administrateur (SO)</translation>
    </message>
    <message>
        <source>logging in with the holder&apos;s PIN</source>
        <translation>connexion avec le code PIN du porteur</translation>
    </message>
    <message>
        <source>setting the holder&apos;s PIN</source>
        <translation>définition du code PIN du porteur</translation>
    </message>
    <message>
        <source>changing the PIN</source>
        <translation>changement du code PIN</translation>
    </message>
    <message>
        <source>generating the key pair on the token</source>
        <translation>génération de la bi-clé sur le support</translation>
    </message>
    <message>
        <source>looking for the key on the token</source>
        <translation>recherche de la clé sur le support</translation>
    </message>
    <message>
        <source>The token holds no key with the identifier %1.</source>
        <translation>Le support ne contient aucune clé d’identifiant %1.</translation>
    </message>
    <message>
        <source>reading the key&apos;s attributes</source>
        <translation>lecture des attributs de la clé</translation>
    </message>
    <message>
        <source>The key is on a curve Guichet does not use.</source>
        <translation>La clé est sur une courbe que Guichet n’utilise pas.</translation>
    </message>
    <message>
        <source>The key is neither RSA nor EC.</source>
        <translation>La clé n’est ni RSA ni EC.</translation>
    </message>
    <message>
        <source>signing on the token</source>
        <translation>la signature sur le support</translation>
    </message>
    <message>
        <source>writing to the token</source>
        <translation>écriture sur le support</translation>
    </message>
    <message>
        <source>The digest to sign is malformed.</source>
        <translation>L’empreinte à signer est mal formée.</translation>
    </message>
</context>
<context>
    <name>TokenSlot</name>
    <message>
        <source>reading the token&apos;s information</source>
        <translation>lecture des informations du support</translation>
    </message>
    <message>
        <source>initialising the token</source>
        <translation>initialisation du support</translation>
    </message>
    <message>
        <source>looking for the token %1</source>
        <translation>recherche du support %1</translation>
    </message>
    <message>
        <source>looking for a blank token</source>
        <translation>recherche d’un support vierge</translation>
    </message>
</context>
<context>
    <name>TrainingCa</name>
    <message>
        <source>reading the training CA</source>
        <translation>lecture de l’AC de formation</translation>
    </message>
    <message>
        <source>encoding the training CA key</source>
        <translation>encodage de la clé de l’AC de formation</translation>
    </message>
    <message>
        <source>reading the training CA key</source>
        <translation>lecture de la clé de l’AC de formation</translation>
    </message>
    <message>
        <source>building a training CA certificate</source>
        <translation>construction d’un certificat de l’AC de formation</translation>
    </message>
    <message>
        <source>signing a training CA certificate</source>
        <translation>signature d’un certificat de l’AC de formation</translation>
    </message>
    <message>
        <source>generating the training CA keys</source>
        <translation>génération des clés de l’AC de formation</translation>
    </message>
    <message>
        <source>storing the training CA</source>
        <translation>enregistrement de l’AC de formation</translation>
    </message>
    <message>
        <source>The training CA&apos;s certificates are damaged.</source>
        <translation>Les certificats de l’AC de formation sont endommagés.</translation>
    </message>
    <message>
        <source>The training CA&apos;s key cannot be opened: %1</source>
        <translation>La clé de l’AC de formation ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request.</source>
        <translation>La demande de certificat n’est pas une demande PKCS#10.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify: it was not made with the key it carries.</source>
        <translation>La signature de la demande de certificat ne se vérifie pas&#xa0;: elle n’a pas été faite avec la clé qu’elle contient.</translation>
    </message>
    <message>
        <source>looking up a repeated request</source>
        <translation>recherche d’une demande répétée</translation>
    </message>
    <message>
        <source>The training CA does not know the product &quot;%1&quot;.</source>
        <translation>L’AC de formation ne connaît pas le produit «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The training CA does not issue the product %1.</source>
        <translation>L’AC de formation ne délivre pas le produit %1.</translation>
    </message>
    <message>
        <source>The certificate needs a common name (CN).</source>
        <translation>Le certificat nécessite un nom commun (CN).</translation>
    </message>
    <message>
        <source>building the certificate</source>
        <translation>construction du certificat</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>signature du certificat</translation>
    </message>
    <message>
        <source>recording the issued certificate</source>
        <translation>enregistrement du certificat délivré</translation>
    </message>
    <message>
        <source>No certificate to revoke.</source>
        <translation>Aucun certificat à révoquer.</translation>
    </message>
    <message>
        <source>revoking the certificate %1</source>
        <translation>révocation du certificat %1</translation>
    </message>
    <message>
        <source>The training CA never issued a certificate with serial number %1.</source>
        <translation>L’AC de formation n’a jamais délivré de certificat de numéro de série %1.</translation>
    </message>
    <message>
        <source>building the CRL</source>
        <translation>construction de la LCR</translation>
    </message>
    <message>
        <source>listing revoked certificates</source>
        <translation>liste des certificats révoqués</translation>
    </message>
    <message>
        <source>signing the CRL</source>
        <translation>signature de la LCR</translation>
    </message>
    <message>
        <source>Cannot write the CRL to %1: %2</source>
        <translation>Impossible d’écrire la LCR dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>counting issued certificates</source>
        <translation>comptage des certificats délivrés</translation>
    </message>
</context>
<context>
    <name>TrainingCmpServer</name>
    <message>
        <source>starting the training CA&apos;s CMP service</source>
        <translation>démarrage du service CMP de l’AC de formation</translation>
    </message>
    <message>
        <source>The training CA&apos;s CMP service is not started.</source>
        <translation>Le service CMP de l’AC de formation n’est pas démarré.</translation>
    </message>
    <message>
        <source>The request is not a CMP message.</source>
        <translation>La requête n’est pas un message CMP.</translation>
    </message>
    <message>
        <source>The training CA could not answer the CMP request.</source>
        <translation>L’AC de formation n’a pas pu répondre à la requête CMP.</translation>
    </message>
    <message>
        <source>Unreadable request header.</source>
        <translation>En-tête de requête illisible.</translation>
    </message>
    <message>
        <source>The request names no certificate profile (id-it-certProfile).</source>
        <translation>La requête ne désigne aucun profil de certificat (id-it-certProfile).</translation>
    </message>
    <message>
        <source>The certificate template has no public key.</source>
        <translation>Le modèle de certificat ne contient pas de clé publique.</translation>
    </message>
    <message>
        <source>No certificate request.</source>
        <translation>Aucune demande de certificat.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the training CA.</source>
        <translation>Le certificat n’a pas été délivré par l’AC de formation.</translation>
    </message>
</context>
<context>
    <name>TrainingEvidenceReceiver</name>
    <message>
        <source>reading the training CA&apos;s submissions</source>
        <translation>lecture des dépôts reçus par l’AC de formation</translation>
    </message>
    <message>
        <source>The training CA refused the evidence package: %1</source>
        <translation>L’AC de formation a refusé le paquet de preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>storing the submission</source>
        <translation>enregistrement du dépôt</translation>
    </message>
    <message>
        <source>reading the training CA&apos;s certificate</source>
        <translation>lecture du certificat de l’AC de formation</translation>
    </message>
    <message>
        <source>counting the training CA&apos;s submissions</source>
        <translation>décompte des dépôts reçus par l’AC de formation</translation>
    </message>
</context>
<context>
    <name>TrainingOperatorCard</name>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Indiquez le nom de l’opérateur.</translation>
    </message>
    <message>
        <source>The operator must choose a PIN.</source>
        <translation>L’opérateur doit choisir un code PIN.</translation>
    </message>
    <message>
        <source>A Certification Agent acts for one organisation: give its name.</source>
        <translation>Un mandataire de certification agit pour une organisation&#xa0;: indiquez son nom.</translation>
    </message>
    <message>
        <source>No free token slot to make the operator&apos;s training card: %1</source>
        <translation>Aucun emplacement de jeton libre pour créer la carte de formation de l’opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guichet training</source>
        <translation>Formation Guichet</translation>
    </message>
    <message>
        <source>The training card %1 was made, but its account was not: %2</source>
        <translation>La carte de formation %1 a été créée, mais pas son compte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>ouverture d’une transaction</translation>
    </message>
    <message>
        <source>cancelling a transaction</source>
        <translation>annulation d’une transaction</translation>
    </message>
    <message>
        <source>Transaction already ended.</source>
        <translation>Transaction déjà terminée.</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>enregistrement des modifications</translation>
    </message>
</context>
<context>
    <name>TrustAnchorFile</name>
    <message>
        <source>Cannot read the trust anchors &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les ancres de confiance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate (PEM or DER).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun certificat (PEM ou DER).</translation>
    </message>
</context>
<context>
    <name>guichet::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Guichet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Guichet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Registration-authority workstation</source>
        <translation>Poste d’autorité d’enregistrement</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (build time)</source>
        <translation>%1 (à la compilation)</translation>
    </message>
    <message>
        <source>Training mode: certificates issued here have no value.</source>
        <translation>Mode formation&#xa0;: les certificats émis ici n’ont aucune valeur.</translation>
    </message>
    <message>
        <source>Production mode.</source>
        <translation>Mode production.</translation>
    </message>
</context>
<context>
    <name>guichet::AuditEventModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>guichet::AuditView</name>
    <message>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Operator identifier</source>
        <translation>Identifiant de l’opérateur</translation>
    </message>
    <message>
        <source>Action, or its beginning (dossier.)</source>
        <translation>Action, ou son début (dossier.)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Dates (UTC):</source>
        <translation>Dates (UTC)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n événement affiché.</numerusform>
            <numerusform>%n événements affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Journal d’audit intact&#xa0;: %n événement vérifié.</numerusform>
            <numerusform>Journal d’audit intact&#xa0;: %n événements vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) hold; events up to %1 are covered by a signature.</source>
        <translation>
            <numerusform>%n point de contrôle signé est valide&#xa0;; les événements jusqu’au n° %1 sont couverts par une signature.</numerusform>
            <numerusform>%n points de contrôle signés sont valides&#xa0;; les événements jusqu’au n° %1 sont couverts par une signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Journal d’audit ROMPU à l’événement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateActions</name>
    <message>
        <source>&amp;Renew from certificate…</source>
        <translation>&amp;Renouveler à partir d’un certificat…</translation>
    </message>
    <message>
        <source>Certificate to renew</source>
        <translation>Certificat à renouveler</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation>Renouveler un certificat</translation>
    </message>
    <message>
        <source>Renewal dossier %1 opened: %2</source>
        <translation>Dossier de renouvellement %1 ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Key update on the holder&apos;s token…</source>
        <translation>&amp;Mise à jour de clé sur le support du porteur…</translation>
    </message>
    <message>
        <source>Re&amp;voke a certificate…</source>
        <translation>Ré&amp;voquer un certificat…</translation>
    </message>
    <message>
        <source>No token module is configured for the holder&apos;s token.</source>
        <translation>Aucun module de support n’est configuré pour le support du porteur.</translation>
    </message>
    <message>
        <source>Key update of dossier %1 done: certificate %2 is on the holder&apos;s token.</source>
        <translation>Mise à jour de clé du dossier %1 terminée&#xa0;: le certificat %2 est sur le support du porteur.</translation>
    </message>
    <message>
        <source>Revocation of a certificate of dossier %1 queued as outbox item %2.</source>
        <translation>Révocation d’un certificat du dossier %1 mise en file d’envoi (élément %2).</translation>
    </message>
</context>
<context>
    <name>guichet::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Requirement checklist</source>
        <translation>Liste de contrôle des exigences</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectée</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non respectée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Clause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>Toutes les règles sont respectées.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) not met yet.</source>
        <translation>
            <numerusform>%n règle n’est pas encore respectée.</numerusform>
            <numerusform>%n règles ne sont pas encore respectées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ConsentStep</name>
    <message>
        <source>Town and office, e.g. Lyon, agence Part-Dieu</source>
        <translation>Ville et bureau, par exemple Lyon, agence Part-Dieu</translation>
    </message>
    <message>
        <source>Meeting &amp;place:</source>
        <translation>&amp;Lieu du face-à-face&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Information above shown to the holder and read</source>
        <translation>&amp;Informations ci-dessus présentées au porteur et lues</translation>
    </message>
    <message>
        <source>The holder &amp;accepted the terms of use, version %1</source>
        <translation>Le porteur a &amp;accepté les conditions générales d’utilisation, version %1</translation>
    </message>
    <message>
        <source>Publication of the certificate</source>
        <translation>Publication du certificat</translation>
    </message>
    <message>
        <source>The holder agrees to pu&amp;blication</source>
        <translation>Le porteur accepte la pu&amp;blication</translation>
    </message>
    <message>
        <source>The holder &amp;refuses publication</source>
        <translation>Le porteur &amp;refuse la publication</translation>
    </message>
    <message>
        <source>The holder consents to the use of a &amp;secure device</source>
        <translation>Le porteur consent à l’utilisation d’un di&amp;spositif sécurisé</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Information et consentement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Read this to the holder, or let them read it, before anything else.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Purpose:&lt;/b&gt; we verify your identity face to face so that the certification authority can issue you a certificate (%1). Your identity document is checked and a copy is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terms of use:&lt;/b&gt; version %2 sets your obligations as a certificate holder; you accept them by a deliberate act recorded now.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Retention:&lt;/b&gt; this registration file and its copies are kept for %n year(s), then destroyed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Lisez ceci au porteur, ou faites-le-lui lire, avant toute autre chose.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finalité&#xa0;:&lt;/b&gt; nous vérifions votre identité en face-à-face afin que l’autorité de certification puisse vous délivrer un certificat (%1). Votre pièce d’identité est contrôlée et une copie en est conservée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conditions générales d’utilisation&#xa0;:&lt;/b&gt; la version %2 fixe vos obligations de porteur de certificat&#xa0;; vous les acceptez par un acte délibéré enregistré maintenant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservation&#xa0;:&lt;/b&gt; ce dossier d’enregistrement et ses copies sont conservés %n an, puis détruits.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Lisez ceci au porteur, ou faites-le-lui lire, avant toute autre chose.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finalité&#xa0;:&lt;/b&gt; nous vérifions votre identité en face-à-face afin que l’autorité de certification puisse vous délivrer un certificat (%1). Votre pièce d’identité est contrôlée et une copie en est conservée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conditions générales d’utilisation&#xa0;:&lt;/b&gt; la version %2 fixe vos obligations de porteur de certificat&#xa0;; vous les acceptez par un acte délibéré enregistré maintenant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservation&#xa0;:&lt;/b&gt; ce dossier d’enregistrement et ses copies sont conservés %n ans, puis détruits.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DocumentStep</name>
    <message>
        <source>Choose the document type…</source>
        <translation>Choisissez le type de pièce…</translation>
    </message>
    <message>
        <source>ICAO code, e.g. FRA</source>
        <translation>Code OACI, par exemple FRA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing &amp;state:</source>
        <translation>État de &amp;délivrance&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing authorit&amp;y:</source>
        <translation>Autorit&amp;é de délivrance&#xa0;:</translation>
    </message>
    <message>
        <source>Issue&amp;d on:</source>
        <translation>Dé&amp;livrée le&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Visual zone, as printed</source>
        <translation>Zone visuelle, telle qu’imprimée</translation>
    </message>
    <message>
        <source>Sur&amp;names:</source>
        <translation>&amp;Noms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de nais&amp;sance&#xa0;:</translation>
    </message>
    <message>
        <source>Machine-readable zone (MRZ)</source>
        <translation>Zone de lecture automatique (MRZ)</translation>
    </message>
    <message>
        <source>&amp;MRZ lines:</source>
        <translation>Lignes &amp;MRZ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy made and marked « conforme à l&apos;original »</source>
        <translation>&amp;Copie faite et marquée «&#xa0;conforme à l’original&#xa0;»</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>la date de délivrance</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>la date d’expiration</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>Write %1 as DD/MM/YYYY, for example 31/12/1980.</source>
        <translation>Écrivez %1 sous la forme JJ/MM/AAAA, par exemple 31/12/1980.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The MRZ agrees with the visual zone.</source>
        <translation>La MRZ concorde avec la zone visuelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the MRZ and the visual zone:</source>
        <translation>
            <numerusform>%n différence entre la MRZ et la zone visuelle&#xa0;:</numerusform>
            <numerusform>%n différences entre la MRZ et la zone visuelle&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DocumentViewer</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Certify copy…</source>
        <translation>Certifier une copie…</translation>
    </message>
    <message>
        <source>Write a copy stamped « %1 »; the original is kept unchanged</source>
        <translation>Écrire une copie portant le tampon «&#xa0;%1&#xa0;»&#xa0;; l’original reste inchangé</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>Ce document ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document %1 stored, encrypted.</source>
        <translation>Document %1 conservé, chiffré.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Certified copy written to %1.</source>
        <translation>Copie certifiée écrite dans %1.</translation>
    </message>
    <message>
        <source>ALTERED OR UNREADABLE: %1</source>
        <translation>ALTÉRÉ OU ILLISIBLE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document %1 is intact.</source>
        <translation>Le document %1 est intact.</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>Save the certified copy</source>
        <translation>Enregistrer la copie certifiée</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>guichet::DossierActions</name>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Face-to-face &amp;meeting</source>
        <translation>&amp;Rencontre en face-à-face</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Scan a document…</source>
        <translation>&amp;Numériser un document…</translation>
    </message>
    <message>
        <source>&amp;Personalise the holder&apos;s token…</source>
        <translation>&amp;Personnaliser le support du porteur…</translation>
    </message>
    <message>
        <source>Intervention &amp;form…</source>
        <translation>&amp;Formulaire d’intervention…</translation>
    </message>
    <message>
        <source>Save the intervention form as P&amp;DF…</source>
        <translation>Enregistrer le formulaire d’intervention en P&amp;DF…</translation>
    </message>
    <message>
        <source>Scanned document stored in dossier %1.</source>
        <translation>Document numérisé enregistré dans le dossier %1.</translation>
    </message>
    <message>
        <source>Personalise the holder&apos;s token</source>
        <translation>Personnaliser le support du porteur</translation>
    </message>
    <message>
        <source>The product of this dossier is not delivered on a token.</source>
        <translation>Le produit de ce dossier n’est pas délivré sur un support cryptographique.</translation>
    </message>
    <message>
        <source>Token %1 personalised.</source>
        <translation>Support %1 personnalisé.</translation>
    </message>
    <message>
        <source>Intervention form</source>
        <translation>Formulaire d’intervention</translation>
    </message>
    <message>
        <source>Save the intervention form</source>
        <translation>Enregistrer le formulaire d’intervention</translation>
    </message>
    <message>
        <source>intervention-form-%1.pdf</source>
        <translation>formulaire-intervention-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Intervention form saved to %1.</source>
        <translation>Formulaire d’intervention enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;Write the issued certificate to the token…</source>
        <translation>É&amp;crire le certificat émis sur le support…</translation>
    </message>
</context>
<context>
    <name>guichet::DossierEditor</name>
    <message>
        <source>Select a dossier in the list, or create a new one (Ctrl+N).</source>
        <translation>Sélectionnez un dossier dans la liste, ou créez-en un nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Changer le s&amp;tatut…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>Enregistrer le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>The dossier could not be opened.</source>
        <translation>Le dossier n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Dossier %1 — %2 %3</source>
        <translation>Dossier %1 — %2 %3</translation>
    </message>
    <message>
        <source>Save your changes before changing the status.</source>
        <translation>Enregistrez vos modifications avant de changer le statut.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>Ce statut est définitif.</translation>
    </message>
    <message>
        <source>Move the dossier to its next step.</source>
        <translation>Faire passer le dossier à l’étape suivante.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>%n problème à corriger avant l’enregistrement.</numerusform>
            <numerusform>%n problèmes à corriger avant l’enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>The dossier was not saved.</source>
        <translation>Le dossier n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Dossier %1 created.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
    <message>
        <source>Dossier %1 saved.</source>
        <translation>Dossier %1 enregistré.</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>Le statut n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Dossier %1 is now &quot;%2&quot;.</source>
        <translation>Le dossier %1 est désormais au statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Dossier changed elsewhere</source>
        <translation>Dossier modifié ailleurs</translation>
    </message>
    <message>
        <source>Someone else changed this dossier after you opened it, so your changes were not saved.</source>
        <translation>Quelqu’un d’autre a modifié ce dossier après que vous l’avez ouvert&#xa0;; vos modifications n’ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>Reload it to see the current version, then make your changes again. Keep your edits if you want to copy them first.</source>
        <translation>Rechargez-le pour voir la version actuelle, puis refaites vos modifications. Conservez vos saisies si vous voulez d’abord les copier.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Conserver mes saisies</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Discard them?</source>
        <translation>Ce dossier comporte des modifications non enregistrées. Voulez-vous les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>guichet::DossierForm</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Choisissez un produit…</translation>
    </message>
    <message>
        <source>As given by the CA, if any</source>
        <translation>Telle que fournie par l’AC, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Use &amp;case (optional):</source>
        <translation>&amp;Cas d’usage (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Order &amp;reference:</source>
        <translation>&amp;Référence de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Holder (as written on the identity document)</source>
        <translation>Porteur (tel qu’inscrit sur la pièce d’identité)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>&amp;Surnames:</source>
        <translation>N&amp;oms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>Préno&amp;ms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Date de n&amp;aissance&#xa0;:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;Lieu de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Acting for an &amp;organisation</source>
        <translation>Agit pour le compte d’une or&amp;ganisation</translation>
    </message>
    <message>
        <source>SAS, SARL, association…</source>
        <translation>SAS, SARL, association…</translation>
    </message>
    <message>
        <source>9 digits (SIREN) or 14 digits (SIRET)</source>
        <translation>9 chiffres (SIREN) ou 14 chiffres (SIRET)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Raison &amp;sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>SIREN / S&amp;IRET:</source>
        <translation>SIREN / S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>Subscriber / legal representative</source>
        <translation>Souscripteur / représentant légal</translation>
    </message>
    <message>
        <source>Function in the organisation</source>
        <translation>Fonction au sein de l’organisation</translation>
    </message>
    <message>
        <source>Surnames:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Two-letter country code (FR, BE, …)</source>
        <translation>Code pays à deux lettres (FR, BE, …)</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code, city, country:</source>
        <translation>Code postal, ville, pays&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a usage…</source>
        <translation>Choisissez un usage…</translation>
    </message>
    <message>
        <source>Choose a product first</source>
        <translation>Choisissez d’abord un produit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 31/12/1980.</source>
        <translation>Écrivez la date au format JJ/MM/AAAA, par exemple 31/12/1980.</translation>
    </message>
</context>
<context>
    <name>guichet::DossierListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Réf. de commande</translation>
    </message>
    <message>
        <source>Organisation / SIRET</source>
        <translation>Organisation / SIRET</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>guichet::DossierListPanel</name>
    <message>
        <source>Search by name, order reference or SIRET (Ctrl+F)</source>
        <translation>Nom, référence de commande ou SIRET (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search dossiers</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Create a new dossier (Ctrl+N)</source>
        <translation>Créer un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>La base de données n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation>Aucun dossier ne correspond.</translation>
    </message>
    <message>
        <source>No dossier yet: create one with &quot;New dossier&quot; (Ctrl+N).</source>
        <translation>Aucun dossier pour l’instant&#xa0;: créez-en un avec «&#xa0;Nouveau dossier&#xa0;» (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown; more as you scroll.</source>
        <translation>
            <numerusform>%n dossier affiché&#xa0;; faites défiler pour en voir d’autres.</numerusform>
            <numerusform>%n dossiers affichés&#xa0;; faites défiler pour en voir d’autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s).</source>
        <translation>
            <numerusform>%n dossier.</numerusform>
            <numerusform>%n dossiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DossierWorker</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>La base de données n’est pas encore ouverte.</translation>
    </message>
</context>
<context>
    <name>guichet::DossierWorkspace</name>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Face-à-face</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
</context>
<context>
    <name>guichet::EnrolmentWait</name>
    <message>
        <source>The request was cancelled in the outbox.</source>
        <translation>La demande a été annulée dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>guichet::EvidenceActions</name>
    <message>
        <source>&amp;Sign the intervention form</source>
        <translation>&amp;Signer le formulaire d’intervention</translation>
    </message>
    <message>
        <source>Export the &amp;evidence package…</source>
        <translation>Exporter le dossier de &amp;preuve…</translation>
    </message>
    <message>
        <source>Su&amp;bmit the evidence to the CA</source>
        <translation>Transmettre la preuve à l’A&amp;C</translation>
    </message>
    <message>
        <source>Originals sent by p&amp;ost…</source>
        <translation>Originaux envoyés par c&amp;ourrier…</translation>
    </message>
    <message>
        <source>Signing needs the operator logged in with their card.</source>
        <translation>La signature demande que l’opérateur soit connecté avec sa carte.</translation>
    </message>
    <message>
        <source>The documents cannot be opened on this workstation.</source>
        <translation>Les documents ne peuvent pas être ouverts sur ce poste.</translation>
    </message>
    <message>
        <source>Sign the intervention form</source>
        <translation>Signer le formulaire d’intervention</translation>
    </message>
    <message>
        <source>The intervention form of dossier %1 is signed and stored.</source>
        <translation>Le formulaire d’intervention du dossier %1 est signé et conservé.</translation>
    </message>
    <message>
        <source>Export the evidence package</source>
        <translation>Exporter le dossier de preuve</translation>
    </message>
    <message>
        <source>evidence-%1.asice</source>
        <translation>preuve-%1.asice</translation>
    </message>
    <message>
        <source>Evidence packages (*.asice)</source>
        <translation>Dossiers de preuve (*.asice)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence package saved to %1.</source>
        <translation>Dossier de preuve enregistré dans %1.</translation>
    </message>
    <message>
        <source>Submit the evidence to the CA</source>
        <translation>Transmettre la preuve à l’AC</translation>
    </message>
    <message>
        <source>The evidence package of dossier %1 is queued as outbox item %2.</source>
        <translation>Le dossier de preuve du dossier %1 est en file d’envoi (élément %2).</translation>
    </message>
</context>
<context>
    <name>guichet::FaceStep</name>
    <message>
        <source>Compare the photo on the document with the person in front of you: shape of the face, eyes, nose, ears. Ask them to remove glasses or anything covering the face.</source>
        <translation>Comparez la photo de la pièce avec la personne en face de vous&#xa0;: forme du visage, yeux, nez, oreilles. Demandez-lui de retirer ses lunettes ou tout ce qui couvre le visage.</translation>
    </message>
    <message>
        <source>The face &amp;matches the photo on the document</source>
        <translation>Le visage &amp;correspond à la photo de la pièce</translation>
    </message>
    <message>
        <source>The face does &amp;not match the photo</source>
        <translation>Le visage &amp;ne correspond pas à la photo</translation>
    </message>
    <message>
        <source>Face comparison</source>
        <translation>Comparaison du visage</translation>
    </message>
</context>
<context>
    <name>guichet::FeaturesStep</name>
    <message>
        <source>Security features</source>
        <translation>Éléments de sécurité</translation>
    </message>
    <message>
        <source>Choose the document type in the previous step first.</source>
        <translation>Choisissez d’abord le type de pièce à l’étape précédente.</translation>
    </message>
    <message>
        <source>Check at least %1 different features, optical and tactile, on the document in hand. A random suggestion appears once the document type is saved.</source>
        <translation>Contrôlez au moins %1 éléments différents, optiques et tactiles, sur la pièce en main. Une suggestion aléatoire apparaît une fois le type de pièce enregistré.</translation>
    </message>
    <message>
        <source>Check at least %1 different features, optical and tactile, on the document in hand. Suggested at random for this meeting: %2.</source>
        <translation>Contrôlez au moins %1 éléments différents, optiques et tactiles, sur la pièce en main. Suggérés au hasard pour ce face-à-face&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) checked.</source>
        <translation>
            <numerusform>%n élément contrôlé.</numerusform>
            <numerusform>%n éléments contrôlés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) checked; at least %1 are required.</source>
        <translation>
            <numerusform>%n élément contrôlé&#xa0;; au moins %1 sont exigés.</numerusform>
            <numerusform>%n éléments contrôlés&#xa0;; au moins %1 sont exigés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::FormPreviewDialog</name>
    <message>
        <source>Intervention form — dossier %1</source>
        <translation>Formulaire d’intervention — dossier %1</translation>
    </message>
    <message>
        <source>The printer cannot be drawn on.</source>
        <translation>Impossible de dessiner sur l’imprimante.</translation>
    </message>
</context>
<context>
    <name>guichet::HolderPinDialog</name>
    <message>
        <source>Holder&apos;s PIN</source>
        <translation>Code PIN du titulaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;The holder chooses the PIN&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le titulaire choisit le code PIN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Operator: turn the screen (or the PIN pad) towards the holder and look away. You must never see the PIN (RGS).</source>
        <translation>Opérateur&#xa0;: tournez l’écran (ou le clavier de saisie) vers le titulaire et détournez le regard. Vous ne devez jamais voir le code PIN (RGS).</translation>
    </message>
    <message>
        <source>The holder is ready</source>
        <translation>Le titulaire est prêt</translation>
    </message>
    <message>
        <source>Holder: choose your PIN and type it twice.</source>
        <translation>Titulaire&#xa0;: choisissez votre code PIN et saisissez-le deux fois.</translation>
    </message>
    <message>
        <source>exactly %1 characters</source>
        <translation>exactement %1 caractères</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>The PIN: %1, digits only; not one digit repeated, nor a run such as 123456.</source>
        <translation>Le code PIN&#xa0;: %1, chiffres uniquement&#xa0;; ni un même chiffre répété, ni une suite comme 123456.</translation>
    </message>
    <message>
        <source>The PIN: %1; not one character repeated, nor a run such as 123456.</source>
        <translation>Le code PIN&#xa0;: %1&#xa0;; ni un même caractère répété, ni une suite comme 123456.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Code PIN (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>Use this PIN</source>
        <translation>Utiliser ce code PIN</translation>
    </message>
    <message>
        <source>Holder: the PIN is entered on the reader&apos;s keypad, not here. When the reader asks, type your new PIN there, then confirm it.</source>
        <translation>Titulaire&#xa0;: le code PIN se saisit sur le clavier du lecteur, pas ici. Lorsque le lecteur le demande, saisissez-y votre nouveau code PIN, puis confirmez-le.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
</context>
<context>
    <name>guichet::IssuedCertificateDialog</name>
    <message>
        <source>Write the issued certificate to the token — dossier %1</source>
        <translation>Écrire le certificat émis sur le support — dossier %1</translation>
    </message>
    <message>
        <source>Reading the dossier&apos;s certificate…</source>
        <translation>Lecture du certificat du dossier…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN (the holder types it; operator, look away):</source>
        <translation>Code PIN du porteur (le porteur le saisit&#xa0;; opérateur, détournez le regard)&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate is written to token %1 and verified with a signature made on the token.</source>
        <translation>Le certificat est écrit sur le support %1 et vérifié par une signature faite sur le support.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate %1, issued by the CA for the key made on token %2. Insert that token, then the holder types the PIN.</source>
        <translation>Certificat %1, émis par l’AC pour la clé créée sur le support %2. Insérez ce support, puis le porteur saisit son code PIN.</translation>
    </message>
    <message>
        <source>Writing the certificate to token %1…</source>
        <translation>Écriture du certificat sur le support %1…</translation>
    </message>
    <message>
        <source>Certificate %1, issued by the CA for the key update&apos;s new key made on token %2. Insert that token, then the holder types the PIN.</source>
        <translation>Certificat %1, émis par l’AC pour la nouvelle clé de la mise à jour de clé, créée sur le support %2. Insérez ce support, puis le porteur saisit son code PIN.</translation>
    </message>
    <message>
        <source>The certificate is on token %1, but the dossier could not record it: %2</source>
        <translation>Le certificat est sur le support %1, mais le dossier n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>guichet::KeyUpdateDialog</name>
    <message>
        <source>Key update of dossier %1</source>
        <translation>Mise à jour de clé du dossier %1</translation>
    </message>
    <message>
        <source>&amp;Run the key update</source>
        <translation>&amp;Lancer la mise à jour de clé</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;token:</source>
        <translation>&amp;Support du porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;PIN:</source>
        <translation>Code &amp;PIN du porteur&#xa0;:</translation>
    </message>
    <message>
        <source>A new key pair is generated on the holder&apos;s token; the request is signed with the key of the certificate being renewed, and the new certificate is written on the token (RFC 9483 4.1.3).</source>
        <translation>Une nouvelle bi-clé est générée sur le support du porteur&#xa0;; la demande est signée avec la clé du certificat renouvelé, et le nouveau certificat est écrit sur le support (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator: turn the screen towards the holder and look away. Holder: type the PIN of your token.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opérateur&#xa0;: tournez l’écran vers le porteur et détournez le regard. Porteur&#xa0;: saisissez le code PIN de votre support.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, serial %3)</source>
        <translation>%1 (%2, numéro de série %3)</translation>
    </message>
    <message>
        <source>No token is present: insert the holder&apos;s token.</source>
        <translation>Aucun support n’est présent&#xa0;: insérez le support du porteur.</translation>
    </message>
    <message>
        <source>Certificate %1 is on the holder&apos;s token and in dossier %2.</source>
        <translation>Le certificat %1 est sur le support du porteur et dans le dossier %2.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Operator login</source>
        <translation>Connexion de l’opérateur</translation>
    </message>
    <message>
        <source>Insert your operator card in a reader, choose it, and type its PIN.</source>
        <translation>Insérez votre carte d’opérateur dans un lecteur, choisissez-la et saisissez son code PIN.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Operator &amp;card:</source>
        <translation>&amp;Carte d’opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Training operator card</source>
        <translation>Carte d’opérateur de formation</translation>
    </message>
    <message>
        <source>No operator is registered yet. In training mode Guichet can create a training operator card (a SoftHSM2 token with a certificate from the training CA) and register you as its supervisor. Choose its PIN.</source>
        <translation>Aucun opérateur n’est encore enregistré. En mode formation, Guichet peut créer une carte d’opérateur de formation (un support SoftHSM2 avec un certificat de l’AC de formation) et vous enregistrer comme superviseur. Choisissez son code PIN.</translation>
    </message>
    <message>
        <source>Create the training &amp;card</source>
        <translation>Créer la &amp;carte de formation</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Nouveau code PIN (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The training operator card %1 is ready: log in with it.</source>
        <translation>La carte d’opérateur de formation %1 est prête&#xa0;: connectez-vous avec elle.</translation>
    </message>
    <message>
        <source>Loading the card reader module…</source>
        <translation>Chargement du module des cartes…</translation>
    </message>
    <message>
        <source>The operator cards cannot be read: %1</source>
        <translation>Les cartes d’opérateur ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking for operator cards…</source>
        <translation>Recherche des cartes d’opérateur…</translation>
    </message>
    <message>
        <source>%1 (%2, serial %3)</source>
        <translation>%1 (%2, numéro de série %3)</translation>
    </message>
    <message>
        <source>No card found. Insert your operator card, then choose Refresh.</source>
        <translation>Aucune carte trouvée. Insérez votre carte d’opérateur, puis choisissez Actualiser.</translation>
    </message>
    <message>
        <source>Checking the card and its certificate…</source>
        <translation>Vérification de la carte et de son certificat…</translation>
    </message>
    <message>
        <source>Type your name: it goes on the training card&apos;s certificate.</source>
        <translation>Saisissez votre nom&#xa0;: il figurera dans le certificat de la carte de formation.</translation>
    </message>
    <message>
        <source>Creating the training operator card…</source>
        <translation>Création de la carte d’opérateur de formation…</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet — training</source>
        <translation>Guichet — formation</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <source>&amp;Find dossier</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <source>TRAINING MODE — nothing done here is real: certificates issued in training have no value.</source>
        <translation>MODE FORMATION — rien de ce qui est fait ici n’est réel&#xa0;: les certificats délivrés en formation n’ont aucune valeur.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>Mode production</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Check the database in Settings, then restart Guichet.</source>
        <translation>Vérifiez la base de données dans les paramètres, puis redémarrez Guichet.</translation>
    </message>
    <message>
        <source>Settings saved. They take effect the next time Guichet starts.</source>
        <translation>Paramètres enregistrés. Ils prendront effet au prochain démarrage de Guichet.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Envois en attente</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Opérateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>Manage &amp;operators…</source>
        <translation>Gérer les &amp;opérateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Journal d’&amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Lock the session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
</context>
<context>
    <name>guichet::MeetingView</name>
    <message>
        <source>Face-to-face meeting</source>
        <translation>Face-à-face</translation>
    </message>
    <message>
        <source>Re&amp;load the meeting</source>
        <translation>Re&amp;charger le face-à-face</translation>
    </message>
    <message>
        <source>Steps of the meeting</source>
        <translation>Étapes du face-à-face</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Étape précédente</translation>
    </message>
    <message>
        <source>Ctrl+PgUp or Alt+Left</source>
        <translation>Ctrl+Page préc. ou Alt+Gauche</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Étape suivante →</translation>
    </message>
    <message>
        <source>Enter, Ctrl+PgDown or Alt+Right</source>
        <translation>Entrée, Ctrl+Page suiv. ou Alt+Droite</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Face-to-face meeting — dossier %1 — %2 %3</source>
        <translation>Face-à-face — dossier %1 — %2 %3</translation>
    </message>
    <message>
        <source>Resumed where it was left.</source>
        <translation>Repris là où il avait été laissé.</translation>
    </message>
    <message>
        <source>New meeting.</source>
        <translation>Nouveau face-à-face.</translation>
    </message>
    <message>
        <source>Identity verified: the dossier is now “%1”.</source>
        <translation>Identité vérifiée&#xa0;: le dossier est maintenant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Identity not verified. %1</source>
        <translation>Identité non vérifiée. %1</translation>
    </message>
    <message>
        <source>This meeting was changed at another workstation after you opened it, so your latest changes were not saved. Reload the meeting to see what is stored, then enter your changes again.
%1</source>
        <translation>Ce face-à-face a été modifié sur un autre poste après que vous l’avez ouvert&#xa0;: vos dernières modifications n’ont pas été enregistrées. Rechargez le face-à-face pour voir ce qui est enregistré, puis saisissez de nouveau vos modifications.
%1</translation>
    </message>
    <message>
        <source>The meeting could not be opened. %1</source>
        <translation>Le face-à-face n’a pas pu être ouvert. %1</translation>
    </message>
    <message>
        <source>A change could not be saved. %1</source>
        <translation>Une modification n’a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>guichet::MeetingWorker</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>La base de données n’est pas encore ouverte.</translation>
    </message>
</context>
<context>
    <name>guichet::MrzPanel</name>
    <message>
        <source>Type or paste the 2 or 3 lines at the bottom of the document</source>
        <translation>Saisissez ou collez les 2 ou 3 lignes du bas de la pièce</translation>
    </message>
    <message>
        <source>No MRZ typed yet.</source>
        <translation>Aucune MRZ saisie pour l’instant.</translation>
    </message>
    <message>
        <source>MRZ valid (%1): every check digit matches.</source>
        <translation>MRZ valide (%1)&#xa0;: toutes les clés de contrôle concordent.</translation>
    </message>
    <message numerus="yes">
        <source>MRZ not valid: %n problem(s) to correct.</source>
        <translation>
            <numerusform>MRZ non valide&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>MRZ non valide&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>CA registration</source>
        <translation>Enregistrement AC</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;registration number:</source>
        <translation>Numéro d’en&amp;registrement auprès de l’AC&#xa0;:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation (Certification Agent):</source>
        <translation>Or&amp;ganisation (mandataire de certification)&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;training:</source>
        <translation>Dernière &amp;formation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add from a certificate…</source>
        <translation>&amp;Ajouter à partir d’un certificat…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate</source>
        <translation>Le certificat de l’opérateur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is registered as a DRA operator; set the role and details, then save.</source>
        <translation>%1 est enregistré comme opérateur d’ADR&#xa0;; indiquez le rôle et les détails, puis enregistrez.</translation>
    </message>
    <message>
        <source>The account of %1 is saved.</source>
        <translation>Le compte de %1 est enregistré.</translation>
    </message>
    <message>
        <source>The account of %1 is deactivated: that card no longer logs in.</source>
        <translation>Le compte de %1 est désactivé&#xa0;: cette carte ne permet plus de se connecter.</translation>
    </message>
</context>
<context>
    <name>guichet::OrganisationStep</name>
    <message>
        <source>SIREN (9 digits) or SIRET (14 digits)</source>
        <translation>SIREN (9 chiffres) ou SIRET (14 chiffres)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Mandate &amp;countersigned by the holder</source>
        <translation>Mandat &amp;contresigné par le porteur</translation>
    </message>
    <message>
        <source>Request co-signed by the holder and the Certification &amp;Agent</source>
        <translation>Demande cosignée par le porteur et le mandataire de certific&amp;ation</translation>
    </message>
    <message>
        <source>SIREN or S&amp;IRET:</source>
        <translation>SIREN ou S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>Legal &amp;representative who signed the mandate:</source>
        <translation>&amp;Représentant légal signataire du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mandate dated:</source>
        <translation>&amp;Mandat daté du&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation and mandate</source>
        <translation>Organisation et mandat</translation>
    </message>
    <message>
        <source>Type the SIREN or SIRET from the Kbis extract or SIRENE notice.</source>
        <translation>Saisissez le SIREN ou le SIRET figurant sur l’extrait Kbis ou l’avis de situation SIRENE.</translation>
    </message>
    <message>
        <source>Valid identifier.</source>
        <translation>Identifiant valide.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 31/12/2025.</source>
        <translation>Écrivez la date sous la forme JJ/MM/AAAA, par exemple 31/12/2025.</translation>
    </message>
</context>
<context>
    <name>guichet::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la demande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>CA answer or last error</source>
        <translation>Réponse de l’AC ou dernière erreur</translation>
    </message>
</context>
<context>
    <name>guichet::OutboxStatusIndicator</name>
    <message>
        <source>CA online</source>
        <translation>AC en ligne</translation>
    </message>
    <message>
        <source>CA offline</source>
        <translation>AC hors ligne</translation>
    </message>
    <message>
        <source>CA not contacted yet</source>
        <translation>AC pas encore contactée</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s) waiting</source>
        <translation>
            <numerusform>%1 — %n demande en attente</numerusform>
            <numerusform>%1 — %n demandes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are kept and sent when the CA answers again.</source>
        <translation>Les demandes sont conservées et envoyées dès que l’AC répond de nouveau.</translation>
    </message>
</context>
<context>
    <name>guichet::PageView</name>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the page to the window</source>
        <translation>Ajuster la page à la fenêtre</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <source>Rotate the view a quarter turn left (the document is not changed)</source>
        <translation>Faire pivoter l’affichage d’un quart de tour à gauche (le document n’est pas modifié)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Pivoter à droite</translation>
    </message>
    <message>
        <source>Rotate the view a quarter turn right (the document is not changed)</source>
        <translation>Faire pivoter l’affichage d’un quart de tour à droite (le document n’est pas modifié)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>guichet::PassphrasePrompt</name>
    <message>
        <source>Unlock identity documents</source>
        <translation>Déverrouiller les pièces d’identité</translation>
    </message>
    <message>
        <source>A supervisor protected this workstation&apos;s document key with a passphrase. Type it to store and show identity documents in this session.</source>
        <translation>Un superviseur a protégé la clé des documents de ce poste par une phrase secrète. Saisissez-la pour enregistrer et afficher les pièces d’identité dans cette session.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>guichet::PersonalisationDialog</name>
    <message>
        <source>Personalise the holder&apos;s token — %1</source>
        <translation>Personnaliser le support du titulaire — %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Sujet du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Support&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>courriel %1</translation>
    </message>
    <message>
        <source>(cannot be made from this dossier)</source>
        <translation>(impossible à établir à partir de ce dossier)</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Recherche des supports…</translation>
    </message>
    <message>
        <source>%1 — %2, serial %3</source>
        <translation>%1 — %2, numéro de série %3</translation>
    </message>
    <message>
        <source>blank token — %1, serial %2</source>
        <translation>support vierge — %1, numéro de série %2</translation>
    </message>
    <message>
        <source>The product %1 needs a certified qualified signature creation device (QSCD); this token (%2) is not one. Use a certified token.</source>
        <translation>Le produit %1 exige un dispositif qualifié de création de signature (QSCD) certifié&#xa0;; ce support (%2) n’en est pas un. Utilisez un support certifié.</translation>
    </message>
    <message>
        <source>This token&apos;s SO PIN is locked: it cannot be initialised.</source>
        <translation>Le code PIN administrateur (SO) de ce support est bloqué&#xa0;: il ne peut pas être initialisé.</translation>
    </message>
    <message>
        <source>No token found. Insert the holder&apos;s token, then look again.</source>
        <translation>Aucun support trouvé. Insérez le support du titulaire, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>model not in the catalogue: not a certified QSCD</source>
        <translation>modèle absent du catalogue&#xa0;: pas un QSCD certifié</translation>
    </message>
    <message>
        <source>certified QSCD (%1)</source>
        <translation>QSCD certifié (%1)</translation>
    </message>
    <message>
        <source>not a certified QSCD</source>
        <translation>pas un QSCD certifié</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Modèle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Numéro de série&#xa0;: %1</translation>
    </message>
    <message>
        <source>QSCD: %1</source>
        <translation>QSCD&#xa0;: %1</translation>
    </message>
    <message>
        <source>PIN pad: the holder types the PIN on the reader.</source>
        <translation>Clavier sécurisé&#xa0;: le titulaire saisit le code PIN sur le lecteur.</translation>
    </message>
    <message>
        <source>The holder did not choose a PIN; nothing was done.</source>
        <translation>Le titulaire n’a pas choisi de code PIN&#xa0;; rien n’a été fait.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l’étape en cours…</translation>
    </message>
    <message>
        <source>Start over: choose the token (the same or another one).</source>
        <translation>Recommencer&#xa0;: choisissez le support (le même ou un autre).</translation>
    </message>
    <message>
        <source>%1
Resume on the same token once the problem is solved (token %2), or start over.</source>
        <translation>%1
Reprenez sur le même support une fois le problème résolu (support %2), ou recommencez.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>The token %1 is personalised: its certificate is written and verified with a signature made on the token.</source>
        <translation>Le support %1 est personnalisé&#xa0;: son certificat est écrit et vérifié par une signature faite sur le support.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Waiting for the CA&apos;s answer (outbox item %1)…</source>
        <translation>En attente de la réponse de l’AC (élément %1 de la boîte d’envoi)…</translation>
    </message>
    <message numerus="yes">
        <source>The certificate request is signed on the token (%n bytes); putting it in the outbox…</source>
        <translation>
            <numerusform>La demande de certificat est signée sur le support (%n octet)&#xa0;; mise en boîte d’envoi…</numerusform>
            <numerusform>La demande de certificat est signée sur le support (%n octets)&#xa0;; mise en boîte d’envoi…</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate request is in the outbox (item %1); waiting for the CA&apos;s answer. Leave the holder&apos;s token in the reader.</source>
        <translation>La demande de certificat est dans la boîte d’envoi (élément %1)&#xa0;; en attente de la réponse de l’AC. Laissez le support du porteur dans le lecteur.</translation>
    </message>
    <message>
        <source>The CA issued the certificate; writing it to the token…</source>
        <translation>L’AC a émis le certificat&#xa0;; écriture sur le support…</translation>
    </message>
    <message>
        <source>The CA refused the certificate request: %1
The dossier shows the reason; the key stays on the token.</source>
        <translation>L’AC a refusé la demande de certificat&#xa0;: %1
Le dossier en indique le motif&#xa0;; la clé reste sur le support.</translation>
    </message>
    <message>
        <source>You stopped waiting for the CA.</source>
        <translation>Vous avez cessé d’attendre l’AC.</translation>
    </message>
    <message>
        <source>The CA has not answered in time.</source>
        <translation>L’AC n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 The request stays in the outbox (item %2) and is sent as soon as the CA can be reached; the key stays on the token. You may close this window: once the certificate is issued, use Dossier › Write the issued certificate to the token…, or Resume to wait again now.</source>
        <translation>%1 La demande reste dans la boîte d’envoi (élément %2) et sera envoyée dès que l’AC sera joignable&#xa0;; la clé reste sur le support. Vous pouvez fermer cette fenêtre&#xa0;: une fois le certificat émis, utilisez Dossier › Écrire le certificat émis sur le support…, ou Reprendre pour attendre de nouveau maintenant.</translation>
    </message>
    <message>
        <source>The certificate request could not be put in the outbox: %1</source>
        <translation>La demande de certificat n’a pas pu être placée dans la boîte d’envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>guichet::PostalDispatchDialog</name>
    <message>
        <source>Originals sent by post — dossier %1</source>
        <translation>Originaux envoyés par courrier — dossier %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Sent to the CA</source>
        <translation>Envoi à l’AC</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Envoyés &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Numéro de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;dispatch</source>
        <translation>Enregistrer l’&amp;envoi</translation>
    </message>
    <message>
        <source>Received by the CA</source>
        <translation>Réception par l’AC</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçus le&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;receipt</source>
        <translation>Enregistrer la &amp;réception</translation>
    </message>
    <message>
        <source>Sent on %1 by %2, tracking number %3.</source>
        <translation>Envoyés le %1 par %2, numéro de suivi %3.</translation>
    </message>
    <message>
        <source>Received by the CA on %1.</source>
        <translation>Reçus par l’AC le %1.</translation>
    </message>
    <message>
        <source>No dispatch recorded yet.</source>
        <translation>Aucun envoi enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Dispatch of the originals of dossier %1 recorded.</source>
        <translation>Envoi des originaux du dossier %1 enregistré.</translation>
    </message>
    <message>
        <source>Receipt of the originals of dossier %1 recorded.</source>
        <translation>Réception des originaux du dossier %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>guichet::QtCmpTransport</name>
    <message>
        <source>The CA address %1 is not an http or https URL.</source>
        <translation>L’adresse de l’AC %1 n’est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>The CA address %1 uses plain HTTP: only a loopback address (tests, the training CA) may. Use https.</source>
        <translation>L’adresse de l’AC %1 utilise HTTP en clair&#xa0;: seule une adresse de bouclage (tests, AC de formation) le peut. Utilisez https.</translation>
    </message>
    <message>
        <source>The CA profile gives no trust anchor to verify %1 with.</source>
        <translation>Le profil d’AC ne donne aucune ancre de confiance pour vérifier %1.</translation>
    </message>
    <message>
        <source>The CA&apos;s server answered HTTP %1 %2 instead of a CMP message.</source>
        <translation>Le serveur de l’AC a répondu HTTP %1 %2 au lieu d’un message CMP.</translation>
    </message>
    <message>
        <source>The CA&apos;s answer from %1 is larger than %2 bytes; it was refused.</source>
        <translation>La réponse de l’AC depuis %1 dépasse %2 octets&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The exchange with the CA was cancelled.</source>
        <translation>L’échange avec l’AC a été annulé.</translation>
    </message>
    <message>
        <source>The CA at %1 did not answer within %2 seconds.</source>
        <translation>L’AC à l’adresse %1 n’a pas répondu dans les %2 secondes.</translation>
    </message>
    <message>
        <source>The CA at %1 is not reachable (%2).</source>
        <translation>L’AC à l’adresse %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The secure connection to the CA at %1 failed: its certificate is not trusted by the CA profile&apos;s trust anchors, or TLS failed (%2).</source>
        <translation>La connexion sécurisée à l’AC à l’adresse %1 a échoué&#xa0;: son certificat n’est pas reconnu par les ancres de confiance du profil d’AC, ou TLS a échoué (%2).</translation>
    </message>
    <message>
        <source>The CA&apos;s server answered HTTP %1 instead of a CMP message.</source>
        <translation>Le serveur de l’AC a répondu HTTP %1 au lieu d’un message CMP.</translation>
    </message>
    <message>
        <source>The exchange with the CA at %1 failed: %2</source>
        <translation>L’échange avec l’AC à l’adresse %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>guichet::ReaderPanel</name>
    <message>
        <source>Card readers</source>
        <translation>Lecteurs de cartes</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Recherche des lecteurs de cartes…</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Carte inconnue</translation>
    </message>
    <message>
        <source>ATR %1</source>
        <translation>ATR %1</translation>
    </message>
    <message>
        <source>%1 (PIN pad: the PIN is typed on the reader)</source>
        <translation>%1 (clavier sécurisé&#xa0;: le code PIN se saisit sur le lecteur)</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de carte n’est connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s) connected.</source>
        <translation>
            <numerusform>%n lecteur connecté.</numerusform>
            <numerusform>%n lecteurs connectés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RejectionBanner</name>
    <message>
        <source>Rejection by the CA</source>
        <translation>Rejet par l’AC</translation>
    </message>
    <message>
        <source>The CA rejected this dossier pending documents, without giving a reason. Ask the CA what is missing before submitting it again.</source>
        <translation>L’AC a rejeté ce dossier en attente de pièces, sans en donner le motif. Demandez à l’AC ce qui manque avant de le soumettre à nouveau.</translation>
    </message>
    <message>
        <source>The CA rejected this dossier pending documents: %1
Add or correct what it asks for, then submit the dossier again.</source>
        <translation>L’AC a rejeté ce dossier en attente de pièces&#xa0;: %1
Ajoutez ou corrigez ce qu’elle demande, puis soumettez le dossier à nouveau.</translation>
    </message>
</context>
<context>
    <name>guichet::RenewalDialog</name>
    <message>
        <source>Renew a certificate</source>
        <translation>Renouveler un certificat</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Previous dossier:</source>
        <translation>Dossier précédent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Référence de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <source>Holder&apos;s date of &amp;birth:</source>
        <translation>Date de &amp;naissance du porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;email:</source>
        <translation>&amp;Courriel du porteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the renewal dossier</source>
        <translation>&amp;Ouvrir le dossier de renouvellement</translation>
    </message>
</context>
<context>
    <name>guichet::RevocationDialog</name>
    <message>
        <source>Key compromise (token lost, stolen or PIN disclosed)</source>
        <translation>Compromission de la clé (support perdu, volé ou code PIN divulgué)</translation>
    </message>
    <message>
        <source>Affiliation changed (the holder left the organisation or changed name)</source>
        <translation>Changement d’affiliation (le porteur a quitté l’organisation ou changé de nom)</translation>
    </message>
    <message>
        <source>Superseded (replaced by a new certificate)</source>
        <translation>Remplacé (par un nouveau certificat)</translation>
    </message>
    <message>
        <source>Cessation of operation (no longer needed)</source>
        <translation>Cessation d’activité (plus nécessaire)</translation>
    </message>
    <message>
        <source>Certificate hold</source>
        <translation>Suspension du certificat</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;Revoke the certificate</source>
        <translation>&amp;Révoquer le certificat</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier %1 has no certificate that is not already revoked.</source>
        <translation>Le dossier %1 n’a aucun certificat qui ne soit déjà révoqué.</translation>
    </message>
    <message>
        <source>%1
Serial number %2, issued by %3, valid until %4.</source>
        <translation>%1
Numéro de série %2, émis par %3, valide jusqu’au %4.</translation>
    </message>
    <message>
        <source>I confirm the revocation of certificate %1 of %2. It cannot be undone.</source>
        <translation>Je confirme la révocation du certificat %1 de %2. Elle est irréversible.</translation>
    </message>
    <message>
        <source>Revoke a certificate of dossier %1</source>
        <translation>Révoquer un certificat du dossier %1</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reading the dossier&apos;s certificates…</source>
        <translation>Lecture des certificats du dossier…</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Revocation waiting in the outbox</source>
        <translation>Révocation en attente dans la file d’envoi</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>%1 (the certificate this dossier renews)</source>
        <translation>%1 (le certificat que ce dossier renouvelle)</translation>
    </message>
    <message>
        <source>Choose the certificate to revoke.</source>
        <translation>Choisissez le certificat à révoquer.</translation>
    </message>
</context>
<context>
    <name>guichet::ScanDialog</name>
    <message>
        <source>Scan a document</source>
        <translation>Numériser un document</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>Page %1&#xa0;: %p %</translation>
    </message>
    <message>
        <source>Stopping the scanner…</source>
        <translation>Arrêt du scanner…</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>&amp;Numériser</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arr&amp;êter</translation>
    </message>
    <message>
        <source>C&amp;lear pages</source>
        <translation>&amp;Effacer les pages</translation>
    </message>
    <message>
        <source>Date on the paper:</source>
        <translation>Date sur le papier&#xa0;:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Type de document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store in the dossier</source>
        <translation>&amp;Stocker dans le dossier</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Recherche des scanners…</translation>
    </message>
    <message>
        <source>No scanner found. Is it connected and switched on?</source>
        <translation>Aucun scanner trouvé. Est-il branché et allumé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Flatbed (one page)</source>
        <translation>Vitre (une page)</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Chargeur de documents</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>Chargeur de documents, recto verso</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>Noir et blanc (texte)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 ppp</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>This scanner offers no setting Guichet can use.</source>
        <translation>Ce scanner ne propose aucun réglage utilisable par Guichet.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Numérisation…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. The %n page(s) scanned are kept.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n page numérisée, conservée.</numerusform>
            <numerusform>Arrêté&#xa0;: %n pages numérisées, conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
The %n page(s) already scanned are kept.</source>
        <translation>
            <numerusform>%1
%n page déjà numérisée est conservée.</numerusform>
            <numerusform>%1
%n pages déjà numérisées sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview done.</source>
        <translation>Aperçu terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n page numérisée.</numerusform>
            <numerusform>%n pages numérisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Stockage…</translation>
    </message>
    <message>
        <source>Stored as document %1.</source>
        <translation>Stocké comme document %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ScanWorker</name>
    <message>
        <source>The scanner service is not started yet.</source>
        <translation>Le service de numérisation n’est pas encore démarré.</translation>
    </message>
</context>
<context>
    <name>guichet::SessionLock</name>
    <message>
        <source>To unlock, type the PIN of the same operator card. Another operator must log this session out first.</source>
        <translation>Pour déverrouiller, saisissez le code PIN de la même carte d’opérateur. Un autre opérateur doit d’abord fermer cette session.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Guichet — locked</source>
        <translation>Guichet — verrouillé</translation>
    </message>
    <message>
        <source>Session of %1 locked</source>
        <translation>Session de %1 verrouillée</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Vérification de la carte…</translation>
    </message>
</context>
<context>
    <name>guichet::SessionWorker</name>
    <message>
        <source>The operator session is not started.</source>
        <translation>La session opérateur n’est pas démarrée.</translation>
    </message>
    <message>
        <source>This workstation cannot create a training operator card.</source>
        <translation>Ce poste ne peut pas créer de carte opérateur de formation.</translation>
    </message>
    <message>
        <source>An operator is already logged in: log out first.</source>
        <translation>Un opérateur est déjà connecté&#xa0;: déconnectez-le d’abord.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>No operator is logged in.</source>
        <translation>Aucun opérateur n’est connecté.</translation>
    </message>
    <message>
        <source>This card belongs to another operator. The locked session must be logged out first.</source>
        <translation>Cette carte appartient à un autre opérateur. La session verrouillée doit d’abord être fermée.</translation>
    </message>
    <message>
        <source>The operator&apos;s session is locked or closed: unlock it with the card&apos;s PIN first.</source>
        <translation>La session de l’opérateur est verrouillée ou fermée&#xa0;: déverrouillez-la d’abord avec le code PIN de la carte.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Embedded database (this computer only)</source>
        <translation>Base de données &amp;intégrée (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>&amp;Fichier SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by an office):</source>
        <translation>&amp;Serveur PostgreSQL (partagé au sein d’une agence)&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never stored: put it in ~/.pgpass or in the PGPASSWORD variable.</source>
        <translation>Le mot de passe n’est jamais enregistré&#xa0;: placez-le dans ~/.pgpass ou dans la variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Changes take effect the next time Guichet starts.</source>
        <translation>Les modifications prendront effet au prochain démarrage de Guichet.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de données SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>A PostgreSQL address starts with postgresql://</source>
        <translation>Une adresse PostgreSQL commence par postgresql://</translation>
    </message>
    <message>
        <source>Enter the path of a file, or choose PostgreSQL.</source>
        <translation>Saisissez le chemin d’un fichier, ou choisissez PostgreSQL.</translation>
    </message>
    <message>
        <source>Terms of use &amp;version:</source>
        <translation>&amp;Version des conditions générales d’utilisation&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Loc&amp;k the session after:</source>
        <translation>&amp;Verrouiller la session après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>guichet::StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Statut actuel&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>guichet::StatusHistoryWidget</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
</context>
<context>
    <name>guichet::SummaryStep</name>
    <message>
        <source>&amp;Originals posted to the certification authority</source>
        <translation>&amp;Originaux envoyés par la poste à l’autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Identity verified</source>
        <translation>&amp;Identité vérifiée</translation>
    </message>
    <message>
        <source>Records that the holder&apos;s identity was verified face to face (Enter). Refused while a rule in the checklist is not met.</source>
        <translation>Enregistre que l’identité du porteur a été vérifiée en face-à-face (Entrée). Refusé tant qu’une règle de la liste de contrôle n’est pas respectée.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Identity verified on %1.</source>
        <translation>Identité vérifiée le %1.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Security features checked</source>
        <translation>Éléments de sécurité contrôlés</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
</context>
<context>
    <name>guichet::TokenService</name>
    <message>
        <source>The token service is not started.</source>
        <translation>Le service des supports n’est pas démarré.</translation>
    </message>
    <message>
        <source>listing the tokens</source>
        <translation>liste des supports</translation>
    </message>
    <message>
        <source>The PKCS#11 module is not loaded.</source>
        <translation>Le module PKCS#11 n’est pas chargé.</translation>
    </message>
    <message>
        <source>This personalisation is no longer known.</source>
        <translation>Cette personnalisation n’est plus connue.</translation>
    </message>
    <message>
        <source>changing the PIN</source>
        <translation>changement du code PIN</translation>
    </message>
    <message>
        <source>unblocking the PIN</source>
        <translation>déblocage du code PIN</translation>
    </message>
    <message>
        <source>writing the certificate</source>
        <translation>écriture du certificat</translation>
    </message>
</context>
<context>
    <name>guichet::TokenWorker</name>
    <message>
        <source>The PKCS#11 module is not loaded yet.</source>
        <translation>Le module PKCS#11 n’est pas encore chargé.</translation>
    </message>
</context>
</TS>

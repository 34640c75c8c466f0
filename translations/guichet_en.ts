<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AesGcm</name>
    <message>
        <source>AES-256-GCM needs a 32-byte key and a 12-byte nonce.</source>
        <translation>AES-256-GCM needs a 32-byte key and a 12-byte nonce.</translation>
    </message>
    <message>
        <source>The protected data failed its integrity check: it was altered or damaged, or sealed under another key. It was not used.</source>
        <translation>The protected data failed its integrity check: it was altered or damaged, or sealed under another key. It was not used.</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>encrypting</translation>
    </message>
    <message>
        <source>decrypting</source>
        <translation>decrypting</translation>
    </message>
</context>
<context>
    <name>AsicContainer</name>
    <message>
        <source>Cannot write the evidence container: %1</source>
        <translation>Cannot write the evidence container: %1</translation>
    </message>
    <message>
        <source>A document may not be named &quot;mimetype&quot; in a container.</source>
        <translation>A document may not be named &quot;mimetype&quot; in a container.</translation>
    </message>
    <message>
        <source>This file is not a readable ZIP container: %1</source>
        <translation>This file is not a readable ZIP container: %1</translation>
    </message>
    <message>
        <source>Cannot read entry %1 of the container: %2</source>
        <translation>Cannot read entry %1 of the container: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 in the container: %2</source>
        <translation>Cannot read %1 in the container: %2</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is not the first of the file.</source>
        <translation>The &quot;mimetype&quot; entry is not the first of the file.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is compressed.</source>
        <translation>The &quot;mimetype&quot; entry is compressed.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry carries an extra field.</source>
        <translation>The &quot;mimetype&quot; entry carries an extra field.</translation>
    </message>
    <message>
        <source>The container has no &quot;mimetype&quot; entry.</source>
        <translation>The container has no &quot;mimetype&quot; entry.</translation>
    </message>
    <message>
        <source>The container&apos;s type is &quot;%1&quot;, not an ASiC-E container.</source>
        <translation>The container&apos;s type is &quot;%1&quot;, not an ASiC-E container.</translation>
    </message>
    <message>
        <source>The &quot;mimetype&quot; entry is not at the start of the file, where readers look.</source>
        <translation>The &quot;mimetype&quot; entry is not at the start of the file, where readers look.</translation>
    </message>
</context>
<context>
    <name>AsicManifestReader</name>
    <message>
        <source>The container&apos;s manifest cannot be read: %1</source>
        <translation>The container&apos;s manifest cannot be read: %1</translation>
    </message>
    <message>
        <source>it is not an ASiCManifest.</source>
        <translation>it is not an ASiCManifest.</translation>
    </message>
    <message>
        <source>digest method %1 is not SHA-256.</source>
        <translation>digest method %1 is not SHA-256.</translation>
    </message>
    <message>
        <source>a digest belongs to no file.</source>
        <translation>a digest belongs to no file.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no SHA-256 digest.</source>
        <translation>the entry &quot;%1&quot; has no SHA-256 digest.</translation>
    </message>
    <message>
        <source>it names no signature.</source>
        <translation>it names no signature.</translation>
    </message>
</context>
<context>
    <name>AtrCatalogue</name>
    <message>
        <source>The ATR catalogue is not valid JSON: %1</source>
        <translation>The ATR catalogue is not valid JSON: %1</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: an id, a model and a hexadecimal ATR are required.</source>
        <translation>ATR catalogue entry &quot;%1&quot;: an id, a model and a hexadecimal ATR are required.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: the mask must have as many bytes as the ATR.</source>
        <translation>ATR catalogue entry &quot;%1&quot;: the mask must have as many bytes as the ATR.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: a certified QSCD needs its certification reference.</source>
        <translation>ATR catalogue entry &quot;%1&quot;: a certified QSCD needs its certification reference.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: unknown PIN charset &quot;%2&quot;.</source>
        <translation>ATR catalogue entry &quot;%1&quot;: unknown PIN charset &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>ATR catalogue entry &quot;%1&quot;: invalid PIN length limits.</source>
        <translation>ATR catalogue entry &quot;%1&quot;: invalid PIN length limits.</translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>%1 (event %2, signed by %3 on %4 UTC)</source>
        <translation>%1 (event %2, signed by %3 on %4 UTC)</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not valid: %2.</source>
        <translation>Checkpoint %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>Event %1 is not the event signed in checkpoint %2: the log up to this event was rewritten.</source>
        <translation>Event %1 is not the event signed in checkpoint %2: the log up to this event was rewritten.</translation>
    </message>
    <message>
        <source>Event %1 is missing: checkpoint %2 names it. Events at the end were removed.</source>
        <translation>Event %1 is missing: checkpoint %2 names it. Events at the end were removed.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointCommand</name>
    <message>
        <source>audit checkpoint needs the operator&apos;s card: --operator-token SERIAL.</source>
        <translation>audit checkpoint needs the operator&apos;s card: --operator-token SERIAL.</translation>
    </message>
    <message>
        <source>Checkpoint %1 signed: the audit trail up to event %2.</source>
        <translation>Checkpoint %1 signed: the audit trail up to event %2.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>locking the audit log</source>
        <translation>locking the audit log</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>The audit log has no head record.</source>
        <translation>The audit log has no head record.</translation>
    </message>
    <message>
        <source>The audit log is empty: there is nothing to sign.</source>
        <translation>The audit log is empty: there is nothing to sign.</translation>
    </message>
    <message>
        <source>Event %1 is already covered by a checkpoint.</source>
        <translation>Event %1 is already covered by a checkpoint.</translation>
    </message>
    <message>
        <source>writing an audit checkpoint</source>
        <translation>writing an audit checkpoint</translation>
    </message>
    <message>
        <source>reading the audit checkpoints</source>
        <translation>reading the audit checkpoints</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>unknown audit command &quot;%1&quot;.</source>
        <translation>unknown audit command &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Audit trail intact: %n event checked.</numerusform>
            <numerusform>Audit trail intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Audit trail BROKEN at event %1: %2</translation>
    </message>
    <message>
        <source>The audit trail.

Commands:
  verify [--trust CA.pem] [--file FILE.jsonl]   check the hash chain and the signed checkpoints; name the first bad event or checkpoint
  export --from DATE --to DATE --out FILE.jsonl   events and their checkpoints, verifiable offline
  checkpoint --operator-token SERIAL   sign the chain&apos;s head with the operator&apos;s card</source>
        <translation>The audit trail.

Commands:
  verify [--trust CA.pem] [--file FILE.jsonl]   check the hash chain and the signed checkpoints; name the first bad event or checkpoint
  export --from DATE --to DATE --out FILE.jsonl   events and their checkpoints, verifiable offline
  checkpoint --operator-token SERIAL   sign the chain&apos;s head with the operator&apos;s card</translation>
    </message>
    <message>
        <source>verify, export or checkpoint</source>
        <translation>verify, export or checkpoint</translation>
    </message>
    <message>
        <source>give an audit command: verify, export or checkpoint.</source>
        <translation>give an audit command: verify, export or checkpoint.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) hold; events up to %1 are covered by a signature.</source>
        <translation>
            <numerusform>%n signed checkpoint hold; events up to %1 are covered by a signature.</numerusform>
            <numerusform>%n signed checkpoints hold; events up to %1 are covered by a signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --out FILE.jsonl.</source>
        <translation>audit export needs --out FILE.jsonl.</translation>
    </message>
    <message>
        <source>--from and --to take a date (2026-11-25) or a UTC date and time (2026-11-25T09:30:00Z).</source>
        <translation>--from and --to take a date (2026-11-25) or a UTC date and time (2026-11-25T09:30:00Z).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>%n event exported.</numerusform>
            <numerusform>%n events exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) included.</source>
        <translation>
            <numerusform>%n signed checkpoint included.</numerusform>
            <numerusform>%n signed checkpoints included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at the end are not covered by a signed checkpoint yet.</source>
        <translation>
            <numerusform>%n event at the end are not covered by a signed checkpoint yet.</numerusform>
            <numerusform>%n events at the end are not covered by a signed checkpoint yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (PEM or DER) the checkpoint signers must chain to; repeatable.</source>
        <translation>Certificates (PEM or DER) the checkpoint signers must chain to; repeatable.</translation>
    </message>
    <message>
        <source>Verify this export instead of the database.</source>
        <translation>Verify this export instead of the database.</translation>
    </message>
    <message>
        <source>First day (UTC) or time of the export.</source>
        <translation>First day (UTC) or time of the export.</translation>
    </message>
    <message>
        <source>Last day (UTC) or time of the export.</source>
        <translation>Last day (UTC) or time of the export.</translation>
    </message>
    <message>
        <source>Export file (JSON Lines).</source>
        <translation>Export file (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>AuditEventReader</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <source>Line %1 of the export is not valid: %2.</source>
        <translation>Line %1 of the export is not valid: %2.</translation>
    </message>
    <message>
        <source>This file is not a Guichet audit export.</source>
        <translation>This file is not a Guichet audit export.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>an event without a sequence number or time</source>
        <translation>an event without a sequence number or time</translation>
    </message>
    <message>
        <source>the event has no &quot;%1&quot;</source>
        <translation>the event has no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a checkpoint without a time or digest</source>
        <translation>a checkpoint without a time or digest</translation>
    </message>
    <message>
        <source>unknown line type &quot;%1&quot;</source>
        <translation>unknown line type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its range does not match the events in the file: events were removed or added</source>
        <translation>its range does not match the events in the file: events were removed or added</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>locking the audit log</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>The audit log has no head record.</source>
        <translation>The audit log has no head record.</translation>
    </message>
    <message>
        <source>Cannot compute the audit hash (OpenSSL).</source>
        <translation>Cannot compute the audit hash (OpenSSL).</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>writing the audit log</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log jumps to event %2.</source>
        <translation>Event %1 is missing: the log jumps to event %2.</translation>
    </message>
    <message>
        <source>Event %1 is out of sequence.</source>
        <translation>Event %1 is out of sequence.</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: an event was removed, inserted or moved.</source>
        <translation>Event %1 does not follow the event before it: an event was removed, inserted or moved.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written.</source>
        <translation>Event %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>The audit log&apos;s head record is missing.</translation>
    </message>
    <message>
        <source>The audit log ends at event %1 but its head says %2: events at the end were removed or replaced.</source>
        <translation>The audit log ends at event %1 but its head says %2: events at the end were removed or replaced.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>DRA operator</source>
        <translation>DRA operator</translation>
    </message>
    <message>
        <source>Certification Agent</source>
        <translation>Certification Agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>handle dossiers</source>
        <translation>handle dossiers</translation>
    </message>
    <message>
        <source>verify identities</source>
        <translation>verify identities</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <source>manage CA profiles</source>
        <translation>manage CA profiles</translation>
    </message>
    <message>
        <source>purge expired documents</source>
        <translation>purge expired documents</translation>
    </message>
    <message>
        <source>manage the master key</source>
        <translation>manage the master key</translation>
    </message>
    <message>
        <source>reveal an SO PIN</source>
        <translation>reveal an SO PIN</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>%1 may not verify identities: no training date is recorded for this operator.</source>
        <translation>%1 may not verify identities: no training date is recorded for this operator.</translation>
    </message>
    <message>
        <source>%1 may not verify identities: the last training (%2) is 12 months old or more, and training must be refreshed yearly.</source>
        <translation>%1 may not verify identities: the last training (%2) is 12 months old or more, and training must be refreshed yearly.</translation>
    </message>
    <message>
        <source>A %1 may not %2: this needs a supervisor.</source>
        <translation>A %1 may not %2: this needs a supervisor.</translation>
    </message>
</context>
<context>
    <name>CaCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>CA profiles: which CA, its trust anchors, CMP endpoint, policy OID per product.

Commands:
  import FILE      validate a profile (JSON) and store it; an existing id is replaced
  list [--json]    the profiles, the built-in training CA first
  show ID [--json] one profile</source>
        <translation>CA profiles: which CA, its trust anchors, CMP endpoint, policy OID per product.

Commands:
  import FILE      validate a profile (JSON) and store it; an existing id is replaced
  list [--json]    the profiles, the built-in training CA first
  show ID [--json] one profile</translation>
    </message>
    <message>
        <source>import, list or show</source>
        <translation>import, list or show</translation>
    </message>
    <message>
        <source>The CA profile (JSON).</source>
        <translation>The CA profile (JSON).</translation>
    </message>
    <message>
        <source>ca profile import FILE</source>
        <translation>ca profile import FILE</translation>
    </message>
    <message>
        <source>CA profile %1 (%2) imported.</source>
        <translation>CA profile %1 (%2) imported.</translation>
    </message>
    <message>
        <source>ca profile list [--json]</source>
        <translation>ca profile list [--json]</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>The profile&apos;s id.</source>
        <translation>The profile&apos;s id.</translation>
    </message>
    <message>
        <source>ca profile show ID [--json]</source>
        <translation>ca profile show ID [--json]</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>CMP: %1 path %2, protection %3</source>
        <translation>CMP: %1 path %2, protection %3</translation>
    </message>
    <message>
        <source>embedded training CA</source>
        <translation>embedded training CA</translation>
    </message>
    <message>
        <source>shared secret</source>
        <translation>shared secret</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>Trust anchors: %1</source>
        <translation>Trust anchors: %1</translation>
    </message>
    <message>
        <source>  product %1: policy %2</source>
        <translation>  product %1: policy %2</translation>
    </message>
    <message>
        <source>Intervention form: %1</source>
        <translation>Intervention form: %1</translation>
    </message>
    <message>
        <source>Registration records kept: %1 years; identity validation usable: %2 months</source>
        <translation>Registration records kept: %1 years; identity validation usable: %2 months</translation>
    </message>
    <message>
        <source>Documents required: %1</source>
        <translation>Documents required: %1</translation>
    </message>
    <message>
        <source>Serves the embedded training CA over CMP (RFC 6712 HTTP) on 127.0.0.1 only, until stopped (SIGTERM or Ctrl+C). Requests protected by the shared secret or signed with a certificate the training CA issued are answered. Everything it issues is marked TRAINING and is not valid.</source>
        <translation>Serves the embedded training CA over CMP (RFC 6712 HTTP) on 127.0.0.1 only, until stopped (SIGTERM or Ctrl+C). Requests protected by the shared secret or signed with a certificate the training CA issued are answered. Everything it issues is marked TRAINING and is not valid.</translation>
    </message>
    <message>
        <source>TCP port (0: any free port, printed).</source>
        <translation>TCP port (0: any free port, printed).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Reference of the shared secret (default guichet-ra).</source>
        <translation>Reference of the shared secret (default guichet-ra).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>File holding the shared secret (never the secret itself on the command line).</source>
        <translation>File holding the shared secret (never the secret itself on the command line).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when a supervisor chose a passphrase instead of the OS keychain.</source>
        <translation>Read the master-key passphrase from this file descriptor, when a supervisor chose a passphrase instead of the OS keychain.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Publish the CRL to this file at start.</source>
        <translation>Publish the CRL to this file at start.</translation>
    </message>
    <message>
        <source>ca serve-training --port N --secret-file FILE [--reference REF] [--passphrase-fd N] [--crl FILE]</source>
        <translation>ca serve-training --port N --secret-file FILE [--reference REF] [--passphrase-fd N] [--crl FILE]</translation>
    </message>
    <message>
        <source>Cannot read the shared secret from %1: %2</source>
        <translation>Cannot read the shared secret from %1: %2</translation>
    </message>
    <message>
        <source>The shared secret file is empty.</source>
        <translation>The shared secret file is empty.</translation>
    </message>
    <message>
        <source>Training CA (TRAINING — NOT VALID) serving CMP on http://127.0.0.1:%1/pkix/</source>
        <translation>Training CA (TRAINING — NOT VALID) serving CMP on http://127.0.0.1:%1/pkix/</translation>
    </message>
    <message>
        <source>profile, serve-training, enroll, revoke or renew</source>
        <translation>profile, serve-training, enroll, revoke or renew</translation>
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
        <translation>Certification authorities.

Commands:
  profile import FILE|list|show ID [--json]   CA profiles (the training CA is built in)
  serve-training --port N [--secret-fd N]     serve the training CA over CMP on http://127.0.0.1:N/pkix/
  enroll --dossier ID [--csr FILE]           queue the dossier&apos;s certificate request
  revoke --dossier ID --reason R [--serial HEX]  queue a revocation (RFC 5280 reason)
  renew --certificate FILE|--token SERIAL|--dossier ID [--dry-run] [--key-update]
                                             renewal: whether a key update suffices; with --key-update, a new key on the holder&apos;s token and its certificate</translation>
    </message>
</context>
<context>
    <name>CaProfileRepository</name>
    <message>
        <source>The built-in training CA profile cannot be replaced.</source>
        <translation>The built-in training CA profile cannot be replaced.</translation>
    </message>
    <message>
        <source>storing the CA profile %1</source>
        <translation>storing the CA profile %1</translation>
    </message>
    <message>
        <source>listing the CA profiles</source>
        <translation>listing the CA profiles</translation>
    </message>
    <message>
        <source>The stored CA profile %1 is no longer valid: %2</source>
        <translation>The stored CA profile %1 is no longer valid: %2</translation>
    </message>
    <message>
        <source>reading the CA profile %1</source>
        <translation>reading the CA profile %1</translation>
    </message>
    <message>
        <source>There is no CA profile &quot;%1&quot;.</source>
        <translation>There is no CA profile &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CaProfiles</name>
    <message>
        <source>Training CA (TRAINING — certificates NOT VALID)</source>
        <translation>Training CA (TRAINING — certificates NOT VALID)</translation>
    </message>
    <message>
        <source>Cannot read the CA profile file %1: %2</source>
        <translation>Cannot read the CA profile file %1: %2</translation>
    </message>
    <message>
        <source>The CA profile is not a JSON object (%1 at offset %2).</source>
        <translation>The CA profile is not a JSON object (%1 at offset %2).</translation>
    </message>
    <message>
        <source>The CA profile has no &quot;%1&quot; field.</source>
        <translation>The CA profile has no &quot;%1&quot; field.</translation>
    </message>
    <message>
        <source>The CA profile&apos;s &quot;format&quot; must be %1.</source>
        <translation>The CA profile&apos;s &quot;format&quot; must be %1.</translation>
    </message>
    <message>
        <source>The CA profile id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>The CA profile id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</translation>
    </message>
    <message>
        <source>The id &quot;training&quot; is reserved for the built-in training CA.</source>
        <translation>The id &quot;training&quot; is reserved for the built-in training CA.</translation>
    </message>
    <message>
        <source>Trust anchor %1 is not a readable PEM certificate.</source>
        <translation>Trust anchor %1 is not a readable PEM certificate.</translation>
    </message>
    <message>
        <source>Trust anchor %1 is not a CA certificate.</source>
        <translation>Trust anchor %1 is not a CA certificate.</translation>
    </message>
    <message>
        <source>The CMP URL &quot;%1&quot; is not an http(s)://host[:port] address.</source>
        <translation>The CMP URL &quot;%1&quot; is not an http(s)://host[:port] address.</translation>
    </message>
    <message>
        <source>The CMP URL &quot;%1&quot; must use https (plain http is only accepted for a CA on this machine).</source>
        <translation>The CMP URL &quot;%1&quot; must use https (plain http is only accepted for a CA on this machine).</translation>
    </message>
    <message>
        <source>The CMP protection &quot;%1&quot; must be &quot;signature&quot; or &quot;shared-secret&quot;.</source>
        <translation>The CMP protection &quot;%1&quot; must be &quot;signature&quot; or &quot;shared-secret&quot;.</translation>
    </message>
    <message>
        <source>The CA profile names the product &quot;%1&quot;, which the product catalogue does not know.</source>
        <translation>The CA profile names the product &quot;%1&quot;, which the product catalogue does not know.</translation>
    </message>
    <message>
        <source>The policy OID &quot;%1&quot; of product &quot;%2&quot; is not a dotted object identifier.</source>
        <translation>The policy OID &quot;%1&quot; of product &quot;%2&quot; is not a dotted object identifier.</translation>
    </message>
    <message>
        <source>retention.registrationRecordYears must be at least 7 (EN 319 411-1 OVR-6.4.6-01).</source>
        <translation>retention.registrationRecordYears must be at least 7 (EN 319 411-1 OVR-6.4.6-01).</translation>
    </message>
    <message>
        <source>retention.identityValidationMonths must be a positive number of months.</source>
        <translation>retention.identityValidationMonths must be a positive number of months.</translation>
    </message>
    <message>
        <source>documentsRequired must list document type names.</source>
        <translation>documentsRequired must list document type names.</translation>
    </message>
</context>
<context>
    <name>CaRequests</name>
    <message>
        <source>storing the certificate in the dossier</source>
        <translation>storing the certificate in the dossier</translation>
    </message>
    <message>
        <source>Certificate %1 issued by the CA.</source>
        <translation>Certificate %1 issued by the CA.</translation>
    </message>
    <message>
        <source>recording the revocation in the dossier</source>
        <translation>recording the revocation in the dossier</translation>
    </message>
    <message>
        <source>The dossier&apos;s product %1 is not in the catalogue.</source>
        <translation>The dossier&apos;s product %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s certificates</source>
        <translation>reading the dossier&apos;s certificates</translation>
    </message>
    <message>
        <source>The certificate request of dossier %1 is already in the outbox (item %2, %3): it is not queued twice.</source>
        <translation>The certificate request of dossier %1 is already in the outbox (item %2, %3): it is not queued twice.</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s token request</source>
        <translation>reading the dossier&apos;s token request</translation>
    </message>
    <message>
        <source>The token&apos;s certificate request is incomplete (token serial, key or request missing).</source>
        <translation>The token&apos;s certificate request is incomplete (token serial, key or request missing).</translation>
    </message>
    <message>
        <source>Dossier %1 already has a certificate request in the outbox (item %2, %3): a second token request is not recorded.</source>
        <translation>Dossier %1 already has a certificate request in the outbox (item %2, %3): a second token request is not recorded.</translation>
    </message>
    <message>
        <source>keeping the token&apos;s certificate request</source>
        <translation>keeping the token&apos;s certificate request</translation>
    </message>
    <message>
        <source>No certificate request is kept for dossier %1: personalise the holder&apos;s token (it makes the request), or give the applicant&apos;s PKCS#10 file.</source>
        <translation>No certificate request is kept for dossier %1: personalise the holder&apos;s token (it makes the request), or give the applicant&apos;s PKCS#10 file.</translation>
    </message>
    <message>
        <source>Dossier %1 has no token request: its certificate is not for a key made at this desk.</source>
        <translation>Dossier %1 has no token request: its certificate is not for a key made at this desk.</translation>
    </message>
    <message>
        <source>The CA has not issued the certificate of dossier %1 yet; its request is in the outbox.</source>
        <translation>The CA has not issued the certificate of dossier %1 yet; its request is in the outbox.</translation>
    </message>
</context>
<context>
    <name>CadesSigner</name>
    <message>
        <source>The signature cannot be made: %1.</source>
        <translation>The signature cannot be made: %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read.</source>
        <translation>The signer&apos;s certificate cannot be read.</translation>
    </message>
    <message>
        <source>The signing time is missing.</source>
        <translation>The signing time is missing.</translation>
    </message>
    <message>
        <source>the certificate&apos;s key or digest is not supported</source>
        <translation>the certificate&apos;s key or digest is not supported</translation>
    </message>
    <message>
        <source>the signed data cannot be created</source>
        <translation>the signed data cannot be created</translation>
    </message>
    <message>
        <source>the signer cannot be added</source>
        <translation>the signer cannot be added</translation>
    </message>
    <message>
        <source>the content cannot be hashed</source>
        <translation>the content cannot be hashed</translation>
    </message>
    <message>
        <source>the signed attributes cannot be added</source>
        <translation>the signed attributes cannot be added</translation>
    </message>
    <message>
        <source>the signed attributes cannot be encoded</source>
        <translation>the signed attributes cannot be encoded</translation>
    </message>
    <message>
        <source>the signature cannot be stored</source>
        <translation>the signature cannot be stored</translation>
    </message>
    <message>
        <source>The key did not produce a valid signature for its certificate: check that the card holds the key of this certificate.</source>
        <translation>The key did not produce a valid signature for its certificate: check that the card holds the key of this certificate.</translation>
    </message>
    <message>
        <source>the signature cannot be encoded</source>
        <translation>the signature cannot be encoded</translation>
    </message>
</context>
<context>
    <name>CadesVerifier</name>
    <message>
        <source>The file was changed after it was signed.</source>
        <translation>The file was changed after it was signed.</translation>
    </message>
    <message>
        <source>The signature does not match: the signature file was altered or belongs to another key.</source>
        <translation>The signature does not match: the signature file was altered or belongs to another key.</translation>
    </message>
    <message>
        <source>The signature cannot be checked: %1.</source>
        <translation>The signature cannot be checked: %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>The signer&apos;s certificate had expired at the signing time.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>The signer&apos;s certificate was not yet valid at the signing time.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted certification authority.</source>
        <translation>The signer&apos;s certificate does not chain to a trusted certification authority.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate carries an invalid CA signature.</source>
        <translation>The signer&apos;s certificate carries an invalid CA signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signatures.</source>
        <translation>The signer&apos;s certificate is not meant for signatures.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted: %1.</source>
        <translation>The signer&apos;s certificate is not trusted: %1.</translation>
    </message>
    <message>
        <source>No trusted certification authority was given.</source>
        <translation>No trusted certification authority was given.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be checked.</source>
        <translation>The certificate chain cannot be checked.</translation>
    </message>
    <message>
        <source>A trusted certificate cannot be read.</source>
        <translation>A trusted certificate cannot be read.</translation>
    </message>
    <message>
        <source>This is not a CMS signature (a DER SignedData, .p7s).</source>
        <translation>This is not a CMS signature (a DER SignedData, .p7s).</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer; it has %1.</source>
        <translation>The signature must have exactly one signer; it has %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>The signer&apos;s certificate is not in the signature.</translation>
    </message>
    <message>
        <source>The signed file is too large.</source>
        <translation>The signed file is too large.</translation>
    </message>
    <message>
        <source>The signed file cannot be read.</source>
        <translation>The signed file cannot be read.</translation>
    </message>
    <message>
        <source>The signature has no signing time (CAdES baseline B requires one).</source>
        <translation>The signature has no signing time (CAdES baseline B requires one).</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (signing-certificate-v2 missing or not matching): it is not a CAdES signature.</source>
        <translation>The signature does not name its certificate (signing-certificate-v2 missing or not matching): it is not a CAdES signature.</translation>
    </message>
</context>
<context>
    <name>CardCertificates</name>
    <message>
        <source>reading the certificates on the card</source>
        <translation>reading the certificates on the card</translation>
    </message>
</context>
<context>
    <name>CardExchangeText</name>
    <message>
        <source>Connecting to the card in &quot;%1&quot;</source>
        <translation>Connecting to the card in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exchanging commands with the card in &quot;%1&quot;</source>
        <translation>Exchanging commands with the card in &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CardLogin</name>
    <message>
        <source>reading the CA profiles</source>
        <translation>reading the CA profiles</translation>
    </message>
    <message>
        <source>reading the training CA</source>
        <translation>reading the training CA</translation>
    </message>
    <message>
        <source>The operator&apos;s card %1 is not present.</source>
        <translation>The operator&apos;s card %1 is not present.</translation>
    </message>
    <message>
        <source>The operator&apos;s card %1 refused the login: %2</source>
        <translation>The operator&apos;s card %1 refused the login: %2</translation>
    </message>
    <message>
        <source>The card %1 holds no certificate with its key pair.</source>
        <translation>The card %1 holds no certificate with its key pair.</translation>
    </message>
    <message>
        <source>The card&apos;s key does not match its certificate: the card may have been tampered with.</source>
        <translation>The card&apos;s key does not match its certificate: the card may have been tampered with.</translation>
    </message>
    <message>
        <source>%1 has no operator account on this workstation: a supervisor must create it.</source>
        <translation>%1 has no operator account on this workstation: a supervisor must create it.</translation>
    </message>
    <message>
        <source>The operator account of %1 is deactivated.</source>
        <translation>The operator account of %1 is deactivated.</translation>
    </message>
</context>
<context>
    <name>CertificateProfile</name>
    <message>
        <source>building the %1 extension</source>
        <translation>building the %1 extension</translation>
    </message>
    <message>
        <source>encoding the QC statements</source>
        <translation>encoding the QC statements</translation>
    </message>
    <message>
        <source>The product %1 does not allow the usage &quot;%2&quot;.</source>
        <translation>The product %1 does not allow the usage &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name.</source>
        <translation>A server certificate needs at least one DNS name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name.</source>
        <translation>&quot;%1&quot; is not a DNS name.</translation>
    </message>
    <message>
        <source>adding the QC statements</source>
        <translation>adding the QC statements</translation>
    </message>
    <message>
        <source>building the certificatePolicies extension</source>
        <translation>building the certificatePolicies extension</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>preparing the certificate request</source>
        <translation>preparing the certificate request</translation>
    </message>
    <message>
        <source>The subject field %1 is not acceptable: %2</source>
        <translation>The subject field %1 is not acceptable: %2</translation>
    </message>
    <message>
        <source>encoding the certificate request</source>
        <translation>encoding the certificate request</translation>
    </message>
    <message>
        <source>The certificate request signed by the token does not verify with the token&apos;s public key; it was not sent.</source>
        <translation>The certificate request signed by the token does not verify with the token&apos;s public key; it was not sent.</translation>
    </message>
    <message>
        <source>This is not a DER certificate request: %1</source>
        <translation>This is not a DER certificate request: %1</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not acceptable: %2</source>
        <translation>The e-mail address %1 is not acceptable: %2</translation>
    </message>
</context>
<context>
    <name>CertificateRevocations</name>
    <message>
        <source>Dossier %1 has no certificate with serial number %2 (it has: %3).</source>
        <translation>Dossier %1 has no certificate with serial number %2 (it has: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Certificate %1 is already revoked.</source>
        <translation>Certificate %1 is already revoked.</translation>
    </message>
    <message>
        <source>The revocation of certificate %1 is already in the outbox.</source>
        <translation>The revocation of certificate %1 is already in the outbox.</translation>
    </message>
    <message>
        <source>Dossier %1 has no certificate that is not already revoked.</source>
        <translation>Dossier %1 has no certificate that is not already revoked.</translation>
    </message>
    <message>
        <source>Dossier %1 has several certificates that can be revoked: name one by its serial number (%2).</source>
        <translation>Dossier %1 has several certificates that can be revoked: name one by its serial number (%2).</translation>
    </message>
</context>
<context>
    <name>CertifiedCopy</name>
    <message>
        <source>A page could not be encoded: %1</source>
        <translation>A page could not be encoded: %1</translation>
    </message>
    <message>
        <source>Certified by: %1</source>
        <translation>Certified by: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>There is no page to certify.</source>
        <translation>There is no page to certify.</translation>
    </message>
    <message>
        <source>A certified copy needs the certifier&apos;s name and a date.</source>
        <translation>A certified copy needs the certifier&apos;s name and a date.</translation>
    </message>
</context>
<context>
    <name>CertifiedCopyService</name>
    <message>
        <source>No certified copy was made: %1</source>
        <translation>No certified copy was made: %1</translation>
    </message>
    <message>
        <source>Certified copy of %1, dossier %2</source>
        <translation>Certified copy of %1, dossier %2</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>The product&apos;s requirement rules for the dossier, as stored now. Exit 0 when every rule is met, 1 otherwise.</source>
        <translation>The product&apos;s requirement rules for the dossier, as stored now. Exit 0 when every rule is met, 1 otherwise.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>the command</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Dossier number.</translation>
    </message>
    <message>
        <source>write: dossier checklist ID</source>
        <translation>write: dossier checklist ID</translation>
    </message>
</context>
<context>
    <name>CheckpointSignature</name>
    <message>
        <source>its digest algorithm is not one Guichet accepts</source>
        <translation>its digest algorithm is not one Guichet accepts</translation>
    </message>
    <message>
        <source>its signer certificate cannot be read</source>
        <translation>its signer certificate cannot be read</translation>
    </message>
    <message>
        <source>its signature does not match its contents and certificate</source>
        <translation>its signature does not match its contents and certificate</translation>
    </message>
    <message>
        <source>the certificate cannot be checked (OpenSSL)</source>
        <translation>the certificate cannot be checked (OpenSSL)</translation>
    </message>
    <message>
        <source>its signer certificate is not trusted: %1</source>
        <translation>its signer certificate is not trusted: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</source>
        <translation>Database: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Operator recorded in history and audit (default: the workstation&apos;s setting, else the system user).</source>
        <translation>Operator recorded in history and audit (default: the workstation&apos;s setting, else the system user).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a command group, from the list above</source>
        <translation>a command group, from the list above</translation>
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
        <translation>Guichet: registration-authority workstation, command line.

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
Exit codes: 0 success, 1 operation refused (reason on stderr), 2 usage error.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;guichet-cli --help&quot; for the list of commands.</source>
        <translation>Run &quot;guichet-cli --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;.</source>
        <translation>unknown command &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>--passphrase-fd needs a number.</source>
        <translation>--passphrase-fd needs a number.</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor (0 for standard input), when a supervisor chose a passphrase instead of the OS keychain.</source>
        <translation>Read the master-key passphrase from this file descriptor (0 for standard input), when a supervisor chose a passphrase instead of the OS keychain.</translation>
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
        <translation>The CMP request could not be prepared (credentials or trust anchors missing or unusable). %1</translation>
    </message>
    <message>
        <source>%1: the CA returned a certificate whose public key does not match the request. It was refused and the CA told so; nothing was installed.</source>
        <translation>%1: the CA returned a certificate whose public key does not match the request. It was refused and the CA told so; nothing was installed.</translation>
    </message>
    <message>
        <source>%1: the CA could not be reached: %2</source>
        <translation>%1: the CA could not be reached: %2</translation>
    </message>
    <message>
        <source>%1: the CA&apos;s answer is not a CMP message.</source>
        <translation>%1: the CA&apos;s answer is not a CMP message.</translation>
    </message>
    <message>
        <source>%1: the CA could not verify the request&apos;s protection (%2): check the shared secret or the operator&apos;s credential. %3</source>
        <translation>%1: the CA could not verify the request&apos;s protection (%2): check the shared secret or the operator&apos;s credential. %3</translation>
    </message>
    <message>
        <source>%1: the CA rejected the request: %2 (failure info: %3).</source>
        <translation>%1: the CA rejected the request: %2 (failure info: %3).</translation>
    </message>
    <message>
        <source>%1: the secure connection to the CA failed (TLS). %2</source>
        <translation>%1: the secure connection to the CA failed (TLS). %2</translation>
    </message>
    <message>
        <source>%1: the CA&apos;s answer is not protected as expected (wrong shared secret or untrusted signature); it was ignored.</source>
        <translation>%1: the CA&apos;s answer is not protected as expected (wrong shared secret or untrusted signature); it was ignored.</translation>
    </message>
    <message>
        <source>%1: the CA answered something that is not the expected CMP message. %2</source>
        <translation>%1: the CA answered something that is not the expected CMP message. %2</translation>
    </message>
    <message>
        <source>%1: the CA could not be reached (%2:%3). It will be tried again later. %4</source>
        <translation>%1: the CA could not be reached (%2:%3). It will be tried again later. %4</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request.</source>
        <translation>The certificate request is not a PKCS#10 request.</translation>
    </message>
    <message>
        <source>The request needs the new key pair (and, for a renewal, the certificate being renewed).</source>
        <translation>The request needs the new key pair (and, for a renewal, the certificate being renewed).</translation>
    </message>
    <message>
        <source>preparing the certificate request</source>
        <translation>preparing the certificate request</translation>
    </message>
    <message>
        <source>The certificate to revoke is not readable.</source>
        <translation>The certificate to revoke is not readable.</translation>
    </message>
    <message>
        <source>preparing the revocation request</source>
        <translation>preparing the revocation request</translation>
    </message>
    <message>
        <source>Revocation request</source>
        <translation>Revocation request</translation>
    </message>
    <message>
        <source>The training CA is reached in-process, not through its profile.</source>
        <translation>The training CA is reached in-process, not through its profile.</translation>
    </message>
    <message>
        <source>A trust anchor of the CA profile %1 is not readable.</source>
        <translation>A trust anchor of the CA profile %1 is not readable.</translation>
    </message>
    <message>
        <source>The operator&apos;s card did not sign the request&apos;s protection: %1 It will be sent once the card can sign.</source>
        <translation>The operator&apos;s card did not sign the request&apos;s protection: %1 It will be sent once the card can sign.</translation>
    </message>
    <message>
        <source>The request cannot be protected with the operator&apos;s credential: the key on the card does not match its certificate, so the CA could not verify the request&apos;s protection. Nothing was sent; log in with the card that holds the certificate&apos;s key.</source>
        <translation>The request cannot be protected with the operator&apos;s credential: the key on the card does not match its certificate, so the CA could not verify the request&apos;s protection. Nothing was sent; log in with the card that holds the certificate&apos;s key.</translation>
    </message>
    <message>
        <source>%1: the operator&apos;s card did not sign the request&apos;s protection: %2 It will be sent once the card can sign.</source>
        <translation>%1: the operator&apos;s card did not sign the request&apos;s protection: %2 It will be sent once the card can sign.</translation>
    </message>
</context>
<context>
    <name>CmpHttpServer</name>
    <message>
        <source>The training CA cannot listen on 127.0.0.1:%1: %2</source>
        <translation>The training CA cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>CsrCheck</name>
    <message>
        <source>The file is not a PKCS#10 certificate request (DER or PEM).</source>
        <translation>The file is not a PKCS#10 certificate request (DER or PEM).</translation>
    </message>
    <message>
        <source>The certificate request is not a readable PKCS#10 request.</source>
        <translation>The certificate request is not a readable PKCS#10 request.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify with its own key: it was altered or not signed by the key holder.</source>
        <translation>The certificate request&apos;s signature does not verify with its own key: it was altered or not signed by the key holder.</translation>
    </message>
    <message>
        <source>The key of the certificate request (%1) is not allowed for this product (allowed: %2).</source>
        <translation>The key of the certificate request (%1) is not allowed for this product (allowed: %2).</translation>
    </message>
    <message>
        <source>it has no common name (CN)</source>
        <translation>it has no common name (CN)</translation>
    </message>
    <message>
        <source>a server certificate needs the dossier&apos;s organisation</source>
        <translation>a server certificate needs the dossier&apos;s organisation</translation>
    </message>
    <message>
        <source>its common name « %1 » is not the holder&apos;s name</source>
        <translation>its common name « %1 » is not the holder&apos;s name</translation>
    </message>
    <message>
        <source>its organisation « %1 » is not the dossier&apos;s « %2 »</source>
        <translation>its organisation « %1 » is not the dossier&apos;s « %2 »</translation>
    </message>
    <message>
        <source>it names an organisation but the dossier has none</source>
        <translation>it names an organisation but the dossier has none</translation>
    </message>
    <message>
        <source>its country %1 is not the dossier&apos;s %2</source>
        <translation>its country %1 is not the dossier&apos;s %2</translation>
    </message>
    <message>
        <source>The certificate request&apos;s subject does not match the dossier: %1.</source>
        <translation>The certificate request&apos;s subject does not match the dossier: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation>The Qt database driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>configuring the session</source>
        <translation>configuring the session</translation>
    </message>
    <message>
        <source>configuring SQLite</source>
        <translation>configuring SQLite</translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <translation>The database failed while %1: %2</translation>
    </message>
    <message>
        <source>The disk that holds the database is full: nothing was saved while %1. Free some space on that disk (or ask your administrator), then try again.</source>
        <translation>The disk that holds the database is full: nothing was saved while %1. Free some space on that disk (or ask your administrator), then try again.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: add /database at the end.</source>
        <translation>The PostgreSQL address names no database: add /database at the end.</translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation>The database path is empty.</translation>
    </message>
</context>
<context>
    <name>DeskCaPlan</name>
    <message>
        <source>The workstation is set to work for the CA profile &quot;%1&quot;, which is not imported: import it with guichet-cli ca profile import FILE.</source>
        <translation>The workstation is set to work for the CA profile &quot;%1&quot;, which is not imported: import it with guichet-cli ca profile import FILE.</translation>
    </message>
    <message>
        <source>Production mode needs a CA profile: import the CA&apos;s profile with guichet-cli ca profile import FILE.</source>
        <translation>Production mode needs a CA profile: import the CA&apos;s profile with guichet-cli ca profile import FILE.</translation>
    </message>
    <message>
        <source>Several CA profiles are imported (%1): name the one this window works for in the settings (ca/profile).</source>
        <translation>Several CA profiles are imported (%1): name the one this window works for in the settings (ca/profile).</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; needs a shared secret, which the window does not hold: send with guichet-cli outbox send --profile %1 --secret-file FILE.</source>
        <translation>The CA profile &quot;%1&quot; needs a shared secret, which the window does not hold: send with guichet-cli outbox send --profile %1 --secret-file FILE.</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; protects requests with the operator&apos;s card: log in with the card to send them.</source>
        <translation>The CA profile &quot;%1&quot; protects requests with the operator&apos;s card: log in with the card to send them.</translation>
    </message>
    <message>
        <source>The CA profile &quot;%1&quot; has no trust anchor to check the CA&apos;s signed answers: import it again with the CA&apos;s certificates.</source>
        <translation>The CA profile &quot;%1&quot; has no trust anchor to check the CA&apos;s signed answers: import it again with the CA&apos;s certificates.</translation>
    </message>
</context>
<context>
    <name>DeskServices</name>
    <message>
        <source>No PKCS#11 module for the holders&apos; tokens: set one in the settings (token/holderModule) or register the token vendor&apos;s module with p11-kit. Tokens cannot be personalised.</source>
        <translation>No PKCS#11 module for the holders&apos; tokens: set one in the settings (token/holderModule) or register the token vendor&apos;s module with p11-kit. Tokens cannot be personalised.</translation>
    </message>
    <message>
        <source>The CA profiles could not be read: %1</source>
        <translation>The CA profiles could not be read: %1</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Dossier number.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Document type (see above).</source>
        <translation>Document type (see above).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Date printed on the paper (required for kbis and mandate).</source>
        <translation>Date printed on the paper (required for kbis and mandate).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>document import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE</source>
        <translation>document import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE</translation>
    </message>
    <message>
        <source>--paper-date needs a date as YYYY-MM-DD.</source>
        <translation>--paper-date needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--max-size-mib needs a positive number.</source>
        <translation>--max-size-mib needs a positive number.</translation>
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
        <translation>File to write.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the pages as one PDF (image documents).</source>
        <translation>Write the pages as one PDF (image documents).</translation>
    </message>
    <message>
        <source>Document number.</source>
        <translation>Document number.</translation>
    </message>
    <message>
        <source>document export DOC_ID --out FILE [--pdf]</source>
        <translation>document export DOC_ID --out FILE [--pdf]</translation>
    </message>
    <message>
        <source>Verify every stored document.</source>
        <translation>Verify every stored document.</translation>
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
        <translation>%1	ALTERED OR UNREADABLE: %2</translation>
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
        <translation>Captured documents, stored encrypted.

Commands:
  import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE
                          store a PDF, JPEG, PNG or TIFF file (recognised by content)
  list --dossier ID       list a dossier&apos;s documents
  export DOC_ID --out FILE [--pdf]   decrypt a document to a file
  verify DOC_ID|--all     decrypt and re-hash, reporting any alteration
  certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]
                          write a copy stamped &quot;Copie conforme à l&apos;original&quot;

Types: %1</translation>
    </message>
    <message>
        <source>import, list, export, verify or certify</source>
        <translation>import, list, export, verify or certify</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>Name printed on the stamp (default: the operator).</source>
        <translation>Name printed on the stamp (default: the operator).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Date printed on the stamp (default: today).</source>
        <translation>Date printed on the stamp (default: today).</translation>
    </message>
    <message>
        <source>document certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]</source>
        <translation>document certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--certifier needs a name.</source>
        <translation>--certifier needs a name.</translation>
    </message>
    <message>
        <source>Largest file accepted (default: the workstation&apos;s limit, 50 unless set).</source>
        <translation>Largest file accepted (default: the workstation&apos;s limit, 50 unless set).</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>Import a document</source>
        <translation>Import a document</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Date on the paper:</source>
        <translation>Date on the paper:</translation>
    </message>
    <message>
        <source>Certify a copy</source>
        <translation>Certify a copy</translation>
    </message>
    <message>
        <source>The copy is stamped « %1 » with the name and date below and a line to sign. The stored original is not changed.</source>
        <translation>The copy is stamped « %1 » with the name and date below and a line to sign. The stored original is not changed.</translation>
    </message>
    <message>
        <source>Certified by:</source>
        <translation>Certified by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>the PDF is protected by a password</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection</source>
        <translation>the PDF uses an unsupported protection</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>the PDF is damaged or not a PDF</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>the PDF cannot be read</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1.</source>
        <translation>The PDF cannot be shown: %1.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>Page %1 of the PDF cannot be rendered.</translation>
    </message>
    <message>
        <source>The PDF has no page.</source>
        <translation>The PDF has no page.</translation>
    </message>
    <message>
        <source>The document&apos;s pages are incomplete.</source>
        <translation>The document&apos;s pages are incomplete.</translation>
    </message>
    <message>
        <source>The document has no page.</source>
        <translation>The document has no page.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>storing a document</source>
        <translation>storing a document</translation>
    </message>
    <message>
        <source>The database gave no number for the new document.</source>
        <translation>The database gave no number for the new document.</translation>
    </message>
    <message>
        <source>storing a document page</source>
        <translation>storing a document page</translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation>reading a document</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <source>listing documents</source>
        <translation>listing documents</translation>
    </message>
    <message>
        <source>reading a document page</source>
        <translation>reading a document page</translation>
    </message>
    <message>
        <source>Page %1 of document %2 is missing from the database.</source>
        <translation>Page %1 of document %2 is missing from the database.</translation>
    </message>
    <message>
        <source>deleting a document</source>
        <translation>deleting a document</translation>
    </message>
    <message>
        <source>reading a dossier</source>
        <translation>reading a dossier</translation>
    </message>
    <message>
        <source>Cannot read dossier %1.</source>
        <translation>Cannot read dossier %1.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>There is no dossier %1.</source>
        <translation>There is no dossier %1.</translation>
    </message>
    <message>
        <source>Dossier %1 reached the end of its retention and was purged: no document can be added to it.</source>
        <translation>Dossier %1 reached the end of its retention and was purged: no document can be added to it.</translation>
    </message>
    <message>
        <source>Give the date printed on the %1: it must be under three months old at the meeting.</source>
        <translation>Give the date printed on the %1: it must be under three months old at the meeting.</translation>
    </message>
    <message>
        <source>The date of the paper document cannot be in the future.</source>
        <translation>The date of the paper document cannot be in the future.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; the limit is %2 MiB. It was not stored.</source>
        <translation>The file is %1 MiB; the limit is %2 MiB. It was not stored.</translation>
    </message>
    <message>
        <source>There is no page to store.</source>
        <translation>There is no page to store.</translation>
    </message>
    <message>
        <source>Document %1, page %2: %3</source>
        <translation>Document %1, page %2: %3</translation>
    </message>
    <message>
        <source>Document %1, page %2 does not match its recorded SHA-256: it was altered.</source>
        <translation>Document %1, page %2 does not match its recorded SHA-256: it was altered.</translation>
    </message>
    <message>
        <source>Document %1 has no stored page.</source>
        <translation>Document %1 has no stored page.</translation>
    </message>
    <message>
        <source>Document %1 does not match its recorded SHA-256: it was altered.</source>
        <translation>Document %1 does not match its recorded SHA-256: it was altered.</translation>
    </message>
    <message>
        <source>A PDF document is exported as it is: Guichet cannot merge PDF pages.</source>
        <translation>A PDF document is exported as it is: Guichet cannot merge PDF pages.</translation>
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
        <translation>ID document, front</translation>
    </message>
    <message>
        <source>ID document, back</source>
        <translation>ID document, back</translation>
    </message>
    <message>
        <source>Passport page</source>
        <translation>Passport page</translation>
    </message>
    <message>
        <source>Kbis extract</source>
        <translation>Kbis extract</translation>
    </message>
    <message>
        <source>SIRENE notice</source>
        <translation>SIRENE notice</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>Signed terms of use</source>
        <translation>Signed terms of use</translation>
    </message>
    <message>
        <source>Signed intervention form</source>
        <translation>Signed intervention form</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>CA order reference.</source>
        <translation>CA order reference.</translation>
    </message>
    <message>
        <source>Product identifier (see the catalogue).</source>
        <translation>Product identifier (see the catalogue).</translation>
    </message>
    <message>
        <source>Certificate usage the product allows.</source>
        <translation>Certificate usage the product allows.</translation>
    </message>
    <message>
        <source>Use: public-tenders, siv or ssl.</source>
        <translation>Use: public-tenders, siv or ssl.</translation>
    </message>
    <message>
        <source>Holder&apos;s surnames as on the ID.</source>
        <translation>Holder&apos;s surnames as on the ID.</translation>
    </message>
    <message>
        <source>Holder&apos;s given names as on the ID.</source>
        <translation>Holder&apos;s given names as on the ID.</translation>
    </message>
    <message>
        <source>Holder&apos;s date of birth (YYYY-MM-DD).</source>
        <translation>Holder&apos;s date of birth (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Holder&apos;s place of birth.</source>
        <translation>Holder&apos;s place of birth.</translation>
    </message>
    <message>
        <source>Holder&apos;s email address.</source>
        <translation>Holder&apos;s email address.</translation>
    </message>
    <message>
        <source>Holder&apos;s phone number.</source>
        <translation>Holder&apos;s phone number.</translation>
    </message>
    <message>
        <source>Organisation&apos;s name.</source>
        <translation>Organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Organisation&apos;s legal form.</source>
        <translation>Organisation&apos;s legal form.</translation>
    </message>
    <message>
        <source>Organisation&apos;s SIREN or SIRET.</source>
        <translation>Organisation&apos;s SIREN or SIRET.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s surnames.</source>
        <translation>Legal representative&apos;s surnames.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s given names.</source>
        <translation>Legal representative&apos;s given names.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s function.</source>
        <translation>Legal representative&apos;s function.</translation>
    </message>
    <message>
        <source>Legal representative&apos;s email.</source>
        <translation>Legal representative&apos;s email.</translation>
    </message>
    <message>
        <source>Registration files.

Commands:
  list        list dossiers (filter, search, sort)
  show ID     show one dossier with its status history
  create      create a dossier from options or --from-json
  update ID   change fields of a dossier
  set-status ID STATUS [--reason TEXT]   move a dossier in its lifecycle</source>
        <translation>Registration files.

Commands:
  list        list dossiers (filter, search, sort)
  show ID     show one dossier with its status history
  create      create a dossier from options or --from-json
  update ID   change fields of a dossier
  set-status ID STATUS [--reason TEXT]   move a dossier in its lifecycle</translation>
    </message>
    <message>
        <source>list, show, create, update or set-status</source>
        <translation>list, show, create, update or set-status</translation>
    </message>
    <message>
        <source>Only dossiers in this status.</source>
        <translation>Only dossiers in this status.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Name, order reference or SIRET prefix.</source>
        <translation>Name, order reference or SIRET prefix.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>name, order-ref, product, status, updated or relevance.</source>
        <translation>name, order-ref, product, status, updated or relevance.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Sort in descending order.</translation>
    </message>
    <message>
        <source>At most this many dossiers.</source>
        <translation>At most this many dossiers.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown sort key &quot;%1&quot;.</source>
        <translation>unknown sort key &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>Dossier %1 (version %2)</source>
        <translation>Dossier %1 (version %2)</translation>
    </message>
    <message>
        <source>  Status:          %1</source>
        <translation>  Status:          %1</translation>
    </message>
    <message>
        <source>  Order reference: %1</source>
        <translation>  Order reference: %1</translation>
    </message>
    <message>
        <source>  Product:         %1 (%2)</source>
        <translation>  Product:         %1 (%2)</translation>
    </message>
    <message>
        <source>  Holder:          %1 %2</source>
        <translation>  Holder:          %1 %2</translation>
    </message>
    <message>
        <source>  Born:            %1 %2</source>
        <translation>  Born:            %1 %2</translation>
    </message>
    <message>
        <source>  Email:           %1</source>
        <translation>  Email:           %1</translation>
    </message>
    <message>
        <source>  Organisation:    %1 (%2)</source>
        <translation>  Organisation:    %1 (%2)</translation>
    </message>
    <message>
        <source>  History:</source>
        <translation>  History:</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Dossier number.</translation>
    </message>
    <message>
        <source>give the dossier number: dossier show ID.</source>
        <translation>give the dossier number: dossier show ID.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>The holder does not act for an organisation.</source>
        <translation>The holder does not act for an organisation.</translation>
    </message>
    <message>
        <source>Read fields from a JSON file (- for standard input).</source>
        <translation>Read fields from a JSON file (- for standard input).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Refuse if the dossier is no longer at this version.</source>
        <translation>Refuse if the dossier is no longer at this version.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>give the dossier number: dossier update ID.</source>
        <translation>give the dossier number: dossier update ID.</translation>
    </message>
    <message>
        <source>New status.</source>
        <translation>New status.</translation>
    </message>
    <message>
        <source>Why (required to cancel or for a CA rejection).</source>
        <translation>Why (required to cancel or for a CA rejection).</translation>
    </message>
    <message>
        <source>write: dossier set-status ID STATUS, where STATUS is one of %1.</source>
        <translation>write: dossier set-status ID STATUS, where STATUS is one of %1.</translation>
    </message>
    <message>
        <source>The identity is verified through the face-to-face meeting, which checks the product&apos;s rules first: guichet-cli meeting verify %1.</source>
        <translation>The identity is verified through the face-to-face meeting, which checks the product&apos;s rules first: guichet-cli meeting verify %1.</translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <source>The date of birth &quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>The date of birth &quot;%1&quot; is not a date (write YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>storing a new dossier</source>
        <translation>storing a new dossier</translation>
    </message>
    <message>
        <source>reading the new dossier&apos;s number</source>
        <translation>reading the new dossier&apos;s number</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>saving the dossier</translation>
    </message>
    <message>
        <source>changing the dossier&apos;s status</source>
        <translation>changing the dossier&apos;s status</translation>
    </message>
    <message>
        <source>checking the dossier</source>
        <translation>checking the dossier</translation>
    </message>
    <message>
        <source>Dossier %1 does not exist.</source>
        <translation>Dossier %1 does not exist.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the dossier to see the new version, then make your changes again.</source>
        <translation>Dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the dossier to see the new version, then make your changes again.</translation>
    </message>
    <message>
        <source>indexing the dossier for search</source>
        <translation>indexing the dossier for search</translation>
    </message>
    <message>
        <source>recording the status change</source>
        <translation>recording the status change</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>reading the dossier</translation>
    </message>
    <message>
        <source>Dossier %1 has a status this version does not know (%2).</source>
        <translation>Dossier %1 has a status this version does not know (%2).</translation>
    </message>
    <message>
        <source>reading the status history</source>
        <translation>reading the status history</translation>
    </message>
    <message>
        <source>listing dossiers</source>
        <translation>listing dossiers</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>The dossier was not saved:
%1</source>
        <translation>The dossier was not saved:
%1</translation>
    </message>
    <message>
        <source>Dossier %1 does not exist.</source>
        <translation>Dossier %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>DossierSubject</name>
    <message>
        <source>The product %1 takes the applicant&apos;s own certificate request; it is not personalised on a token.</source>
        <translation>The product %1 takes the applicant&apos;s own certificate request; it is not personalised on a token.</translation>
    </message>
    <message>
        <source>The product %1 needs the organisation&apos;s name.</source>
        <translation>The product %1 needs the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>The organisation&apos;s registration number &quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits).</source>
        <translation>The organisation&apos;s registration number &quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits).</translation>
    </message>
    <message>
        <source>The certificate needs the holder&apos;s given names and surname as written on the identity document.</source>
        <translation>The certificate needs the holder&apos;s given names and surname as written on the identity document.</translation>
    </message>
    <message>
        <source>The product %1 needs the number of the holder&apos;s identity document for the certificate&apos;s serial number.</source>
        <translation>The product %1 needs the number of the holder&apos;s identity document for the certificate&apos;s serial number.</translation>
    </message>
</context>
<context>
    <name>DossierValidator</name>
    <message>
        <source>Choose a product.</source>
        <translation>Choose a product.</translation>
    </message>
    <message>
        <source>Choose a usage that this product allows.</source>
        <translation>Choose a usage that this product allows.</translation>
    </message>
    <message>
        <source>This use is not in the product catalogue.</source>
        <translation>This use is not in the product catalogue.</translation>
    </message>
    <message>
        <source>This product does not serve the chosen use.</source>
        <translation>This product does not serve the chosen use.</translation>
    </message>
    <message>
        <source>The order reference is longer than 64 characters.</source>
        <translation>The order reference is longer than 64 characters.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s surname as written on the identity document.</source>
        <translation>Enter the holder&apos;s surname as written on the identity document.</translation>
    </message>
    <message>
        <source>A surname contains only letters, spaces, hyphens and apostrophes.</source>
        <translation>A surname contains only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s given names as written on the identity document.</source>
        <translation>Enter the holder&apos;s given names as written on the identity document.</translation>
    </message>
    <message>
        <source>Given names contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Given names contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s date of birth.</source>
        <translation>Enter the holder&apos;s date of birth.</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation>The date of birth must be in the past.</translation>
    </message>
    <message>
        <source>The holder must be an adult (18 or over).</source>
        <translation>The holder must be an adult (18 or over).</translation>
    </message>
    <message>
        <source>This date of birth is more than 130 years ago.</source>
        <translation>This date of birth is more than 130 years ago.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s email address: the CA writes to it.</source>
        <translation>Enter the holder&apos;s email address: the CA writes to it.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>This email address is not valid.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and an optional leading +.</source>
        <translation>A phone number has digits, spaces and an optional leading +.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s SIREN or SIRET number.</source>
        <translation>Enter the organisation&apos;s SIREN or SIRET number.</translation>
    </message>
    <message>
        <source>This product is issued to someone acting for an organisation: enter the organisation.</source>
        <translation>This product is issued to someone acting for an organisation: enter the organisation.</translation>
    </message>
</context>
<context>
    <name>EncryptionService</name>
    <message>
        <source>The master key from the %1 source has the wrong size.</source>
        <translation>The master key from the %1 source has the wrong size.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The data is not a Guichet encrypted object, or it was altered.</source>
        <translation>The data is not a Guichet encrypted object, or it was altered.</translation>
    </message>
    <message>
        <source>The encrypted object has format version %1, which this Guichet does not know: it was written by a newer version, or it was altered.</source>
        <translation>The encrypted object has format version %1, which this Guichet does not know: it was written by a newer version, or it was altered.</translation>
    </message>
    <message>
        <source>The encrypted object names master key %1, not this workstation&apos;s key %2: it was sealed under another key, or it was altered.</source>
        <translation>The encrypted object names master key %1, not this workstation&apos;s key %2: it was sealed under another key, or it was altered.</translation>
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
        <translation>Evidence packages: ASiC-E containers signed by the operator.

Commands:
  export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]
                          build and sign the dossier&apos;s evidence package
  submit ID --operator-token SERIAL [--operator-pin-fd N]
                          build, sign and queue it in the outbox for the CA
  verify FILE [--trust CA.pem] [--json]
                          report every file changed, missing or added, and the signature</translation>
    </message>
    <message>
        <source>export, submit or verify</source>
        <translation>export, submit or verify</translation>
    </message>
    <message>
        <source>Container to write (.asice).</source>
        <translation>Container to write (.asice).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>evidence export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]</source>
        <translation>evidence export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]</translation>
    </message>
    <message>
        <source>evidence submit ID --operator-token SERIAL [--operator-pin-fd N]</source>
        <translation>evidence submit ID --operator-token SERIAL [--operator-pin-fd N]</translation>
    </message>
    <message>
        <source>Evidence package of dossier %1 queued for the CA as outbox item %2.</source>
        <translation>Evidence package of dossier %1 queued for the CA as outbox item %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Evidence package of dossier %1 written to %2: %n file(s), signed.</source>
        <translation>
            <numerusform>Evidence package of dossier %1 written to %2: %n file, signed.</numerusform>
            <numerusform>Evidence package of dossier %1 written to %2: %n files, signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 holds no certificate.</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) of a trusted certification authority; repeatable. Without it the signature is checked but its signer is not judged.</source>
        <translation>Certificate (PEM or DER) of a trusted certification authority; repeatable. Without it the signature is checked but its signer is not judged.</translation>
    </message>
    <message>
        <source>evidence verify FILE [--trust CA.pem] [--json]</source>
        <translation>evidence verify FILE [--trust CA.pem] [--json]</translation>
    </message>
    <message>
        <source>Signed by %1 at %2 (UTC).</source>
        <translation>Signed by %1 at %2 (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) intact.</source>
        <translation>
            <numerusform>%n file intact.</numerusform>
            <numerusform>%n files intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence package was altered or cannot be trusted.</source>
        <translation>The evidence package was altered or cannot be trusted.</translation>
    </message>
</context>
<context>
    <name>EvidencePackageBuilder</name>
    <message>
        <source>The intervention form cannot be drawn without a graphical application object.</source>
        <translation>The intervention form cannot be drawn without a graphical application object.</translation>
    </message>
</context>
<context>
    <name>EvidenceSubmissions</name>
    <message>
        <source>The evidence package is empty.</source>
        <translation>The evidence package is empty.</translation>
    </message>
    <message>
        <source>This evidence package of dossier %1 is already in the outbox.</source>
        <translation>This evidence package of dossier %1 is already in the outbox.</translation>
    </message>
    <message>
        <source>No evidence receiver is set up for CA profile %1.</source>
        <translation>No evidence receiver is set up for CA profile %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>signature: %1</translation>
    </message>
    <message>
        <source>The container has no %1.</source>
        <translation>The container has no %1.</translation>
    </message>
    <message>
        <source>Nothing is signed: the manifest is missing.</source>
        <translation>Nothing is signed: the manifest is missing.</translation>
    </message>
    <message>
        <source>Nothing is signed: the manifest cannot be read.</source>
        <translation>Nothing is signed: the manifest cannot be read.</translation>
    </message>
    <message>
        <source>The signature %1 named by the manifest is missing.</source>
        <translation>The signature %1 named by the manifest is missing.</translation>
    </message>
    <message>
        <source>The signature does not match the manifest.</source>
        <translation>The signature does not match the manifest.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted.</source>
        <translation>The signer&apos;s certificate is not trusted.</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>The PDF file is truncated or damaged (no end-of-file marker). It was not stored.</source>
        <translation>The PDF file is truncated or damaged (no end-of-file marker). It was not stored.</translation>
    </message>
    <message>
        <source>The PNG file is truncated or damaged (its chunks do not end with IEND). It was not stored.</source>
        <translation>The PNG file is truncated or damaged (its chunks do not end with IEND). It was not stored.</translation>
    </message>
    <message>
        <source>The JPEG file is truncated or damaged (no end-of-image marker). It was not stored.</source>
        <translation>The JPEG file is truncated or damaged (no end-of-image marker). It was not stored.</translation>
    </message>
    <message>
        <source>The TIFF file is truncated or damaged (its directories point outside the file). It was not stored.</source>
        <translation>The TIFF file is truncated or damaged (its directories point outside the file). It was not stored.</translation>
    </message>
    <message>
        <source>The file is empty. It was not stored.</source>
        <translation>The file is empty. It was not stored.</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG, PNG or TIFF file (recognised by its content, not its name). It was not stored.</source>
        <translation>The file is not a PDF, JPEG, PNG or TIFF file (recognised by its content, not its name). It was not stored.</translation>
    </message>
    <message>
        <source>Page %1 of the image file is damaged and cannot be decoded (%2). It was not stored.</source>
        <translation>Page %1 of the image file is damaged and cannot be decoded (%2). It was not stored.</translation>
    </message>
    <message>
        <source>The image file has %1 readable page(s) out of %2. It was not stored.</source>
        <translation>The image file has %1 readable page(s) out of %2. It was not stored.</translation>
    </message>
</context>
<context>
    <name>FormCommand</name>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Language of the form: fr or en (default: fr).</source>
        <translation>Language of the form: fr or en (default: fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Use this form template instead of the one the dossier&apos;s CA profile names.</source>
        <translation>Use this form template instead of the one the dossier&apos;s CA profile names.</translation>
    </message>
    <message>
        <source>form render ID --out FILE.pdf [--language fr|en]</source>
        <translation>form render ID --out FILE.pdf [--language fr|en]</translation>
    </message>
    <message>
        <source>No face-to-face meeting is recorded for dossier %1: the form&apos;s meeting fields are left blank.</source>
        <translation>No face-to-face meeting is recorded for dossier %1: the form&apos;s meeting fields are left blank.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <translation>The intervention form attesting the face-to-face meeting.

Commands:
  render ID --out FILE.pdf [--language fr|en] [--template FILE.json]
                          write the dossier&apos;s form as PDF
  sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N]
                          render, sign with the operator&apos;s card (FILE.pdf.p7s)
                          and store both in the dossier
  verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]
                          check a signed form: signer, time, validity</translation>
    </message>
    <message>
        <source>render, sign or verify</source>
        <translation>render, sign or verify</translation>
    </message>
</context>
<context>
    <name>FormSignatureCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>PDF file to write; the signature goes to FILE.p7s beside it.</source>
        <translation>PDF file to write; the signature goes to FILE.p7s beside it.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Language of the form: fr or en (default: fr).</source>
        <translation>Language of the form: fr or en (default: fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>form sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N] [--language fr|en]</source>
        <translation>form sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N] [--language fr|en]</translation>
    </message>
    <message>
        <source>Form of dossier %1 signed by %2 at %3: %4 and %5 (document %6).</source>
        <translation>Form of dossier %1 signed by %2 at %3: %4 and %5 (document %6).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 holds no certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>The detached signature (.p7s, DER).</source>
        <translation>The detached signature (.p7s, DER).</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) of a trusted certification authority; repeatable. Default: the workstation&apos;s CA profiles and, in training mode, the training CA.</source>
        <translation>Certificate (PEM or DER) of a trusted certification authority; repeatable. Default: the workstation&apos;s CA profiles and, in training mode, the training CA.</translation>
    </message>
    <message>
        <source>form verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]</source>
        <translation>form verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signed at: %1</translation>
    </message>
    <message>
        <source>Signature: valid, the file is unchanged.</source>
        <translation>Signature: valid, the file is unchanged.</translation>
    </message>
    <message>
        <source>Signature: NOT valid.</source>
        <translation>Signature: NOT valid.</translation>
    </message>
    <message>
        <source>Trust: the signer&apos;s certificate is trusted.</source>
        <translation>Trust: the signer&apos;s certificate is trusted.</translation>
    </message>
    <message>
        <source>Trust: NOT trusted.</source>
        <translation>Trust: NOT trusted.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>FormSignatureService</name>
    <message>
        <source>Only a PDF form can be signed.</source>
        <translation>Only a PDF form can be signed.</translation>
    </message>
    <message>
        <source>storing the form&apos;s signature</source>
        <translation>storing the form&apos;s signature</translation>
    </message>
    <message>
        <source>The database gave no number for the signature.</source>
        <translation>The database gave no number for the signature.</translation>
    </message>
    <message>
        <source>reading the form signatures</source>
        <translation>reading the form signatures</translation>
    </message>
    <message>
        <source>Document %1 is not a single signed PDF.</source>
        <translation>Document %1 is not a single signed PDF.</translation>
    </message>
</context>
<context>
    <name>FormTemplates</name>
    <message>
        <source>the template</source>
        <translation>the template</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1; this version of Guichet reads %2.</source>
        <translation>&quot;formatVersion&quot; is %1; this version of Guichet reads %2.</translation>
    </message>
    <message>
        <source>Form template &quot;%1&quot;: %2</source>
        <translation>Form template &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2.</source>
        <translation>unknown key &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>%1 has no text in &quot;%2&quot;.</source>
        <translation>%1 has no text in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot; in %2.</source>
        <translation>unknown condition &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>%1 must have exactly one of &quot;fields&quot;, &quot;attachments&quot; or &quot;signatures&quot;.</source>
        <translation>%1 must have exactly one of &quot;fields&quot;, &quot;attachments&quot; or &quot;signatures&quot;.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2.</source>
        <translation>unknown field &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>unknown signature role &quot;%1&quot; in %2.</source>
        <translation>unknown signature role &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>The form template is not a JSON object: %1 (at offset %2).</source>
        <translation>The form template is not a JSON object: %1 (at offset %2).</translation>
    </message>
    <message>
        <source>Cannot read the form template %1: %2</source>
        <translation>Cannot read the form template %1: %2</translation>
    </message>
    <message>
        <source>There is no form template &quot;%1&quot; in this version of Guichet.</source>
        <translation>There is no form template &quot;%1&quot; in this version of Guichet.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Guichet: registration-authority workstation.</source>
        <translation>Guichet: registration-authority workstation.</translation>
    </message>
    <message>
        <source>Database for this run: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</source>
        <translation>Database for this run: a SQLite file path or postgresql://user@host:port/name. Default: the workstation&apos;s setting, else the embedded SQLite file.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Operator recorded in history and audit for this run (default: the workstation&apos;s setting, else the system user).</source>
        <translation>Operator recorded in history and audit for this run (default: the workstation&apos;s setting, else the system user).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Open the main window and the database, then quit (a start-up check for installers and tests).</source>
        <translation>Open the main window and the database, then quit (a start-up check for installers and tests).</translation>
    </message>
    <message>
        <source>Start-up check failed: %1
</source>
        <translation>Start-up check failed: %1
</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentCatalogue</name>
    <message>
        <source>The identity document catalogue is not valid JSON: %1</source>
        <translation>The identity document catalogue is not valid JSON: %1</translation>
    </message>
    <message>
        <source>A security feature has no identifier or a duplicate one.</source>
        <translation>A security feature has no identifier or a duplicate one.</translation>
    </message>
    <message>
        <source>Security feature %1 has an unknown inspection kind.</source>
        <translation>Security feature %1 has an unknown inspection kind.</translation>
    </message>
    <message>
        <source>A document type has no identifier or a duplicate one.</source>
        <translation>A document type has no identifier or a duplicate one.</translation>
    </message>
    <message>
        <source>Document type %1 has an unknown MRZ layout.</source>
        <translation>Document type %1 has an unknown MRZ layout.</translation>
    </message>
    <message>
        <source>Document type %1 names an unknown security feature &quot;%2&quot;.</source>
        <translation>Document type %1 names an unknown security feature &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Document type %1 lists fewer than three security features.</source>
        <translation>Document type %1 lists fewer than three security features.</translation>
    </message>
    <message>
        <source>Document type %1 has a validity extension that is not between 1 and 20 years.</source>
        <translation>Document type %1 has a validity extension that is not between 1 and 20 years.</translation>
    </message>
    <message>
        <source>The identity document catalogue lists no document type.</source>
        <translation>The identity document catalogue lists no document type.</translation>
    </message>
</context>
<context>
    <name>InterventionFormRenderer</name>
    <message>
        <source>The intervention form needs a graphical application object to load its fonts.</source>
        <translation>The intervention form needs a graphical application object to load its fonts.</translation>
    </message>
    <message>
        <source>The intervention form&apos;s font is missing from this build.</source>
        <translation>The intervention form&apos;s font is missing from this build.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the form.</source>
        <translation>Cannot start page %1 of the form.</translation>
    </message>
    <message>
        <source>Cannot start the PDF of the intervention form.</source>
        <translation>Cannot start the PDF of the intervention form.</translation>
    </message>
</context>
<context>
    <name>InterventionFormSource</name>
    <message>
        <source>The form template &quot;%1&quot; has no language &quot;%2&quot;; it has: %3.</source>
        <translation>The form template &quot;%1&quot; has no language &quot;%2&quot;; it has: %3.</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateTargets</name>
    <message>
        <source>The key update of dossier %1 has not been answered yet (outbox item %2): run the key update again with the holder&apos;s token to send it.</source>
        <translation>The key update of dossier %1 has not been answered yet (outbox item %2): run the key update again with the holder&apos;s token to send it.</translation>
    </message>
    <message>
        <source>Certificate %1 of dossier %2 is revoked: it is not written on the token.</source>
        <translation>Certificate %1 of dossier %2 is revoked: it is not written on the token.</translation>
    </message>
    <message>
        <source>Certificate %1 does not certify the new key recorded for the key update of dossier %2: it is not written on any token.</source>
        <translation>Certificate %1 does not certify the new key recorded for the key update of dossier %2: it is not written on any token.</translation>
    </message>
    <message>
        <source>Certificate %1 of dossier %2 is already on token %3: there is nothing left to write.</source>
        <translation>Certificate %1 of dossier %2 is already on token %3: there is nothing left to write.</translation>
    </message>
    <message>
        <source>The certificate answering the key update of dossier %1 is not stored in the dossier.</source>
        <translation>The certificate answering the key update of dossier %1 is not stored in the dossier.</translation>
    </message>
    <message>
        <source>Certificate %1 of the key update written on the holder&apos;s token %2.</source>
        <translation>Certificate %1 of the key update written on the holder&apos;s token %2.</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateWriter</name>
    <message>
        <source>The holder&apos;s token %1 is not present: insert it, then try again.</source>
        <translation>The holder&apos;s token %1 is not present: insert it, then try again.</translation>
    </message>
    <message>
        <source>The key of token %1 already has its certificate; nothing was written.</source>
        <translation>The key of token %1 already has its certificate; nothing was written.</translation>
    </message>
    <message>
        <source>The certificate is for another key of token %1 than the one made for this dossier; it was not written.</source>
        <translation>The certificate is for another key of token %1 than the one made for this dossier; it was not written.</translation>
    </message>
</context>
<context>
    <name>KeySignerPkey</name>
    <message>
        <source>The operator&apos;s credential cannot protect CMP messages: %1</source>
        <translation>The operator&apos;s credential cannot protect CMP messages: %1</translation>
    </message>
    <message>
        <source>no signer was given.</source>
        <translation>no signer was given.</translation>
    </message>
    <message>
        <source>its certificate is not readable.</source>
        <translation>its certificate is not readable.</translation>
    </message>
    <message>
        <source>attaching the operator&apos;s card to its protection key</source>
        <translation>attaching the operator&apos;s card to its protection key</translation>
    </message>
    <message>
        <source>checking the operator&apos;s card key against its certificate</source>
        <translation>checking the operator&apos;s card key against its certificate</translation>
    </message>
</context>
<context>
    <name>KeyUpdateJob</name>
    <message>
        <source>Dossier %1 is for the CA profile %2, but this desk sends to %3. Run its key update with guichet-cli ca renew --dossier %1 --key-update, which uses the dossier&apos;s own profile.</source>
        <translation>Dossier %1 is for the CA profile %2, but this desk sends to %3. Run its key update with guichet-cli ca renew --dossier %1 --key-update, which uses the dossier&apos;s own profile.</translation>
    </message>
</context>
<context>
    <name>KeyUpdateRequests</name>
    <message>
        <source>Dossier %1 was not opened to renew a certificate: a key update needs the certificate it renews.</source>
        <translation>Dossier %1 was not opened to renew a certificate: a key update needs the certificate it renews.</translation>
    </message>
    <message>
        <source>This renewal needs a new face-to-face meeting, not a key update: %1</source>
        <translation>This renewal needs a new face-to-face meeting, not a key update: %1</translation>
    </message>
    <message>
        <source>A key update needs a new key pair generated on the holder&apos;s token.</source>
        <translation>A key update needs a new key pair generated on the holder&apos;s token.</translation>
    </message>
    <message>
        <source>Key update of the certificate it renews (REG-6.3.1: the identity validation is reused).</source>
        <translation>Key update of the certificate it renews (REG-6.3.1: the identity validation is reused).</translation>
    </message>
    <message>
        <source>holding the key update for this desk</source>
        <translation>holding the key update for this desk</translation>
    </message>
    <message>
        <source>Outbox item %1 is being sent by another sender; try again in a moment.</source>
        <translation>Outbox item %1 is being sent by another sender; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>KeychainCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Master key source for this database: %1</source>
        <translation>Master key source for this database: %1</translation>
    </message>
    <message>
        <source>passphrase (chosen by a supervisor)</source>
        <translation>passphrase (chosen by a supervisor)</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS keychain</translation>
    </message>
    <message>
        <source>OS keychain: reachable; %1</source>
        <translation>OS keychain: reachable; %1</translation>
    </message>
    <message>
        <source>master key %1 present</source>
        <translation>master key %1 present</translation>
    </message>
    <message>
        <source>no master key yet (created on first use)</source>
        <translation>no master key yet (created on first use)</translation>
    </message>
    <message>
        <source>OS keychain: NOT reachable: %1</source>
        <translation>OS keychain: NOT reachable: %1</translation>
    </message>
    <message>
        <source>Identity documents cannot be stored on this workstation.</source>
        <translation>Identity documents cannot be stored on this workstation.</translation>
    </message>
    <message>
        <source>Read the new passphrase from this file descriptor (0 for standard input).</source>
        <translation>Read the new passphrase from this file descriptor (0 for standard input).</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>keychain use-passphrase --passphrase-fd N (never the passphrase itself on the command line)</source>
        <translation>keychain use-passphrase --passphrase-fd N (never the passphrase itself on the command line)</translation>
    </message>
    <message>
        <source>The keychain&apos;s master key %1 is now also protected by the passphrase; this database uses the passphrase from now on.</source>
        <translation>The keychain&apos;s master key %1 is now also protected by the passphrase; this database uses the passphrase from now on.</translation>
    </message>
    <message>
        <source>A new master key %1 is protected by the passphrase; this database uses the passphrase from now on.</source>
        <translation>A new master key %1 is protected by the passphrase; this database uses the passphrase from now on.</translation>
    </message>
    <message>
        <source>status, use-passphrase or change-passphrase</source>
        <translation>status, use-passphrase or change-passphrase</translation>
    </message>
    <message>
        <source>Read the current passphrase, then the new one, one per line, from this file descriptor (0 for standard input).</source>
        <translation>Read the current passphrase, then the new one, one per line, from this file descriptor (0 for standard input).</translation>
    </message>
    <message>
        <source>keychain change-passphrase [--passphrase-fd N] (never a passphrase on the command line)</source>
        <translation>keychain change-passphrase [--passphrase-fd N] (never a passphrase on the command line)</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>New passphrase again: </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase of master key %1 was changed; stored documents are unchanged.</source>
        <translation>The passphrase of master key %1 was changed; stored documents are unchanged.</translation>
    </message>
    <message>
        <source>Where the master key that encrypts stored documents lives.

Commands:
  status                         OS keychain reachable? master key present? which source this database uses
  use-passphrase --passphrase-fd N   (supervisor) protect the master key with a passphrase kept in no keychain, for a workstation without one
  change-passphrase [--passphrase-fd N]   (supervisor) change that passphrase: asked on the terminal, or read from descriptor N as two lines, the current one then the new one; nothing is re-encrypted

Both need a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N]) once a supervisor account exists.</source>
        <translation>Where the master key that encrypts stored documents lives.

Commands:
  status                         OS keychain reachable? master key present? which source this database uses
  use-passphrase --passphrase-fd N   (supervisor) protect the master key with a passphrase kept in no keychain, for a workstation without one
  change-passphrase [--passphrase-fd N]   (supervisor) change that passphrase: asked on the terminal, or read from descriptor N as two lines, the current one then the new one; nothing is re-encrypted

Both need a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N]) once a supervisor account exists.</translation>
    </message>
</context>
<context>
    <name>KeychainMasterKeySource</name>
    <message>
        <source>%1
Guichet keeps identity documents only encrypted, under a master key held in the OS keychain, so it refuses to store them now. Open a desktop session with a keyring (GNOME Keyring, KWallet or another Secret Service), or have a supervisor protect the master key with a passphrase (guichet-cli keychain use-passphrase).</source>
        <translation>%1
Guichet keeps identity documents only encrypted, under a master key held in the OS keychain, so it refuses to store them now. Open a desktop session with a keyring (GNOME Keyring, KWallet or another Secret Service), or have a supervisor protect the master key with a passphrase (guichet-cli keychain use-passphrase).</translation>
    </message>
    <message>
        <source>The master key in the OS keychain (entry &quot;%1&quot;) has %2 bytes instead of %3: it was altered.</source>
        <translation>The master key in the OS keychain (entry &quot;%1&quot;) has %2 bytes instead of %3: it was altered.</translation>
    </message>
</context>
<context>
    <name>MasterKeySelection</name>
    <message>
        <source>This database&apos;s master key is protected by a passphrase: give the passphrase to open or store documents.</source>
        <translation>This database&apos;s master key is protected by a passphrase: give the passphrase to open or store documents.</translation>
    </message>
    <message>
        <source>This database&apos;s master key is in the OS keychain, not protected by a passphrase: no passphrase is needed.</source>
        <translation>This database&apos;s master key is in the OS keychain, not protected by a passphrase: no passphrase is needed.</translation>
    </message>
</context>
<context>
    <name>MasterKeyUnlock</name>
    <message>
        <source>Identity documents are locked: this workstation&apos;s master key is protected by a passphrase, which was not given in this session. Documents cannot be stored or shown until it is.</source>
        <translation>Identity documents are locked: this workstation&apos;s master key is protected by a passphrase, which was not given in this session. Documents cannot be stored or shown until it is.</translation>
    </message>
</context>
<context>
    <name>MeetingCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>The face-to-face meeting of a dossier.

Commands:
  show ID                 the meeting as recorded
  set ID [options]        record the ID document, the place, the organisation evidence
  record ID KIND [--subject S] [--no]   record a decision; KIND is one of %1
  verify ID               mark the holder&apos;s identity verified (refused while a rule is not met)</source>
        <translation>The face-to-face meeting of a dossier.

Commands:
  show ID                 the meeting as recorded
  set ID [options]        record the ID document, the place, the organisation evidence
  record ID KIND [--subject S] [--no]   record a decision; KIND is one of %1
  verify ID               mark the holder&apos;s identity verified (refused while a rule is not met)</translation>
    </message>
    <message>
        <source>show, set, record or verify</source>
        <translation>show, set, record or verify</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Dossier number.</translation>
    </message>
    <message>
        <source>write: meeting show ID</source>
        <translation>write: meeting show ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The guided view&apos;s step to resume at.</source>
        <translation>The guided view&apos;s step to resume at.</translation>
    </message>
    <message>
        <source>Where the meeting takes place.</source>
        <translation>Where the meeting takes place.</translation>
    </message>
    <message>
        <source>ID document type (see &quot;mrz check --help&quot;).</source>
        <translation>ID document type (see &quot;mrz check --help&quot;).</translation>
    </message>
    <message>
        <source>ID document number.</source>
        <translation>ID document number.</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code).</source>
        <translation>Issuing state (ICAO code).</translation>
    </message>
    <message>
        <source>Issuing authority.</source>
        <translation>Issuing authority.</translation>
    </message>
    <message>
        <source>Surnames as on the visual zone.</source>
        <translation>Surnames as on the visual zone.</translation>
    </message>
    <message>
        <source>Given names as on the visual zone.</source>
        <translation>Given names as on the visual zone.</translation>
    </message>
    <message>
        <source>Who signed the mandate.</source>
        <translation>Who signed the mandate.</translation>
    </message>
    <message>
        <source>Issue date.</source>
        <translation>Issue date.</translation>
    </message>
    <message>
        <source>Expiry date as printed.</source>
        <translation>Expiry date as printed.</translation>
    </message>
    <message>
        <source>Birth date as on the visual zone.</source>
        <translation>Birth date as on the visual zone.</translation>
    </message>
    <message>
        <source>Date written on the mandate.</source>
        <translation>Date written on the mandate.</translation>
    </message>
    <message>
        <source>File holding the MRZ lines (- for standard input).</source>
        <translation>File holding the MRZ lines (- for standard input).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The holder countersigned the mandate.</source>
        <translation>The holder countersigned the mandate.</translation>
    </message>
    <message>
        <source>The request is co-signed by holder and agent.</source>
        <translation>The request is co-signed by holder and agent.</translation>
    </message>
    <message>
        <source>write: meeting set ID [options]</source>
        <translation>write: meeting set ID [options]</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>What the decision is about: a security feature id, the terms of use version.</source>
        <translation>What the decision is about: a security feature id, the terms of use version.</translation>
    </message>
    <message>
        <source>Record a negative decision (feature unchecked, face not matching, consent refused).</source>
        <translation>Record a negative decision (feature unchecked, face not matching, consent refused).</translation>
    </message>
    <message>
        <source>Decision kind.</source>
        <translation>Decision kind.</translation>
    </message>
    <message>
        <source>write: meeting record ID KIND, where KIND is one of %1.</source>
        <translation>write: meeting record ID KIND, where KIND is one of %1.</translation>
    </message>
    <message>
        <source>write: meeting verify ID</source>
        <translation>write: meeting verify ID</translation>
    </message>
    <message>
        <source>Identity of the holder of dossier %1 verified.</source>
        <translation>Identity of the holder of dossier %1 verified.</translation>
    </message>
    <message>
        <source>Meeting of dossier %1 (version %2)</source>
        <translation>Meeting of dossier %1 (version %2)</translation>
    </message>
    <message>
        <source>Started: %1 by %2, place: %3</source>
        <translation>Started: %1 by %2, place: %3</translation>
    </message>
    <message>
        <source>ID document: %1 %2 (%3), valid %4 to %5</source>
        <translation>ID document: %1 %2 (%3), valid %4 to %5</translation>
    </message>
    <message>
        <source>Suggested features: %1</source>
        <translation>Suggested features: %1</translation>
    </message>
    <message>
        <source>Checked features: %1</source>
        <translation>Checked features: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Identity verified: %1</source>
        <translation>Identity verified: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionKinds</name>
    <message>
        <source>Information and terms shown to the holder</source>
        <translation>Information and terms shown to the holder</translation>
    </message>
    <message>
        <source>Terms of use accepted</source>
        <translation>Terms of use accepted</translation>
    </message>
    <message>
        <source>Choice on certificate publication</source>
        <translation>Choice on certificate publication</translation>
    </message>
    <message>
        <source>Consent to use a secure device</source>
        <translation>Consent to use a secure device</translation>
    </message>
    <message>
        <source>Security feature checked</source>
        <translation>Security feature checked</translation>
    </message>
    <message>
        <source>Face compared with the document</source>
        <translation>Face compared with the document</translation>
    </message>
    <message>
        <source>Copy certified true to the original</source>
        <translation>Copy certified true to the original</translation>
    </message>
    <message>
        <source>Originals posted to the CA</source>
        <translation>Originals posted to the CA</translation>
    </message>
</context>
<context>
    <name>MeetingErasure</name>
    <message>
        <source>erasing the meeting&apos;s personal data</source>
        <translation>erasing the meeting&apos;s personal data</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>reading the meeting</source>
        <translation>reading the meeting</translation>
    </message>
    <message>
        <source>reading the meeting&apos;s decisions</source>
        <translation>reading the meeting&apos;s decisions</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 holds a decision of an unknown kind &quot;%2&quot; (written by a newer Guichet?).</source>
        <translation>The meeting of dossier %1 holds a decision of an unknown kind &quot;%2&quot; (written by a newer Guichet?).</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>storing the meeting</translation>
    </message>
    <message>
        <source>saving the meeting</source>
        <translation>saving the meeting</translation>
    </message>
    <message>
        <source>recording the meeting&apos;s decision</source>
        <translation>recording the meeting&apos;s decision</translation>
    </message>
    <message>
        <source>checking the meeting</source>
        <translation>checking the meeting</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 does not exist.</source>
        <translation>The meeting of dossier %1 does not exist.</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the meeting to see the new version, then make your changes again.</source>
        <translation>The meeting of dossier %1 was changed by %2 at %3 while you were editing it. Your changes were not saved: reopen the meeting to see the new version, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Known product</source>
        <translation>Known product</translation>
    </message>
    <message>
        <source>The dossier&apos;s product &quot;%1&quot; is not in the catalogue.</source>
        <translation>The dossier&apos;s product &quot;%1&quot; is not in the catalogue.</translation>
    </message>
    <message>
        <source>The holder&apos;s identity was verified on this evidence: the document and the organisation evidence can no longer be changed.</source>
        <translation>The holder&apos;s identity was verified on this evidence: the document and the organisation evidence can no longer be changed.</translation>
    </message>
    <message>
        <source>The meeting of dossier %1 was removed while you were editing it.</source>
        <translation>The meeting of dossier %1 was removed while you were editing it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subject: the security feature or the terms version.</source>
        <translation>&quot;%1&quot; needs a subject: the security feature or the terms version.</translation>
    </message>
    <message>
        <source>Record the ID document&apos;s type before its security features.</source>
        <translation>Record the ID document&apos;s type before its security features.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security feature of this document type.</source>
        <translation>&quot;%1&quot; is not a security feature of this document type.</translation>
    </message>
    <message>
        <source>The holder&apos;s identity was already verified on %1.</source>
        <translation>The holder&apos;s identity was already verified on %1.</translation>
    </message>
    <message numerus="yes">
        <source>The holder&apos;s identity cannot be marked verified: %n rule(s) not met:
%1</source>
        <translation>
            <numerusform>The holder&apos;s identity cannot be marked verified: %n rule not met:
%1</numerusform>
            <numerusform>The holder&apos;s identity cannot be marked verified: %n rules not met:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). It was left untouched: update Guichet to open it.</source>
        <translation>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). It was left untouched: update Guichet to open it.</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>locking the schema</translation>
    </message>
    <message>
        <source>creating the schema table</source>
        <translation>creating the schema table</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>upgrading the schema to version %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>recording the schema version</translation>
    </message>
</context>
<context>
    <name>MrzCommand</name>
    <message>
        <source>Machine-readable zones of identity documents.

Commands:
  check   read MRZ lines on standard input, print the fields and every problem

Exit codes: 0 valid, 1 not valid, 2 usage error.</source>
        <translation>Machine-readable zones of identity documents.

Commands:
  check   read MRZ lines on standard input, print the fields and every problem

Exit codes: 0 valid, 1 not valid, 2 usage error.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Reads an MRZ (TD1, TD2, TD3 or French ID card 1988-2021) on standard input, as typed or OCR&apos;d, and prints each field and every problem.
Exit codes: 0 valid, 1 not valid, 2 usage error.</source>
        <translation>Reads an MRZ (TD1, TD2, TD3 or French ID card 1988-2021) on standard input, as typed or OCR&apos;d, and prints each field and every problem.
Exit codes: 0 valid, 1 not valid, 2 usage error.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Reference date (the meeting date) for birth and expiry checks, YYYY-MM-DD. Default: today.</source>
        <translation>Reference date (the meeting date) for birth and expiry checks, YYYY-MM-DD. Default: today.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Expected layout: td1, td2, td3 or fr-cni-1988.</source>
        <translation>Expected layout: td1, td2, td3 or fr-cni-1988.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>mrz check reads the MRZ on standard input, not as arguments.</source>
        <translation>mrz check reads the MRZ on standard input, not as arguments.</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation>--date needs a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--format is one of td1, td2, td3, fr-cni-1988.</source>
        <translation>--format is one of td1, td2, td3, fr-cni-1988.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>cannot read standard input: %1</translation>
    </message>
    <message>
        <source>the input is too long for an MRZ.</source>
        <translation>the input is too long for an MRZ.</translation>
    </message>
    <message numerus="yes">
        <source>guichet-cli: the MRZ is not valid: %n error(s).</source>
        <translation>
            <numerusform>guichet-cli: the MRZ is not valid: %n error.</numerusform>
            <numerusform>guichet-cli: the MRZ is not valid: %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>Document type: %1</source>
        <translation>Document type: %1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>notice:</source>
        <translation>notice:</translation>
    </message>
    <message>
        <source>The MRZ is valid.</source>
        <translation>The MRZ is valid.</translation>
    </message>
    <message>
        <source>The MRZ is not valid.</source>
        <translation>The MRZ is not valid.</translation>
    </message>
</context>
<context>
    <name>MrzFieldComparison</name>
    <message>
        <source>%1: the same as in the MRZ.</source>
        <translation>%1: the same as in the MRZ.</translation>
    </message>
    <message>
        <source>%1: the same as the start of the MRZ, where it was cut to fit its zone.</source>
        <translation>%1: the same as the start of the MRZ, where it was cut to fit its zone.</translation>
    </message>
    <message>
        <source>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;. They differ only by look-alike characters (O and 0, I and 1...): check which one the document shows.</source>
        <translation>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;. They differ only by look-alike characters (O and 0, I and 1...): check which one the document shows.</translation>
    </message>
    <message>
        <source>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;.</source>
        <translation>%1: typed &quot;%2&quot;, the MRZ reads &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: not in the MRZ of this document.</source>
        <translation>%1: not in the MRZ of this document.</translation>
    </message>
    <message>
        <source>%1: not entered from the visual zone.</source>
        <translation>%1: not entered from the visual zone.</translation>
    </message>
</context>
<context>
    <name>MrzProblem</name>
    <message>
        <source>MRZ layout</source>
        <translation>MRZ layout</translation>
    </message>
    <message>
        <source>document code</source>
        <translation>document code</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>issuing state</translation>
    </message>
    <message>
        <source>surnames</source>
        <translation>surnames</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>document number check digit</source>
        <translation>document number check digit</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>date of birth check digit</source>
        <translation>date of birth check digit</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>expiry date check digit</source>
        <translation>expiry date check digit</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>optional data</translation>
    </message>
    <message>
        <source>optional data check digit</source>
        <translation>optional data check digit</translation>
    </message>
    <message>
        <source>optional data (line 2)</source>
        <translation>optional data (line 2)</translation>
    </message>
    <message>
        <source>composite check digit</source>
        <translation>composite check digit</translation>
    </message>
    <message>
        <source>administrative code</source>
        <translation>administrative code</translation>
    </message>
    <message>
        <source>issue month</source>
        <translation>issue month</translation>
    </message>
    <message>
        <source>issuing office</source>
        <translation>issuing office</translation>
    </message>
    <message>
        <source>an unreadable character</source>
        <translation>an unreadable character</translation>
    </message>
    <message>
        <source>ICAO TD1 (ID card, 3 lines of 30)</source>
        <translation>ICAO TD1 (ID card, 3 lines of 30)</translation>
    </message>
    <message>
        <source>ICAO TD2 (2 lines of 36)</source>
        <translation>ICAO TD2 (2 lines of 36)</translation>
    </message>
    <message>
        <source>ICAO TD3 (passport, 2 lines of 44)</source>
        <translation>ICAO TD3 (passport, 2 lines of 44)</translation>
    </message>
    <message>
        <source>French ID card 1988-2021 (2 lines of 36)</source>
        <translation>French ID card 1988-2021 (2 lines of 36)</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>unknown layout</translation>
    </message>
    <message>
        <source>Line %1, position %2 (%3)</source>
        <translation>Line %1, position %2 (%3)</translation>
    </message>
    <message>
        <source> Did you mean &quot;%1&quot;?</source>
        <translation> Did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source> Perhaps line %1, position %2 should read &quot;%3&quot;; check the document.</source>
        <translation> Perhaps line %1, position %2 should read &quot;%3&quot;; check the document.</translation>
    </message>
    <message>
        <source>Lower-case letters were read as capitals.</source>
        <translation>Lower-case letters were read as capitals.</translation>
    </message>
    <message>
        <source>Spaces inside the lines were ignored.</source>
        <translation>Spaces inside the lines were ignored.</translation>
    </message>
    <message>
        <source>The MRZ was given as one line of %1 characters; it was read as %2 lines of %3: %4.</source>
        <translation>The MRZ was given as one line of %1 characters; it was read as %2 lines of %3: %4.</translation>
    </message>
    <message>
        <source>%1: the date is wholly or partly unknown (fillers instead of digits); check the visual zone.</source>
        <translation>%1: the date is wholly or partly unknown (fillers instead of digits); check the visual zone.</translation>
    </message>
    <message>
        <source>The names fill the whole zone and may have been truncated; compare them with the visual zone.</source>
        <translation>The names fill the whole zone and may have been truncated; compare them with the visual zone.</translation>
    </message>
    <message>
        <source>%1: X is written in the visual zone; ICAO 9303 writes &lt; in the MRZ for an unspecified sex. Check the visual zone.</source>
        <translation>%1: X is written in the visual zone; ICAO 9303 writes &lt; in the MRZ for an unspecified sex. Check the visual zone.</translation>
    </message>
    <message>
        <source>No MRZ text was given.</source>
        <translation>No MRZ text was given.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, but %1 has %2 lines. Check that no line is missing or added.</source>
        <translation>
            <numerusform>%n line read, but %1 has %2 lines. Check that no line is missing or added.</numerusform>
            <numerusform>%n lines read, but %1 has %2 lines. Check that no line is missing or added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters instead of %3 for %4: a character is missing or was not read.</source>
        <translation>Line %1 has %2 characters instead of %3 for %4: a character is missing or was not read.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters instead of %3 for %4: a character was added or read twice.</source>
        <translation>Line %1 has %2 characters instead of %3 for %4: a character was added or read twice.</translation>
    </message>
    <message>
        <source>The MRZ has the layout %1, but the selected document type uses %2.</source>
        <translation>The MRZ has the layout %1, but the selected document type uses %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not an MRZ character (only A-Z, 0-9 and &lt;).%3</source>
        <translation>%1: %2 is not an MRZ character (only A-Z, 0-9 and &lt;).%3</translation>
    </message>
    <message>
        <source>%1: %2 must be a digit.%3</source>
        <translation>%1: %2 must be a digit.%3</translation>
    </message>
    <message>
        <source>%1: %2 must be a letter or &lt;.%3</source>
        <translation>%1: %2 must be a letter or &lt;.%3</translation>
    </message>
    <message>
        <source>The document code starts with %1; %2 must start with %3.</source>
        <translation>The document code starts with %1; %2 must start with %3.</translation>
    </message>
    <message>
        <source>A, C or I</source>
        <translation>A, C or I</translation>
    </message>
    <message>
        <source>%1: the check digit is %2, not a digit (the data gives %3).%4</source>
        <translation>%1: the check digit is %2, not a digit (the data gives %3).%4</translation>
    </message>
    <message>
        <source>%1: the composite check digit is %2 but the data it covers gives %3: a character is wrong somewhere in the zones it covers.%4</source>
        <translation>%1: the composite check digit is %2 but the data it covers gives %3: a character is wrong somewhere in the zones it covers.%4</translation>
    </message>
    <message>
        <source>%1: the check digit is %2 but the %3 gives %4: a character of the %3 or the check digit is wrong.%5</source>
        <translation>%1: the check digit is %2 but the %3 gives %4: a character of the %3 or the check digit is wrong.%5</translation>
    </message>
    <message>
        <source>%1: not a valid date (YYMMDD).</source>
        <translation>%1: not a valid date (YYMMDD).</translation>
    </message>
    <message>
        <source>%1: the expiry date is before the date of birth.</source>
        <translation>%1: the expiry date is before the date of birth.</translation>
    </message>
    <message>
        <source>%1: the issue month in the document number is before the date of birth.</source>
        <translation>%1: the issue month in the document number is before the date of birth.</translation>
    </message>
    <message>
        <source>%1: the document has expired; it must be valid on the meeting date (VAL-8.3.1-07).</source>
        <translation>%1: the document has expired; it must be valid on the meeting date (VAL-8.3.1-07).</translation>
    </message>
    <message>
        <source>%1: %2 is not a sex code; the MRZ uses F, M or &lt;.</source>
        <translation>%1: %2 is not a sex code; the MRZ uses F, M or &lt;.</translation>
    </message>
    <message>
        <source>%1: the primary identifier (surname) is missing.</source>
        <translation>%1: the primary identifier (surname) is missing.</translation>
    </message>
    <message>
        <source>%1: a filler here announces a document number longer than 9 characters, but the optional data does not continue it with its check digit.</source>
        <translation>%1: a filler here announces a document number longer than 9 characters, but the optional data does not continue it with its check digit.</translation>
    </message>
    <message>
        <source>%1: the issue month (YYMM at the start of the number) must fall between 1988 and 2021 and not after the reference date.</source>
        <translation>%1: the issue month (YYMM at the start of the number) must fall between 1988 and 2021 and not after the reference date.</translation>
    </message>
    <message>
        <source>There are more problems; correct these first.</source>
        <translation>There are more problems; correct these first.</translation>
    </message>
</context>
<context>
    <name>MrzResult</name>
    <message>
        <source>%1 (YYMMDD, partly unknown)</source>
        <translation>%1 (YYMMDD, partly unknown)</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>does not match (the data gives %1)</source>
        <translation>does not match (the data gives %1)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>The cryptographic library failed while %1.</source>
        <translation>The cryptographic library failed while %1.</translation>
    </message>
    <message>
        <source>The cryptographic library failed while %1: %2.</source>
        <translation>The cryptographic library failed while %1: %2.</translation>
    </message>
</context>
<context>
    <name>OperatorCertificate</name>
    <message>
        <source>The operator&apos;s certificate cannot be read.</source>
        <translation>The operator&apos;s certificate cannot be read.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate is not meant for authentication: its key usage lacks digitalSignature.</source>
        <translation>The operator&apos;s certificate is not meant for authentication: its key usage lacks digitalSignature.</translation>
    </message>
    <message>
        <source>No CA is trusted for operator certificates on this workstation.</source>
        <translation>No CA is trusted for operator certificates on this workstation.</translation>
    </message>
    <message>
        <source>checking the operator&apos;s certificate</source>
        <translation>checking the operator&apos;s certificate</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate expired on %1.</source>
        <translation>The operator&apos;s certificate expired on %1.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate is not valid before %1.</source>
        <translation>The operator&apos;s certificate is not valid before %1.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate was not issued by a CA this workstation trusts.</source>
        <translation>The operator&apos;s certificate was not issued by a CA this workstation trusts.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate does not verify: %1.</source>
        <translation>The operator&apos;s certificate does not verify: %1.</translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (PEM or DER expected).</source>
        <translation>This is not an X.509 certificate (PEM or DER expected).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate (PEM or DER).</source>
        <translation>The operator&apos;s certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>dra-operator, certification-agent or supervisor.</source>
        <translation>dra-operator, certification-agent or supervisor.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>The number the CA gave the operator.</source>
        <translation>The number the CA gave the operator.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The organisation a Certification Agent acts for.</source>
        <translation>The organisation a Certification Agent acts for.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Date of the last training (YYYY-MM-DD).</source>
        <translation>Date of the last training (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The operator&apos;s name.</source>
        <translation>The operator&apos;s name.</translation>
    </message>
    <message>
        <source>Read the new card&apos;s PIN from this file descriptor.</source>
        <translation>Read the new card&apos;s PIN from this file descriptor.</translation>
    </message>
    <message>
        <source>PKCS#11 module for the training card (default: SoftHSM2).</source>
        <translation>PKCS#11 module for the training card (default: SoftHSM2).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when the workstation uses one.</source>
        <translation>Read the master-key passphrase from this file descriptor, when the workstation uses one.</translation>
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
        <translation>Operator accounts.

Commands:
  list [--json]                               every account, active or not
  show ID [--json]                            one account
  add --certificate FILE --role R [--registration-number N] [--organisation O] [--training-date D]
  set-role ID ROLE                            dra-operator, certification-agent, supervisor
  set-training ID DATE                        the last training (YYYY-MM-DD)
  deactivate ID                               the account can no longer log in
  training-card --name NAME [--pin-fd N] [--role R]   a SoftHSM2 card from the training CA, and its account
  whoami                                      log in with the card, show the account

Changes need a supervisor&apos;s card: --operator-token SERIAL [--operator-pin-fd N]. While no account exists, add and training-card make the first one, a supervisor, without it.</translation>
    </message>
    <message>
        <source>list, show, add, set-role, set-training, deactivate, training-card, whoami</source>
        <translation>list, show, add, set-role, set-training, deactivate, training-card, whoami</translation>
    </message>
    <message>
        <source>unknown operator command &quot;%1&quot;.</source>
        <translation>unknown operator command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	training %5	%6</source>
        <translation>%1	%2	%3	%4	training %5	%6</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Name the operator account: operator show ID.</source>
        <translation>Name the operator account: operator show ID.</translation>
    </message>
    <message>
        <source>operator add needs --certificate FILE.</source>
        <translation>operator add needs --certificate FILE.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--training-date needs a date as YYYY-MM-DD.</source>
        <translation>--training-date needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Name the operator account (its ID, from operator list).</source>
        <translation>Name the operator account (its ID, from operator list).</translation>
    </message>
    <message>
        <source>operator set-role ID ROLE: the role is dra-operator, certification-agent or supervisor.</source>
        <translation>operator set-role ID ROLE: the role is dra-operator, certification-agent or supervisor.</translation>
    </message>
    <message>
        <source>operator set-training ID DATE: the date as YYYY-MM-DD.</source>
        <translation>operator set-training ID DATE: the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>operator training-card needs --name NAME.</source>
        <translation>operator training-card needs --name NAME.</translation>
    </message>
    <message>
        <source>--pin-fd needs a number.</source>
        <translation>--pin-fd needs a number.</translation>
    </message>
    <message>
        <source>PIN of the new operator card: </source>
        <translation>PIN of the new operator card: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>No terminal to ask for the card&apos;s PIN: use --pin-fd.</source>
        <translation>No terminal to ask for the card&apos;s PIN: use --pin-fd.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>The two PINs typed differ.</translation>
    </message>
    <message>
        <source>serial: %1</source>
        <translation>serial: %1</translation>
    </message>
    <message>
        <source>Logged in with the card %1 as:</source>
        <translation>Logged in with the card %1 as:</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <source>This command needs the operator&apos;s card: name it with --operator-token SERIAL.</source>
        <translation>This command needs the operator&apos;s card: name it with --operator-token SERIAL.</translation>
    </message>
    <message>
        <source>--operator-pin-fd needs a number.</source>
        <translation>--operator-pin-fd needs a number.</translation>
    </message>
    <message>
        <source>PIN of the operator&apos;s card: </source>
        <translation>PIN of the operator&apos;s card: </translation>
    </message>
    <message>
        <source>No terminal to ask for the operator&apos;s PIN: give it through --operator-pin-fd.</source>
        <translation>No terminal to ask for the operator&apos;s PIN: give it through --operator-pin-fd.</translation>
    </message>
    <message>
        <source>guichet-cli: %1</source>
        <translation>guichet-cli: %1</translation>
    </message>
    <message>
        <source>Serial number of the operator&apos;s token.</source>
        <translation>Serial number of the operator&apos;s token.</translation>
    </message>
    <message>
        <source>Read the operator&apos;s PIN from this file descriptor.</source>
        <translation>Read the operator&apos;s PIN from this file descriptor.</translation>
    </message>
    <message>
        <source>PKCS#11 module of the operator&apos;s token (default: the workstation&apos;s).</source>
        <translation>PKCS#11 module of the operator&apos;s token (default: the workstation&apos;s).</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>reading an operator account</source>
        <translation>reading an operator account</translation>
    </message>
    <message>
        <source>There is no operator account %1.</source>
        <translation>There is no operator account %1.</translation>
    </message>
    <message>
        <source>looking up the operator of a certificate</source>
        <translation>looking up the operator of a certificate</translation>
    </message>
    <message>
        <source>listing the operator accounts</source>
        <translation>listing the operator accounts</translation>
    </message>
    <message>
        <source>counting the operator accounts</source>
        <translation>counting the operator accounts</translation>
    </message>
    <message>
        <source>saving an operator account</source>
        <translation>saving an operator account</translation>
    </message>
    <message>
        <source>The operator account %1 was changed by someone else meanwhile: read it again and retry.</source>
        <translation>The operator account %1 was changed by someone else meanwhile: read it again and retry.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>A Certification Agent acts for one organisation: give its name.</source>
        <translation>A Certification Agent acts for one organisation: give its name.</translation>
    </message>
    <message>
        <source>Only a supervisor logged in with their card may change operator accounts.</source>
        <translation>Only a supervisor logged in with their card may change operator accounts.</translation>
    </message>
    <message>
        <source>The logged-in operator has no account any more.</source>
        <translation>The logged-in operator has no account any more.</translation>
    </message>
    <message>
        <source>The logged-in operator&apos;s account is deactivated.</source>
        <translation>The logged-in operator&apos;s account is deactivated.</translation>
    </message>
    <message>
        <source>%1 is the last active supervisor: appoint another one first, or nobody could manage operators any more.</source>
        <translation>%1 is the last active supervisor: appoint another one first, or nobody could manage operators any more.</translation>
    </message>
    <message>
        <source>This certificate already belongs to the active account %1 (%2).</source>
        <translation>This certificate already belongs to the active account %1 (%2).</translation>
    </message>
    <message>
        <source>The training date is in the future.</source>
        <translation>The training date is in the future.</translation>
    </message>
    <message>
        <source>The operator account %1 is already deactivated.</source>
        <translation>The operator account %1 is already deactivated.</translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <source>Organisation identifiers.

Commands:
  check VALUE   check a SIREN, SIRET, French VAT number or RNA number

Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</source>
        <translation>Organisation identifiers.

Commands:
  check VALUE   check a SIREN, SIRET, French VAT number or RNA number

Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Checks an organisation identifier, recognised by its shape: 9 digits SIREN, 14 digits SIRET, FR + key + SIREN VAT number, W + 9 characters RNA number. Spaces between digit groups are allowed.
Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</source>
        <translation>Checks an organisation identifier, recognised by its shape: 9 digits SIREN, 14 digits SIRET, FR + key + SIREN VAT number, W + 9 characters RNA number. Spaces between digit groups are allowed.
Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error.</translation>
    </message>
    <message>
        <source>The identifier to check.</source>
        <translation>The identifier to check.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Check as this kind instead of recognising it: siren, siret, vat or rna.</source>
        <translation>Check as this kind instead of recognising it: siren, siret, vat or rna.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>give the identifier: org check VALUE.</source>
        <translation>give the identifier: org check VALUE.</translation>
    </message>
    <message>
        <source>--kind is one of siren, siret, vat, rna.</source>
        <translation>--kind is one of siren, siret, vat, rna.</translation>
    </message>
    <message>
        <source>%1: valid %2.</source>
        <translation>%1: valid %2.</translation>
    </message>
</context>
<context>
    <name>OrganisationIdentifier</name>
    <message>
        <source>A SIREN number has exactly 9 digits.</source>
        <translation>A SIREN number has exactly 9 digits.</translation>
    </message>
    <message>
        <source>This SIREN number is not valid: its check digit (Luhn) does not match. Check for a mistyped digit.</source>
        <translation>This SIREN number is not valid: its check digit (Luhn) does not match. Check for a mistyped digit.</translation>
    </message>
    <message>
        <source>A SIRET number has exactly 14 digits.</source>
        <translation>A SIRET number has exactly 14 digits.</translation>
    </message>
    <message>
        <source>This La Poste SIRET number is not valid: the sum of its digits is not a multiple of 5.</source>
        <translation>This La Poste SIRET number is not valid: the sum of its digits is not a multiple of 5.</translation>
    </message>
    <message>
        <source>The SIREN part (first 9 digits) of this SIRET is not valid: its check digit (Luhn) does not match.</source>
        <translation>The SIREN part (first 9 digits) of this SIRET is not valid: its check digit (Luhn) does not match.</translation>
    </message>
    <message>
        <source>This SIRET number is not valid: its check digit (Luhn) does not match. Check the establishment number (last 5 digits).</source>
        <translation>This SIRET number is not valid: its check digit (Luhn) does not match. Check the establishment number (last 5 digits).</translation>
    </message>
    <message>
        <source>Enter a SIREN (9 digits) or a SIRET (14 digits).</source>
        <translation>Enter a SIREN (9 digits) or a SIRET (14 digits).</translation>
    </message>
    <message>
        <source>A French VAT number starts with FR.</source>
        <translation>A French VAT number starts with FR.</translation>
    </message>
    <message numerus="yes">
        <source>A French VAT number is FR followed by 11 characters, a 2-digit key and the 9-digit SIREN; this one has %n character(s) after FR.</source>
        <translation>
            <numerusform>A French VAT number is FR followed by 11 characters, a 2-digit key and the 9-digit SIREN; this one has %n character after FR.</numerusform>
            <numerusform>A French VAT number is FR followed by 11 characters, a 2-digit key and the 9-digit SIREN; this one has %n characters after FR.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last 9 characters of a French VAT number are the SIREN, all digits.</source>
        <translation>The last 9 characters of a French VAT number are the SIREN, all digits.</translation>
    </message>
    <message>
        <source>The key of this VAT number (characters 3 and 4, &quot;%1&quot;) is not two digits, so it cannot be checked against a SIREN.</source>
        <translation>The key of this VAT number (characters 3 and 4, &quot;%1&quot;) is not two digits, so it cannot be checked against a SIREN.</translation>
    </message>
    <message>
        <source>The SIREN part (last 9 digits) of this VAT number is not valid: its check digit (Luhn) does not match.</source>
        <translation>The SIREN part (last 9 digits) of this VAT number is not valid: its check digit (Luhn) does not match.</translation>
    </message>
    <message>
        <source>The key %1 of this VAT number does not match its SIREN %2: the key is (12 + 3 × (SIREN mod 97)) mod 97 = %3. Did you mean %4?</source>
        <translation>The key %1 of this VAT number does not match its SIREN %2: the key is (12 + 3 × (SIREN mod 97)) mod 97 = %3. Did you mean %4?</translation>
    </message>
    <message>
        <source>An association number in the RNA starts with W.</source>
        <translation>An association number in the RNA starts with W.</translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 characters; this one has %n after the W.</source>
        <translation>
            <numerusform>An RNA number is W followed by 9 characters; this one has %n after the W.</numerusform>
            <numerusform>An RNA number is W followed by 9 characters; this one has %n after the W.</numerusform>
        </translation>
    </message>
    <message>
        <source>An RNA number has only letters and digits after the W; found &quot;%1&quot;.</source>
        <translation>An RNA number has only letters and digits after the W; found &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation identifier: a SIREN has 9 digits, a SIRET 14 digits, a French VAT number starts with FR and an RNA number with W.</source>
        <translation>&quot;%1&quot; is not an organisation identifier: a SIREN has 9 digits, a SIRET 14 digits, a French VAT number starts with FR and an RNA number with W.</translation>
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
        <translation>French VAT number</translation>
    </message>
    <message>
        <source>RNA association number</source>
        <translation>RNA association number</translation>
    </message>
</context>
<context>
    <name>OsKeychain</name>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>The OS keychain did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The OS keychain has no entry &quot;%1&quot;.</source>
        <translation>The OS keychain has no entry &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The OS keychain refused access (is it locked?): %1</source>
        <translation>The OS keychain refused access (is it locked?): %1</translation>
    </message>
    <message>
        <source>No OS keychain is reachable: %1</source>
        <translation>No OS keychain is reachable: %1</translation>
    </message>
    <message>
        <source>The OS keychain needs a running Qt application.</source>
        <translation>The OS keychain needs a running Qt application.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox of requests to CAs (written before anything is sent; sent in the background, with backoff while the CA is unreachable).

Commands:
  list [--json]   the items, newest first
  retry ID        send a failed item again
  cancel ID       cancel a queued or failed item
  send --url URL --secret-file FILE [--until-empty]   run the sender here</source>
        <translation>The outbox of requests to CAs (written before anything is sent; sent in the background, with backoff while the CA is unreachable).

Commands:
  list [--json]   the items, newest first
  retry ID        send a failed item again
  cancel ID       cancel a queued or failed item
  send --url URL --secret-file FILE [--until-empty]   run the sender here</translation>
    </message>
    <message>
        <source>list, retry, cancel or send</source>
        <translation>list, retry, cancel or send</translation>
    </message>
    <message>
        <source>outbox list [--json]</source>
        <translation>outbox list [--json]</translation>
    </message>
    <message>
        <source>The outbox item&apos;s id.</source>
        <translation>The outbox item&apos;s id.</translation>
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
        <translation>Runs the outbox sender in the foreground for one CA profile: items are sent one at a time, with exponential backoff while the CA is unreachable. Without --until-empty it runs until stopped.</translation>
    </message>
    <message>
        <source>CA profile (default training).</source>
        <translation>CA profile (default training).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The CA&apos;s CMP URL (default: the profile&apos;s; required for the training CA served by `ca serve-training`).</source>
        <translation>The CA&apos;s CMP URL (default: the profile&apos;s; required for the training CA served by `ca serve-training`).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Reference of the shared secret (default guichet-ra).</source>
        <translation>Reference of the shared secret (default guichet-ra).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>File holding the shared secret.</source>
        <translation>File holding the shared secret.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Stop when no item is left to deliver.</source>
        <translation>Stop when no item is left to deliver.</translation>
    </message>
    <message>
        <source>After this long without news, an item held by a sender that stopped is sent again (default 120).</source>
        <translation>After this long without news, an item held by a sender that stopped is sent again (default 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Longest wait between attempts while the CA is unreachable (default 15000).</source>
        <translation>Longest wait between attempts while the CA is unreachable (default 15000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cannot read the shared secret from %1: %2</source>
        <translation>Cannot read the shared secret from %1: %2</translation>
    </message>
    <message>
        <source>Outbox empty: %1 delivered, %2 refused or failed.</source>
        <translation>Outbox empty: %1 delivered, %2 refused or failed.</translation>
    </message>
    <message>
        <source>Item %1 (dossier %2) delivered.</source>
        <translation>Item %1 (dossier %2) delivered.</translation>
    </message>
    <message>
        <source>Item %1 (dossier %2): %3</source>
        <translation>Item %1 (dossier %2): %3</translation>
    </message>
    <message>
        <source>The dossier&apos;s id.</source>
        <translation>The dossier&apos;s id.</translation>
    </message>
    <message>
        <source>PKCS#10 request (DER or PEM).</source>
        <translation>PKCS#10 request (DER or PEM).</translation>
    </message>
    <message>
        <source>ca enroll --dossier ID [--csr FILE]</source>
        <translation>ca enroll --dossier ID [--csr FILE]</translation>
    </message>
    <message>
        <source>Cannot read the certificate request %1: %2</source>
        <translation>Cannot read the certificate request %1: %2</translation>
    </message>
    <message>
        <source>Enrolment of dossier %1 queued as outbox item %2.</source>
        <translation>Enrolment of dossier %1 queued as outbox item %2.</translation>
    </message>
    <message>
        <source>RFC 5280 reason: unspecified, keyCompromise, affiliationChanged, superseded, cessationOfOperation, certificateHold.</source>
        <translation>RFC 5280 reason: unspecified, keyCompromise, affiliationChanged, superseded, cessationOfOperation, certificateHold.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor (0 for standard input), to open the sealed evidence packages waiting for the training CA.</source>
        <translation>Read the master-key passphrase from this file descriptor (0 for standard input), to open the sealed evidence packages waiting for the training CA.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Items claimed per database transaction (default 16; answers are still stored one by one).</source>
        <translation>Items claimed per database transaction (default 16; answers are still stored one by one).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>outbox send (--secret-file FILE | --operator-token SERIAL [--operator-pin-fd N]) [--url URL] [--profile ID] [--until-empty] [--lease-seconds N] [--max-backoff-ms N] [--claim-batch N]</source>
        <translation>outbox send (--secret-file FILE | --operator-token SERIAL [--operator-pin-fd N]) [--url URL] [--profile ID] [--until-empty] [--lease-seconds N] [--max-backoff-ms N] [--claim-batch N]</translation>
    </message>
    <message>
        <source>Protection by the operator&apos;s card needs the CA profile&apos;s trust anchors to check the CA&apos;s signed answers: give --profile without --url.</source>
        <translation>Protection by the operator&apos;s card needs the CA profile&apos;s trust anchors to check the CA&apos;s signed answers: give --profile without --url.</translation>
    </message>
    <message>
        <source>Queues the dossier&apos;s certificate request for its CA and moves the dossier to Submitted to CA. Without --csr, the request the token personalisation kept for the dossier (refused if it is already queued or delivered: a request is never queued twice); for products whose key is not generated at the desk (server certificates) give the applicant&apos;s PKCS#10 file: its signature, key and subject are checked first.</source>
        <translation>Queues the dossier&apos;s certificate request for its CA and moves the dossier to Submitted to CA. Without --csr, the request the token personalisation kept for the dossier (refused if it is already queued or delivered: a request is never queued twice); for products whose key is not generated at the desk (server certificates) give the applicant&apos;s PKCS#10 file: its signature, key and subject are checked first.</translation>
    </message>
    <message>
        <source>Enrolment of dossier %1 (the request signed on token %2) queued as outbox item %3.</source>
        <translation>Enrolment of dossier %1 (the request signed on token %2) queued as outbox item %3.</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number (hexadecimal), when the dossier has several (a renewal: the certificate renewed and the new one).</source>
        <translation>The certificate&apos;s serial number (hexadecimal), when the dossier has several (a renewal: the certificate renewed and the new one).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>ca revoke --dossier ID --reason REASON (RFC 5280 name, e.g. keyCompromise) [--serial HEX]</source>
        <translation>ca revoke --dossier ID --reason REASON (RFC 5280 name, e.g. keyCompromise) [--serial HEX]</translation>
    </message>
    <message>
        <source>Revocation of certificate %1 (dossier %2) queued as outbox item %3.</source>
        <translation>Revocation of certificate %1 (dossier %2) queued as outbox item %3.</translation>
    </message>
</context>
<context>
    <name>OutboxDelivery</name>
    <message>
        <source>The key update waits for the holder&apos;s token.</source>
        <translation>The key update waits for the holder&apos;s token.</translation>
    </message>
    <message>
        <source>The evidence package waits for the CA&apos;s evidence receiver.</source>
        <translation>The evidence package waits for the CA&apos;s evidence receiver.</translation>
    </message>
</context>
<context>
    <name>OutboxNames</name>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Dossier submission</source>
        <translation>Dossier submission</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>queueing the request to the CA</source>
        <translation>queueing the request to the CA</translation>
    </message>
    <message>
        <source>The outbox did not return the new item&apos;s id.</source>
        <translation>The outbox did not return the new item&apos;s id.</translation>
    </message>
    <message>
        <source>looking for a request to send</source>
        <translation>looking for a request to send</translation>
    </message>
    <message>
        <source>claiming a request to send</source>
        <translation>claiming a request to send</translation>
    </message>
    <message>
        <source>Outbox item %1 is no longer held by this sender (another sender took it over); its answer was left to that sender.</source>
        <translation>Outbox item %1 is no longer held by this sender (another sender took it over); its answer was left to that sender.</translation>
    </message>
    <message>
        <source>recording the CA&apos;s answer</source>
        <translation>recording the CA&apos;s answer</translation>
    </message>
    <message>
        <source>recording the CA&apos;s refusal</source>
        <translation>recording the CA&apos;s refusal</translation>
    </message>
    <message>
        <source>putting a request back in the outbox</source>
        <translation>putting a request back in the outbox</translation>
    </message>
    <message>
        <source>retrying a request</source>
        <translation>retrying a request</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only a failed item can be retried.</source>
        <translation>Outbox item %1 is %2: only a failed item can be retried.</translation>
    </message>
    <message>
        <source>cancelling a request</source>
        <translation>cancelling a request</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only a queued or failed item can be cancelled.</source>
        <translation>Outbox item %1 is %2: only a queued or failed item can be cancelled.</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>reading the outbox</translation>
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation>There is no outbox item %1.</translation>
    </message>
    <message>
        <source>noting why requests wait in the outbox</source>
        <translation>noting why requests wait in the outbox</translation>
    </message>
</context>
<context>
    <name>PageEncoder</name>
    <message>
        <source>The page could not be encoded: %1</source>
        <translation>The page could not be encoded: %1</translation>
    </message>
    <message>
        <source>The page image is empty.</source>
        <translation>The page image is empty.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase from file descriptor %1.</source>
        <translation>Cannot read the passphrase from file descriptor %1.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: give it through --passphrase-fd.</source>
        <translation>There is no terminal to ask for the passphrase: give it through --passphrase-fd.</translation>
    </message>
    <message>
        <source>Cannot write to the terminal.</source>
        <translation>Cannot write to the terminal.</translation>
    </message>
    <message>
        <source>Cannot hide the passphrase on this terminal: give it through --passphrase-fd.</source>
        <translation>Cannot hide the passphrase on this terminal: give it through --passphrase-fd.</translation>
    </message>
    <message>
        <source>Asking for a passphrase is not available here: give it through --passphrase-fd.</source>
        <translation>Asking for a passphrase is not available here: give it through --passphrase-fd.</translation>
    </message>
</context>
<context>
    <name>PassphraseMasterKeySource</name>
    <message>
        <source>reading the master key settings</source>
        <translation>reading the master key settings</translation>
    </message>
    <message>
        <source>This database has no passphrase-protected master key.</source>
        <translation>This database has no passphrase-protected master key.</translation>
    </message>
    <message>
        <source>The passphrase-protected master key in the database is damaged.</source>
        <translation>The passphrase-protected master key in the database is damaged.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the stored master key was altered).</source>
        <translation>The passphrase is wrong (or the stored master key was altered).</translation>
    </message>
    <message>
        <source>The passphrase-protected master key does not match its recorded fingerprint: the settings were altered.</source>
        <translation>The passphrase-protected master key does not match its recorded fingerprint: the settings were altered.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>A master key has %1 bytes.</source>
        <translation>A master key has %1 bytes.</translation>
    </message>
    <message>
        <source>This database&apos;s master key is already protected by a passphrase.</source>
        <translation>This database&apos;s master key is already protected by a passphrase.</translation>
    </message>
    <message>
        <source>storing the protected master key</source>
        <translation>storing the protected master key</translation>
    </message>
    <message>
        <source>The new passphrase must differ from the current one.</source>
        <translation>The new passphrase must differ from the current one.</translation>
    </message>
    <message>
        <source>The passphrase-protected master key changed while it was being re-wrapped; nothing was changed.</source>
        <translation>The passphrase-protected master key changed while it was being re-wrapped; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PcscMessages</name>
    <message>
        <source>the card was removed from the reader</source>
        <translation>the card was removed from the reader</translation>
    </message>
    <message>
        <source>the card was reset by another application</source>
        <translation>the card was reset by another application</translation>
    </message>
    <message>
        <source>the card does not respond (is it inserted the right way?)</source>
        <translation>the card does not respond (is it inserted the right way?)</translation>
    </message>
    <message>
        <source>there is no card in the reader</source>
        <translation>there is no card in the reader</translation>
    </message>
    <message>
        <source>no card reader is connected</source>
        <translation>no card reader is connected</translation>
    </message>
    <message>
        <source>the reader is no longer available</source>
        <translation>the reader is no longer available</translation>
    </message>
    <message>
        <source>the card or reader did not answer in time</source>
        <translation>the card or reader did not answer in time</translation>
    </message>
    <message>
        <source>the smart card service (pcscd) is not running</source>
        <translation>the smart card service (pcscd) is not running</translation>
    </message>
    <message>
        <source>another application is using the card</source>
        <translation>another application is using the card</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>the operation was cancelled</translation>
    </message>
    <message>
        <source>the reader does not support this operation</source>
        <translation>the reader does not support this operation</translation>
    </message>
    <message>
        <source>the smart card operation failed</source>
        <translation>the smart card operation failed</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no page to export.</source>
        <translation>There is no page to export.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
<context>
    <name>PersonalDataFile</name>
    <message>
        <source>The disk is full: %1 was not written, and nothing of it was left there. Free some space or choose another folder, then try again.</source>
        <translation>The disk is full: %1 was not written, and nothing of it was left there. Free some space or choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The PIN must have exactly %1 characters.</source>
        <translation>The PIN must have exactly %1 characters.</translation>
    </message>
    <message>
        <source>The PIN must have between %1 and %2 characters.</source>
        <translation>The PIN must have between %1 and %2 characters.</translation>
    </message>
    <message>
        <source>The PIN must not contain control characters.</source>
        <translation>The PIN must not contain control characters.</translation>
    </message>
    <message>
        <source>The PIN must contain digits only.</source>
        <translation>The PIN must contain digits only.</translation>
    </message>
    <message>
        <source>The PIN must not repeat a single character.</source>
        <translation>The PIN must not repeat a single character.</translation>
    </message>
    <message>
        <source>The PIN must not be an ascending or descending sequence.</source>
        <translation>The PIN must not be an ascending or descending sequence.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>The two PINs typed differ.</translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>it is not a PKCS#11 module.</source>
        <translation>it is not a PKCS#11 module.</translation>
    </message>
    <message>
        <source>loading the PKCS#11 module</source>
        <translation>loading the PKCS#11 module</translation>
    </message>
    <message>
        <source>initialising the PKCS#11 module</source>
        <translation>initialising the PKCS#11 module</translation>
    </message>
    <message>
        <source>listing the readers</source>
        <translation>listing the readers</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Originals sent to the CA by post.

Commands:
  send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]
                          record that the dossier&apos;s originals were posted
  received ID --on YYYY-MM-DD   record that the CA received them
  list ID [--json]        the dossier&apos;s dispatches</source>
        <translation>Originals sent to the CA by post.

Commands:
  send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]
                          record that the dossier&apos;s originals were posted
  received ID --on YYYY-MM-DD   record that the CA received them
  list ID [--json]        the dossier&apos;s dispatches</translation>
    </message>
    <message>
        <source>send, received or list</source>
        <translation>send, received or list</translation>
    </message>
    <message>
        <source>Date posted (YYYY-MM-DD).</source>
        <translation>Date posted (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking number.</source>
        <translation>The carrier&apos;s tracking number.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The carrier (default: La Poste).</source>
        <translation>The carrier (default: La Poste).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>post send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]</source>
        <translation>post send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]</translation>
    </message>
    <message>
        <source>Originals of dossier %1 posted on %2 (%3, tracking %4).</source>
        <translation>Originals of dossier %1 posted on %2 (%3, tracking %4).</translation>
    </message>
    <message>
        <source>Date the CA received the originals (YYYY-MM-DD).</source>
        <translation>Date the CA received the originals (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>post received ID --on YYYY-MM-DD</source>
        <translation>post received ID --on YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The CA received the originals of dossier %1 on %2.</source>
        <translation>The CA received the originals of dossier %1 on %2.</translation>
    </message>
    <message>
        <source>post list ID [--json]</source>
        <translation>post list ID [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  received: %4</source>
        <translation>%1  %2  %3  received: %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>PostalDispatchService</name>
    <message>
        <source>The date the originals were sent must be today or earlier.</source>
        <translation>The date the originals were sent must be today or earlier.</translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation>The tracking number is missing.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: its originals are posted after the identity check.</source>
        <translation>Dossier %1 is %2: its originals are posted after the identity check.</translation>
    </message>
    <message>
        <source>recording the postal dispatch</source>
        <translation>recording the postal dispatch</translation>
    </message>
    <message>
        <source>The date the CA received the originals must be today or earlier.</source>
        <translation>The date the CA received the originals must be today or earlier.</translation>
    </message>
    <message>
        <source>No originals of dossier %1 are on their way to the CA.</source>
        <translation>No originals of dossier %1 are on their way to the CA.</translation>
    </message>
    <message>
        <source>The originals were sent on %1: they cannot have arrived before.</source>
        <translation>The originals were sent on %1: they cannot have arrived before.</translation>
    </message>
    <message>
        <source>recording the receipt of the originals</source>
        <translation>recording the receipt of the originals</translation>
    </message>
    <message>
        <source>Someone else recorded the receipt of these originals meanwhile.</source>
        <translation>Someone else recorded the receipt of these originals meanwhile.</translation>
    </message>
    <message>
        <source>reading the postal dispatches</source>
        <translation>reading the postal dispatches</translation>
    </message>
</context>
<context>
    <name>PreviousCertificates</name>
    <message>
        <source>This is not an X.509 certificate (PEM or DER).</source>
        <translation>This is not an X.509 certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product catalogue is not valid JSON: %1</source>
        <translation>The product catalogue is not valid JSON: %1</translation>
    </message>
    <message>
        <source>A product in the catalogue has no identifier or a duplicate one.</source>
        <translation>A product in the catalogue has no identifier or a duplicate one.</translation>
    </message>
    <message>
        <source>Product %1 names an unknown usage &quot;%2&quot;.</source>
        <translation>Product %1 names an unknown usage &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Product %1 has an unknown key generation mode.</source>
        <translation>Product %1 has an unknown key generation mode.</translation>
    </message>
    <message>
        <source>Use %1 names an unknown product &quot;%2&quot;.</source>
        <translation>Use %1 names an unknown product &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The product catalogue lists no product.</source>
        <translation>The product catalogue lists no product.</translation>
    </message>
</context>
<context>
    <name>ReaderCommand</name>
    <message>
        <source>unknown card, ATR %1</source>
        <translation>unknown card, ATR %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3, ATR %4</source>
        <translation>%1 (%2)%3, ATR %4</translation>
    </message>
    <message>
        <source>, certified QSCD: %1</source>
        <translation>, certified QSCD: %1</translation>
    </message>
    <message>
        <source>No card reader.</source>
        <translation>No card reader.</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source> [pinpad]</source>
        <translation> [pinpad]</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>reader connected: %1</source>
        <translation>reader connected: %1</translation>
    </message>
    <message>
        <source>reader disconnected: %1</source>
        <translation>reader disconnected: %1</translation>
    </message>
    <message>
        <source>card inserted in %1: %2</source>
        <translation>card inserted in %1: %2</translation>
    </message>
    <message>
        <source>card removed from %1</source>
        <translation>card removed from %1</translation>
    </message>
    <message>
        <source>smart card service lost: %1</source>
        <translation>smart card service lost: %1</translation>
    </message>
    <message>
        <source>smart card service back</source>
        <translation>smart card service back</translation>
    </message>
    <message>
        <source>Lists the smart card readers and the cards in them (model from the ATR catalogue).
With --watch, then prints readers and cards coming and going for that many seconds.</source>
        <translation>Lists the smart card readers and the cards in them (model from the ATR catalogue).
With --watch, then prints readers and cards coming and going for that many seconds.</translation>
    </message>
    <message>
        <source>Keep watching for this many seconds.</source>
        <translation>Keep watching for this many seconds.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Write JSON (with --watch: one JSON object per line).</source>
        <translation>Write JSON (with --watch: one JSON object per line).</translation>
    </message>
    <message>
        <source>readers takes no argument.</source>
        <translation>readers takes no argument.</translation>
    </message>
    <message>
        <source>--watch needs a number of seconds between 1 and 86400.</source>
        <translation>--watch needs a number of seconds between 1 and 86400.</translation>
    </message>
    <message>
        <source>the smart card service did not answer.</source>
        <translation>the smart card service did not answer.</translation>
    </message>
    <message>
        <source>the smart card service (pcscd) is not running.</source>
        <translation>the smart card service (pcscd) is not running.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running; waiting for it.</source>
        <translation>The smart card service (pcscd) is not running; waiting for it.</translation>
    </message>
</context>
<context>
    <name>ReaderMonitorText</name>
    <message>
        <source>Exchanging commands with the card in &quot;%1&quot;</source>
        <translation>Exchanging commands with the card in &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ReaderWatchText</name>
    <message>
        <source>Watching the card readers</source>
        <translation>Watching the card readers</translation>
    </message>
</context>
<context>
    <name>RenewCommand</name>
    <message>
        <source>The certificate to renew (PEM or DER file).</source>
        <translation>The certificate to renew (PEM or DER file).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>PKCS#11 module of the holder&apos;s token (default: SoftHSM2, the training token).</source>
        <translation>PKCS#11 module of the holder&apos;s token (default: SoftHSM2, the training token).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The CA&apos;s order reference.</source>
        <translation>The CA&apos;s order reference.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>The holder&apos;s date of birth (YYYY-MM-DD), when no dossier of this desk has it.</source>
        <translation>The holder&apos;s date of birth (YYYY-MM-DD), when no dossier of this desk has it.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The holder&apos;s email address.</source>
        <translation>The holder&apos;s email address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The product, when the certificate&apos;s policy does not name one of the catalogue.</source>
        <translation>The product, when the certificate&apos;s policy does not name one of the catalogue.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The certificate&apos;s usage.</source>
        <translation>The certificate&apos;s usage.</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>The CA profile, when no dossier of this desk obtained the certificate (default: training).</source>
        <translation>The CA profile, when no dossier of this desk obtained the certificate (default: training).</translation>
    </message>
    <message>
        <source>Only print the decision; open no dossier.</source>
        <translation>Only print the decision; open no dossier.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2, issued by %3, valid until %4.</source>
        <translation>Certificate %1 of %2, issued by %3, valid until %4.</translation>
    </message>
    <message>
        <source>Obtained through dossier %1.</source>
        <translation>Obtained through dossier %1.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Renewal dossier %1 opened.</source>
        <translation>Renewal dossier %1 opened.</translation>
    </message>
    <message>
        <source>The holder&apos;s token (serial number): where the certificate is read, and where --key-update generates the new key.</source>
        <translation>The holder&apos;s token (serial number): where the certificate is read, and where --key-update generates the new key.</translation>
    </message>
    <message>
        <source>Run the key update now: new key pair on the holder&apos;s token, request protected by the current certificate&apos;s key, new certificate written on the token.</source>
        <translation>Run the key update now: new key pair on the holder&apos;s token, request protected by the current certificate&apos;s key, new certificate written on the token.</translation>
    </message>
    <message>
        <source>With --key-update: the renewal dossier already opened.</source>
        <translation>With --key-update: the renewal dossier already opened.</translation>
    </message>
    <message>
        <source>Read the holder&apos;s PIN from this file descriptor.</source>
        <translation>Read the holder&apos;s PIN from this file descriptor.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The CA&apos;s CMP URL for the key update (e.g. `ca serve-training`; default: the dossier&apos;s CA profile, the training CA in this process).</source>
        <translation>The CA&apos;s CMP URL for the key update (e.g. `ca serve-training`; default: the dossier&apos;s CA profile, the training CA in this process).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--pin-fd needs a number.</source>
        <translation>--pin-fd needs a number.</translation>
    </message>
    <message>
        <source>Holder, type your PIN (operator: look away): </source>
        <translation>Holder, type your PIN (operator: look away): </translation>
    </message>
    <message>
        <source>No terminal to ask for the holder&apos;s PIN: use --pin-fd.</source>
        <translation>No terminal to ask for the holder&apos;s PIN: use --pin-fd.</translation>
    </message>
    <message>
        <source>Key update of dossier %1 done: certificate %2 is on the token and in the dossier.</source>
        <translation>Key update of dossier %1 done: certificate %2 is on the token and in the dossier.</translation>
    </message>
    <message>
        <source>Opens a renewal dossier from the certificate a holder brings (file or token) and says whether a key update suffices or a new face-to-face meeting is needed (REG-6.3.1).

With --key-update and the holder&apos;s token, the key update runs at once: the holder&apos;s PIN (from --pin-fd or typed, never an argument), a new key pair generated on the token, the request protected by the current certificate&apos;s key and sent to the CA, and the new certificate written on the token. --dossier ID runs it for a renewal dossier already opened, or resumes one left waiting in the outbox.</source>
        <translation>Opens a renewal dossier from the certificate a holder brings (file or token) and says whether a key update suffices or a new face-to-face meeting is needed (REG-6.3.1).

With --key-update and the holder&apos;s token, the key update runs at once: the holder&apos;s PIN (from --pin-fd or typed, never an argument), a new key pair generated on the token, the request protected by the current certificate&apos;s key and sent to the CA, and the new certificate written on the token. --dossier ID runs it for a renewal dossier already opened, or resumes one left waiting in the outbox.</translation>
    </message>
    <message>
        <source>ca renew --certificate FILE | --token SERIAL [--module PATH] [--order REF] [--birth-date YYYY-MM-DD] [--email ADDRESS] [--product ID] [--usage U] [--ca-profile ID] [--dry-run] [--json]
ca renew [--certificate FILE | --dossier ID] --key-update --token SERIAL [--module PATH] [--pin-fd N] [--url URL] [--passphrase-fd N] [--json]</source>
        <translation>ca renew --certificate FILE | --token SERIAL [--module PATH] [--order REF] [--birth-date YYYY-MM-DD] [--email ADDRESS] [--product ID] [--usage U] [--ca-profile ID] [--dry-run] [--json]
ca renew [--certificate FILE | --dossier ID] --key-update --token SERIAL [--module PATH] [--pin-fd N] [--url URL] [--passphrase-fd N] [--json]</translation>
    </message>
    <message>
        <source>This renewal needs a new face-to-face meeting, not a key update.</source>
        <translation>This renewal needs a new face-to-face meeting, not a key update.</translation>
    </message>
</context>
<context>
    <name>RenewalPolicy</name>
    <message>
        <source>Key update: no new face-to-face meeting is needed</source>
        <translation>Key update: no new face-to-face meeting is needed</translation>
    </message>
    <message>
        <source>A new face-to-face meeting is needed</source>
        <translation>A new face-to-face meeting is needed</translation>
    </message>
    <message>
        <source>The certificate expired on %1: an expired certificate cannot authenticate a key update (RFC 9483 4.1.3).</source>
        <translation>The certificate expired on %1: an expired certificate cannot authenticate a key update (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>The certificate is revoked: a revoked certificate cannot authenticate a key update (RFC 9483 4.1.3).</source>
        <translation>The certificate is revoked: a revoked certificate cannot authenticate a key update (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>This workstation has no record of when the holder&apos;s identity was last verified face to face, so it cannot be reused (REG-6.3.1).</source>
        <translation>This workstation has no record of when the holder&apos;s identity was last verified face to face, so it cannot be reused (REG-6.3.1).</translation>
    </message>
    <message numerus="yes">
        <source>The holder&apos;s identity was verified on %1; the CA accepts an identity validation for %n month(s), so it expired on %2 (REG-6.3.1).</source>
        <translation>
            <numerusform>The holder&apos;s identity was verified on %1; the CA accepts an identity validation for %n month, so it expired on %2 (REG-6.3.1).</numerusform>
            <numerusform>The holder&apos;s identity was verified on %1; the CA accepts an identity validation for %n months, so it expired on %2 (REG-6.3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s identity was verified on %1 and stays usable until %2 (REG-6.3.1); the certificate is valid, so a key update suffices (RFC 9483 4.1.3).</source>
        <translation>The holder&apos;s identity was verified on %1 and stays usable until %2 (REG-6.3.1); the certificate is valid, so a key update suffices (RFC 9483 4.1.3).</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>looking for the certificate&apos;s dossier</source>
        <translation>looking for the certificate&apos;s dossier</translation>
    </message>
    <message>
        <source>The renewal dossier was not opened:
%1</source>
        <translation>The renewal dossier was not opened:
%1</translation>
    </message>
    <message>
        <source>linking the dossier to the certificate it renews</source>
        <translation>linking the dossier to the certificate it renews</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s renewal</source>
        <translation>reading the dossier&apos;s renewal</translation>
    </message>
</context>
<context>
    <name>RequirementRules</name>
    <message>
        <source>No dated certificate request has been captured.</source>
        <translation>No dated certificate request has been captured.</translation>
    </message>
    <message>
        <source>The request is dated %1, after the meeting date %2.</source>
        <translation>The request is dated %1, after the meeting date %2.</translation>
    </message>
    <message>
        <source>The request is dated %1, 3 months or more before %2: ask the holder for a new one.</source>
        <translation>The request is dated %1, 3 months or more before %2: ask the holder for a new one.</translation>
    </message>
    <message>
        <source>No copy of the ID document has been captured.</source>
        <translation>No copy of the ID document has been captured.</translation>
    </message>
    <message>
        <source>The information on purpose, terms and data retention has not been shown to the holder.</source>
        <translation>The information on purpose, terms and data retention has not been shown to the holder.</translation>
    </message>
    <message>
        <source>The holder has not accepted the terms of use yet.</source>
        <translation>The holder has not accepted the terms of use yet.</translation>
    </message>
    <message>
        <source>The holder refused the terms of use.</source>
        <translation>The holder refused the terms of use.</translation>
    </message>
    <message>
        <source>The version of the accepted terms of use is not recorded.</source>
        <translation>The version of the accepted terms of use is not recorded.</translation>
    </message>
    <message>
        <source>The holder&apos;s choice on certificate publication is not recorded.</source>
        <translation>The holder&apos;s choice on certificate publication is not recorded.</translation>
    </message>
    <message>
        <source>The holder&apos;s consent to use a secure device is not recorded.</source>
        <translation>The holder&apos;s consent to use a secure device is not recorded.</translation>
    </message>
    <message>
        <source>The holder refused to use a secure device.</source>
        <translation>The holder refused to use a secure device.</translation>
    </message>
    <message>
        <source>The meeting has not started.</source>
        <translation>The meeting has not started.</translation>
    </message>
    <message>
        <source>The place of the meeting is not recorded.</source>
        <translation>The place of the meeting is not recorded.</translation>
    </message>
    <message>
        <source>Recorded when the token is personalised.</source>
        <translation>Recorded when the token is personalised.</translation>
    </message>
    <message>
        <source>The token model &quot;%1&quot; is not a certified QSCD.</source>
        <translation>The token model &quot;%1&quot; is not a certified QSCD.</translation>
    </message>
    <message>
        <source>The key was not generated on the token.</source>
        <translation>The key was not generated on the token.</translation>
    </message>
    <message>
        <source>The originals have not been posted to the CA yet.</source>
        <translation>The originals have not been posted to the CA yet.</translation>
    </message>
    <message>
        <source>The MRZ has not been entered.</source>
        <translation>The MRZ has not been entered.</translation>
    </message>
    <message>
        <source>The MRZ is not valid: %1</source>
        <translation>The MRZ is not valid: %1</translation>
    </message>
    <message>
        <source>The MRZ differs from the visual zone: %1</source>
        <translation>The MRZ differs from the visual zone: %1</translation>
    </message>
    <message>
        <source>The issuing state differs from the one in the MRZ.</source>
        <translation>The issuing state differs from the one in the MRZ.</translation>
    </message>
    <message>
        <source>The ID document&apos;s type is not recorded yet.</source>
        <translation>The ID document&apos;s type is not recorded yet.</translation>
    </message>
    <message>
        <source>Guichet does not know the ID document type &quot;%1&quot;.</source>
        <translation>Guichet does not know the ID document type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document number is not recorded.</source>
        <translation>The document number is not recorded.</translation>
    </message>
    <message>
        <source>The issuing state or authority is not recorded.</source>
        <translation>The issuing state or authority is not recorded.</translation>
    </message>
    <message>
        <source>The expiry date (or the issue date) is not recorded.</source>
        <translation>The expiry date (or the issue date) is not recorded.</translation>
    </message>
    <message>
        <source>The document was valid until %1, before the meeting date %2.</source>
        <translation>The document was valid until %1, before the meeting date %2.</translation>
    </message>
    <message>
        <source>The issue date is after the meeting date.</source>
        <translation>The issue date is after the meeting date.</translation>
    </message>
    <message>
        <source>The surnames on the document differ from those of the dossier&apos;s holder.</source>
        <translation>The surnames on the document differ from those of the dossier&apos;s holder.</translation>
    </message>
    <message>
        <source>The birth date on the document differs from that of the dossier&apos;s holder.</source>
        <translation>The birth date on the document differs from that of the dossier&apos;s holder.</translation>
    </message>
    <message>
        <source>Choose the ID document&apos;s type first.</source>
        <translation>Choose the ID document&apos;s type first.</translation>
    </message>
    <message numerus="yes">
        <source>%n different security feature(s) of this document checked; at least 3 are needed.</source>
        <translation>
            <numerusform>%n different security feature of this document checked; at least 3 are needed.</numerusform>
            <numerusform>%n different security features of this document checked; at least 3 are needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not features of this document type: %1.</source>
        <translation>Not features of this document type: %1.</translation>
    </message>
    <message>
        <source>The face has not been compared with the document yet.</source>
        <translation>The face has not been compared with the document yet.</translation>
    </message>
    <message>
        <source>The face does not match the photo on the document.</source>
        <translation>The face does not match the photo on the document.</translation>
    </message>
    <message>
        <source>The copy has not been certified yet.</source>
        <translation>The copy has not been certified yet.</translation>
    </message>
    <message>
        <source>The copy was not certified true to the original.</source>
        <translation>The copy was not certified true to the original.</translation>
    </message>
    <message>
        <source>The organisation&apos;s SIREN or SIRET is not recorded.</source>
        <translation>The organisation&apos;s SIREN or SIRET is not recorded.</translation>
    </message>
    <message>
        <source>No dated Kbis extract or SIRENE notice has been captured.</source>
        <translation>No dated Kbis extract or SIRENE notice has been captured.</translation>
    </message>
    <message>
        <source>The newest Kbis extract or SIRENE notice is dated %1: it must be less than 3 months old on %2.</source>
        <translation>The newest Kbis extract or SIRENE notice is dated %1: it must be less than 3 months old on %2.</translation>
    </message>
    <message>
        <source>The mandate&apos;s date is not recorded.</source>
        <translation>The mandate&apos;s date is not recorded.</translation>
    </message>
    <message>
        <source>The mandate is dated %1: it must be less than 3 months old on %2.</source>
        <translation>The mandate is dated %1: it must be less than 3 months old on %2.</translation>
    </message>
    <message>
        <source>The legal representative who signed the mandate is not recorded.</source>
        <translation>The legal representative who signed the mandate is not recorded.</translation>
    </message>
    <message>
        <source>The mandate is not countersigned by the holder.</source>
        <translation>The mandate is not countersigned by the holder.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is not known.</source>
        <translation>The operator&apos;s name is not known.</translation>
    </message>
    <message>
        <source>The operator has the holder&apos;s name: another operator must verify this holder&apos;s identity.</source>
        <translation>The operator has the holder&apos;s name: another operator must verify this holder&apos;s identity.</translation>
    </message>
    <message>
        <source>The operator&apos;s training date is not recorded in the workstation settings.</source>
        <translation>The operator&apos;s training date is not recorded in the workstation settings.</translation>
    </message>
    <message>
        <source>The operator&apos;s training date is after the meeting.</source>
        <translation>The operator&apos;s training date is after the meeting.</translation>
    </message>
    <message>
        <source>The operator&apos;s last training (%1) is 12 months old or more: training must be refreshed yearly.</source>
        <translation>The operator&apos;s last training (%1) is 12 months old or more: training must be refreshed yearly.</translation>
    </message>
    <message>
        <source>Not applicable: the operator is not a Certification Agent.</source>
        <translation>Not applicable: the operator is not a Certification Agent.</translation>
    </message>
    <message>
        <source>The Certification Agent&apos;s CA registration number is not recorded: the agent must be registered with the CA beforehand.</source>
        <translation>The Certification Agent&apos;s CA registration number is not recorded: the agent must be registered with the CA beforehand.</translation>
    </message>
    <message>
        <source>The request is not recorded as co-signed by the holder and the Certification Agent.</source>
        <translation>The request is not recorded as co-signed by the holder and the Certification Agent.</translation>
    </message>
    <message>
        <source>Certificate request less than 3 months old</source>
        <translation>Certificate request less than 3 months old</translation>
    </message>
    <message>
        <source>Copy of the ID document in the dossier</source>
        <translation>Copy of the ID document in the dossier</translation>
    </message>
    <message>
        <source>Terms of use accepted, consents recorded</source>
        <translation>Terms of use accepted, consents recorded</translation>
    </message>
    <message>
        <source>Face-to-face meeting held</source>
        <translation>Face-to-face meeting held</translation>
    </message>
    <message>
        <source>ID document valid on the meeting date</source>
        <translation>ID document valid on the meeting date</translation>
    </message>
    <message>
        <source>At least three different security features checked</source>
        <translation>At least three different security features checked</translation>
    </message>
    <message>
        <source>Face compared with the ID document</source>
        <translation>Face compared with the ID document</translation>
    </message>
    <message>
        <source>Copy made and marked &quot;conforme à l&apos;original&quot;</source>
        <translation>Copy made and marked &quot;conforme à l&apos;original&quot;</translation>
    </message>
    <message>
        <source>Operator is not the holder</source>
        <translation>Operator is not the holder</translation>
    </message>
    <message>
        <source>Operator trained less than 12 months ago</source>
        <translation>Operator trained less than 12 months ago</translation>
    </message>
    <message>
        <source>Organisation&apos;s SIREN or SIRET valid</source>
        <translation>Organisation&apos;s SIREN or SIRET valid</translation>
    </message>
    <message>
        <source>Kbis extract or SIRENE notice less than 3 months old</source>
        <translation>Kbis extract or SIRENE notice less than 3 months old</translation>
    </message>
    <message>
        <source>Mandate less than 3 months old, countersigned by the holder</source>
        <translation>Mandate less than 3 months old, countersigned by the holder</translation>
    </message>
    <message>
        <source>Request co-signed by the holder and the Certification Agent</source>
        <translation>Request co-signed by the holder and the Certification Agent</translation>
    </message>
    <message>
        <source>Key generated on a certified QSCD</source>
        <translation>Key generated on a certified QSCD</translation>
    </message>
    <message>
        <source>Originals posted to the CA</source>
        <translation>Originals posted to the CA</translation>
    </message>
    <message>
        <source>Guichet does not know this rule: check the product catalogue.</source>
        <translation>Guichet does not know this rule: check the product catalogue.</translation>
    </message>
    <message>
        <source>The dossier is not loaded.</source>
        <translation>The dossier is not loaded.</translation>
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
        <translation>List what would be purged; change nothing.</translation>
    </message>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
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
        <translation>would purge dossier %1 (%2, %3): retention ended %4</translation>
    </message>
    <message>
        <source>purged dossier %1 (%2, %3): retention ended %4</source>
        <translation>purged dossier %1 (%2, %3): retention ended %4</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) would be purged.</source>
        <translation>
            <numerusform>%n dossier would be purged.</numerusform>
            <numerusform>%n dossiers would be purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged.</source>
        <translation>
            <numerusform>%n dossier purged.</numerusform>
            <numerusform>%n dossiers purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) kept.</source>
        <translation>
            <numerusform>%n dossier kept.</numerusform>
            <numerusform>%n dossiers kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>End of retention.

Commands:
  purge [--dry-run] [--json]   delete the documents and personal data of dossiers whose retention ended, including the identity-document data recorded at the meeting (dossier number, product, history, the record of the meeting&apos;s checks and the audit trail stay); once a supervisor account exists, a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N])</source>
        <translation>End of retention.

Commands:
  purge [--dry-run] [--json]   delete the documents and personal data of dossiers whose retention ended, including the identity-document data recorded at the meeting (dossier number, product, history, the record of the meeting&apos;s checks and the audit trail stay); once a supervisor account exists, a supervisor logged in with their card (--operator-token SERIAL [--operator-pin-fd N])</translation>
    </message>
    <message>
        <source>%1, the meeting&apos;s identity-document data</source>
        <translation>%1, the meeting&apos;s identity-document data</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>looking for dossiers at the end of retention</source>
        <translation>looking for dossiers at the end of retention</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;: no retention period</source>
        <translation>unknown product &quot;%1&quot;: no retention period</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>kept until %1</translation>
    </message>
    <message>
        <source>preparing the purge</source>
        <translation>preparing the purge</translation>
    </message>
    <message>
        <source>finishing the purge</source>
        <translation>finishing the purge</translation>
    </message>
    <message>
        <source>recording the purge</source>
        <translation>recording the purge</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>DRA operator</source>
        <translation>DRA operator</translation>
    </message>
    <message>
        <source>Certification Agent</source>
        <translation>Certification Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SanePage</name>
    <message>
        <source>The scanner %1 sends each colour separately (three-pass), which Guichet does not support. Scan in grey or with another scanner.</source>
        <translation>The scanner %1 sends each colour separately (three-pass), which Guichet does not support. Scan in grey or with another scanner.</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>The scanner sent an empty page.</translation>
    </message>
    <message>
        <source>The scanner sent %1-bit samples, which Guichet does not read. Choose another colour mode.</source>
        <translation>The scanner sent %1-bit samples, which Guichet does not read. Choose another colour mode.</translation>
    </message>
    <message>
        <source>Not enough memory for a scanned page.</source>
        <translation>Not enough memory for a scanned page.</translation>
    </message>
</context>
<context>
    <name>SaneProcessScanner</name>
    <message>
        <source>The scanner service %1 (set by GUICHET_SCAN_HELPER) is missing or cannot be run.</source>
        <translation>The scanner service %1 (set by GUICHET_SCAN_HELPER) is missing or cannot be run.</translation>
    </message>
    <message>
        <source>The scanner service is missing: none of %1 exists. Reinstall Guichet.</source>
        <translation>The scanner service is missing: none of %1 exists. Reinstall Guichet.</translation>
    </message>
    <message>
        <source>The scanner service %1 does not match this version of Guichet. Reinstall Guichet.</source>
        <translation>The scanner service %1 does not match this version of Guichet. Reinstall Guichet.</translation>
    </message>
    <message>
        <source>The scanner service stopped unexpectedly (%1). Try again; if it happens again, switch the scanner off and on.</source>
        <translation>The scanner service stopped unexpectedly (%1). Try again; if it happens again, switch the scanner off and on.</translation>
    </message>
    <message>
        <source>it ended</source>
        <translation>it ended</translation>
    </message>
    <message>
        <source>it sent an unreadable answer</source>
        <translation>it sent an unreadable answer</translation>
    </message>
    <message>
        <source>it did not answer for %1 s</source>
        <translation>it did not answer for %1 s</translation>
    </message>
    <message>
        <source>it could not be reached</source>
        <translation>it could not be reached</translation>
    </message>
</context>
<context>
    <name>SaneScanner</name>
    <message>
        <source>SANE is already in use in this process.</source>
        <translation>SANE is already in use in this process.</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not start: %1</source>
        <translation>The scanner library (SANE) could not start: %1</translation>
    </message>
    <message>
        <source>There is no scanner named %1. Is it connected and switched on?</source>
        <translation>There is no scanner named %1. Is it connected and switched on?</translation>
    </message>
    <message>
        <source>The scanner %1 has no flatbed glass.</source>
        <translation>The scanner %1 has no flatbed glass.</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder.</source>
        <translation>The scanner %1 has no document feeder.</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan both sides.</source>
        <translation>The scanner %1 cannot scan both sides.</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer this colour mode.</source>
        <translation>The scanner %1 does not offer this colour mode.</translation>
    </message>
    <message>
        <source>The scanner %1 does not offer %2 dpi; it offers %3 dpi.</source>
        <translation>The scanner %1 does not offer %2 dpi; it offers %3 dpi.</translation>
    </message>
</context>
<context>
    <name>SaneStatus</name>
    <message>
        <source>The scanner %1 does not support this operation.</source>
        <translation>The scanner %1 does not support this operation.</translation>
    </message>
    <message>
        <source>The scan on %1 was cancelled.</source>
        <translation>The scan on %1 was cancelled.</translation>
    </message>
    <message>
        <source>The scanner %1 is busy. Wait for it to finish, then try again.</source>
        <translation>The scanner %1 is busy. Wait for it to finish, then try again.</translation>
    </message>
    <message>
        <source>The scanner %1 refused these settings. Choose others and try again.</source>
        <translation>The scanner %1 refused these settings. Choose others and try again.</translation>
    </message>
    <message>
        <source>The scanner %1 sent no image.</source>
        <translation>The scanner %1 sent no image.</translation>
    </message>
    <message>
        <source>Paper is jammed in the feeder of %1. Clear it, then scan the remaining pages.</source>
        <translation>Paper is jammed in the feeder of %1. Clear it, then scan the remaining pages.</translation>
    </message>
    <message>
        <source>The document feeder of %1 is empty. Put the pages in it and try again.</source>
        <translation>The document feeder of %1 is empty. Put the pages in it and try again.</translation>
    </message>
    <message>
        <source>The cover of %1 is open. Close it and try again.</source>
        <translation>The cover of %1 is open. Close it and try again.</translation>
    </message>
    <message>
        <source>Communication with the scanner %1 failed. Check that it is switched on and connected.</source>
        <translation>Communication with the scanner %1 failed. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>Not enough memory to scan on %1.</source>
        <translation>Not enough memory to scan on %1.</translation>
    </message>
    <message>
        <source>Access to the scanner %1 was denied. Ask an administrator to grant this account the right to use it.</source>
        <translation>Access to the scanner %1 was denied. Ask an administrator to grant this account the right to use it.</translation>
    </message>
    <message>
        <source>The scanner %1 reported an unknown error (%2).</source>
        <translation>The scanner %1 reported an unknown error (%2).</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Write JSON for programs.</source>
        <translation>Write JSON for programs.</translation>
    </message>
    <message>
        <source>No scanner found. Is it connected and switched on?</source>
        <translation>No scanner found. Is it connected and switched on?</translation>
    </message>
    <message>
        <source>Dossier number.</source>
        <translation>Dossier number.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Document type (see above).</source>
        <translation>Document type (see above).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Scanner (see &quot;scan devices&quot;; default: the first).</source>
        <translation>Scanner (see &quot;scan devices&quot;; default: the first).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Scan every page in the feeder.</source>
        <translation>Scan every page in the feeder.</translation>
    </message>
    <message>
        <source>Scan both sides of every page in the feeder.</source>
        <translation>Scan both sides of every page in the feeder.</translation>
    </message>
    <message>
        <source>color (default), gray or lineart.</source>
        <translation>color (default), gray or lineart.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Dots per inch (default 300).</source>
        <translation>Dots per inch (default 300).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Date printed on the paper (required for kbis and mandate).</source>
        <translation>Date printed on the paper (required for kbis and mandate).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>scan --dossier ID --type TYPE [--device NAME] [--adf] [--duplex] [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]</source>
        <translation>scan --dossier ID --type TYPE [--device NAME] [--adf] [--duplex] [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--resolution needs a positive number of dots per inch.</source>
        <translation>--resolution needs a positive number of dots per inch.</translation>
    </message>
    <message>
        <source>--mode is color, gray or lineart.</source>
        <translation>--mode is color, gray or lineart.</translation>
    </message>
    <message>
        <source>--paper-date needs a date as YYYY-MM-DD.</source>
        <translation>--paper-date needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation>Page %1 scanned.</translation>
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
        <translation>Scan paper into a dossier, stored encrypted as one document.

Commands:
  devices [--json]        list the scanners
  --dossier ID --type TYPE [--device NAME] [--adf] [--duplex]
     [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]
                          scan one page from the glass, or every page in the feeder

Progress is written on standard error. Ctrl+C stops the scanner, or the scanner fails: the pages scanned until then are stored as one document, and the command exits with 1 (JSON: &quot;complete&quot;: false).
Types: %1</translation>
    </message>
    <message>
        <source>Cancelled before the first page: nothing stored.</source>
        <translation>Cancelled before the first page: nothing stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned could not be stored.</source>
        <translation>
            <numerusform>%n page scanned could not be stored.</numerusform>
            <numerusform>%n pages scanned could not be stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the %n page(s) scanned before Ctrl+C were stored as document %1. Check whether it is complete; scan the rest as another document if needed.</source>
        <translation>
            <numerusform>Interrupted: the %n page scanned before Ctrl+C were stored as document %1. Check whether it is complete; scan the rest as another document if needed.</numerusform>
            <numerusform>Interrupted: the %n pages scanned before Ctrl+C were stored as document %1. Check whether it is complete; scan the rest as another document if needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before the fault were stored as document %1; scan the rest as another document.</source>
        <translation>
            <numerusform>The %n page scanned before the fault were stored as document %1; scan the rest as another document.</numerusform>
            <numerusform>The %n pages scanned before the fault were stored as document %1; scan the rest as another document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanHelperProcess</name>
    <message>
        <source>The scanner service could not be started: %1</source>
        <translation>The scanner service could not be started: %1</translation>
    </message>
    <message>
        <source>The scanner service %1 could not be started: %2</source>
        <translation>The scanner service %1 could not be started: %2</translation>
    </message>
    <message>
        <source>it was stopped by signal %1</source>
        <translation>it was stopped by signal %1</translation>
    </message>
    <message>
        <source>it ended with code %1</source>
        <translation>it ended with code %1</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>The passphrase key-derivation parameters are out of range (N=%1, r=%2, p=%3); the stored settings may have been altered.</source>
        <translation>The passphrase key-derivation parameters are out of range (N=%1, r=%2, p=%3); the stored settings may have been altered.</translation>
    </message>
    <message>
        <source>preparing scrypt</source>
        <translation>preparing scrypt</translation>
    </message>
    <message>
        <source>deriving a key from the passphrase</source>
        <translation>deriving a key from the passphrase</translation>
    </message>
</context>
<context>
    <name>SignerKey</name>
    <message>
        <source>The key on the token cannot be used for this request (an RSA or EC public key is expected). %1</source>
        <translation>The key on the token cannot be used for this request (an RSA or EC public key is expected). %1</translation>
    </message>
</context>
<context>
    <name>SoPinVault</name>
    <message>
        <source>replacing the token&apos;s SO PIN</source>
        <translation>replacing the token&apos;s SO PIN</translation>
    </message>
    <message>
        <source>storing the token&apos;s SO PIN</source>
        <translation>storing the token&apos;s SO PIN</translation>
    </message>
    <message>
        <source>Only a supervisor may see a token&apos;s SO PIN.</source>
        <translation>Only a supervisor may see a token&apos;s SO PIN.</translation>
    </message>
    <message>
        <source>reading the token&apos;s SO PIN</source>
        <translation>reading the token&apos;s SO PIN</translation>
    </message>
    <message>
        <source>Guichet holds no SO PIN for the token %1: it was not initialised here. Use the unblocking code (PUK) the holder received.</source>
        <translation>Guichet holds no SO PIN for the token %1: it was not initialised here. Use the unblocking code (PUK) the holder received.</translation>
    </message>
</context>
<context>
    <name>SoftwareKeySigner</name>
    <message>
        <source>The private key cannot be read.</source>
        <translation>The private key cannot be read.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>The certificate cannot be read.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>The private key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>The digest to sign is malformed.</source>
        <translation>The digest to sign is malformed.</translation>
    </message>
    <message>
        <source>The key cannot sign.</source>
        <translation>The key cannot sign.</translation>
    </message>
</context>
<context>
    <name>SoftwareVersions</name>
    <message>
        <source>%1 %2 (build time)</source>
        <translation>%1 %2 (build time)</translation>
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
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready for meeting</source>
        <translation>Ready for meeting</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <source>Token personalised</source>
        <translation>Token personalised</translation>
    </message>
    <message>
        <source>Submitted to CA</source>
        <translation>Submitted to CA</translation>
    </message>
    <message>
        <source>Originals posted</source>
        <translation>Originals posted</translation>
    </message>
    <message>
        <source>Rejected, pending documents</source>
        <translation>Rejected, pending documents</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A dossier cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Moving a dossier to &quot;%1&quot; needs a reason.</source>
        <translation>Moving a dossier to &quot;%1&quot; needs a reason.</translation>
    </message>
    <message>
        <source>A key update cannot be sent for a dossier in &quot;%1&quot;.</source>
        <translation>A key update cannot be sent for a dossier in &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SupervisorDecision</name>
    <message>
        <source>How the master key is protected is a supervisor&apos;s decision</source>
        <translation>How the master key is protected is a supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>The retention purge is a supervisor&apos;s decision</source>
        <translation>The retention purge is a supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision</source>
        <translation>This is a supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>%1: log in with a supervisor&apos;s card (--operator-token SERIAL, and the PIN from --operator-pin-fd N or the terminal).</source>
        <translation>%1: log in with a supervisor&apos;s card (--operator-token SERIAL, and the PIN from --operator-pin-fd N or the terminal).</translation>
    </message>
</context>
<context>
    <name>TokenCertificates</name>
    <message>
        <source>reading the certificates on the token</source>
        <translation>reading the certificates on the token</translation>
    </message>
    <message>
        <source>The token holds no certificate of its holder.</source>
        <translation>The token holds no certificate of its holder.</translation>
    </message>
    <message>
        <source>looking for the certificate on the token</source>
        <translation>looking for the certificate on the token</translation>
    </message>
    <message>
        <source>The holder&apos;s token does not hold the certificate being renewed.</source>
        <translation>The holder&apos;s token does not hold the certificate being renewed.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>PKCS#11 module to load (default: SoftHSM2, the training token).</source>
        <translation>PKCS#11 module to load (default: SoftHSM2, the training token).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Slot number.</source>
        <translation>Slot number.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Token serial number.</source>
        <translation>Token serial number.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Read the holder&apos;s PIN from this file descriptor.</source>
        <translation>Read the holder&apos;s PIN from this file descriptor.</translation>
    </message>
    <message>
        <source>Read the new PIN (then its confirmation) from this file descriptor.</source>
        <translation>Read the new PIN (then its confirmation) from this file descriptor.</translation>
    </message>
    <message>
        <source>Read the SO PIN (the CA&apos;s transport PIN, or the PUK the holder brings) from this file descriptor.</source>
        <translation>Read the SO PIN (the CA&apos;s transport PIN, or the PUK the holder brings) from this file descriptor.</translation>
    </message>
    <message>
        <source>Read the master-key passphrase from this file descriptor, when the workstation uses one.</source>
        <translation>Read the master-key passphrase from this file descriptor, when the workstation uses one.</translation>
    </message>
    <message>
        <source>Token label (32 characters).</source>
        <translation>Token label (32 characters).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Subject common name.</source>
        <translation>Subject common name.</translation>
    </message>
    <message>
        <source>Subject given name.</source>
        <translation>Subject given name.</translation>
    </message>
    <message>
        <source>Subject surname.</source>
        <translation>Subject surname.</translation>
    </message>
    <message>
        <source>Subject organisation.</source>
        <translation>Subject organisation.</translation>
    </message>
    <message>
        <source>Subject country (FR).</source>
        <translation>Subject country (FR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Subject e-mail address.</source>
        <translation>Subject e-mail address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>ec-p256 (default), ec-p384, rsa2048 or rsa3072.</source>
        <translation>ec-p256 (default), ec-p384, rsa2048 or rsa3072.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Certificate product.</source>
        <translation>Certificate product.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The product needs a qualified device (QSCD).</source>
        <translation>The product needs a qualified device (QSCD).</translation>
    </message>
    <message>
        <source>Write the certificate request (PEM) to this file.</source>
        <translation>Write the certificate request (PEM) to this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Certificate (PEM or DER) the CA issued.</source>
        <translation>Certificate (PEM or DER) the CA issued.</translation>
    </message>
    <message>
        <source>unknown token command &quot;%1&quot;.</source>
        <translation>unknown token command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the token with --serial or --slot.</source>
        <translation>Name the token with --serial or --slot.</translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation>--%1 needs a number.</translation>
    </message>
    <message>
        <source>The two PINs typed differ.</source>
        <translation>The two PINs typed differ.</translation>
    </message>
    <message>
        <source>No terminal to ask for the PIN: use --%1.</source>
        <translation>No terminal to ask for the PIN: use --%1.</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>The PIN is locked.</source>
        <translation>The PIN is locked.</translation>
    </message>
    <message>
        <source>Last try: a wrong PIN now locks it.</source>
        <translation>Last try: a wrong PIN now locks it.</translation>
    </message>
    <message>
        <source>A wrong PIN was typed before: few tries are left.</source>
        <translation>A wrong PIN was typed before: few tries are left.</translation>
    </message>
    <message>
        <source>%1	slot %2	%3	%4	%5</source>
        <translation>%1	slot %2	%3	%4	%5</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>object: %1 &quot;%2&quot; id %3 %4</source>
        <translation>object: %1 &quot;%2&quot; id %3 %4</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>public key</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>private key</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;.</source>
        <translation>unknown algorithm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>personalise needs --cn.</source>
        <translation>personalise needs --cn.</translation>
    </message>
    <message>
        <source>Transport SO PIN:</source>
        <translation>Transport SO PIN:</translation>
    </message>
    <message>
        <source>Holder, choose your PIN (operator: look away):</source>
        <translation>Holder, choose your PIN (operator: look away):</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
request: %3
Next: guichet-cli token import-cert --serial %1 --cert FILE</source>
        <translation>serial: %1
key id: %2
request: %3
Next: guichet-cli token import-cert --serial %1 --cert FILE</translation>
    </message>
    <message>
        <source>import-cert needs --serial and --cert.</source>
        <translation>import-cert needs --serial and --cert.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN:</source>
        <translation>Holder&apos;s PIN:</translation>
    </message>
    <message>
        <source>Certificate written to token %1 and verified with a signature made on the token.</source>
        <translation>Certificate written to token %1 and verified with a signature made on the token.</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>Current PIN:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <source>Unblocking code (PUK):</source>
        <translation>Unblocking code (PUK):</translation>
    </message>
    <message>
        <source>Holder, choose your new PIN:</source>
        <translation>Holder, choose your new PIN:</translation>
    </message>
    <message>
        <source>PIN unblocked.</source>
        <translation>PIN unblocked.</translation>
    </message>
    <message>
        <source>Training mode: have the embedded training CA issue the certificate, then write and verify it.</source>
        <translation>Training mode: have the embedded training CA issue the certificate, then write and verify it.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
Training certificate written to the token and verified with a signature made on the token.</source>
        <translation>serial: %1
key id: %2
Training certificate written to the token and verified with a signature made on the token.</translation>
    </message>
    <message>
        <source>write-certificate needs --dossier ID.</source>
        <translation>write-certificate needs --dossier ID.</translation>
    </message>
    <message>
        <source>Dossier %1&apos;s key is on token %2, not %3.</source>
        <translation>Dossier %1&apos;s key is on token %2, not %3.</translation>
    </message>
    <message>
        <source>Certificate %1 written to token %2 and verified with a signature made on the token.</source>
        <translation>Certificate %1 written to token %2 and verified with a signature made on the token.</translation>
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
        <translation>PKCS#11 tokens.

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
With --dossier, personalise keeps the request with the dossier and queues it in the outbox; `outbox send` delivers it and write-certificate finishes. With --csr-out alone the request goes to the CA by other means and import-cert finishes; --training-ca (training only, no dossier) has the embedded training CA issue the certificate at once, outside the outbox.</translation>
    </message>
    <message>
        <source>list, inspect, personalise, import-cert, write-certificate, change-pin, unblock</source>
        <translation>list, inspect, personalise, import-cert, write-certificate, change-pin, unblock</translation>
    </message>
    <message>
        <source>The dossier&apos;s id: the subject and product come from it, and the request is kept with it and queued in the outbox (with --csr-out: kept only; `ca enroll --dossier ID` queues it).</source>
        <translation>The dossier&apos;s id: the subject and product come from it, and the request is kept with it and queued in the outbox (with --csr-out: kept only; `ca enroll --dossier ID` queues it).</translation>
    </message>
    <message>
        <source>personalise needs --dossier ID (the request goes through the outbox), --csr-out FILE (the request goes to the CA by other means) or --training-ca.</source>
        <translation>personalise needs --dossier ID (the request goes through the outbox), --csr-out FILE (the request goes to the CA by other means) or --training-ca.</translation>
    </message>
    <message>
        <source>--dossier needs the dossier&apos;s id.</source>
        <translation>--dossier needs the dossier&apos;s id.</translation>
    </message>
    <message>
        <source>The certificate request of dossier %1 is already in the outbox (item %2); the token was not touched.</source>
        <translation>The certificate request of dossier %1 is already in the outbox (item %2); the token was not touched.</translation>
    </message>
    <message>
        <source>The dossier&apos;s product %1 is not in the catalogue.</source>
        <translation>The dossier&apos;s product %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
The request is kept with dossier %3; `guichet-cli ca enroll --dossier %3` queues it.</source>
        <translation>serial: %1
key id: %2
The request is kept with dossier %3; `guichet-cli ca enroll --dossier %3` queues it.</translation>
    </message>
    <message>
        <source>serial: %1
key id: %2
The request of dossier %3 is queued as outbox item %4.
Next: guichet-cli outbox send, then guichet-cli token write-certificate --dossier %3</source>
        <translation>serial: %1
key id: %2
The request of dossier %3 is queued as outbox item %4.
Next: guichet-cli outbox send, then guichet-cli token write-certificate --dossier %3</translation>
    </message>
    <message>
        <source>The certificate is on token %1, but dossier %2 could not record it: %3</source>
        <translation>The certificate is on token %1, but dossier %2 could not record it: %3</translation>
    </message>
</context>
<context>
    <name>TokenCrypto</name>
    <message>
        <source>reading the token&apos;s public key</source>
        <translation>reading the token&apos;s public key</translation>
    </message>
    <message>
        <source>encoding the token&apos;s public key</source>
        <translation>encoding the token&apos;s public key</translation>
    </message>
    <message>
        <source>The token&apos;s key is on a curve Guichet does not use (only P-256 and P-384).</source>
        <translation>The token&apos;s key is on a curve Guichet does not use (only P-256 and P-384).</translation>
    </message>
    <message>
        <source>The token returned a malformed ECDSA signature.</source>
        <translation>The token returned a malformed ECDSA signature.</translation>
    </message>
    <message>
        <source>encoding the token&apos;s signature</source>
        <translation>encoding the token&apos;s signature</translation>
    </message>
    <message>
        <source>The certificate is not a DER X.509 certificate: %1</source>
        <translation>The certificate is not a DER X.509 certificate: %1</translation>
    </message>
    <message>
        <source>reading the certificate</source>
        <translation>reading the certificate</translation>
    </message>
    <message>
        <source>checking a signature</source>
        <translation>checking a signature</translation>
    </message>
</context>
<context>
    <name>TokenErrors</name>
    <message numerus="yes">
        <source>Wrong PIN while %1: %n try(ies) left before the PIN is locked.</source>
        <translation>
            <numerusform>Wrong PIN while %1: %n try left before the PIN is locked.</numerusform>
            <numerusform>Wrong PIN while %1: %n tries left before the PIN is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN while %1.</source>
        <translation>Wrong PIN while %1.</translation>
    </message>
    <message>
        <source>The PIN is locked (%1). It must be unblocked with the security officer PIN or the unblocking code.</source>
        <translation>The PIN is locked (%1). It must be unblocked with the security officer PIN or the unblocking code.</translation>
    </message>
    <message>
        <source>The PIN does not have a length the token accepts (%1).</source>
        <translation>The PIN does not have a length the token accepts (%1).</translation>
    </message>
    <message>
        <source>The PIN has expired and must be changed (%1).</source>
        <translation>The PIN has expired and must be changed (%1).</translation>
    </message>
    <message>
        <source>The token was removed while %1. Insert it again and resume.</source>
        <translation>The token was removed while %1. Insert it again and resume.</translation>
    </message>
    <message>
        <source>No token is present in the reader (%1).</source>
        <translation>No token is present in the reader (%1).</translation>
    </message>
    <message>
        <source>The token reported a device error while %1.</source>
        <translation>The token reported a device error while %1.</translation>
    </message>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Cancelled while %1.</translation>
    </message>
    <message>
        <source>The token requires a PIN login before %1.</source>
        <translation>The token requires a PIN login before %1.</translation>
    </message>
    <message>
        <source>The token refused %1 (PKCS#11 error 0x%2).</source>
        <translation>The token refused %1 (PKCS#11 error 0x%2).</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; cannot be loaded: %2</source>
        <translation>The PKCS#11 module &quot;%1&quot; cannot be loaded: %2</translation>
    </message>
    <message>
        <source>Another login is open on the token (another application or session) while %1: close it and retry.</source>
        <translation>Another login is open on the token (another application or session) while %1: close it and retry.</translation>
    </message>
</context>
<context>
    <name>TokenKeyUpdate</name>
    <message>
        <source>Checking the renewal</source>
        <translation>Checking the renewal</translation>
    </message>
    <message>
        <source>The key update waiting for dossier %1 was prepared on token %2: insert that token, or cancel outbox item %3.</source>
        <translation>The key update waiting for dossier %1 was prepared on token %2: insert that token, or cancel outbox item %3.</translation>
    </message>
    <message>
        <source>Logging in to the holder&apos;s token</source>
        <translation>Logging in to the holder&apos;s token</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1 (certificate %2)</translation>
    </message>
    <message>
        <source>The key beside certificate %1 on the token is not the certificate&apos;s key.</source>
        <translation>The key beside certificate %1 on the token is not the certificate&apos;s key.</translation>
    </message>
    <message>
        <source>Resuming the key update waiting in the outbox</source>
        <translation>Resuming the key update waiting in the outbox</translation>
    </message>
    <message>
        <source>The new key of the key update waiting in the outbox (item %1) is no longer on the token: cancel that item and start again.</source>
        <translation>The new key of the key update waiting in the outbox (item %1) is no longer on the token: cancel that item and start again.</translation>
    </message>
    <message>
        <source>Generating the new key pair on the token</source>
        <translation>Generating the new key pair on the token</translation>
    </message>
    <message>
        <source>Renewal %1</source>
        <translation>Renewal %1</translation>
    </message>
    <message>
        <source>The token does not confirm that the new key was generated on it and can never leave it (CKA_LOCAL, CKA_NEVER_EXTRACTABLE, CKA_ALWAYS_SENSITIVE): it cannot hold a renewed certificate (SDP-6.5.1-04).</source>
        <translation>The token does not confirm that the new key was generated on it and can never leave it (CKA_LOCAL, CKA_NEVER_EXTRACTABLE, CKA_ALWAYS_SENSITIVE): it cannot hold a renewed certificate (SDP-6.5.1-04).</translation>
    </message>
    <message>
        <source>Queueing the key update</source>
        <translation>Queueing the key update</translation>
    </message>
    <message>
        <source>Sending the key update to the CA</source>
        <translation>Sending the key update to the CA</translation>
    </message>
    <message>
        <source>The CA could not be reached: %1
The key update waits in the outbox (item %2); run it again with the holder&apos;s token to send it.</source>
        <translation>The CA could not be reached: %1
The key update waits in the outbox (item %2); run it again with the holder&apos;s token to send it.</translation>
    </message>
    <message>
        <source>The CA refused the key update: %1</source>
        <translation>The CA refused the key update: %1</translation>
    </message>
    <message>
        <source>The key update failed: %1</source>
        <translation>The key update failed: %1</translation>
    </message>
    <message>
        <source>Another sender took outbox item %1 over: %2</source>
        <translation>Another sender took outbox item %1 over: %2</translation>
    </message>
    <message>
        <source>Writing the new certificate on the token</source>
        <translation>Writing the new certificate on the token</translation>
    </message>
    <message>
        <source>Key update done</source>
        <translation>Key update done</translation>
    </message>
    <message>
        <source>reading the training CA&apos;s certificates</source>
        <translation>reading the training CA&apos;s certificates</translation>
    </message>
    <message>
        <source>The training CA of this database has not been created yet.</source>
        <translation>The training CA of this database has not been created yet.</translation>
    </message>
    <message>
        <source>The CA already issued certificate %1 for this key update; it is not on the token yet. Insert token %2 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %3).</source>
        <translation>The CA already issued certificate %1 for this key update; it is not on the token yet. Insert token %2 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %3).</translation>
    </message>
    <message>
        <source>The certificate of outbox item %1 is not the dossier&apos;s newest.</source>
        <translation>The certificate of outbox item %1 is not the dossier&apos;s newest.</translation>
    </message>
    <message>
        <source>Certificate %1 was issued and is stored in dossier %2, but it could not be written on the token: %3
The dossier waits for it: insert token %4 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %2).</source>
        <translation>Certificate %1 was issued and is stored in dossier %2, but it could not be written on the token: %3
The dossier waits for it: insert token %4 and use &quot;Write the issued certificate to the token…&quot; (or guichet-cli token write-certificate --dossier %2).</translation>
    </message>
</context>
<context>
    <name>TokenPersonaliser</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>reading the token</source>
        <translation>reading the token</translation>
    </message>
    <message>
        <source>initialising the token</source>
        <translation>initialising the token</translation>
    </message>
    <message>
        <source>setting the holder&apos;s PIN</source>
        <translation>setting the holder&apos;s PIN</translation>
    </message>
    <message>
        <source>generating the key on the token</source>
        <translation>generating the key on the token</translation>
    </message>
    <message>
        <source>signing the certificate request on the token</source>
        <translation>signing the certificate request on the token</translation>
    </message>
    <message>
        <source>writing the certificate to the token</source>
        <translation>writing the certificate to the token</translation>
    </message>
    <message>
        <source>verifying the certificate with the token</source>
        <translation>verifying the certificate with the token</translation>
    </message>
    <message>
        <source>The key on the token can be extracted or read; it cannot hold a certificate.</source>
        <translation>The key on the token can be extracted or read; it cannot hold a certificate.</translation>
    </message>
    <message>
        <source>The token says this key was not generated on it (imported): refused for a qualified (QSCD) product.</source>
        <translation>The token says this key was not generated on it (imported): refused for a qualified (QSCD) product.</translation>
    </message>
    <message>
        <source>The token cannot vouch that this key never left it: refused for a qualified (QSCD) product.</source>
        <translation>The token cannot vouch that this key never left it: refused for a qualified (QSCD) product.</translation>
    </message>
    <message>
        <source>personalised</source>
        <translation>personalised</translation>
    </message>
    <message>
        <source>The certificate is not for the key generated on this token; it was not written.</source>
        <translation>The certificate is not for the key generated on this token; it was not written.</translation>
    </message>
    <message>
        <source>A signature made on the token does not verify with the certificate written to it.</source>
        <translation>A signature made on the token does not verify with the certificate written to it.</translation>
    </message>
    <message>
        <source>The certificate is not for a key on this token; it was not written.</source>
        <translation>The certificate is not for a key on this token; it was not written.</translation>
    </message>
</context>
<context>
    <name>TokenPins</name>
    <message>
        <source>changing the PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <source>The security officer PIN of this token is locked: the token cannot be unblocked any more.</source>
        <translation>The security officer PIN of this token is locked: the token cannot be unblocked any more.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>opening a session on the token</source>
        <translation>opening a session on the token</translation>
    </message>
    <message>
        <source>logging in as security officer</source>
        <translation>logging in as security officer</translation>
    </message>
    <message>
        <source>logging in with the holder&apos;s PIN</source>
        <translation>logging in with the holder&apos;s PIN</translation>
    </message>
    <message>
        <source>setting the holder&apos;s PIN</source>
        <translation>setting the holder&apos;s PIN</translation>
    </message>
    <message>
        <source>changing the PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <source>generating the key pair on the token</source>
        <translation>generating the key pair on the token</translation>
    </message>
    <message>
        <source>looking for the key on the token</source>
        <translation>looking for the key on the token</translation>
    </message>
    <message>
        <source>The token holds no key with the identifier %1.</source>
        <translation>The token holds no key with the identifier %1.</translation>
    </message>
    <message>
        <source>reading the key&apos;s attributes</source>
        <translation>reading the key&apos;s attributes</translation>
    </message>
    <message>
        <source>The key is on a curve Guichet does not use.</source>
        <translation>The key is on a curve Guichet does not use.</translation>
    </message>
    <message>
        <source>The key is neither RSA nor EC.</source>
        <translation>The key is neither RSA nor EC.</translation>
    </message>
    <message>
        <source>signing on the token</source>
        <translation>signing on the token</translation>
    </message>
    <message>
        <source>writing to the token</source>
        <translation>writing to the token</translation>
    </message>
    <message>
        <source>The digest to sign is malformed.</source>
        <translation>The digest to sign is malformed.</translation>
    </message>
</context>
<context>
    <name>TokenSlot</name>
    <message>
        <source>reading the token&apos;s information</source>
        <translation>reading the token&apos;s information</translation>
    </message>
    <message>
        <source>initialising the token</source>
        <translation>initialising the token</translation>
    </message>
    <message>
        <source>looking for the token %1</source>
        <translation>looking for the token %1</translation>
    </message>
    <message>
        <source>looking for a blank token</source>
        <translation>looking for a blank token</translation>
    </message>
</context>
<context>
    <name>TrainingCa</name>
    <message>
        <source>reading the training CA</source>
        <translation>reading the training CA</translation>
    </message>
    <message>
        <source>encoding the training CA key</source>
        <translation>encoding the training CA key</translation>
    </message>
    <message>
        <source>reading the training CA key</source>
        <translation>reading the training CA key</translation>
    </message>
    <message>
        <source>building a training CA certificate</source>
        <translation>building a training CA certificate</translation>
    </message>
    <message>
        <source>signing a training CA certificate</source>
        <translation>signing a training CA certificate</translation>
    </message>
    <message>
        <source>generating the training CA keys</source>
        <translation>generating the training CA keys</translation>
    </message>
    <message>
        <source>storing the training CA</source>
        <translation>storing the training CA</translation>
    </message>
    <message>
        <source>The training CA&apos;s certificates are damaged.</source>
        <translation>The training CA&apos;s certificates are damaged.</translation>
    </message>
    <message>
        <source>The training CA&apos;s key cannot be opened: %1</source>
        <translation>The training CA&apos;s key cannot be opened: %1</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request.</source>
        <translation>The certificate request is not a PKCS#10 request.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify: it was not made with the key it carries.</source>
        <translation>The certificate request&apos;s signature does not verify: it was not made with the key it carries.</translation>
    </message>
    <message>
        <source>looking up a repeated request</source>
        <translation>looking up a repeated request</translation>
    </message>
    <message>
        <source>The training CA does not know the product &quot;%1&quot;.</source>
        <translation>The training CA does not know the product &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The training CA does not issue the product %1.</source>
        <translation>The training CA does not issue the product %1.</translation>
    </message>
    <message>
        <source>The certificate needs a common name (CN).</source>
        <translation>The certificate needs a common name (CN).</translation>
    </message>
    <message>
        <source>building the certificate</source>
        <translation>building the certificate</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>signing the certificate</translation>
    </message>
    <message>
        <source>recording the issued certificate</source>
        <translation>recording the issued certificate</translation>
    </message>
    <message>
        <source>No certificate to revoke.</source>
        <translation>No certificate to revoke.</translation>
    </message>
    <message>
        <source>revoking the certificate %1</source>
        <translation>revoking the certificate %1</translation>
    </message>
    <message>
        <source>The training CA never issued a certificate with serial number %1.</source>
        <translation>The training CA never issued a certificate with serial number %1.</translation>
    </message>
    <message>
        <source>building the CRL</source>
        <translation>building the CRL</translation>
    </message>
    <message>
        <source>listing revoked certificates</source>
        <translation>listing revoked certificates</translation>
    </message>
    <message>
        <source>signing the CRL</source>
        <translation>signing the CRL</translation>
    </message>
    <message>
        <source>Cannot write the CRL to %1: %2</source>
        <translation>Cannot write the CRL to %1: %2</translation>
    </message>
    <message>
        <source>counting issued certificates</source>
        <translation>counting issued certificates</translation>
    </message>
</context>
<context>
    <name>TrainingCmpServer</name>
    <message>
        <source>starting the training CA&apos;s CMP service</source>
        <translation>starting the training CA&apos;s CMP service</translation>
    </message>
    <message>
        <source>The training CA&apos;s CMP service is not started.</source>
        <translation>The training CA&apos;s CMP service is not started.</translation>
    </message>
    <message>
        <source>The request is not a CMP message.</source>
        <translation>The request is not a CMP message.</translation>
    </message>
    <message>
        <source>The training CA could not answer the CMP request.</source>
        <translation>The training CA could not answer the CMP request.</translation>
    </message>
    <message>
        <source>Unreadable request header.</source>
        <translation>Unreadable request header.</translation>
    </message>
    <message>
        <source>The request names no certificate profile (id-it-certProfile).</source>
        <translation>The request names no certificate profile (id-it-certProfile).</translation>
    </message>
    <message>
        <source>The certificate template has no public key.</source>
        <translation>The certificate template has no public key.</translation>
    </message>
    <message>
        <source>No certificate request.</source>
        <translation>No certificate request.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the training CA.</source>
        <translation>The certificate was not issued by the training CA.</translation>
    </message>
</context>
<context>
    <name>TrainingEvidenceReceiver</name>
    <message>
        <source>reading the training CA&apos;s submissions</source>
        <translation>reading the training CA&apos;s submissions</translation>
    </message>
    <message>
        <source>The training CA refused the evidence package: %1</source>
        <translation>The training CA refused the evidence package: %1</translation>
    </message>
    <message>
        <source>storing the submission</source>
        <translation>storing the submission</translation>
    </message>
    <message>
        <source>reading the training CA&apos;s certificate</source>
        <translation>reading the training CA&apos;s certificate</translation>
    </message>
    <message>
        <source>counting the training CA&apos;s submissions</source>
        <translation>counting the training CA&apos;s submissions</translation>
    </message>
</context>
<context>
    <name>TrainingOperatorCard</name>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Give the operator&apos;s name.</translation>
    </message>
    <message>
        <source>The operator must choose a PIN.</source>
        <translation>The operator must choose a PIN.</translation>
    </message>
    <message>
        <source>A Certification Agent acts for one organisation: give its name.</source>
        <translation>A Certification Agent acts for one organisation: give its name.</translation>
    </message>
    <message>
        <source>No free token slot to make the operator&apos;s training card: %1</source>
        <translation>No free token slot to make the operator&apos;s training card: %1</translation>
    </message>
    <message>
        <source>Guichet training</source>
        <translation>Guichet training</translation>
    </message>
    <message>
        <source>The training card %1 was made, but its account was not: %2</source>
        <translation>The training card %1 was made, but its account was not: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>cancelling a transaction</source>
        <translation>cancelling a transaction</translation>
    </message>
    <message>
        <source>Transaction already ended.</source>
        <translation>Transaction already ended.</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>saving the changes</translation>
    </message>
</context>
<context>
    <name>TrustAnchorFile</name>
    <message>
        <source>Cannot read the trust anchors &quot;%1&quot;: %2</source>
        <translation>Cannot read the trust anchors &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate (PEM or DER).</source>
        <translation>&quot;%1&quot; holds no certificate (PEM or DER).</translation>
    </message>
</context>
<context>
    <name>guichet::AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>About Guichet</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Guichet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Guichet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Registration-authority workstation</source>
        <translation>Registration-authority workstation</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (build time)</source>
        <translation>%1 (build time)</translation>
    </message>
    <message>
        <source>Training mode: certificates issued here have no value.</source>
        <translation>Training mode: certificates issued here have no value.</translation>
    </message>
    <message>
        <source>Production mode.</source>
        <translation>Production mode.</translation>
    </message>
</context>
<context>
    <name>guichet::AuditEventModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>guichet::AuditView</name>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Verify the audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>Operator identifier</source>
        <translation>Operator identifier</translation>
    </message>
    <message>
        <source>Action, or its beginning (dossier.)</source>
        <translation>Action, or its beginning (dossier.)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Dates (UTC):</source>
        <translation>Dates (UTC):</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n event shown.</numerusform>
            <numerusform>%n events shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Audit trail intact: %n event checked.</numerusform>
            <numerusform>Audit trail intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) hold; events up to %1 are covered by a signature.</source>
        <translation>
            <numerusform>%n signed checkpoint hold; events up to %1 are covered by a signature.</numerusform>
            <numerusform>%n signed checkpoints hold; events up to %1 are covered by a signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Audit trail BROKEN at event %1: %2</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateActions</name>
    <message>
        <source>&amp;Renew from certificate…</source>
        <translation>&amp;Renew from certificate…</translation>
    </message>
    <message>
        <source>Certificate to renew</source>
        <translation>Certificate to renew</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation>Renew a certificate</translation>
    </message>
    <message>
        <source>Renewal dossier %1 opened: %2</source>
        <translation>Renewal dossier %1 opened: %2</translation>
    </message>
    <message>
        <source>&amp;Key update on the holder&apos;s token…</source>
        <translation>&amp;Key update on the holder&apos;s token…</translation>
    </message>
    <message>
        <source>Re&amp;voke a certificate…</source>
        <translation>Re&amp;voke a certificate…</translation>
    </message>
    <message>
        <source>No token module is configured for the holder&apos;s token.</source>
        <translation>No token module is configured for the holder&apos;s token.</translation>
    </message>
    <message>
        <source>Key update of dossier %1 done: certificate %2 is on the holder&apos;s token.</source>
        <translation>Key update of dossier %1 done: certificate %2 is on the holder&apos;s token.</translation>
    </message>
    <message>
        <source>Revocation of a certificate of dossier %1 queued as outbox item %2.</source>
        <translation>Revocation of a certificate of dossier %1 queued as outbox item %2.</translation>
    </message>
</context>
<context>
    <name>guichet::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Requirement checklist</source>
        <translation>Requirement checklist</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Clause: %1</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>Every rule is met.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) not met yet.</source>
        <translation>
            <numerusform>%n rule not met yet.</numerusform>
            <numerusform>%n rules not met yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ConsentStep</name>
    <message>
        <source>Town and office, e.g. Lyon, agence Part-Dieu</source>
        <translation>Town and office, e.g. Lyon, agence Part-Dieu</translation>
    </message>
    <message>
        <source>Meeting &amp;place:</source>
        <translation>Meeting &amp;place:</translation>
    </message>
    <message>
        <source>&amp;Information above shown to the holder and read</source>
        <translation>&amp;Information above shown to the holder and read</translation>
    </message>
    <message>
        <source>The holder &amp;accepted the terms of use, version %1</source>
        <translation>The holder &amp;accepted the terms of use, version %1</translation>
    </message>
    <message>
        <source>Publication of the certificate</source>
        <translation>Publication of the certificate</translation>
    </message>
    <message>
        <source>The holder agrees to pu&amp;blication</source>
        <translation>The holder agrees to pu&amp;blication</translation>
    </message>
    <message>
        <source>The holder &amp;refuses publication</source>
        <translation>The holder &amp;refuses publication</translation>
    </message>
    <message>
        <source>The holder consents to the use of a &amp;secure device</source>
        <translation>The holder consents to the use of a &amp;secure device</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Information and consent</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Read this to the holder, or let them read it, before anything else.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Purpose:&lt;/b&gt; we verify your identity face to face so that the certification authority can issue you a certificate (%1). Your identity document is checked and a copy is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terms of use:&lt;/b&gt; version %2 sets your obligations as a certificate holder; you accept them by a deliberate act recorded now.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Retention:&lt;/b&gt; this registration file and its copies are kept for %n year(s), then destroyed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Read this to the holder, or let them read it, before anything else.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Purpose:&lt;/b&gt; we verify your identity face to face so that the certification authority can issue you a certificate (%1). Your identity document is checked and a copy is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terms of use:&lt;/b&gt; version %2 sets your obligations as a certificate holder; you accept them by a deliberate act recorded now.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Retention:&lt;/b&gt; this registration file and its copies are kept for %n year, then destroyed.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Read this to the holder, or let them read it, before anything else.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Purpose:&lt;/b&gt; we verify your identity face to face so that the certification authority can issue you a certificate (%1). Your identity document is checked and a copy is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terms of use:&lt;/b&gt; version %2 sets your obligations as a certificate holder; you accept them by a deliberate act recorded now.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Retention:&lt;/b&gt; this registration file and its copies are kept for %n years, then destroyed.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DocumentStep</name>
    <message>
        <source>Choose the document type…</source>
        <translation>Choose the document type…</translation>
    </message>
    <message>
        <source>ICAO code, e.g. FRA</source>
        <translation>ICAO code, e.g. FRA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>Issuing &amp;state:</source>
        <translation>Issuing &amp;state:</translation>
    </message>
    <message>
        <source>Issuing authorit&amp;y:</source>
        <translation>Issuing authorit&amp;y:</translation>
    </message>
    <message>
        <source>Issue&amp;d on:</source>
        <translation>Issue&amp;d on:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpires on:</translation>
    </message>
    <message>
        <source>Visual zone, as printed</source>
        <translation>Visual zone, as printed</translation>
    </message>
    <message>
        <source>Sur&amp;names:</source>
        <translation>Sur&amp;names:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Machine-readable zone (MRZ)</source>
        <translation>Machine-readable zone (MRZ)</translation>
    </message>
    <message>
        <source>&amp;MRZ lines:</source>
        <translation>&amp;MRZ lines:</translation>
    </message>
    <message>
        <source>&amp;Copy made and marked « conforme à l&apos;original »</source>
        <translation>&amp;Copy made and marked « conforme à l&apos;original »</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>the issue date</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>the expiry date</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>the birth date</translation>
    </message>
    <message>
        <source>Write %1 as DD/MM/YYYY, for example 31/12/1980.</source>
        <translation>Write %1 as DD/MM/YYYY, for example 31/12/1980.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The MRZ agrees with the visual zone.</source>
        <translation>The MRZ agrees with the visual zone.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the MRZ and the visual zone:</source>
        <translation>
            <numerusform>%n difference between the MRZ and the visual zone:</numerusform>
            <numerusform>%n differences between the MRZ and the visual zone:</numerusform>
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
        <translation>Captured by</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Certify copy…</source>
        <translation>Certify copy…</translation>
    </message>
    <message>
        <source>Write a copy stamped « %1 »; the original is kept unchanged</source>
        <translation>Write a copy stamped « %1 »; the original is kept unchanged</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
    <message>
        <source>Document %1 stored, encrypted.</source>
        <translation>Document %1 stored, encrypted.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Certified copy written to %1.</source>
        <translation>Certified copy written to %1.</translation>
    </message>
    <message>
        <source>ALTERED OR UNREADABLE: %1</source>
        <translation>ALTERED OR UNREADABLE: %1</translation>
    </message>
    <message>
        <source>Document %1 is intact.</source>
        <translation>Document %1 is intact.</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Import a document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Export the document</translation>
    </message>
    <message>
        <source>Save the certified copy</source>
        <translation>Save the certified copy</translation>
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
        <translation>Face-to-face &amp;meeting</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Scan a document…</source>
        <translation>&amp;Scan a document…</translation>
    </message>
    <message>
        <source>&amp;Personalise the holder&apos;s token…</source>
        <translation>&amp;Personalise the holder&apos;s token…</translation>
    </message>
    <message>
        <source>Intervention &amp;form…</source>
        <translation>Intervention &amp;form…</translation>
    </message>
    <message>
        <source>Save the intervention form as P&amp;DF…</source>
        <translation>Save the intervention form as P&amp;DF…</translation>
    </message>
    <message>
        <source>Scanned document stored in dossier %1.</source>
        <translation>Scanned document stored in dossier %1.</translation>
    </message>
    <message>
        <source>Personalise the holder&apos;s token</source>
        <translation>Personalise the holder&apos;s token</translation>
    </message>
    <message>
        <source>The product of this dossier is not delivered on a token.</source>
        <translation>The product of this dossier is not delivered on a token.</translation>
    </message>
    <message>
        <source>Token %1 personalised.</source>
        <translation>Token %1 personalised.</translation>
    </message>
    <message>
        <source>Intervention form</source>
        <translation>Intervention form</translation>
    </message>
    <message>
        <source>Save the intervention form</source>
        <translation>Save the intervention form</translation>
    </message>
    <message>
        <source>intervention-form-%1.pdf</source>
        <translation>intervention-form-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Intervention form saved to %1.</source>
        <translation>Intervention form saved to %1.</translation>
    </message>
    <message>
        <source>&amp;Write the issued certificate to the token…</source>
        <translation>&amp;Write the issued certificate to the token…</translation>
    </message>
</context>
<context>
    <name>guichet::DossierEditor</name>
    <message>
        <source>Select a dossier in the list, or create a new one (Ctrl+N).</source>
        <translation>Select a dossier in the list, or create a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>Save the dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>The dossier could not be opened.</source>
        <translation>The dossier could not be opened.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Dossier %1 — %2 %3</source>
        <translation>Dossier %1 — %2 %3</translation>
    </message>
    <message>
        <source>Save your changes before changing the status.</source>
        <translation>Save your changes before changing the status.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>This status is final.</translation>
    </message>
    <message>
        <source>Move the dossier to its next step.</source>
        <translation>Move the dossier to its next step.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>%n problem to correct before saving.</numerusform>
            <numerusform>%n problems to correct before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>The dossier was not saved.</source>
        <translation>The dossier was not saved.</translation>
    </message>
    <message>
        <source>Dossier %1 created.</source>
        <translation>Dossier %1 created.</translation>
    </message>
    <message>
        <source>Dossier %1 saved.</source>
        <translation>Dossier %1 saved.</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>The status was not changed.</translation>
    </message>
    <message>
        <source>Dossier %1 is now &quot;%2&quot;.</source>
        <translation>Dossier %1 is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Dossier changed elsewhere</source>
        <translation>Dossier changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else changed this dossier after you opened it, so your changes were not saved.</source>
        <translation>Someone else changed this dossier after you opened it, so your changes were not saved.</translation>
    </message>
    <message>
        <source>Reload it to see the current version, then make your changes again. Keep your edits if you want to copy them first.</source>
        <translation>Reload it to see the current version, then make your changes again. Keep your edits if you want to copy them first.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Keep my edits</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Discard them?</source>
        <translation>This dossier has changes that are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>guichet::DossierForm</name>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Choose a product…</translation>
    </message>
    <message>
        <source>As given by the CA, if any</source>
        <translation>As given by the CA, if any</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage:</translation>
    </message>
    <message>
        <source>Use &amp;case (optional):</source>
        <translation>Use &amp;case (optional):</translation>
    </message>
    <message>
        <source>Order &amp;reference:</source>
        <translation>Order &amp;reference:</translation>
    </message>
    <message>
        <source>Holder (as written on the identity document)</source>
        <translation>Holder (as written on the identity document)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Surnames:</source>
        <translation>&amp;Surnames:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Acting for an &amp;organisation</source>
        <translation>Acting for an &amp;organisation</translation>
    </message>
    <message>
        <source>SAS, SARL, association…</source>
        <translation>SAS, SARL, association…</translation>
    </message>
    <message>
        <source>9 digits (SIREN) or 14 digits (SIRET)</source>
        <translation>9 digits (SIREN) or 14 digits (SIRET)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>SIREN / S&amp;IRET:</source>
        <translation>SIREN / S&amp;IRET:</translation>
    </message>
    <message>
        <source>Subscriber / legal representative</source>
        <translation>Subscriber / legal representative</translation>
    </message>
    <message>
        <source>Function in the organisation</source>
        <translation>Function in the organisation</translation>
    </message>
    <message>
        <source>Surnames:</source>
        <translation>Surnames:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Two-letter country code (FR, BE, …)</source>
        <translation>Two-letter country code (FR, BE, …)</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <source>Postal code, city, country:</source>
        <translation>Postal code, city, country:</translation>
    </message>
    <message>
        <source>Choose a usage…</source>
        <translation>Choose a usage…</translation>
    </message>
    <message>
        <source>Choose a product first</source>
        <translation>Choose a product first</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 31/12/1980.</source>
        <translation>Write the date as DD/MM/YYYY, for example 31/12/1980.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <source>Organisation / SIRET</source>
        <translation>Organisation / SIRET</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>guichet::DossierListPanel</name>
    <message>
        <source>Search by name, order reference or SIRET (Ctrl+F)</source>
        <translation>Search by name, order reference or SIRET (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search dossiers</source>
        <translation>Search dossiers</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>Create a new dossier (Ctrl+N)</source>
        <translation>Create a new dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>The database is not available: %1</translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation>No dossier matches.</translation>
    </message>
    <message>
        <source>No dossier yet: create one with &quot;New dossier&quot; (Ctrl+N).</source>
        <translation>No dossier yet: create one with &quot;New dossier&quot; (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown; more as you scroll.</source>
        <translation>
            <numerusform>%n dossier shown; more as you scroll.</numerusform>
            <numerusform>%n dossiers shown; more as you scroll.</numerusform>
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
        <translation>The database is not open yet.</translation>
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
        <translation>&amp;Meeting</translation>
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
        <translation>The request was cancelled in the outbox.</translation>
    </message>
</context>
<context>
    <name>guichet::EvidenceActions</name>
    <message>
        <source>&amp;Sign the intervention form</source>
        <translation>&amp;Sign the intervention form</translation>
    </message>
    <message>
        <source>Export the &amp;evidence package…</source>
        <translation>Export the &amp;evidence package…</translation>
    </message>
    <message>
        <source>Su&amp;bmit the evidence to the CA</source>
        <translation>Su&amp;bmit the evidence to the CA</translation>
    </message>
    <message>
        <source>Originals sent by p&amp;ost…</source>
        <translation>Originals sent by p&amp;ost…</translation>
    </message>
    <message>
        <source>Signing needs the operator logged in with their card.</source>
        <translation>Signing needs the operator logged in with their card.</translation>
    </message>
    <message>
        <source>The documents cannot be opened on this workstation.</source>
        <translation>The documents cannot be opened on this workstation.</translation>
    </message>
    <message>
        <source>Sign the intervention form</source>
        <translation>Sign the intervention form</translation>
    </message>
    <message>
        <source>The intervention form of dossier %1 is signed and stored.</source>
        <translation>The intervention form of dossier %1 is signed and stored.</translation>
    </message>
    <message>
        <source>Export the evidence package</source>
        <translation>Export the evidence package</translation>
    </message>
    <message>
        <source>evidence-%1.asice</source>
        <translation>evidence-%1.asice</translation>
    </message>
    <message>
        <source>Evidence packages (*.asice)</source>
        <translation>Evidence packages (*.asice)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Evidence package saved to %1.</source>
        <translation>Evidence package saved to %1.</translation>
    </message>
    <message>
        <source>Submit the evidence to the CA</source>
        <translation>Submit the evidence to the CA</translation>
    </message>
    <message>
        <source>The evidence package of dossier %1 is queued as outbox item %2.</source>
        <translation>The evidence package of dossier %1 is queued as outbox item %2.</translation>
    </message>
</context>
<context>
    <name>guichet::FaceStep</name>
    <message>
        <source>Compare the photo on the document with the person in front of you: shape of the face, eyes, nose, ears. Ask them to remove glasses or anything covering the face.</source>
        <translation>Compare the photo on the document with the person in front of you: shape of the face, eyes, nose, ears. Ask them to remove glasses or anything covering the face.</translation>
    </message>
    <message>
        <source>The face &amp;matches the photo on the document</source>
        <translation>The face &amp;matches the photo on the document</translation>
    </message>
    <message>
        <source>The face does &amp;not match the photo</source>
        <translation>The face does &amp;not match the photo</translation>
    </message>
    <message>
        <source>Face comparison</source>
        <translation>Face comparison</translation>
    </message>
</context>
<context>
    <name>guichet::FeaturesStep</name>
    <message>
        <source>Security features</source>
        <translation>Security features</translation>
    </message>
    <message>
        <source>Choose the document type in the previous step first.</source>
        <translation>Choose the document type in the previous step first.</translation>
    </message>
    <message>
        <source>Check at least %1 different features, optical and tactile, on the document in hand. A random suggestion appears once the document type is saved.</source>
        <translation>Check at least %1 different features, optical and tactile, on the document in hand. A random suggestion appears once the document type is saved.</translation>
    </message>
    <message>
        <source>Check at least %1 different features, optical and tactile, on the document in hand. Suggested at random for this meeting: %2.</source>
        <translation>Check at least %1 different features, optical and tactile, on the document in hand. Suggested at random for this meeting: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) checked.</source>
        <translation>
            <numerusform>%n feature checked.</numerusform>
            <numerusform>%n features checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) checked; at least %1 are required.</source>
        <translation>
            <numerusform>%n feature checked; at least %1 are required.</numerusform>
            <numerusform>%n features checked; at least %1 are required.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::FormPreviewDialog</name>
    <message>
        <source>Intervention form — dossier %1</source>
        <translation>Intervention form — dossier %1</translation>
    </message>
    <message>
        <source>The printer cannot be drawn on.</source>
        <translation>The printer cannot be drawn on.</translation>
    </message>
</context>
<context>
    <name>guichet::HolderPinDialog</name>
    <message>
        <source>Holder&apos;s PIN</source>
        <translation>Holder&apos;s PIN</translation>
    </message>
    <message>
        <source>&lt;b&gt;The holder chooses the PIN&lt;/b&gt;</source>
        <translation>&lt;b&gt;The holder chooses the PIN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Operator: turn the screen (or the PIN pad) towards the holder and look away. You must never see the PIN (RGS).</source>
        <translation>Operator: turn the screen (or the PIN pad) towards the holder and look away. You must never see the PIN (RGS).</translation>
    </message>
    <message>
        <source>The holder is ready</source>
        <translation>The holder is ready</translation>
    </message>
    <message>
        <source>Holder: choose your PIN and type it twice.</source>
        <translation>Holder: choose your PIN and type it twice.</translation>
    </message>
    <message>
        <source>exactly %1 characters</source>
        <translation>exactly %1 characters</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 to %2 characters</translation>
    </message>
    <message>
        <source>The PIN: %1, digits only; not one digit repeated, nor a run such as 123456.</source>
        <translation>The PIN: %1, digits only; not one digit repeated, nor a run such as 123456.</translation>
    </message>
    <message>
        <source>The PIN: %1; not one character repeated, nor a run such as 123456.</source>
        <translation>The PIN: %1; not one character repeated, nor a run such as 123456.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>PIN again:</translation>
    </message>
    <message>
        <source>Use this PIN</source>
        <translation>Use this PIN</translation>
    </message>
    <message>
        <source>Holder: the PIN is entered on the reader&apos;s keypad, not here. When the reader asks, type your new PIN there, then confirm it.</source>
        <translation>Holder: the PIN is entered on the reader&apos;s keypad, not here. When the reader asks, type your new PIN there, then confirm it.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>guichet::IssuedCertificateDialog</name>
    <message>
        <source>Write the issued certificate to the token — dossier %1</source>
        <translation>Write the issued certificate to the token — dossier %1</translation>
    </message>
    <message>
        <source>Reading the dossier&apos;s certificate…</source>
        <translation>Reading the dossier&apos;s certificate…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN (the holder types it; operator, look away):</source>
        <translation>Holder&apos;s PIN (the holder types it; operator, look away):</translation>
    </message>
    <message>
        <source>The certificate is written to token %1 and verified with a signature made on the token.</source>
        <translation>The certificate is written to token %1 and verified with a signature made on the token.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Error (%1): %2</translation>
    </message>
    <message>
        <source>Certificate %1, issued by the CA for the key made on token %2. Insert that token, then the holder types the PIN.</source>
        <translation>Certificate %1, issued by the CA for the key made on token %2. Insert that token, then the holder types the PIN.</translation>
    </message>
    <message>
        <source>Writing the certificate to token %1…</source>
        <translation>Writing the certificate to token %1…</translation>
    </message>
    <message>
        <source>Certificate %1, issued by the CA for the key update&apos;s new key made on token %2. Insert that token, then the holder types the PIN.</source>
        <translation>Certificate %1, issued by the CA for the key update&apos;s new key made on token %2. Insert that token, then the holder types the PIN.</translation>
    </message>
    <message>
        <source>The certificate is on token %1, but the dossier could not record it: %2</source>
        <translation>The certificate is on token %1, but the dossier could not record it: %2</translation>
    </message>
</context>
<context>
    <name>guichet::KeyUpdateDialog</name>
    <message>
        <source>Key update of dossier %1</source>
        <translation>Key update of dossier %1</translation>
    </message>
    <message>
        <source>&amp;Run the key update</source>
        <translation>&amp;Run the key update</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;token:</source>
        <translation>Holder&apos;s &amp;token:</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;PIN:</source>
        <translation>Holder&apos;s &amp;PIN:</translation>
    </message>
    <message>
        <source>A new key pair is generated on the holder&apos;s token; the request is signed with the key of the certificate being renewed, and the new certificate is written on the token (RFC 9483 4.1.3).</source>
        <translation>A new key pair is generated on the holder&apos;s token; the request is signed with the key of the certificate being renewed, and the new certificate is written on the token (RFC 9483 4.1.3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator: turn the screen towards the holder and look away. Holder: type the PIN of your token.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operator: turn the screen towards the holder and look away. Holder: type the PIN of your token.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, serial %3)</source>
        <translation>%1 (%2, serial %3)</translation>
    </message>
    <message>
        <source>No token is present: insert the holder&apos;s token.</source>
        <translation>No token is present: insert the holder&apos;s token.</translation>
    </message>
    <message>
        <source>Certificate %1 is on the holder&apos;s token and in dossier %2.</source>
        <translation>Certificate %1 is on the holder&apos;s token and in dossier %2.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Operator login</source>
        <translation>Operator login</translation>
    </message>
    <message>
        <source>Insert your operator card in a reader, choose it, and type its PIN.</source>
        <translation>Insert your operator card in a reader, choose it, and type its PIN.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Operator &amp;card:</source>
        <translation>Operator &amp;card:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Training operator card</source>
        <translation>Training operator card</translation>
    </message>
    <message>
        <source>No operator is registered yet. In training mode Guichet can create a training operator card (a SoftHSM2 token with a certificate from the training CA) and register you as its supervisor. Choose its PIN.</source>
        <translation>No operator is registered yet. In training mode Guichet can create a training operator card (a SoftHSM2 token with a certificate from the training CA) and register you as its supervisor. Choose its PIN.</translation>
    </message>
    <message>
        <source>Create the training &amp;card</source>
        <translation>Create the training &amp;card</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>New PIN again:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>The training operator card %1 is ready: log in with it.</source>
        <translation>The training operator card %1 is ready: log in with it.</translation>
    </message>
    <message>
        <source>Loading the card reader module…</source>
        <translation>Loading the card reader module…</translation>
    </message>
    <message>
        <source>The operator cards cannot be read: %1</source>
        <translation>The operator cards cannot be read: %1</translation>
    </message>
    <message>
        <source>Looking for operator cards…</source>
        <translation>Looking for operator cards…</translation>
    </message>
    <message>
        <source>%1 (%2, serial %3)</source>
        <translation>%1 (%2, serial %3)</translation>
    </message>
    <message>
        <source>No card found. Insert your operator card, then choose Refresh.</source>
        <translation>No card found. Insert your operator card, then choose Refresh.</translation>
    </message>
    <message>
        <source>Checking the card and its certificate…</source>
        <translation>Checking the card and its certificate…</translation>
    </message>
    <message>
        <source>Type your name: it goes on the training card&apos;s certificate.</source>
        <translation>Type your name: it goes on the training card&apos;s certificate.</translation>
    </message>
    <message>
        <source>Creating the training operator card…</source>
        <translation>Creating the training operator card…</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet — training</source>
        <translation>Guichet — training</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find dossier</source>
        <translation>&amp;Find dossier</translation>
    </message>
    <message>
        <source>TRAINING MODE — nothing done here is real: certificates issued in training have no value.</source>
        <translation>TRAINING MODE — nothing done here is real: certificates issued in training have no value.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>Production mode</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Check the database in Settings, then restart Guichet.</source>
        <translation>Check the database in Settings, then restart Guichet.</translation>
    </message>
    <message>
        <source>Settings saved. They take effect the next time Guichet starts.</source>
        <translation>Settings saved. They take effect the next time Guichet starts.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>Manage &amp;operators…</source>
        <translation>Manage &amp;operators…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Lock the session</source>
        <translation>&amp;Lock the session</translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation>Log o&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;About Guichet</translation>
    </message>
</context>
<context>
    <name>guichet::MeetingView</name>
    <message>
        <source>Face-to-face meeting</source>
        <translation>Face-to-face meeting</translation>
    </message>
    <message>
        <source>Re&amp;load the meeting</source>
        <translation>Re&amp;load the meeting</translation>
    </message>
    <message>
        <source>Steps of the meeting</source>
        <translation>Steps of the meeting</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <source>Ctrl+PgUp or Alt+Left</source>
        <translation>Ctrl+PgUp or Alt+Left</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <source>Enter, Ctrl+PgDown or Alt+Right</source>
        <translation>Enter, Ctrl+PgDown or Alt+Right</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Face-to-face meeting — dossier %1 — %2 %3</source>
        <translation>Face-to-face meeting — dossier %1 — %2 %3</translation>
    </message>
    <message>
        <source>Resumed where it was left.</source>
        <translation>Resumed where it was left.</translation>
    </message>
    <message>
        <source>New meeting.</source>
        <translation>New meeting.</translation>
    </message>
    <message>
        <source>Identity verified: the dossier is now “%1”.</source>
        <translation>Identity verified: the dossier is now “%1”.</translation>
    </message>
    <message>
        <source>Identity not verified. %1</source>
        <translation>Identity not verified. %1</translation>
    </message>
    <message>
        <source>This meeting was changed at another workstation after you opened it, so your latest changes were not saved. Reload the meeting to see what is stored, then enter your changes again.
%1</source>
        <translation>This meeting was changed at another workstation after you opened it, so your latest changes were not saved. Reload the meeting to see what is stored, then enter your changes again.
%1</translation>
    </message>
    <message>
        <source>The meeting could not be opened. %1</source>
        <translation>The meeting could not be opened. %1</translation>
    </message>
    <message>
        <source>A change could not be saved. %1</source>
        <translation>A change could not be saved. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>All changes saved.</translation>
    </message>
</context>
<context>
    <name>guichet::MeetingWorker</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>The database is not open yet.</translation>
    </message>
</context>
<context>
    <name>guichet::MrzPanel</name>
    <message>
        <source>Type or paste the 2 or 3 lines at the bottom of the document</source>
        <translation>Type or paste the 2 or 3 lines at the bottom of the document</translation>
    </message>
    <message>
        <source>No MRZ typed yet.</source>
        <translation>No MRZ typed yet.</translation>
    </message>
    <message>
        <source>MRZ valid (%1): every check digit matches.</source>
        <translation>MRZ valid (%1): every check digit matches.</translation>
    </message>
    <message numerus="yes">
        <source>MRZ not valid: %n problem(s) to correct.</source>
        <translation>
            <numerusform>MRZ not valid: %n problem to correct.</numerusform>
            <numerusform>MRZ not valid: %n problems to correct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>CA registration</source>
        <translation>CA registration</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>CA &amp;registration number:</source>
        <translation>CA &amp;registration number:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation (Certification Agent):</source>
        <translation>Or&amp;ganisation (Certification Agent):</translation>
    </message>
    <message>
        <source>Last &amp;training:</source>
        <translation>Last &amp;training:</translation>
    </message>
    <message>
        <source>&amp;Add from a certificate…</source>
        <translation>&amp;Add from a certificate…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate</source>
        <translation>The operator&apos;s certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is registered as a DRA operator; set the role and details, then save.</source>
        <translation>%1 is registered as a DRA operator; set the role and details, then save.</translation>
    </message>
    <message>
        <source>The account of %1 is saved.</source>
        <translation>The account of %1 is saved.</translation>
    </message>
    <message>
        <source>The account of %1 is deactivated: that card no longer logs in.</source>
        <translation>The account of %1 is deactivated: that card no longer logs in.</translation>
    </message>
</context>
<context>
    <name>guichet::OrganisationStep</name>
    <message>
        <source>SIREN (9 digits) or SIRET (14 digits)</source>
        <translation>SIREN (9 digits) or SIRET (14 digits)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Mandate &amp;countersigned by the holder</source>
        <translation>Mandate &amp;countersigned by the holder</translation>
    </message>
    <message>
        <source>Request co-signed by the holder and the Certification &amp;Agent</source>
        <translation>Request co-signed by the holder and the Certification &amp;Agent</translation>
    </message>
    <message>
        <source>SIREN or S&amp;IRET:</source>
        <translation>SIREN or S&amp;IRET:</translation>
    </message>
    <message>
        <source>Legal &amp;representative who signed the mandate:</source>
        <translation>Legal &amp;representative who signed the mandate:</translation>
    </message>
    <message>
        <source>&amp;Mandate dated:</source>
        <translation>&amp;Mandate dated:</translation>
    </message>
    <message>
        <source>Organisation and mandate</source>
        <translation>Organisation and mandate</translation>
    </message>
    <message>
        <source>Type the SIREN or SIRET from the Kbis extract or SIRENE notice.</source>
        <translation>Type the SIREN or SIRET from the Kbis extract or SIRENE notice.</translation>
    </message>
    <message>
        <source>Valid identifier.</source>
        <translation>Valid identifier.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 31/12/2025.</source>
        <translation>Write the date as DD/MM/YYYY, for example 31/12/2025.</translation>
    </message>
</context>
<context>
    <name>guichet::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancel request</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>CA answer or last error</source>
        <translation>CA answer or last error</translation>
    </message>
</context>
<context>
    <name>guichet::OutboxStatusIndicator</name>
    <message>
        <source>CA online</source>
        <translation>CA online</translation>
    </message>
    <message>
        <source>CA offline</source>
        <translation>CA offline</translation>
    </message>
    <message>
        <source>CA not contacted yet</source>
        <translation>CA not contacted yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s) waiting</source>
        <translation>
            <numerusform>%1 — %n request waiting</numerusform>
            <numerusform>%1 — %n requests waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are kept and sent when the CA answers again.</source>
        <translation>Requests are kept and sent when the CA answers again.</translation>
    </message>
</context>
<context>
    <name>guichet::PageView</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the page to the window</source>
        <translation>Fit the page to the window</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate the view a quarter turn left (the document is not changed)</source>
        <translation>Rotate the view a quarter turn left (the document is not changed)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Rotate the view a quarter turn right (the document is not changed)</source>
        <translation>Rotate the view a quarter turn right (the document is not changed)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>guichet::PassphrasePrompt</name>
    <message>
        <source>Unlock identity documents</source>
        <translation>Unlock identity documents</translation>
    </message>
    <message>
        <source>A supervisor protected this workstation&apos;s document key with a passphrase. Type it to store and show identity documents in this session.</source>
        <translation>A supervisor protected this workstation&apos;s document key with a passphrase. Type it to store and show identity documents in this session.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>guichet::PersonalisationDialog</name>
    <message>
        <source>Personalise the holder&apos;s token — %1</source>
        <translation>Personalise the holder&apos;s token — %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Certificate subject:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalise</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>(cannot be made from this dossier)</source>
        <translation>(cannot be made from this dossier)</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Looking for tokens…</translation>
    </message>
    <message>
        <source>%1 — %2, serial %3</source>
        <translation>%1 — %2, serial %3</translation>
    </message>
    <message>
        <source>blank token — %1, serial %2</source>
        <translation>blank token — %1, serial %2</translation>
    </message>
    <message>
        <source>The product %1 needs a certified qualified signature creation device (QSCD); this token (%2) is not one. Use a certified token.</source>
        <translation>The product %1 needs a certified qualified signature creation device (QSCD); this token (%2) is not one. Use a certified token.</translation>
    </message>
    <message>
        <source>This token&apos;s SO PIN is locked: it cannot be initialised.</source>
        <translation>This token&apos;s SO PIN is locked: it cannot be initialised.</translation>
    </message>
    <message>
        <source>No token found. Insert the holder&apos;s token, then look again.</source>
        <translation>No token found. Insert the holder&apos;s token, then look again.</translation>
    </message>
    <message>
        <source>model not in the catalogue: not a certified QSCD</source>
        <translation>model not in the catalogue: not a certified QSCD</translation>
    </message>
    <message>
        <source>certified QSCD (%1)</source>
        <translation>certified QSCD (%1)</translation>
    </message>
    <message>
        <source>not a certified QSCD</source>
        <translation>not a certified QSCD</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Model: %1 (%2)</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>QSCD: %1</source>
        <translation>QSCD: %1</translation>
    </message>
    <message>
        <source>PIN pad: the holder types the PIN on the reader.</source>
        <translation>PIN pad: the holder types the PIN on the reader.</translation>
    </message>
    <message>
        <source>The holder did not choose a PIN; nothing was done.</source>
        <translation>The holder did not choose a PIN; nothing was done.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <source>Start over: choose the token (the same or another one).</source>
        <translation>Start over: choose the token (the same or another one).</translation>
    </message>
    <message>
        <source>%1
Resume on the same token once the problem is solved (token %2), or start over.</source>
        <translation>%1
Resume on the same token once the problem is solved (token %2), or start over.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source>The token %1 is personalised: its certificate is written and verified with a signature made on the token.</source>
        <translation>The token %1 is personalised: its certificate is written and verified with a signature made on the token.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Error (%1): %2</translation>
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
        <translation>Waiting for the CA&apos;s answer (outbox item %1)…</translation>
    </message>
    <message numerus="yes">
        <source>The certificate request is signed on the token (%n bytes); putting it in the outbox…</source>
        <translation>
            <numerusform>The certificate request is signed on the token (%n bytes); putting it in the outbox…</numerusform>
            <numerusform>The certificate request is signed on the token (%n bytes); putting it in the outbox…</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate request is in the outbox (item %1); waiting for the CA&apos;s answer. Leave the holder&apos;s token in the reader.</source>
        <translation>The certificate request is in the outbox (item %1); waiting for the CA&apos;s answer. Leave the holder&apos;s token in the reader.</translation>
    </message>
    <message>
        <source>The CA issued the certificate; writing it to the token…</source>
        <translation>The CA issued the certificate; writing it to the token…</translation>
    </message>
    <message>
        <source>The CA refused the certificate request: %1
The dossier shows the reason; the key stays on the token.</source>
        <translation>The CA refused the certificate request: %1
The dossier shows the reason; the key stays on the token.</translation>
    </message>
    <message>
        <source>You stopped waiting for the CA.</source>
        <translation>You stopped waiting for the CA.</translation>
    </message>
    <message>
        <source>The CA has not answered in time.</source>
        <translation>The CA has not answered in time.</translation>
    </message>
    <message>
        <source>%1 The request stays in the outbox (item %2) and is sent as soon as the CA can be reached; the key stays on the token. You may close this window: once the certificate is issued, use Dossier › Write the issued certificate to the token…, or Resume to wait again now.</source>
        <translation>%1 The request stays in the outbox (item %2) and is sent as soon as the CA can be reached; the key stays on the token. You may close this window: once the certificate is issued, use Dossier › Write the issued certificate to the token…, or Resume to wait again now.</translation>
    </message>
    <message>
        <source>The certificate request could not be put in the outbox: %1</source>
        <translation>The certificate request could not be put in the outbox: %1</translation>
    </message>
</context>
<context>
    <name>guichet::PostalDispatchDialog</name>
    <message>
        <source>Originals sent by post — dossier %1</source>
        <translation>Originals sent by post — dossier %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Sent to the CA</source>
        <translation>Sent to the CA</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Carrier:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <source>Record the &amp;dispatch</source>
        <translation>Record the &amp;dispatch</translation>
    </message>
    <message>
        <source>Received by the CA</source>
        <translation>Received by the CA</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Record the &amp;receipt</source>
        <translation>Record the &amp;receipt</translation>
    </message>
    <message>
        <source>Sent on %1 by %2, tracking number %3.</source>
        <translation>Sent on %1 by %2, tracking number %3.</translation>
    </message>
    <message>
        <source>Received by the CA on %1.</source>
        <translation>Received by the CA on %1.</translation>
    </message>
    <message>
        <source>No dispatch recorded yet.</source>
        <translation>No dispatch recorded yet.</translation>
    </message>
    <message>
        <source>Dispatch of the originals of dossier %1 recorded.</source>
        <translation>Dispatch of the originals of dossier %1 recorded.</translation>
    </message>
    <message>
        <source>Receipt of the originals of dossier %1 recorded.</source>
        <translation>Receipt of the originals of dossier %1 recorded.</translation>
    </message>
</context>
<context>
    <name>guichet::QtCmpTransport</name>
    <message>
        <source>The CA address %1 is not an http or https URL.</source>
        <translation>The CA address %1 is not an http or https URL.</translation>
    </message>
    <message>
        <source>The CA address %1 uses plain HTTP: only a loopback address (tests, the training CA) may. Use https.</source>
        <translation>The CA address %1 uses plain HTTP: only a loopback address (tests, the training CA) may. Use https.</translation>
    </message>
    <message>
        <source>The CA profile gives no trust anchor to verify %1 with.</source>
        <translation>The CA profile gives no trust anchor to verify %1 with.</translation>
    </message>
    <message>
        <source>The CA&apos;s server answered HTTP %1 %2 instead of a CMP message.</source>
        <translation>The CA&apos;s server answered HTTP %1 %2 instead of a CMP message.</translation>
    </message>
    <message>
        <source>The CA&apos;s answer from %1 is larger than %2 bytes; it was refused.</source>
        <translation>The CA&apos;s answer from %1 is larger than %2 bytes; it was refused.</translation>
    </message>
    <message>
        <source>The exchange with the CA was cancelled.</source>
        <translation>The exchange with the CA was cancelled.</translation>
    </message>
    <message>
        <source>The CA at %1 did not answer within %2 seconds.</source>
        <translation>The CA at %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The CA at %1 is not reachable (%2).</source>
        <translation>The CA at %1 is not reachable (%2).</translation>
    </message>
    <message>
        <source>The secure connection to the CA at %1 failed: its certificate is not trusted by the CA profile&apos;s trust anchors, or TLS failed (%2).</source>
        <translation>The secure connection to the CA at %1 failed: its certificate is not trusted by the CA profile&apos;s trust anchors, or TLS failed (%2).</translation>
    </message>
    <message>
        <source>The CA&apos;s server answered HTTP %1 instead of a CMP message.</source>
        <translation>The CA&apos;s server answered HTTP %1 instead of a CMP message.</translation>
    </message>
    <message>
        <source>The exchange with the CA at %1 failed: %2</source>
        <translation>The exchange with the CA at %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>guichet::ReaderPanel</name>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>No card</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <source>ATR %1</source>
        <translation>ATR %1</translation>
    </message>
    <message>
        <source>%1 (PIN pad: the PIN is typed on the reader)</source>
        <translation>%1 (PIN pad: the PIN is typed on the reader)</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s) connected.</source>
        <translation>
            <numerusform>%n reader connected.</numerusform>
            <numerusform>%n readers connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RejectionBanner</name>
    <message>
        <source>Rejection by the CA</source>
        <translation>Rejection by the CA</translation>
    </message>
    <message>
        <source>The CA rejected this dossier pending documents, without giving a reason. Ask the CA what is missing before submitting it again.</source>
        <translation>The CA rejected this dossier pending documents, without giving a reason. Ask the CA what is missing before submitting it again.</translation>
    </message>
    <message>
        <source>The CA rejected this dossier pending documents: %1
Add or correct what it asks for, then submit the dossier again.</source>
        <translation>The CA rejected this dossier pending documents: %1
Add or correct what it asks for, then submit the dossier again.</translation>
    </message>
</context>
<context>
    <name>guichet::RenewalDialog</name>
    <message>
        <source>Renew a certificate</source>
        <translation>Renew a certificate</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Previous dossier:</source>
        <translation>Previous dossier:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Order reference:</translation>
    </message>
    <message>
        <source>Holder&apos;s date of &amp;birth:</source>
        <translation>Holder&apos;s date of &amp;birth:</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;email:</source>
        <translation>Holder&apos;s &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Open the renewal dossier</source>
        <translation>&amp;Open the renewal dossier</translation>
    </message>
</context>
<context>
    <name>guichet::RevocationDialog</name>
    <message>
        <source>Key compromise (token lost, stolen or PIN disclosed)</source>
        <translation>Key compromise (token lost, stolen or PIN disclosed)</translation>
    </message>
    <message>
        <source>Affiliation changed (the holder left the organisation or changed name)</source>
        <translation>Affiliation changed (the holder left the organisation or changed name)</translation>
    </message>
    <message>
        <source>Superseded (replaced by a new certificate)</source>
        <translation>Superseded (replaced by a new certificate)</translation>
    </message>
    <message>
        <source>Cessation of operation (no longer needed)</source>
        <translation>Cessation of operation (no longer needed)</translation>
    </message>
    <message>
        <source>Certificate hold</source>
        <translation>Certificate hold</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>&amp;Revoke the certificate</source>
        <translation>&amp;Revoke the certificate</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Dossier %1 has no certificate that is not already revoked.</source>
        <translation>Dossier %1 has no certificate that is not already revoked.</translation>
    </message>
    <message>
        <source>%1
Serial number %2, issued by %3, valid until %4.</source>
        <translation>%1
Serial number %2, issued by %3, valid until %4.</translation>
    </message>
    <message>
        <source>I confirm the revocation of certificate %1 of %2. It cannot be undone.</source>
        <translation>I confirm the revocation of certificate %1 of %2. It cannot be undone.</translation>
    </message>
    <message>
        <source>Revoke a certificate of dossier %1</source>
        <translation>Revoke a certificate of dossier %1</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reading the dossier&apos;s certificates…</source>
        <translation>Reading the dossier&apos;s certificates…</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Revocation waiting in the outbox</source>
        <translation>Revocation waiting in the outbox</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 (the certificate this dossier renews)</source>
        <translation>%1 (the certificate this dossier renews)</translation>
    </message>
    <message>
        <source>Choose the certificate to revoke.</source>
        <translation>Choose the certificate to revoke.</translation>
    </message>
</context>
<context>
    <name>guichet::ScanDialog</name>
    <message>
        <source>Scan a document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>Page %1: %p%</translation>
    </message>
    <message>
        <source>Stopping the scanner…</source>
        <translation>Stopping the scanner…</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Sc&amp;an</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>C&amp;lear pages</source>
        <translation>C&amp;lear pages</translation>
    </message>
    <message>
        <source>Date on the paper:</source>
        <translation>Date on the paper:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Store in the dossier</source>
        <translation>&amp;Store in the dossier</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <source>No scanner found. Is it connected and switched on?</source>
        <translation>No scanner found. Is it connected and switched on?</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Flatbed (one page)</source>
        <translation>Flatbed (one page)</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>Document feeder, both sides</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>Black and white (text)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>This scanner offers no setting Guichet can use.</source>
        <translation>This scanner offers no setting Guichet can use.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. The %n page(s) scanned are kept.</source>
        <translation>
            <numerusform>Stopped. The %n page scanned are kept.</numerusform>
            <numerusform>Stopped. The %n pages scanned are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
The %n page(s) already scanned are kept.</source>
        <translation>
            <numerusform>%1
The %n page already scanned are kept.</numerusform>
            <numerusform>%1
The %n pages already scanned are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview done.</source>
        <translation>Preview done.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n page scanned.</numerusform>
            <numerusform>%n pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <source>Stored as document %1.</source>
        <translation>Stored as document %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ScanWorker</name>
    <message>
        <source>The scanner service is not started yet.</source>
        <translation>The scanner service is not started yet.</translation>
    </message>
</context>
<context>
    <name>guichet::SessionLock</name>
    <message>
        <source>To unlock, type the PIN of the same operator card. Another operator must log this session out first.</source>
        <translation>To unlock, type the PIN of the same operator card. Another operator must log this session out first.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Guichet — locked</source>
        <translation>Guichet — locked</translation>
    </message>
    <message>
        <source>Session of %1 locked</source>
        <translation>Session of %1 locked</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Checking the card…</translation>
    </message>
</context>
<context>
    <name>guichet::SessionWorker</name>
    <message>
        <source>The operator session is not started.</source>
        <translation>The operator session is not started.</translation>
    </message>
    <message>
        <source>This workstation cannot create a training operator card.</source>
        <translation>This workstation cannot create a training operator card.</translation>
    </message>
    <message>
        <source>An operator is already logged in: log out first.</source>
        <translation>An operator is already logged in: log out first.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>The login was cancelled.</translation>
    </message>
    <message>
        <source>No operator is logged in.</source>
        <translation>No operator is logged in.</translation>
    </message>
    <message>
        <source>This card belongs to another operator. The locked session must be logged out first.</source>
        <translation>This card belongs to another operator. The locked session must be logged out first.</translation>
    </message>
    <message>
        <source>The operator&apos;s session is locked or closed: unlock it with the card&apos;s PIN first.</source>
        <translation>The operator&apos;s session is locked or closed: unlock it with the card&apos;s PIN first.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Embedded database (this computer only)</source>
        <translation>&amp;Embedded database (this computer only)</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>SQLite &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by an office):</source>
        <translation>&amp;PostgreSQL server (shared by an office):</translation>
    </message>
    <message>
        <source>The password is never stored: put it in ~/.pgpass or in the PGPASSWORD variable.</source>
        <translation>The password is never stored: put it in ~/.pgpass or in the PGPASSWORD variable.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Changes take effect the next time Guichet starts.</source>
        <translation>Changes take effect the next time Guichet starts.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>A PostgreSQL address starts with postgresql://</source>
        <translation>A PostgreSQL address starts with postgresql://</translation>
    </message>
    <message>
        <source>Enter the path of a file, or choose PostgreSQL.</source>
        <translation>Enter the path of a file, or choose PostgreSQL.</translation>
    </message>
    <message>
        <source>Terms of use &amp;version:</source>
        <translation>Terms of use &amp;version:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Loc&amp;k the session after:</source>
        <translation>Loc&amp;k the session after:</translation>
    </message>
</context>
<context>
    <name>guichet::StatusChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Current status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(created)</translation>
    </message>
</context>
<context>
    <name>guichet::SummaryStep</name>
    <message>
        <source>&amp;Originals posted to the certification authority</source>
        <translation>&amp;Originals posted to the certification authority</translation>
    </message>
    <message>
        <source>&amp;Identity verified</source>
        <translation>&amp;Identity verified</translation>
    </message>
    <message>
        <source>Records that the holder&apos;s identity was verified face to face (Enter). Refused while a rule in the checklist is not met.</source>
        <translation>Records that the holder&apos;s identity was verified face to face (Enter). Refused while a rule in the checklist is not met.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Identity verified on %1.</source>
        <translation>Identity verified on %1.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Security features checked</source>
        <translation>Security features checked</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>does not match</translation>
    </message>
</context>
<context>
    <name>guichet::TokenService</name>
    <message>
        <source>The token service is not started.</source>
        <translation>The token service is not started.</translation>
    </message>
    <message>
        <source>listing the tokens</source>
        <translation>listing the tokens</translation>
    </message>
    <message>
        <source>The PKCS#11 module is not loaded.</source>
        <translation>The PKCS#11 module is not loaded.</translation>
    </message>
    <message>
        <source>This personalisation is no longer known.</source>
        <translation>This personalisation is no longer known.</translation>
    </message>
    <message>
        <source>changing the PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <source>unblocking the PIN</source>
        <translation>unblocking the PIN</translation>
    </message>
    <message>
        <source>writing the certificate</source>
        <translation>writing the certificate</translation>
    </message>
</context>
<context>
    <name>guichet::TokenWorker</name>
    <message>
        <source>The PKCS#11 module is not loaded yet.</source>
        <translation>The PKCS#11 module is not loaded yet.</translation>
    </message>
</context>
</TS>

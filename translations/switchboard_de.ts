<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttemptTrailView</name>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Why this target: %1</source>
        <translation>Warum dieses Ziel: %1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>Dauer %1 · %2</translation>
    </message>
</context>
<context>
    <name>AttemptWords</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1 (geschätzt)</translation>
    </message>
    <message>
        <source>%1 + unknown</source>
        <translation>%1 + unbekannt</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>Tokens unbekannt</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>beantwortet von %1</translation>
    </message>
    <message>
        <source>could not reach %1</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 sent no first token in time</source>
        <translation>%1 hat nicht rechtzeitig ein erstes Token gesendet</translation>
    </message>
    <message>
        <source>%1 stopped sending mid-answer</source>
        <translation>%1 hat mitten in der Antwort aufgehört zu senden</translation>
    </message>
    <message>
        <source>rate limited by %1</source>
        <translation>Ratenlimit bei %1 erreicht</translation>
    </message>
    <message>
        <source>%1 was overloaded</source>
        <translation>%1 war überlastet</translation>
    </message>
    <message>
        <source>%1 had a server error</source>
        <translation>%1 hatte einen Serverfehler</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1 does not know the model %2</source>
        <translation>%1 kennt das Modell %2 nicht</translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the conversation is too long for %1</source>
        <translation>die Unterhaltung ist zu lang für %1</translation>
    </message>
    <message>
        <source>%1&apos;s content filter blocked the answer</source>
        <translation>der Inhaltsfilter von %1 hat die Antwort blockiert</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read</source>
        <translation>%1 hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>%1 was cancelled: another target answered first</source>
        <translation>%1 wurde abgebrochen: ein anderes Ziel hat zuerst geantwortet</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>von Ihnen angehalten</translation>
    </message>
    <message>
        <source>Switchboard quit before %1 finished</source>
        <translation>Switchboard wurde beendet, bevor %1 fertig war</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>, broke off after %n characters</source>
        <translation>
            <numerusform>, abgebrochen nach %n Zeichen</numerusform>
            <numerusform>, abgebrochen nach %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>, retried after %1</source>
        <translation>, erneut versucht nach %1</translation>
    </message>
    <message>
        <source>, retried with %1 after %2</source>
        <translation>, erneut versucht mit %1 nach %2</translation>
    </message>
    <message>
        <source>, retried on %1 after %2</source>
        <translation>, erneut versucht bei %1 nach %2</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>check the provider&apos;s base URL and that the server is running</source>
        <translation>prüfen Sie die Basis-URL des Anbieters und ob der Server läuft</translation>
    </message>
    <message>
        <source>the server is slow or unreachable; try again, add a fallback target, or raise the timeout in config.json</source>
        <translation>der Server ist langsam oder nicht erreichbar; versuchen Sie es erneut, fügen Sie ein Ausweichziel hinzu oder erhöhen Sie das Zeitlimit in config.json</translation>
    </message>
    <message>
        <source>wait and try again, or add a fallback target</source>
        <translation>warten Sie und versuchen Sie es erneut, oder fügen Sie ein Ausweichziel hinzu</translation>
    </message>
    <message>
        <source>the provider is having trouble; try again later or add a fallback target</source>
        <translation>der Anbieter hat Probleme; versuchen Sie es später erneut oder fügen Sie ein Ausweichziel hinzu</translation>
    </message>
    <message>
        <source>check the provider&apos;s API key</source>
        <translation>prüfen Sie den API-Schlüssel des Anbieters</translation>
    </message>
    <message>
        <source>check the model name (switchboard-cli providers models NAME lists them) and the base URL</source>
        <translation>prüfen Sie den Modellnamen (switchboard-cli providers models NAME listet sie auf) und die Basis-URL</translation>
    </message>
    <message>
        <source>the provider refused the request as sent; check the model&apos;s parameters</source>
        <translation>der Anbieter hat die Anfrage so nicht angenommen; prüfen Sie die Parameter des Modells</translation>
    </message>
    <message>
        <source>shorten the conversation or use a model with a larger context window</source>
        <translation>kürzen Sie die Unterhaltung oder nehmen Sie ein Modell mit größerem Kontextfenster</translation>
    </message>
    <message>
        <source>rephrase the prompt or use another model</source>
        <translation>formulieren Sie die Anfrage um oder nehmen Sie ein anderes Modell</translation>
    </message>
    <message>
        <source>the server does not speak the provider&apos;s API as expected; check the base URL and kind</source>
        <translation>der Server spricht die API des Anbieters nicht wie erwartet; prüfen Sie Basis-URL und Art</translation>
    </message>
</context>
<context>
    <name>ChatProblems</name>
    <message>
        <source>No provider is set up yet</source>
        <translation>Noch ist kein Anbieter eingerichtet</translation>
    </message>
    <message>
        <source>Add one in Settings ▸ Providers (a local Ollama needs no key), then press Retry.</source>
        <translation>Fügen Sie unter Einstellungen ▸ Anbieter einen hinzu (ein lokales Ollama braucht keinen Schlüssel) und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
        <source>There is no provider named “%1” any more</source>
        <translation>Es gibt keinen Anbieter namens „%1“ mehr</translation>
    </message>
    <message>
        <source>Pick another route or model below the message box, or add the provider in Settings ▸ Providers.</source>
        <translation>Wählen Sie unter dem Nachrichtenfeld eine andere Route oder ein anderes Modell, oder fügen Sie den Anbieter unter Einstellungen ▸ Anbieter hinzu.</translation>
    </message>
    <message>
        <source>Pick a model to send this to</source>
        <translation>Wählen Sie ein Modell, an das dies gesendet wird</translation>
    </message>
    <message>
        <source>There is no default route yet. Choose a route or a model in the picker below the message box, or create a route named “default” in Settings ▸ Routes.</source>
        <translation>Es gibt noch keine Standardroute. Wählen Sie in der Auswahl unter dem Nachrichtenfeld eine Route oder ein Modell, oder legen Sie unter Einstellungen ▸ Routen eine Route namens „default“ an.</translation>
    </message>
    <message>
        <source>The route “%1” does not exist any more</source>
        <translation>Die Route „%1“ gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Pick another route or model below the message box, or create the route in Settings ▸ Routes.</source>
        <translation>Wählen Sie unter dem Nachrichtenfeld eine andere Route oder ein anderes Modell, oder legen Sie die Route unter Einstellungen ▸ Routen an.</translation>
    </message>
    <message>
        <source>The route “%1” has no targets</source>
        <translation>Die Route „%1“ hat keine Ziele</translation>
    </message>
    <message>
        <source>Add a provider and model to it in Settings ▸ Routes.</source>
        <translation>Fügen Sie ihr unter Einstellungen ▸ Routen einen Anbieter und ein Modell hinzu.</translation>
    </message>
    <message>
        <source>Stopped before an answer arrived</source>
        <translation>Angehalten, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>Press Retry to ask again.</source>
        <translation>Klicken Sie auf Wiederholen, um erneut zu fragen.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 has no API key</source>
        <translation>%1 hat keinen API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Check or replace the key in Settings ▸ Providers, then press Retry.</source>
        <translation>Prüfen oder ersetzen Sie den Schlüssel unter Einstellungen ▸ Anbieter und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>No answer: all %n attempts failed</source>
        <translation>
            <numerusform>Keine Antwort: %n Versuch ist fehlgeschlagen</numerusform>
            <numerusform>Keine Antwort: alle %n Versuche sind fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>fix config.json by hand (it is left untouched), then run the command again</source>
        <translation>korrigieren Sie config.json von Hand (sie bleibt unverändert) und führen Sie den Befehl dann erneut aus</translation>
    </message>
</context>
<context>
    <name>Cli::ChatCommand</name>
    <message>
        <source>Route to use.</source>
        <translation>Zu verwendende Route.</translation>
    </message>
    <message>
        <source>Ask one model directly.</source>
        <translation>Ein Modell direkt fragen.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Systemanweisung.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>Sampling-Temperatur.</translation>
    </message>
    <message>
        <source>Answer length limit.</source>
        <translation>Längenbegrenzung der Antwort.</translation>
    </message>
    <message>
        <source>The prompt, or - to read stdin.</source>
        <translation>Die Anfrage, oder - zum Lesen von stdin.</translation>
    </message>
    <message>
        <source>give the prompt as one argument (quote it), or - to read stdin</source>
        <translation>geben Sie die Anfrage als ein Argument an (in Anführungszeichen), oder - zum Lesen von stdin</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>die Anfrage ist leer</translation>
    </message>
    <message>
        <source>--temperature takes a number from 0 to 2</source>
        <translation>--temperature nimmt eine Zahl von 0 bis 2</translation>
    </message>
    <message>
        <source>--max-tokens takes a positive whole number</source>
        <translation>--max-tokens nimmt eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Cli::CliApplication</name>
    <message>
        <source>--profile needs a folder</source>
        <translation>--profile braucht einen Ordner</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see switchboard-cli --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe switchboard-cli --help</translation>
    </message>
    <message>
        <source>Usage:
  switchboard-cli [--profile DIR] providers list [--json]
  switchboard-cli [--profile DIR] providers add NAME (--preset PRESET | --kind openai|anthropic|gemini --base-url URL) [--api-key-env VAR] [--allow-insecure-http]
  switchboard-cli [--profile DIR] providers set NAME [--base-url URL] [--api-key-env VAR] [--allow-insecure-http | --no-allow-insecure-http] [--confirm-new-host]
  switchboard-cli [--profile DIR] providers remove NAME
  switchboard-cli [--profile DIR] providers test NAME [--model MODEL] [--json]
  switchboard-cli [--profile DIR] providers models NAME [--cached] [--json]
  switchboard-cli [--profile DIR] providers presets
  switchboard-cli [--profile DIR] routes list [--json] | routes show NAME [--json] | routes remove NAME
  switchboard-cli [--profile DIR] routes add NAME --target PROVIDER/MODEL [--target ...] [--strategy ordered|cheapest|fastest|weighted] [--weights W,W,…] [--hedge-after-ms MS] [--on-bad-request stop|fallback] [--mid-stream restart|stop] [--skip-over-budget] [--replace]
  switchboard-cli [--profile DIR] chat [--route NAME | --model PROVIDER/MODEL] [--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]
  switchboard-cli [--profile DIR] compare (--model PROVIDER/MODEL | --route NAME) ... (2 to 6) [--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]
  switchboard-cli [--profile DIR] keys set NAME        (reads the key from stdin)
  switchboard-cli [--profile DIR] keys delete NAME
  switchboard-cli [--profile DIR] keys set --ledger | keys delete --ledger   (a shared ledger&apos;s password)
  switchboard-cli [--profile DIR] keys status [--json]
  switchboard-cli [--profile DIR] stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin|user] [--json | --csv]
  switchboard-cli [--profile DIR] export --csv [--since PERIOD]
  switchboard-cli [--profile DIR] serve [--port N] [--bind ADDRESS] | serve --print-token
  switchboard-cli --version | --help

The profile folder holds config.json and switchboard.db; it defaults to the SWITCHBOARD_PROFILE variable, then to the platform&apos;s data folder.
Exit status: 0 success, 1 the request failed, 2 wrong arguments or configuration.
</source>
        <translation>Aufruf:
  switchboard-cli [--profile DIR] providers list [--json]
  switchboard-cli [--profile DIR] providers add NAME (--preset PRESET | --kind openai|anthropic|gemini --base-url URL) [--api-key-env VAR] [--allow-insecure-http]
  switchboard-cli [--profile DIR] providers set NAME [--base-url URL] [--api-key-env VAR] [--allow-insecure-http | --no-allow-insecure-http] [--confirm-new-host]
  switchboard-cli [--profile DIR] providers remove NAME
  switchboard-cli [--profile DIR] providers test NAME [--model MODEL] [--json]
  switchboard-cli [--profile DIR] providers models NAME [--cached] [--json]
  switchboard-cli [--profile DIR] providers presets
  switchboard-cli [--profile DIR] routes list [--json] | routes show NAME [--json] | routes remove NAME
  switchboard-cli [--profile DIR] routes add NAME --target PROVIDER/MODEL [--target ...] [--strategy ordered|cheapest|fastest|weighted] [--weights W,W,…] [--hedge-after-ms MS] [--on-bad-request stop|fallback] [--mid-stream restart|stop] [--skip-over-budget] [--replace]
  switchboard-cli [--profile DIR] chat [--route NAME | --model PROVIDER/MODEL] [--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]
  switchboard-cli [--profile DIR] compare (--model PROVIDER/MODEL | --route NAME) ... (2 to 6) [--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]
  switchboard-cli [--profile DIR] keys set NAME        (liest den Schlüssel von stdin)
  switchboard-cli [--profile DIR] keys delete NAME
  switchboard-cli [--profile DIR] keys set --ledger | keys delete --ledger   (Passwort eines gemeinsamen Nutzungsprotokolls)
  switchboard-cli [--profile DIR] keys status [--json]
  switchboard-cli [--profile DIR] stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin|user] [--json | --csv]
  switchboard-cli [--profile DIR] export --csv [--since PERIOD]
  switchboard-cli [--profile DIR] serve [--port N] [--bind ADDRESS] | serve --print-token
  switchboard-cli --version | --help

Der Profilordner enthält config.json und switchboard.db; ohne Angabe gilt die Variable SWITCHBOARD_PROFILE, dann der Datenordner der Plattform.
Exit-Status: 0 Erfolg, 1 die Anfrage ist fehlgeschlagen, 2 falsche Argumente oder Konfiguration.
</translation>
    </message>
</context>
<context>
    <name>Cli::CompareCommand</name>
    <message>
        <source>A column asking one model.</source>
        <translation>Eine Spalte, die ein Modell fragt.</translation>
    </message>
    <message>
        <source>A column through a route.</source>
        <translation>Eine Spalte über eine Route.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the compare is not saved: %1</source>
        <translation>der Vergleich wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>cancelled: %1 of %2 columns had answered</source>
        <translation>abgebrochen: %1 von %2 Spalten hatten geantwortet</translation>
    </message>
    <message>
        <source>no column answered: %1</source>
        <translation>keine Spalte hat geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (answered by %1/%2)</source>
        <translation> (beantwortet von %1/%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TOK/S</source>
        <translation>TOK./S</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>~ estimated: token counts the provider did not report are estimated, and a refused request counts as $0
</source>
        <translation>~ geschätzt: Tokenzahlen, die der Anbieter nicht gemeldet hat, sind geschätzt, und eine abgelehnte Anfrage zählt als $0
</translation>
    </message>
    <message>
        <source>? unknown: no price is known for a model the column tried
</source>
        <translation>? unbekannt: für ein Modell, das die Spalte versucht hat, ist kein Preis bekannt
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportCommand</name>
    <message>
        <source>Write CSV (the only format).</source>
        <translation>CSV schreiben (das einzige Format).</translation>
    </message>
    <message>
        <source>Period: 7d, 24h, 30d, all (default) or YYYY-MM-DD.</source>
        <translation>Zeitraum: 7d, 24h, 30d, all (Standard) oder YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>use: switchboard-cli export --csv [--since PERIOD]</source>
        <translation>Aufruf: switchboard-cli export --csv [--since PERIOD]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot read the ledger: %1</source>
        <translation>das Nutzungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli::KeysCommand</name>
    <message>
        <source>keys needs an action: set, delete or status</source>
        <translation>keys braucht eine Aktion: set, delete oder status</translation>
    </message>
    <message>
        <source>unknown keys action &apos;%1&apos;</source>
        <translation>unbekannte keys-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The provider.</source>
        <translation>Der Anbieter.</translation>
    </message>
    <message>
        <source>keys set takes only the provider&apos;s NAME; the key is read from stdin, never from the command line (where it would stay in the shell history and the process list)</source>
        <translation>keys set nimmt nur den NAME des Anbieters; der Schlüssel wird von stdin gelesen, nie von der Befehlszeile (dort bliebe er im Shell-Verlauf und in der Prozessliste)</translation>
    </message>
    <message>
        <source>keys %1 needs exactly one NAME</source>
        <translation>keys %1 braucht genau einen NAME</translation>
    </message>
    <message>
        <source>that is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>das ist kein gültiger Anbietername (erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; add it first (switchboard-cli providers add %1 …), then store its key</source>
        <translation>kein Anbieter namens &apos;%1&apos;; fügen Sie ihn zuerst hinzu (switchboard-cli providers add %1 …) und speichern Sie dann seinen Schlüssel</translation>
    </message>
    <message>
        <source>stdin holds more than %1 KiB; give the key alone</source>
        <translation>stdin enthält mehr als %1 KiB; geben Sie nur den Schlüssel an</translation>
    </message>
    <message>
        <source>no key on stdin; pipe or paste the key (one line), e.g. switchboard-cli keys set %1 &lt; key.txt</source>
        <translation>kein Schlüssel auf stdin; leiten Sie den Schlüssel um oder fügen Sie ihn ein (eine Zeile), z. B. switchboard-cli keys set %1 &lt; key.txt</translation>
    </message>
    <message>
        <source>the key on stdin has spaces, several lines or characters a key does not have; give the key alone on one line</source>
        <translation>der Schlüssel auf stdin enthält Leerzeichen, mehrere Zeilen oder Zeichen, die ein Schlüssel nicht hat; geben Sie nur den Schlüssel in einer Zeile an</translation>
    </message>
    <message>
        <source>Stored the key of provider &apos;%1&apos; in the keychain.
</source>
        <translation>Der Schlüssel von Anbieter &apos;%1&apos; ist im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>It is used instead of %1, which is set too.
</source>
        <translation>Er wird statt %1 verwendet, das ebenfalls gesetzt ist.
</translation>
    </message>
    <message>
        <source>Note: %1.
</source>
        <translation>Hinweis: %1.
</translation>
    </message>
    <message>
        <source>%1; no key of provider &apos;%2&apos; can be stored there, so none is deleted</source>
        <translation>%1; dort kann kein Schlüssel von Anbieter &apos;%2&apos; gespeichert sein, also wird keiner gelöscht</translation>
    </message>
    <message>
        <source>No key of provider &apos;%1&apos; is stored in the keychain; nothing to delete.
</source>
        <translation>Im Schlüsselbund ist kein Schlüssel von Anbieter &apos;%1&apos; gespeichert; nichts zu löschen.
</translation>
    </message>
    <message>
        <source>Deleted the key of provider &apos;%1&apos; from the keychain.
</source>
        <translation>Der Schlüssel von Anbieter &apos;%1&apos; wurde aus dem Schlüsselbund gelöscht.
</translation>
    </message>
    <message>
        <source>%1 still provides a key for it.
</source>
        <translation>%1 liefert weiterhin einen Schlüssel dafür.
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>keys status takes no NAME; it lists every provider</source>
        <translation>keys status nimmt keinen NAME; es listet alle Anbieter</translation>
    </message>
    <message>
        <source>Keychain: available (keys are stored under the service name &apos;%1&apos;)
</source>
        <translation>Schlüsselbund: verfügbar (Schlüssel liegen unter dem Dienstnamen &apos;%1&apos;)
</translation>
    </message>
    <message>
        <source>Keychain: %1 — keys can come from an environment variable instead (providers set NAME --api-key-env VAR)
</source>
        <translation>Schlüsselbund: %1 — Schlüssel können stattdessen aus einer Umgebungsvariable kommen (providers set NAME --api-key-env VAR)
</translation>
    </message>
    <message>
        <source>No providers configured yet (switchboard-cli providers add …).
</source>
        <translation>Noch keine Anbieter eingerichtet (switchboard-cli providers add …).
</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Switchboard never keeps keys in a file instead. Give the key through the environment: export %1=… (provider &apos;%2&apos; reads %1)</source>
        <translation>Switchboard legt Schlüssel nie ersatzweise in einer Datei ab. Geben Sie den Schlüssel über die Umgebung an: export %1=… (Anbieter &apos;%2&apos; liest %1)</translation>
    </message>
    <message>
        <source>Switchboard never keeps keys in a file instead. Give the key through an environment variable: switchboard-cli providers set %1 --api-key-env VAR, then export VAR=… (for a new provider: switchboard-cli providers add %1 … --api-key-env VAR)</source>
        <translation>Switchboard legt Schlüssel nie ersatzweise in einer Datei ab. Geben Sie den Schlüssel über eine Umgebungsvariable an: switchboard-cli providers set %1 --api-key-env VAR, dann export VAR=… (für einen neuen Anbieter: switchboard-cli providers add %1 … --api-key-env VAR)</translation>
    </message>
    <message>
        <source>%1; the ledger&apos;s password can come from the variable config.json&apos;s ledger.password_env names instead</source>
        <translation>%1; das Passwort des Nutzungsprotokolls kann stattdessen aus der Variable kommen, die ledger.password_env in config.json nennt</translation>
    </message>
    <message>
        <source>Stored the password of the shared ledger in the keychain.
</source>
        <translation>Das Passwort des gemeinsamen Nutzungsprotokolls ist im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>Deleted the password of the shared ledger from the keychain.
</source>
        <translation>Das Passwort des gemeinsamen Nutzungsprotokolls wurde aus dem Schlüsselbund gelöscht.
</translation>
    </message>
</context>
<context>
    <name>Cli::ProviderQueryCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Model for the test request.</source>
        <translation>Modell für die Testanfrage.</translation>
    </message>
    <message>
        <source>Print the list kept from the last fetch; no network.</source>
        <translation>Die Liste vom letzten Abruf ausgeben; kein Netzwerk.</translation>
    </message>
    <message>
        <source>Provider to ask.</source>
        <translation>Zu fragender Anbieter.</translation>
    </message>
    <message>
        <source>providers %1 needs exactly one NAME</source>
        <translation>providers %1 braucht genau einen NAME</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>kein Anbieter namens &apos;%1&apos;; switchboard-cli providers list zeigt sie</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 providers yet</source>
        <translation>diese Version kann noch nicht mit %1-Anbietern sprechen</translation>
    </message>
    <message>
        <source>no model list of &apos;%1&apos; has been fetched yet; run switchboard-cli providers models %1</source>
        <translation>von &apos;%1&apos; wurde noch keine Modellliste abgerufen; führen Sie switchboard-cli providers models %1 aus</translation>
    </message>
    <message>
        <source>warning: the list was not kept: %1</source>
        <translation>Warnung: die Liste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>ok: %1 is reachable and accepts the key</source>
        <translation>ok: %1 ist erreichbar und akzeptiert den Schlüssel</translation>
    </message>
    <message>
        <source>; model list: %1 entries in %2 ms</source>
        <translation>; Modellliste: %1 Einträge in %2 ms</translation>
    </message>
    <message>
        <source>; %1 answered a test request in %2 ms</source>
        <translation>; %1 hat eine Testanfrage in %2 ms beantwortet</translation>
    </message>
</context>
<context>
    <name>Cli::ProvidersCommand</name>
    <message>
        <source>unknown providers action &apos;%1&apos;</source>
        <translation>unbekannte providers-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No providers configured yet. Add one, for example:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets lists the known services)
</source>
        <translation>Noch keine Anbieter eingerichtet. Fügen Sie einen hinzu, zum Beispiel:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets listet die bekannten Dienste)
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>providers needs an action: list, add, set, remove, test, models or presets</source>
        <translation>providers braucht eine Aktion: list, add, set, remove, test, models oder presets</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>(give --base-url)</source>
        <translation>(--base-url angeben)</translation>
    </message>
    <message>
        <source>--api-key-env VAR if it needs one</source>
        <translation>--api-key-env VAR, falls er einen braucht</translation>
    </message>
    <message>
        <source>none (local server)</source>
        <translation>keiner (lokaler Server)</translation>
    </message>
    <message>
        <source>A known service.</source>
        <translation>Ein bekannter Dienst.</translation>
    </message>
    <message>
        <source>Wire protocol.</source>
        <translation>Übertragungsprotokoll.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>Basis-URL der API.</translation>
    </message>
    <message>
        <source>Environment variable holding the key.</source>
        <translation>Umgebungsvariable mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Send the key over plain http to a non-local host.</source>
        <translation>Den Schlüssel über unverschlüsseltes http an einen entfernten Rechner senden.</translation>
    </message>
    <message>
        <source>Name of the new provider.</source>
        <translation>Name des neuen Anbieters.</translation>
    </message>
    <message>
        <source>providers add needs exactly one NAME</source>
        <translation>providers add braucht genau einen NAME</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; switchboard-cli providers presets lists them</source>
        <translation>unbekannte Vorlage &apos;%1&apos;; switchboard-cli providers presets listet sie</translation>
    </message>
    <message>
        <source>--kind %1 contradicts preset &apos;%2&apos; (kind %3)</source>
        <translation>--kind %1 widerspricht der Vorlage &apos;%2&apos; (Art %3)</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; needs --base-url URL</source>
        <translation>Vorlage &apos;%1&apos; braucht --base-url URL</translation>
    </message>
    <message>
        <source>providers add needs --preset PRESET, or --kind and --base-url</source>
        <translation>providers add braucht --preset PRESET, oder --kind und --base-url</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation>unbekannte Art &apos;%1&apos; (erwartet: openai, anthropic oder gemini)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>Added provider &apos;%1&apos; (%2, %3); key: %4
</source>
        <translation>Anbieter &apos;%1&apos; hinzugefügt (%2, %3); Schlüssel: %4
</translation>
    </message>
    <message>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin)</source>
        <translation>Speichern Sie seinen Schlüssel vor dem Chatten: switchboard-cli keys set %1 (liest den Schlüssel von stdin)</translation>
    </message>
    <message>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin), or export %2=…</source>
        <translation>Speichern Sie seinen Schlüssel vor dem Chatten: switchboard-cli keys set %1 (liest den Schlüssel von stdin), oder export %2=…</translation>
    </message>
    <message>
        <source> (create one at %1)</source>
        <translation> (einen erstellen unter %1)</translation>
    </message>
    <message>
        <source>Note: %1.
</source>
        <translation>Hinweis: %1.
</translation>
    </message>
    <message>
        <source>Provider to remove.</source>
        <translation>Zu entfernender Anbieter.</translation>
    </message>
    <message>
        <source>providers remove needs exactly one NAME</source>
        <translation>providers remove braucht genau einen NAME</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>kein Anbieter namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Its targets were taken out of the route(s): %1
</source>
        <translation>Seine Ziele wurden aus diesen Routen genommen: %1
</translation>
    </message>
    <message>
        <source>Removed provider &apos;%1&apos;
</source>
        <translation>Anbieter &apos;%1&apos; entfernt
</translation>
    </message>
    <message>
        <source>Deleted its key from the keychain.
</source>
        <translation>Sein Schlüssel wurde aus dem Schlüsselbund gelöscht.
</translation>
    </message>
    <message>
        <source>warning: its key stays in the keychain: %1</source>
        <translation>Warnung: sein Schlüssel bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Environment variable holding the key (empty: none).</source>
        <translation>Umgebungsvariable mit dem Schlüssel (leer: keine).</translation>
    </message>
    <message>
        <source>Send the key only over https or to this machine.</source>
        <translation>Den Schlüssel nur über https oder an diesen Rechner senden.</translation>
    </message>
    <message>
        <source>The new base URL&apos;s host may receive the stored key.</source>
        <translation>Der Host der neuen Basis-URL darf den gespeicherten Schlüssel erhalten.</translation>
    </message>
    <message>
        <source>Provider to change.</source>
        <translation>Zu ändernder Anbieter.</translation>
    </message>
    <message>
        <source>providers set needs exactly one NAME</source>
        <translation>providers set braucht genau einen NAME</translation>
    </message>
    <message>
        <source>nothing to change; give --base-url, --api-key-env or --allow-insecure-http</source>
        <translation>nichts zu ändern; geben Sie --base-url, --api-key-env oder --allow-insecure-http an</translation>
    </message>
    <message>
        <source>use either --allow-insecure-http or --no-allow-insecure-http</source>
        <translation>verwenden Sie entweder --allow-insecure-http oder --no-allow-insecure-http</translation>
    </message>
    <message>
        <source>Updated provider &apos;%1&apos; (%2, %3)
</source>
        <translation>Anbieter &apos;%1&apos; aktualisiert (%2, %3)
</translation>
    </message>
    <message>
        <source>Its key, if it has one, now goes to %1.
</source>
        <translation>Sein Schlüssel, falls er einen hat, geht jetzt an %1.
</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>kein Anbieter namens &apos;%1&apos;; switchboard-cli providers list zeigt sie</translation>
    </message>
    <message>
        <source>Route &apos;default&apos; now ends with %1 (switchboard-cli routes show default)
</source>
        <translation>Die Route &apos;default&apos; endet jetzt mit %1 (switchboard-cli routes show default)
</translation>
    </message>
    <message>
        <source>%1; if %2 is meant to have that key, run the command again with --confirm-new-host</source>
        <translation>%1; wenn %2 diesen Schlüssel erhalten soll, führen Sie den Befehl erneut mit --confirm-new-host aus</translation>
    </message>
</context>
<context>
    <name>Cli::RoutesCommand</name>
    <message>
        <source>routes needs an action: list, show, add or remove</source>
        <translation>routes braucht eine Aktion: list, show, add oder remove</translation>
    </message>
    <message>
        <source>unknown routes action &apos;%1&apos;</source>
        <translation>unbekannte routes-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No routes yet. Create one, for example:
  switchboard-cli routes add default --target openai/gpt-4o-mini --target groq/llama-3.1-8b-instant
</source>
        <translation>Noch keine Routen. Legen Sie eine an, zum Beispiel:
  switchboard-cli routes add default --target openai/gpt-4o-mini --target groq/llama-3.1-8b-instant
</translation>
    </message>
    <message>
        <source>Route to show.</source>
        <translation>Anzuzeigende Route.</translation>
    </message>
    <message>
        <source>routes show needs exactly one NAME</source>
        <translation>routes show braucht genau einen NAME</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation>keine Route namens &apos;%1&apos;; switchboard-cli routes list zeigt sie</translation>
    </message>
    <message>
        <source>route %1, strategy %2
</source>
        <translation>Route %1, Strategie %2
</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>höchstens %1 Tokens</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>Denkaufwand %1</translation>
    </message>
    <message>
        <source>first token within %1 ms</source>
        <translation>erstes Token innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>  retries per target: %1; at most %2 attempts; bad request: %3; broken stream: %4</source>
        <translation>  Wiederholungen je Ziel: %1; höchstens %2 Versuche; ungültige Anfrage: %3; abgebrochener Stream: %4</translation>
    </message>
    <message>
        <source>fall back</source>
        <translation>ausweichen</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>restart on the next target</source>
        <translation>neu beginnen beim nächsten Ziel</translation>
    </message>
    <message>
        <source>; hedge after %1 ms</source>
        <translation>; parallel nach %1 ms</translation>
    </message>
    <message>
        <source>A target, in order; repeat.</source>
        <translation>Ein Ziel, in Reihenfolge; wiederholbar.</translation>
    </message>
    <message>
        <source>ordered, cheapest, fastest or weighted.</source>
        <translation>ordered, cheapest, fastest oder weighted.</translation>
    </message>
    <message>
        <source>Comma-separated weights, one per target.</source>
        <translation>Gewichte durch Kommas getrennt, eines je Ziel.</translation>
    </message>
    <message>
        <source>Start the next target when no token came by then.</source>
        <translation>Das nächste Ziel starten, wenn bis dahin kein Token kam.</translation>
    </message>
    <message>
        <source>stop (default) or fallback.</source>
        <translation>stop (Standard) oder fallback.</translation>
    </message>
    <message>
        <source>restart (default) or stop.</source>
        <translation>restart (Standard) oder stop.</translation>
    </message>
    <message>
        <source>Replace a route of that name.</source>
        <translation>Eine Route dieses Namens ersetzen.</translation>
    </message>
    <message>
        <source>Name of the route.</source>
        <translation>Name der Route.</translation>
    </message>
    <message>
        <source>routes add needs exactly one NAME</source>
        <translation>routes add braucht genau einen NAME</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists; use --replace to overwrite it</source>
        <translation>eine Route namens &apos;%1&apos; gibt es schon; überschreiben Sie sie mit --replace</translation>
    </message>
    <message>
        <source>routes add needs at least one --target PROVIDER/MODEL</source>
        <translation>routes add braucht mindestens ein --target PROVIDER/MODEL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>&apos;%1&apos; ist nicht ANBIETER/MODELL</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>kein Anbieter namens &apos;%1&apos;; switchboard-cli providers list zeigt sie</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation>unbekannte Strategie &apos;%1&apos; (erwartet: ordered, cheapest, fastest oder weighted)</translation>
    </message>
    <message>
        <source>--weights needs one weight per target (%1)</source>
        <translation>--weights braucht ein Gewicht je Ziel (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight (a number ≥ 0)</source>
        <translation>&apos;%1&apos; ist kein Gewicht (eine Zahl ≥ 0)</translation>
    </message>
    <message>
        <source>--hedge-after-ms takes a positive number of milliseconds</source>
        <translation>--hedge-after-ms nimmt eine positive Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>--on-bad-request takes stop or fallback</source>
        <translation>--on-bad-request nimmt stop oder fallback</translation>
    </message>
    <message>
        <source>--mid-stream takes restart or stop</source>
        <translation>--mid-stream nimmt restart oder stop</translation>
    </message>
    <message numerus="yes">
        <source>Route &apos;%1&apos; saved with %n target(s)
</source>
        <translation>
            <numerusform>Route &apos;%1&apos; mit %n Ziel gespeichert
</numerusform>
            <numerusform>Route &apos;%1&apos; mit %n Zielen gespeichert
</numerusform>
        </translation>
    </message>
    <message>
        <source>Route to remove.</source>
        <translation>Zu entfernende Route.</translation>
    </message>
    <message>
        <source>routes remove needs exactly one NAME</source>
        <translation>routes remove braucht genau einen NAME</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>keine Route namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed route &apos;%1&apos;
</source>
        <translation>Route &apos;%1&apos; entfernt
</translation>
    </message>
    <message>
        <source>; skips providers over budget</source>
        <translation>; überspringt Anbieter über dem Budget</translation>
    </message>
    <message>
        <source>Skip targets whose provider&apos;s budget (or the overall one) is used up.</source>
        <translation>Ziele überspringen, deren Anbieterbudget (oder das Gesamtbudget) aufgebraucht ist.</translation>
    </message>
</context>
<context>
    <name>Cli::ServeCommand</name>
    <message>
        <source>Port to listen on (default %1; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard %1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Listen on this address instead of 127.0.0.1 (reachable from the network: only the token guards it).</source>
        <translation>Auf dieser Adresse statt 127.0.0.1 lauschen (aus dem Netz erreichbar: nur das Token schützt sie).</translation>
    </message>
    <message>
        <source>Print the gateway&apos;s token (creating it in the keychain on first use) and exit.</source>
        <translation>Das Token des Gateways ausgeben (beim ersten Mal wird es im Schlüsselbund angelegt) und beenden.</translation>
    </message>
    <message>
        <source>serve takes no arguments besides its options; see switchboard-cli --help</source>
        <translation>serve nimmt außer seinen Optionen keine Argumente; siehe switchboard-cli --help</translation>
    </message>
    <message>
        <source>--print-token takes no other option</source>
        <translation>--print-token nimmt keine weitere Option</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port nimmt eine Zahl von 0 bis 65535, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--bind takes an IP address of this machine (e.g. 127.0.0.1 or 0.0.0.0), not &apos;%1&apos;</source>
        <translation>--bind nimmt eine IP-Adresse dieses Rechners (z. B. 127.0.0.1 oder 0.0.0.0), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 No token to print: `serve` shows the one it makes when it starts.</source>
        <translation>%1 Kein Token zum Ausgeben: `serve` zeigt das Token, das es beim Start erzeugt.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, which other machines can reach: only the token keeps them out, and it travels over plain http</source>
        <translation>Warnung: lausche auf %1, das andere Rechner erreichen können: nur das Token hält sie fern, und es wird über unverschlüsseltes http übertragen</translation>
    </message>
    <message>
        <source>Token: the one in %1.
</source>
        <translation>Token: das aus %1.
</translation>
    </message>
    <message>
        <source>Token: in the keychain%1; `switchboard-cli serve --print-token` prints it.
</source>
        <translation>Token: im Schlüsselbund%1; `switchboard-cli serve --print-token` gibt es aus.
</translation>
    </message>
    <message>
        <source> (created now)</source>
        <translation> (soeben angelegt)</translation>
    </message>
    <message>
        <source>Clients send it as &apos;Authorization: Bearer TOKEN&apos; (the OpenAI SDKs: api_key / OPENAI_API_KEY, base URL as above). Stop with Ctrl+C.
</source>
        <translation>Clients senden es als &apos;Authorization: Bearer TOKEN&apos; (die OpenAI-SDKs: api_key / OPENAI_API_KEY, Basis-URL wie oben). Beenden mit Strg+C.
</translation>
    </message>
</context>
<context>
    <name>Cli::StatsCommand</name>
    <message>
        <source>Period: 7d, 24h, 30d (default), all or YYYY-MM-DD.</source>
        <translation>Zeitraum: 7d, 24h, 30d (Standard), all oder YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>stats takes no arguments; see switchboard-cli --help</source>
        <translation>stats nimmt keine Argumente; siehe switchboard-cli --help</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>wählen Sie entweder --json oder --csv</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>(direkt)</translation>
    </message>
    <message>
        <source>cannot read the statistics: %1</source>
        <translation>die Statistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>fallbacks</source>
        <translation>Ausweichen</translation>
    </message>
    <message>
        <source>in tok</source>
        <translation>Tok. ein</translation>
    </message>
    <message>
        <source>out tok</source>
        <translation>Tok. aus</translation>
    </message>
    <message>
        <source>spend USD</source>
        <translation>Ausgaben USD</translation>
    </message>
    <message>
        <source>unknown cost</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>ttft p50 ms</source>
        <translation>TTFT p50 ms</translation>
    </message>
    <message>
        <source>ttft p95 ms</source>
        <translation>TTFT p95 ms</translation>
    </message>
    <message>
        <source>Since %1:
</source>
        <translation>Seit %1:
</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) have no known cost and are not in the spend.
</source>
        <translation>
            <numerusform>%n Versuch hat keine bekannten Kosten und ist nicht in den Ausgaben enthalten.
</numerusform>
            <numerusform>%n Versuche haben keine bekannten Kosten und sind nicht in den Ausgaben enthalten.
</numerusform>
        </translation>
    </message>
    <message>
        <source>One line per model, provider, day, route, origin or user.</source>
        <translation>Eine Zeile je Modell, Anbieter, Tag, Route, Herkunft oder Benutzer.</translation>
    </message>
    <message>
        <source>--by takes model, provider, day, route, origin or user, not &apos;%1&apos;</source>
        <translation>--by nimmt model, provider, day, route, origin oder user, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>a compare needs %1 to %2 targets (--model PROVIDER/MODEL or --route NAME); %3 given</source>
        <translation>ein Vergleich braucht %1 bis %2 Ziele (--model PROVIDER/MODEL oder --route NAME); %3 angegeben</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>die Anfrage ist leer</translation>
    </message>
    <message>
        <source>there is no column %1</source>
        <translation>es gibt keine Spalte %1</translation>
    </message>
    <message>
        <source>column %1 (%2) is still running</source>
        <translation>Spalte %1 (%2) läuft noch</translation>
    </message>
    <message>
        <source>a route target needs the route&apos;s name</source>
        <translation>ein Routenziel braucht den Namen der Route</translation>
    </message>
    <message>
        <source>a model target needs PROVIDER/MODEL</source>
        <translation>ein Modellziel braucht ANBIETER/MODELL</translation>
    </message>
    <message>
        <source>the new route needs a name</source>
        <translation>die neue Route braucht einen Namen</translation>
    </message>
    <message>
        <source>no model on the leaderboard qualifies: judge at least %1 compare(s) of a configured provider&apos;s models first</source>
        <translation>kein Modell der Rangliste kommt in Frage: bewerten Sie zuerst mindestens %1 Vergleich(e) mit Modellen eines eingerichteten Anbieters</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number between %1 and %2</source>
        <translation>muss eine Zahl zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object with name, kind and base_url</source>
        <translation>muss ein Objekt mit name, kind und base_url sein</translation>
    </message>
    <message>
        <source>missing: the price in US dollars per million tokens</source>
        <translation>fehlt: der Preis in US-Dollar je Million Tokens</translation>
    </message>
    <message>
        <source>must be US dollars per million tokens: a number from 0 to 1000000 or a decimal string such as &quot;2.5&quot;</source>
        <translation>muss US-Dollar je Million Tokens sein: eine Zahl von 0 bis 1000000 oder eine Dezimalzeichenkette wie &quot;2.5&quot;</translation>
    </message>
    <message>
        <source>must be an object with provider, model, input_usd_per_mtok and output_usd_per_mtok</source>
        <translation>muss ein Objekt mit provider, model, input_usd_per_mtok und output_usd_per_mtok sein</translation>
    </message>
    <message>
        <source>must name a provider</source>
        <translation>muss einen Anbieter nennen</translation>
    </message>
    <message>
        <source>must name a model</source>
        <translation>muss ein Modell nennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Name (erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; of provider &apos;%2&apos; already has a price in %3</source>
        <translation>Modell &apos;%1&apos; von Anbieter &apos;%2&apos; hat bereits einen Preis in %3</translation>
    </message>
    <message>
        <source>a provider named &apos;%1&apos; already exists</source>
        <translation>einen Anbieter namens &apos;%1&apos; gibt es schon</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation>unbekannte Art &apos;%1&apos; (erwartet: openai, anthropic oder gemini)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>must be US dollars: a number of 0 or more, or a decimal string such as &quot;12.50&quot;</source>
        <translation>muss US-Dollar sein: eine Zahl ab 0 oder eine Dezimalzeichenkette wie &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an object of provider names</source>
        <translation>muss ein Objekt mit Anbieternamen sein</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>written by a newer Switchboard (schema %1; this build reads up to %2); update Switchboard</source>
        <translation>von einem neueren Switchboard geschrieben (Schema %1; diese Version liest bis %2); aktualisieren Sie Switchboard</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>der Profilordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>must be &quot;PROVIDER/MODEL&quot; or an object with &quot;target&quot;</source>
        <translation>muss &quot;PROVIDER/MODEL&quot; oder ein Objekt mit &quot;target&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>&apos;%1&apos; ist nicht ANBIETER/MODELL</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation>es ist kein Anbieter namens &apos;%1&apos; eingerichtet</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>muss low, medium oder high sein</translation>
    </message>
    <message>
        <source>must be stop or fallback</source>
        <translation>muss stop oder fallback sein</translation>
    </message>
    <message>
        <source>must be restart or stop</source>
        <translation>muss restart oder stop sein</translation>
    </message>
    <message>
        <source>must be an object with name and targets</source>
        <translation>muss ein Objekt mit name und targets sein</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists</source>
        <translation>eine Route namens &apos;%1&apos; gibt es schon</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation>unbekannte Strategie &apos;%1&apos; (erwartet: ordered, cheapest, fastest oder weighted)</translation>
    </message>
    <message>
        <source>%1 — fix config.json by hand (it is left untouched), then change the setting again</source>
        <translation>%1 — korrigieren Sie config.json von Hand (sie bleibt unverändert) und ändern Sie die Einstellung dann erneut</translation>
    </message>
    <message>
        <source>must be system, light or dark</source>
        <translation>muss system, light oder dark sein</translation>
    </message>
    <message>
        <source>must be system or a language code such as de or fr</source>
        <translation>muss system oder ein Sprachcode wie de oder fr sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Anbietername (erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>a provider named &apos;%1&apos; already exists; remove it first or pick another name</source>
        <translation>einen Anbieter namens &apos;%1&apos; gibt es schon; entfernen Sie ihn zuerst oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid route name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Routenname (erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>keine Route namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be &quot;sqlite&quot; or &quot;postgresql&quot;, not &apos;%1&apos;</source>
        <translation>muss &quot;sqlite&quot; oder &quot;postgresql&quot; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>muss einer der Werte %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a password is never kept in config.json: store it in the keychain, or name an environment variable in password_env</source>
        <translation>ein Passwort wird nie in config.json abgelegt: speichern Sie es im Schlüsselbund, oder nennen Sie eine Umgebungsvariable in password_env</translation>
    </message>
    <message>
        <source>a postgresql ledger needs &quot;host&quot; and &quot;database&quot;</source>
        <translation>ein PostgreSQL-Nutzungsprotokoll braucht &quot;host&quot; und &quot;database&quot;</translation>
    </message>
    <message>
        <source>the gateway&apos;s token is never kept in config.json: it lives in the keychain (the app shows it; switchboard-cli serve --print-token prints it)</source>
        <translation>das Token des Gateways wird nie in config.json abgelegt: es liegt im Schlüsselbund (die App zeigt es an; switchboard-cli serve --print-token gibt es aus)</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string or an array of text parts</source>
        <translation>eine Zeichenkette oder ein Array von Textteilen</translation>
    </message>
    <message>
        <source>The route &apos;%1&apos; has no targets; add one with switchboard-cli routes add.</source>
        <translation>Die Route &apos;%1&apos; hat keine Ziele; fügen Sie eines mit switchboard-cli routes add hinzu.</translation>
    </message>
    <message>
        <source>The request is larger than this gateway accepts (a body of at most %1 bytes).</source>
        <translation>Die Anfrage ist größer, als dieses Gateway annimmt (ein Inhalt von höchstens %1 Bytes).</translation>
    </message>
    <message>
        <source>%1; the gateway uses a token held in memory for this run only (it changes with every start and is never written to disk). Set %2 to choose a token yourself.</source>
        <translation>%1; das Gateway verwendet ein Token, das nur für diesen Lauf im Speicher gehalten wird (es ändert sich bei jedem Start und wird nie auf die Festplatte geschrieben). Setzen Sie %2, um selbst ein Token zu wählen.</translation>
    </message>
    <message>
        <source>the token could not be stored in the keychain (%1)</source>
        <translation>das Token konnte nicht im Schlüsselbund gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters without spaces; unset it to use the keychain&apos;s token</source>
        <translation>%1 muss mindestens %2 Zeichen ohne Leerzeichen lang sein; entfernen Sie die Variable, um das Token aus dem Schlüsselbund zu verwenden</translation>
    </message>
</context>
<context>
    <name>Gateway::GatewayServer</name>
    <message>
        <source>the gateway is already listening on %1</source>
        <translation>das Gateway lauscht bereits auf %1</translation>
    </message>
    <message>
        <source>the gateway is still stopping; start it again once it has stopped</source>
        <translation>das Gateway wird noch beendet; starten Sie es erneut, sobald es angehalten ist</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>the port is already in use (choose another with --port, or --port 0 for any free one)</source>
        <translation>der Port ist bereits belegt (wählen Sie einen anderen mit --port, oder --port 0 für einen beliebigen freien)</translation>
    </message>
    <message>
        <source>Incorrect gateway token provided. The token is in the keychain: switchboard-cli serve --print-token prints it.</source>
        <translation>Falsches Gateway-Token angegeben. Das Token liegt im Schlüsselbund: switchboard-cli serve --print-token gibt es aus.</translation>
    </message>
    <message>
        <source>You didn&apos;t provide a gateway token. Send it as &apos;Authorization: Bearer TOKEN&apos;; switchboard-cli serve --print-token prints it.</source>
        <translation>Sie haben kein Gateway-Token angegeben. Senden Sie es als &apos;Authorization: Bearer TOKEN&apos;; switchboard-cli serve --print-token gibt es aus.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation>%1 ist auf %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Invalid URL (%1 %2); this gateway serves POST /v1/chat/completions, GET /v1/models and GET /health.</source>
        <translation>Ungültige URL (%1 %2); dieses Gateway bedient POST /v1/chat/completions, GET /v1/models und GET /health.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a price catalog: %2</source>
        <translation>%1: kein Preiskatalog: %2</translation>
    </message>
    <message>
        <source>%1: not a price catalog: no models</source>
        <translation>%1: kein Preiskatalog: keine Modelle</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>empty response body</source>
        <translation>leerer Antwortinhalt</translation>
    </message>
    <message>
        <source>the provider&apos;s answer is not JSON: %1</source>
        <translation>die Antwort des Anbieters ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no content: %1</source>
        <translation>die Antwort des Anbieters hat keinen Inhalt: %1</translation>
    </message>
    <message>
        <source>the model list is not in Anthropic&apos;s shape: %1</source>
        <translation>die Modellliste hat nicht die Form von Anthropic: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no choices: %1</source>
        <translation>die Antwort des Anbieters hat keine choices: %1</translation>
    </message>
    <message>
        <source>the model list is not in OpenAI&apos;s shape: %1</source>
        <translation>die Modellliste hat nicht die Form von OpenAI: %1</translation>
    </message>
    <message>
        <source>the provider sent an event larger than %1 MiB</source>
        <translation>der Anbieter hat ein Ereignis größer als %1 MiB gesendet</translation>
    </message>
    <message>
        <source>the provider reported %1</source>
        <translation>der Anbieter meldete %1</translation>
    </message>
    <message>
        <source>the provider ended with text outside the events: %1</source>
        <translation>der Anbieter endete mit Text außerhalb der Ereignisse: %1</translation>
    </message>
    <message>
        <source>the provider sent more than %1 KiB of text outside the events</source>
        <translation>der Anbieter hat mehr als %1 KiB Text außerhalb der Ereignisse gesendet</translation>
    </message>
    <message>
        <source>the provider sent JSON outside the events: %1</source>
        <translation>der Anbieter hat JSON außerhalb der Ereignisse gesendet: %1</translation>
    </message>
    <message>
        <source>the provider sent a chunk that is not JSON: %1</source>
        <translation>der Anbieter hat einen Abschnitt gesendet, der kein JSON ist: %1</translation>
    </message>
    <message>
        <source>the provider blocked the prompt (%1)</source>
        <translation>der Anbieter hat die Anfrage blockiert (%1)</translation>
    </message>
    <message>
        <source>the provider sent an event larger than %1</source>
        <translation>der Anbieter hat ein Ereignis größer als %1 gesendet</translation>
    </message>
    <message>
        <source>the provider sent an event that is not JSON: %1</source>
        <translation>der Anbieter hat ein Ereignis gesendet, das kein JSON ist: %1</translation>
    </message>
    <message>
        <source>the provider started another message (%1) inside message %2</source>
        <translation>der Anbieter hat eine weitere Nachricht (%1) innerhalb von Nachricht %2 begonnen</translation>
    </message>
    <message>
        <source>the provider reported an error mid-stream</source>
        <translation>der Anbieter meldete mitten im Stream einen Fehler</translation>
    </message>
    <message>
        <source>the provider sent several answers; showing the first</source>
        <translation>der Anbieter hat mehrere Antworten gesendet; die erste wird gezeigt</translation>
    </message>
    <message>
        <source>an HTML page: %1</source>
        <translation>eine HTML-Seite: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no candidates: %1</source>
        <translation>die Antwort des Anbieters hat keine candidates: %1</translation>
    </message>
    <message>
        <source>the model list is not in Gemini&apos;s shape: %1</source>
        <translation>die Modellliste hat nicht die Form von Gemini: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Providers::HttpResponseParser</name>
    <message>
        <source>the response&apos;s header is larger than 64 KiB</source>
        <translation>der Header der Antwort ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>a chunk size line of the response is too long</source>
        <translation>eine Chunk-Größenzeile der Antwort ist zu lang</translation>
    </message>
    <message>
        <source>a chunk of the response does not end where its size says</source>
        <translation>ein Chunk der Antwort endet nicht dort, wo seine Größe angibt</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1.1 (it sent &quot;%1&quot;)</source>
        <translation>der Server hat nicht in HTTP/1.1 geantwortet (er schickte „%1“)</translation>
    </message>
    <message>
        <source>the server&apos;s status line has no status code (&quot;%1&quot;)</source>
        <translation>die Statuszeile des Servers hat keinen Statuscode („%1“)</translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation>die Antwort hat mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>the response has a malformed header field (&quot;%1&quot;)</source>
        <translation>die Antwort hat ein fehlerhaftes Header-Feld („%1“)</translation>
    </message>
    <message>
        <source>the response uses a transfer coding this client does not read (%1)</source>
        <translation>die Antwort verwendet eine Transfer-Kodierung, die dieser Client nicht liest (%1)</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is not a number (&quot;%1&quot;)</source>
        <translation>die Content-Length der Antwort ist keine Zahl („%1“)</translation>
    </message>
    <message>
        <source>the response&apos;s chunk size is not a hexadecimal number (&quot;%1&quot;)</source>
        <translation>die Chunk-Größe der Antwort ist keine Hexadezimalzahl („%1“)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response&apos;s header</source>
        <translation>der Server hat die Verbindung mitten im Header der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed before the end of the chunked answer (%1 bytes received)</source>
        <translation>die Verbindung wurde vor dem Ende der Chunk-kodierten Antwort geschlossen (%1 Bytes empfangen)</translation>
    </message>
</context>
<context>
    <name>Providers::LoopbackHttpReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>Providers::ProviderCall</name>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer stopped for %1 s in the middle</source>
        <translation>die Antwort stockte mittendrin für %1 s</translation>
    </message>
    <message>
        <source>the answer took longer than %1 s in all</source>
        <translation>die Antwort dauerte insgesamt länger als %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1: the provider moved to %2; update the provider&apos;s base URL</source>
        <translation>HTTP %1: der Anbieter ist nach %2 umgezogen; passen Sie die Basis-URL des Anbieters an</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes of the answer: %2</source>
        <translation>die Verbindung brach nach %1 Bytes der Antwort ab: %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1 bytes received)</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the answer</source>
        <translation>der Inhaltsfilter des Anbieters hat die Antwort angehalten</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>position %1 in the route</source>
        <translation>Position %1 in der Route</translation>
    </message>
    <message>
        <source>cheapest first: est. %1 for this request</source>
        <translation>günstigste zuerst: geschätzt %1 für diese Anfrage</translation>
    </message>
    <message>
        <source>price unknown: after the priced targets</source>
        <translation>Preis unbekannt: nach den Zielen mit Preis</translation>
    </message>
    <message>
        <source>fastest first: median first token %1 ms over %2 requests</source>
        <translation>schnellste zuerst: Median bis zum ersten Token %1 ms über %2 Anfragen</translation>
    </message>
    <message>
        <source>exploring: too little history to rank it</source>
        <translation>Erkundung: zu wenig Verlauf für eine Einordnung</translation>
    </message>
    <message>
        <source>too little history to rank it: after the measured targets</source>
        <translation>zu wenig Verlauf für eine Einordnung: nach den gemessenen Zielen</translation>
    </message>
    <message>
        <source>weighted pick %1 (weight %2)</source>
        <translation>gewichtete Auswahl %1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>; cooling until %1 after repeated failures, so tried after healthy targets</source>
        <translation>; pausiert bis %1 nach wiederholten Fehlern, daher nach den gesunden Zielen versucht</translation>
    </message>
</context>
<context>
    <name>Routing::RouteRun</name>
    <message>
        <source>nothing to route to: the request names no target</source>
        <translation>nichts, wohin geleitet werden kann: die Anfrage nennt kein Ziel</translation>
    </message>
    <message>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation>Route &apos;%1&apos; hat keine Ziele; fügen Sie eines mit switchboard-cli routes add hinzu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 skipped: its provider refused the key</source>
        <translation>%1 übersprungen: sein Anbieter hat den Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1 skipped: its context window (%2 tokens) is not larger than the one that overflowed</source>
        <translation>%1 übersprungen: sein Kontextfenster (%2 Tokens) ist nicht größer als das übergelaufene</translation>
    </message>
    <message>
        <source> (the route&apos;s budget of %1 attempts is used up)</source>
        <translation> (das Budget der Route von %1 Versuchen ist aufgebraucht)</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation>es ist kein Anbieter namens &apos;%1&apos; eingerichtet</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 providers</source>
        <translation>diese Version kann nicht mit %1-Anbietern sprechen</translation>
    </message>
    <message>
        <source>another target answered first</source>
        <translation>ein anderes Ziel hat zuerst geantwortet</translation>
    </message>
    <message>
        <source>; retry %1 after %2</source>
        <translation>; Wiederholung %1 nach %2</translation>
    </message>
    <message>
        <source>%1/%2 failed (%3); retrying in %4 s</source>
        <translation>%1/%2 fehlgeschlagen (%3); neuer Versuch in %4 s</translation>
    </message>
    <message>
        <source>%1 failed mid-answer (%2); the partial answer is kept apart and the answer restarts on %3</source>
        <translation>%1 mitten in der Antwort fehlgeschlagen (%2); die Teilantwort wird getrennt aufbewahrt und die Antwort beginnt neu bei %3</translation>
    </message>
    <message>
        <source>; after %1 failed (%2)</source>
        <translation>; nachdem %1 fehlgeschlagen ist (%2)</translation>
    </message>
    <message>
        <source>%1 sent no token within %2 ms; also asking %3, the first to answer wins</source>
        <translation>%1 hat innerhalb von %2 ms kein Token gesendet; %3 wird zusätzlich gefragt, die erste Antwort gewinnt</translation>
    </message>
    <message>
        <source>; hedge started after %1 ms without a token</source>
        <translation>; paralleler Versuch nach %1 ms ohne Token gestartet</translation>
    </message>
    <message>
        <source>cancelled: another target answered first</source>
        <translation>abgebrochen: ein anderes Ziel hat zuerst geantwortet</translation>
    </message>
    <message>
        <source>no target could be tried</source>
        <translation>kein Ziel konnte versucht werden</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3</source>
        <translation>%1 fehlgeschlagen (%2); versuche %3</translation>
    </message>
    <message>
        <source>all %1 attempts failed: %2</source>
        <translation>alle %1 Versuche fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 skipped: over budget (the route skips providers over budget)</source>
        <translation>%1 übersprungen: Budget überschritten (die Route überspringt Anbieter über dem Budget)</translation>
    </message>
</context>
<context>
    <name>Routing::Router</name>
    <message>
        <source>use either --route or --model, not both</source>
        <translation>verwenden Sie entweder --route oder --model, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>&apos;%1&apos; ist nicht ANBIETER/MODELL</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>kein Anbieter namens &apos;%1&apos;; switchboard-cli providers list zeigt sie</translation>
    </message>
    <message>
        <source>no model or route given, and there is no default route yet; use --model PROVIDER/MODEL, or create one with switchboard-cli routes add default --target PROVIDER/MODEL</source>
        <translation>weder Modell noch Route angegeben, und es gibt noch keine Standardroute; verwenden Sie --model PROVIDER/MODEL oder legen Sie eine an mit switchboard-cli routes add default --target PROVIDER/MODEL</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation>keine Route namens &apos;%1&apos;; switchboard-cli routes list zeigt sie</translation>
    </message>
    <message>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation>Route &apos;%1&apos; hat keine Ziele; fügen Sie eines mit switchboard-cli routes add hinzu</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no API key is configured for provider &apos;%1&apos;; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation>für Anbieter &apos;%1&apos; ist kein API-Schlüssel eingerichtet; nennen Sie eine Umgebungsvariable mit switchboard-cli providers set %1 --api-key-env VAR und exportieren Sie sie</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: the environment variable %2 is not set</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: die Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: store one in the keychain with switchboard-cli keys set %1 (it reads the key from stdin)</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: speichern Sie einen im Schlüsselbund mit switchboard-cli keys set %1 (liest den Schlüssel von stdin)</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: none in the keychain and %2 is not set; store one with switchboard-cli keys set %1 (it reads the key from stdin), or export %2=…</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: keiner im Schlüsselbund und %2 ist nicht gesetzt; speichern Sie einen mit switchboard-cli keys set %1 (liest den Schlüssel von stdin), oder export %2=…</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: auf diesem System ist kein Schlüsselbund verfügbar; nennen Sie eine Umgebungsvariable mit switchboard-cli providers set %1 --api-key-env VAR und exportieren Sie sie</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system and %2 is not set; export %2=…</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: auf diesem System ist kein Schlüsselbund verfügbar und %2 ist nicht gesetzt; export %2=…</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: %2</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: %2; or export %3=…</source>
        <translation>kein API-Schlüssel für Anbieter &apos;%1&apos;: %2; oder export %3=…</translation>
    </message>
    <message>
        <source>the key of provider &apos;%1&apos; is not sent over plain http to %2 (anyone on the way could read it); use an https base URL (switchboard-cli providers set %1 --base-url https://…), or, on a network you trust, allow it with switchboard-cli providers set %1 --allow-insecure-http</source>
        <translation>der Schlüssel von Anbieter &apos;%1&apos; wird nicht über unverschlüsseltes http an %2 gesendet (jeder auf dem Weg könnte ihn lesen); verwenden Sie eine https-Basis-URL (switchboard-cli providers set %1 --base-url https://…), oder erlauben Sie es in einem vertrauenswürdigen Netz mit switchboard-cli providers set %1 --allow-insecure-http</translation>
    </message>
    <message>
        <source>no keychain is available: no Secret Service (GNOME Keyring, KWallet, KeePassXC) answers on the D-Bus session bus</source>
        <translation>kein Schlüsselbund verfügbar: kein Secret Service (GNOME Keyring, KWallet, KeePassXC) antwortet auf dem D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no keychain is available: the D-Bus session bus cannot be reached (%1)</source>
        <translation>kein Schlüsselbund verfügbar: der D-Bus-Sitzungsbus ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>the new base URL sends the requests of provider &apos;%1&apos;, and its key (%2), to %3 instead of %4</source>
        <translation>die neue Basis-URL sendet die Anfragen von Anbieter &apos;%1&apos; und seinen Schlüssel (%2) an %3 statt an %4</translation>
    </message>
</context>
<context>
    <name>Secrets::KeyStatus</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>env %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 (not sent over plain http)</source>
        <translation>%1 (nicht über unverschlüsseltes http gesendet)</translation>
    </message>
    <message>
        <source>none needed (local)</source>
        <translation>keiner nötig (lokal)</translation>
    </message>
    <message>
        <source>missing (keychain locked)</source>
        <translation>fehlt (Schlüsselbund gesperrt)</translation>
    </message>
    <message>
        <source>missing (keychain error)</source>
        <translation>fehlt (Fehler im Schlüsselbund)</translation>
    </message>
    <message>
        <source>missing (env %1 not set)</source>
        <translation>fehlt (Umgebung %1 nicht gesetzt)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>Secrets::KeyStore</name>
    <message>
        <source>the keychain did not answer within %1 s; if it asks to be unlocked, unlock it and try again</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; wenn er entsperrt werden möchte, entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no key for provider &apos;%1&apos; is stored in the keychain</source>
        <translation>für Anbieter &apos;%1&apos; ist kein Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused access to the key of provider &apos;%1&apos; (%2); unlock the keychain and try again</source>
        <translation>der Schlüsselbund hat den Zugriff auf den Schlüssel von Anbieter &apos;%1&apos; verweigert (%2); entsperren Sie den Schlüsselbund und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>could not read the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation>der Schlüssel von Anbieter &apos;%1&apos; konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>could not store the key of provider &apos;%1&apos; in the keychain: %2</source>
        <translation>der Schlüssel von Anbieter &apos;%1&apos; konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>could not delete the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation>der Schlüssel von Anbieter &apos;%1&apos; konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>requests will not be recorded: %1</source>
        <translation>Anfragen werden nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>the chat is not kept in the history: %1</source>
        <translation>der Chat wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>the answer is not kept in the history: %1</source>
        <translation>die Antwort wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>every request will wait for its ledger row: %1</source>
        <translation>jede Anfrage wartet auf ihre Zeile im Nutzungsprotokoll: %1</translation>
    </message>
</context>
<context>
    <name>Session::GatewayController</name>
    <message>
        <source>The token is the one in %1, so it is not replaced here. Change or unset that variable and start Switchboard again.</source>
        <translation>Das Token stammt aus %1 und wird deshalb hier nicht ersetzt. Ändern oder entfernen Sie diese Variable und starten Sie Switchboard neu.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port (0 picks any free one), or quit the program that uses it, then turn the gateway on again.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port (0 wählt einen beliebigen freien) oder beenden Sie das Programm, das ihn verwendet, und schalten Sie das Gateway dann wieder ein.</translation>
    </message>
    <message>
        <source>The gateway could not start: %1</source>
        <translation>Das Gateway konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The choice is not remembered for the next start: %1 (fix config.json and it will be).</source>
        <translation>Die Auswahl wird für den nächsten Start nicht gespeichert: %1 (korrigieren Sie config.json, dann wird sie gespeichert).</translation>
    </message>
    <message>
        <source>The choice is not remembered for the next start: %1</source>
        <translation>Die Auswahl wird für den nächsten Start nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Switchboard (schema %2; this build knows up to %3); update Switchboard — nothing will be written to it</source>
        <translation>die Datenbank %1 wurde von einem neueren Switchboard geschrieben (Schema %2; diese Version kennt bis %3); aktualisieren Sie Switchboard — es wird nichts hineingeschrieben</translation>
    </message>
    <message>
        <source>cannot start a migration of %1: %2</source>
        <translation>eine Migration von %1 kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>cannot migrate %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 migriert werden: %3</translation>
    </message>
    <message>
        <source>cannot build the statistics of %1: %2</source>
        <translation>die Statistik von %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>cannot close the attempts of an ended process in %1: %2</source>
        <translation>die Versuche eines beendeten Prozesses in %1 können nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>the ledger is read-only: %1 was written by a newer Switchboard</source>
        <translation>das Nutzungsprotokoll ist schreibgeschützt: %1 wurde von einem neueren Switchboard geschrieben</translation>
    </message>
    <message>
        <source>cannot record the attempt in %1: %2</source>
        <translation>der Versuch kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>row %1 is not a running attempt</source>
        <translation>Zeile %1 ist kein laufender Versuch</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>should be a string</source>
        <translation>sollte eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unterhaltung ohne Titel</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>this is not a Switchboard conversation (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>das ist keine Switchboard-Unterhaltung (&quot;format&quot; sollte &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>&quot;version&quot; should be a whole number from 1</source>
        <translation>&quot;version&quot; sollte eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>it was written by a newer Switchboard (format version %1; this build reads up to %2); update Switchboard to import it</source>
        <translation>sie wurde von einem neueren Switchboard geschrieben (Formatversion %1; diese Version liest bis %2); aktualisieren Sie Switchboard, um sie zu importieren</translation>
    </message>
    <message>
        <source>should be an array</source>
        <translation>sollte ein Array sein</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>should be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;, not &quot;%1&quot;</source>
        <translation>sollte &quot;system&quot;, &quot;user&quot; oder &quot;assistant&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chat history is read-only: %1 was written by a newer Switchboard</source>
        <translation>der Chatverlauf ist schreibgeschützt: %1 wurde von einem neueren Switchboard geschrieben</translation>
    </message>
    <message>
        <source>cannot create a conversation in %1: %2</source>
        <translation>in %1 kann keine Unterhaltung angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot add the message to conversation %1 in %2: %3</source>
        <translation>die Nachricht kann nicht zu Unterhaltung %1 in %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>keine solche Unterhaltung</translation>
    </message>
    <message>
        <source>cannot read conversation %1 from %2: %3</source>
        <translation>Unterhaltung %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>es gibt keine Unterhaltung %1</translation>
    </message>
    <message>
        <source>cannot list the conversations in %1: %2</source>
        <translation>die Unterhaltungen in %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the messages of conversation %1 from %2: %3</source>
        <translation>die Nachrichten von Unterhaltung %1 können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot change conversation %1 in %2: %3</source>
        <translation>Unterhaltung %1 in %2 kann nicht geändert werden: %3</translation>
    </message>
    <message>
        <source>cannot delete conversation %1 from %2: %3</source>
        <translation>Unterhaltung %1 kann nicht aus %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <source>cannot search the chat history in %1: %2</source>
        <translation>der Chatverlauf in %1 kann nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>cannot import the conversation: %1</source>
        <translation>die Unterhaltung kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Switchboard stopped before this attempt finished (the process ended)</source>
        <translation>Switchboard wurde beendet, bevor dieser Versuch fertig war (der Prozess endete)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: use 7d, 24h, 30d, all or a date YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Zeitraum: verwenden Sie 7d, 24h, 30d, all oder ein Datum YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot read the leaderboard from %1: %2</source>
        <translation>die Rangliste kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>the database was written by a newer Switchboard and is read-only here</source>
        <translation>die Datenbank wurde von einem neueren Switchboard geschrieben und ist hier schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot save the compare in %1</source>
        <translation>der Vergleich kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>no such column</source>
        <translation>keine solche Spalte</translation>
    </message>
    <message>
        <source>cannot update column %1 of compare %2 in %3</source>
        <translation>Spalte %1 von Vergleich %2 in %3 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot read compare %1 from %2: %3</source>
        <translation>Vergleich %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>there is no compare %1</source>
        <translation>es gibt keinen Vergleich %1</translation>
    </message>
    <message>
        <source>cannot read the columns of compare %1 from %2: %3</source>
        <translation>die Spalten von Vergleich %1 können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot list the compares in %1: %2</source>
        <translation>die Vergleiche in %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>no such compare</source>
        <translation>kein solcher Vergleich</translation>
    </message>
    <message>
        <source>cannot rename compare %1 in %2</source>
        <translation>Vergleich %1 in %2 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>cannot delete compare %1 from %2</source>
        <translation>Vergleich %1 kann nicht aus %2 gelöscht werden</translation>
    </message>
    <message>
        <source>it has no column %1</source>
        <translation>er hat keine Spalte %1</translation>
    </message>
    <message>
        <source>cannot store the verdict of compare %1</source>
        <translation>die Bewertung von Vergleich %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>column %1 (%2) has no answer to judge</source>
        <translation>Spalte %1 (%2) hat keine Antwort zum Bewerten</translation>
    </message>
    <message>
        <source>column %1 is named twice</source>
        <translation>Spalte %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>cannot continue column %1 of compare %2 as a conversation</source>
        <translation>Spalte %1 von Vergleich %2 kann nicht als Unterhaltung fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1 gave no answer to continue from</source>
        <translation>%1 hat keine Antwort gegeben, an die angeknüpft werden kann</translation>
    </message>
    <message>
        <source>cannot open the database %1: this installation has no Qt SQL driver %2 (on Debian: libqt6sql6-psql)</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: dieser Installation fehlt der Qt-SQL-Treiber %2 (unter Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot remove messages of conversation %1 from %2: %3</source>
        <translation>Nachrichten von Unterhaltung %1 können nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>the ledger %1 is not open</source>
        <translation>das Nutzungsprotokoll %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot read the statistics: %1</source>
        <translation>die Statistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the attempts of stored answers from %1: %2</source>
        <translation>die Versuche gespeicherter Antworten können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot checkpoint the write-ahead log of %1: %2</source>
        <translation>das Write-Ahead-Log von %1 kann nicht in die Datenbank übernommen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the attempt journal directory %1</source>
        <translation>das Verzeichnis des Versuchsjournals %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock the attempt journal %1.lock (check the directory&apos;s permissions)</source>
        <translation>das Versuchsjournal %1.lock kann nicht gesperrt werden (prüfen Sie die Rechte des Verzeichnisses)</translation>
    </message>
    <message>
        <source>cannot open the attempt journal %1: %2</source>
        <translation>das Versuchsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write the attempt journal %1: %2</source>
        <translation>in das Versuchsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot lock an attempt journal in %1: every name is taken</source>
        <translation>in %1 kann kein Versuchsjournal gesperrt werden: alle Namen sind vergeben</translation>
    </message>
    <message>
        <source>cannot shorten the attempt journal %1: %2</source>
        <translation>das Versuchsjournal %1 kann nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the attempts an ended process journaled in %1 into %2: %3 (its journal stays for the next start)</source>
        <translation>die Versuche, die ein beendeter Prozess in %1 festgehalten hat, können nicht in %2 geschrieben werden: %3 (sein Journal bleibt für den nächsten Start)</translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;One desktop app for all your LLM providers: fallback routing, side-by-side comparison and an honest local ledger of cost and latency. Your keys and your spend data stay on this machine.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2), licensed under the GNU LGPL version 3, and QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Desktop-App für alle Ihre LLM-Anbieter: Ausweich-Routing, Modelle im direkten Vergleich und ein ehrliches lokales Nutzungsprotokoll mit Kosten und Latenz. Ihre Schlüssel und Ihre Ausgabendaten bleiben auf diesem Rechner.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (läuft auf Qt %2), lizenziert unter der GNU LGPL Version 3, und QtKeychain, lizenziert unter der BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;QtKeychain %1. Licence texts: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;, &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;. Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; and from the distribution that provides your Qt.&lt;/p&gt;&lt;p&gt;The bundled price catalog is built from LiteLLM&apos;s list of model prices, copyright 2023 Berri AI, under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;QtKeychain %1. Lizenztexte: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL Version 3&lt;/a&gt;, &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;. Der Quellcode von Qt ist unter &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; erhältlich und bei der Distribution, die Ihr Qt bereitstellt.&lt;/p&gt;&lt;p&gt;Der mitgelieferte Preiskatalog beruht auf der Modellpreisliste von LiteLLM, Copyright 2023 Berri AI, unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
</context>
<context>
    <name>Ui::ActiveCompare</name>
    <message>
        <source>A compare is still running: stop it first.</source>
        <translation>Ein Vergleich läuft noch: Halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>This compare cannot run now.</source>
        <translation>Dieser Vergleich kann jetzt nicht laufen.</translation>
    </message>
</context>
<context>
    <name>Ui::AddProviderDialog</name>
    <message>
        <source>Add Provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Ui::AttemptTrailView</name>
    <message>
        <source>Who answered and what it cost</source>
        <translation>Wer geantwortet hat und was es gekostet hat</translation>
    </message>
    <message>
        <source>%1; trying the next target…</source>
        <translation>%1; nächstes Ziel wird versucht…</translation>
    </message>
    <message>
        <source>Show what the provider said</source>
        <translation>Zeigen, was der Anbieter gemeldet hat</translation>
    </message>
    <message>
        <source>Why this target: %1</source>
        <translation>Warum dieses Ziel: %1</translation>
    </message>
    <message>
        <source>Cached input tokens: %1</source>
        <translation>Zwischengespeicherte Eingabetokens: %1</translation>
    </message>
    <message>
        <source>Reasoning tokens: %1</source>
        <translation>Denk-Tokens: %1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Gesamtzeit: %1</translation>
    </message>
    <message>
        <source>Cost source: %1</source>
        <translation>Kostenquelle: %1</translation>
    </message>
</context>
<context>
    <name>Ui::BudgetGauge</name>
    <message>
        <source>%1 spent</source>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Spent in %1: %2 of the monthly budget of %3 (%4).</source>
        <translation>Ausgaben im %1: %2 vom Monatsbudget von %3 (%4).</translation>
    </message>
    <message>
        <source>Spent in %1: %2. No monthly budget is set (config.json &quot;budgets&quot;).</source>
        <translation>Ausgaben im %1: %2. Kein Monatsbudget festgelegt (config.json &quot;budgets&quot;).</translation>
    </message>
    <message>
        <source>At this pace the month ends at %1.</source>
        <translation>Bei diesem Tempo endet der Monat bei %1.</translation>
    </message>
    <message>
        <source>Attempts this month with no known cost (not included): %1.</source>
        <translation>Versuche in diesem Monat ohne bekannte Kosten (nicht enthalten): %1.</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Over the %1: %2 spent of %3.</source>
        <translation>%1 überschritten: %2 von %3 ausgegeben.</translation>
    </message>
    <message>
        <source>%1% of the %2 used: %3 of %4.</source>
        <translation>%2 zu %1 % verbraucht: %3 von %4.</translation>
    </message>
</context>
<context>
    <name>Ui::BudgetsPage</name>
    <message>
        <source>Limits in US dollars, from the costs in the local ledger. At 80% and at 100% of a limit Switchboard tells you, once per month or day; it does not stop requests. Leave a field empty for no limit.</source>
        <translation>Grenzen in US-Dollar, aus den Kosten im lokalen Nutzungsprotokoll. Bei 80 % und bei 100 % einer Grenze sagt Switchboard Bescheid, einmal je Monat oder Tag; Anfragen werden nicht angehalten. Lassen Sie ein Feld leer für keine Grenze.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1, %2 limit in US dollars</source>
        <translation>%1, %2e Grenze in US-Dollar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Per month (USD)</source>
        <translation>Je Monat (USD)</translation>
    </message>
    <message>
        <source>Per day (USD)</source>
        <translation>Je Tag (USD)</translation>
    </message>
    <message>
        <source>&amp;All providers</source>
        <translation>&amp;Alle Anbieter</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht eingerichtet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ChartCard</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Ui::ChatPage</name>
    <message>
        <source>Stop or return to the message field</source>
        <translation>Anhalten oder zum Nachrichtenfeld zurückkehren</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warte auf %1…</translation>
    </message>
    <message>
        <source>Conversations are not being saved: %1</source>
        <translation>Unterhaltungen werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your message goes to %1 alone, without fallback.</source>
        <translation>Ihre Nachricht geht nur an %1, ohne Ausweichziel.</translation>
    </message>
    <message>
        <source>Your message goes through the route “%1”: %2. If one fails, the next answers, and you see why.</source>
        <translation>Ihre Nachricht läuft über die Route „%1“: %2. Schlägt eines fehl, antwortet das nächste, und Sie sehen, warum.</translation>
    </message>
    <message>
        <source>Pick a route or a model below, then write your message.</source>
        <translation>Wählen Sie unten eine Route oder ein Modell und schreiben Sie dann Ihre Nachricht.</translation>
    </message>
    <message>
        <source>Ask anything</source>
        <translation>Stellen Sie eine Frage</translation>
    </message>
</context>
<context>
    <name>Ui::ChatSession</name>
    <message>
        <source>This cannot be sent</source>
        <translation>Dies kann nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>Ui::CodeBlockView</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code in %1</source>
        <translation>Code in %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Ui::ColumnFigures</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>answered by %1/%2</source>
        <translation>beantwortet von %1/%2</translation>
    </message>
</context>
<context>
    <name>Ui::CompareColumnView</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>Im Chat fortsetzen</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Mark this answer as the best (mark several for a tie)</source>
        <translation>Diese Antwort als beste markieren (mehrere markieren für ein Unentschieden)</translation>
    </message>
    <message>
        <source>Stop this column only</source>
        <translation>Nur diese Spalte anhalten</translation>
    </message>
    <message>
        <source>Ask this target again, alone</source>
        <translation>Nur dieses Ziel erneut fragen</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <source>Open this answer as a conversation and go on with this model</source>
        <translation>Diese Antwort als Unterhaltung öffnen und mit diesem Modell weitermachen</translation>
    </message>
    <message>
        <source>★ Best</source>
        <translation>★ Beste</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird gefragt…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>The answer broke off; asking the next target…</source>
        <translation>Die Antwort ist abgebrochen; das nächste Ziel wird gefragt…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Answering: %1</source>
        <translation>Antwortet: %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Answered by %1/%2</source>
        <translation>Beantwortet von %1/%2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>You stopped this column. Retry asks again.</source>
        <translation>Sie haben diese Spalte angehalten. „Wiederholen“ fragt erneut.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Answer as plain text</source>
        <translation>Antwort als reiner Text</translation>
    </message>
</context>
<context>
    <name>Ui::CompareLibrary</name>
    <message>
        <source>the history is not available</source>
        <translation>der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The compare is not saved: %1</source>
        <translation>Der Vergleich wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot continue in chat: %1</source>
        <translation>Im Chat fortsetzen ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot open the compare: %1</source>
        <translation>Der Vergleich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot list the compares: %1</source>
        <translation>Die Vergleiche können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the leaderboard: %1</source>
        <translation>Die Rangliste kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ComparePage</name>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>Every answered column was as good as the others</source>
        <translation>Jede Spalte mit Antwort war so gut wie die anderen</translation>
    </message>
    <message>
        <source>Write a prompt, pick 2 to 6 routes or models, and press Run: the answers stream side by side with their speed and cost.</source>
        <translation>Schreiben Sie eine Anfrage, wählen Sie 2 bis 6 Routen oder Modelle und klicken Sie auf „Ausführen“: Die Antworten erscheinen nebeneinander, mit Geschwindigkeit und Kosten.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Run the compare</source>
        <translation>Den Vergleich ausführen</translation>
    </message>
    <message>
        <source>Stop the compare</source>
        <translation>Den Vergleich anhalten</translation>
    </message>
    <message>
        <source>Retry is not possible: %1</source>
        <translation>Wiederholen ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>No verdict yet: mark the best answer, or call it a tie.</source>
        <translation>Noch keine Bewertung: Markieren Sie die beste Antwort oder werten Sie es als Unentschieden.</translation>
    </message>
    <message>
        <source>The verdict can be given once every column has ended.</source>
        <translation>Die Bewertung ist möglich, sobald jede Spalte beendet ist.</translation>
    </message>
    <message>
        <source>Verdict: %1 was best.</source>
        <translation>Bewertung: %1 war am besten.</translation>
    </message>
    <message>
        <source>Verdict: a tie between %1.</source>
        <translation>Bewertung: Unentschieden zwischen %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Gemeinsam blättern</translation>
    </message>
    <message>
        <source>Scrolling one answer scrolls the others to the same place</source>
        <translation>Wenn Sie in einer Antwort blättern, folgen die anderen an dieselbe Stelle</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Show the answers as the models sent them, without Markdown rendering</source>
        <translation>Die Antworten so zeigen, wie die Modelle sie gesendet haben, ohne Markdown-Darstellung</translation>
    </message>
</context>
<context>
    <name>Ui::CompareSetup</name>
    <message>
        <source>One prompt for every column (Ctrl+Enter runs the compare)</source>
        <translation>Eine Anfrage für jede Spalte (Strg+Enter führt den Vergleich aus)</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Systemanweisung (optional)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Stop every column</source>
        <translation>Jede Spalte anhalten</translation>
    </message>
    <message>
        <source>Ask every target (Ctrl+Enter)</source>
        <translation>Jedes Ziel fragen (Strg+Enter)</translation>
    </message>
</context>
<context>
    <name>Ui::CompareTargetsEditor</name>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add a column (up to %1)</source>
        <translation>Eine Spalte hinzufügen (bis zu %1)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>A route (with its fallback) or one model</source>
        <translation>Eine Route (mit ihren Ausweichzielen) oder ein einzelnes Modell</translation>
    </message>
    <message>
        <source>Remove this target</source>
        <translation>Dieses Ziel entfernen</translation>
    </message>
</context>
<context>
    <name>Ui::Composer</name>
    <message>
        <source>System prompt for this conversation (optional)</source>
        <translation>Systemanweisung für diese Unterhaltung (optional)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>Systemanweisung anzeigen</translation>
    </message>
    <message>
        <source>The system prompt sent with every message of this conversation</source>
        <translation>Die Systemanweisung, die mit jeder Nachricht dieser Unterhaltung gesendet wird</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter zum Senden · Umschalt+Enter für eine neue Zeile</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Die Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Die Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation>Systemanweisung ✓</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>Systemanweisung ausblenden</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unterhaltung ohne Titel</translation>
    </message>
    <message>
        <source>%1
Last active %2</source>
        <translation>%1
Zuletzt aktiv: %2</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, angeheftet</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationPanel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+K)</source>
        <translation>Jede Nachricht durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>Die Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>„%1“ mit allen Nachrichten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
</context>
<context>
    <name>Ui::Dashboard</name>
    <message>
        <source>Switchboard · page %1</source>
        <translation>Switchboard · Seite %1</translation>
    </message>
    <message>
        <source>No requests in this period yet</source>
        <translation>Noch keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>ein PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>This month and its budget</source>
        <translation>Dieser Monat und sein Budget</translation>
    </message>
    <message>
        <source>the PDF did not finish</source>
        <translation>das PDF wurde nicht fertiggestellt</translation>
    </message>
    <message>
        <source>No requests recorded yet: every chat, comparison and gateway request will show up here.</source>
        <translation>Noch keine Anfragen aufgezeichnet: jeder Chat, jeder Vergleich und jede Gateway-Anfrage erscheint hier.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 + %2 unknown</source>
        <translation>%1 + %2 unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>tokens (millions)</source>
        <translation>Tokens (Millionen)</translation>
    </message>
    <message>
        <source>tokens (thousands)</source>
        <translation>Tokens (Tausend)</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>(unknown writer)</source>
        <translation>(unbekannter Verfasser)</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardView</name>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Wieder alle Modelle zeigen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table per model as CSV</source>
        <translation>Die Tabelle je Modell als CSV speichern</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Die Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a PDF report</source>
        <translation>Das ganze Dashboard als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Einen PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Das Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben je Tag</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Requests and tokens per day</source>
        <translation>Anfragen und Tokens je Tag</translation>
    </message>
    <message>
        <source>Time to first token per model</source>
        <translation>Zeit bis zum ersten Token je Modell</translation>
    </message>
    <message>
        <source>How requests ended, per provider</source>
        <translation>Wie Anfragen endeten, je Anbieter</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Je Modell</translation>
    </message>
    <message>
        <source>Click a model to narrow the dashboard to it; click a column to sort.</source>
        <translation>Klicken Sie auf ein Modell, um das Dashboard darauf einzugrenzen; klicken Sie auf eine Spalte, um zu sortieren.</translation>
    </message>
    <message>
        <source>Team: per person and machine</source>
        <translation>Team: je Person und Rechner</translation>
    </message>
    <message>
        <source>Everyone who wrote to this ledger in the period (user@machine).</source>
        <translation>Alle, die im Zeitraum in dieses Nutzungsprotokoll geschrieben haben (Benutzer@Rechner).</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
    <message>
        <source>No answer with a first token in this period yet</source>
        <translation>Noch keine Antwort mit erstem Token in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Attempts of unknown cost, not in these bars: %1.</source>
        <translation>Versuche mit unbekannten Kosten, nicht in diesen Balken: %1.</translation>
    </message>
    <message>
        <source>Click a model in the legend or a bar to narrow the dashboard to it.</source>
        <translation>Klicken Sie auf ein Modell in der Legende oder auf einen Balken, um das Dashboard darauf einzugrenzen.</translation>
    </message>
    <message>
        <source>Successful answers; the most used models.</source>
        <translation>Erfolgreiche Antworten; die meistgenutzten Modelle.</translation>
    </message>
    <message>
        <source>Each request counts for the provider of its first attempt.</source>
        <translation>Jede Anfrage zählt für den Anbieter ihres ersten Versuchs.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no chart named %1</source>
        <translation>Es gibt kein Diagramm namens %1</translation>
    </message>
    <message>
        <source>Switchboard spend report</source>
        <translation>Switchboard-Ausgabenbericht</translation>
    </message>
    <message>
        <source>Generated %1 from %2</source>
        <translation>Erstellt am %1 aus %2</translation>
    </message>
    <message>
        <source>Per person and machine</source>
        <translation>Je Person und Rechner</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorNotice</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>Ui::FinishStep</name>
    <message>
        <source>&amp;Finish Setup</source>
        <translation>&amp;Einrichtung abschließen</translation>
    </message>
    <message>
        <source>Chats that name no model go through the route “default”: a list of models tried in order. Pick the one this provider adds to it.</source>
        <translation>Chats, die kein Modell nennen, laufen über die Route „default“: eine Liste von Modellen, die der Reihe nach versucht werden. Wählen Sie das Modell, das dieser Anbieter beiträgt.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model for the route default</source>
        <translation>Modell für die Route default</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 funktioniert</translation>
    </message>
    <message numerus="yes">
        <source>Add it to the end of the route “default” (%n target(s) so far)</source>
        <translation>
            <numerusform>Am Ende der Route „default“ anfügen (bisher %n Ziel)</numerusform>
            <numerusform>Am Ende der Route „default“ anfügen (bisher %n Ziele)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the route “default” with it</source>
        <translation>Die Route „default“ damit anlegen</translation>
    </message>
    <message>
        <source>Pick a model for the route “default”, or untick the box.</source>
        <translation>Wählen Sie ein Modell für die Route „default“ oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 — Switchboard never keeps keys in a file instead.</source>
        <translation>%1 — Switchboard legt Schlüssel nie ersatzweise in einer Datei ab.</translation>
    </message>
    <message>
        <source>Keep the Key for This Session</source>
        <translation>Schlüssel für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayDialog</name>
    <message>
        <source>Local Gateway</source>
        <translation>Lokales Gateway</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayPanel</name>
    <message>
        <source>&amp;Serve the local gateway</source>
        <translation>Lokales Gateway &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <source>Editors, scripts and agents that speak the OpenAI API can use your routes, keys and ledger through this address. Only programs on this computer can reach it, and only with the token.</source>
        <translation>Editoren, Skripte und Agenten, die die OpenAI-API sprechen, können über diese Adresse Ihre Routen, Schlüssel und Ihr Nutzungsprotokoll verwenden. Nur Programme auf diesem Rechner erreichen sie, und nur mit dem Token.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Takes effect at once; 0 picks any free port at each start.</source>
        <translation>Wirkt sofort; 0 wählt bei jedem Start einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse des Gateways</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Token des Gateways</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <source>Token copied. Paste it where the client asks for an API key.</source>
        <translation>Token kopiert. Fügen Sie es dort ein, wo der Client nach einem API-Schlüssel fragt.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Turn the gateway on to get its address</source>
        <translation>Schalten Sie das Gateway ein, um seine Adresse zu erhalten</translation>
    </message>
    <message>
        <source>Made on first start, kept in the keychain</source>
        <translation>Beim ersten Start erzeugt, im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Chosen by %1 when Switchboard started.</source>
        <translation>Beim Start von Switchboard durch %1 festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n served</source>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 in progress</source>
        <translation>%1, %2 in Bearbeitung</translation>
    </message>
    <message>
        <source>The gateway needs your attention</source>
        <translation>Das Gateway braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Regenerate the gateway token?</source>
        <translation>Das Token des Gateways neu erzeugen?</translation>
    </message>
    <message>
        <source>Every program that uses the current token is refused from its next request on, until you give it the new one.</source>
        <translation>Jedes Programm, das das aktuelle Token verwendet, wird ab seiner nächsten Anfrage abgewiesen, bis Sie ihm das neue geben.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayStatusButton</name>
    <message>
        <source>Local gateway</source>
        <translation>Lokales Gateway</translation>
    </message>
    <message numerus="yes">
        <source>Gateway on · %n served</source>
        <translation>
            <numerusform>Gateway ein · %n Anfrage bearbeitet</numerusform>
            <numerusform>Gateway ein · %n Anfragen bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway wird gestartet…</translation>
    </message>
    <message>
        <source>Gateway stopping…</source>
        <translation>Gateway wird beendet…</translation>
    </message>
    <message>
        <source>Gateway off</source>
        <translation>Gateway aus</translation>
    </message>
    <message>
        <source>Gateway off: see why</source>
        <translation>Gateway aus: Grund anzeigen</translation>
    </message>
    <message>
        <source>Open the local gateway to turn it on</source>
        <translation>Das lokale Gateway öffnen, um es einzuschalten</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralPage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Switchboard.</translation>
    </message>
    <message>
        <source>%1 (not available in this build)</source>
        <translation>%1 (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <source>Switchboard speaks the new language the next time it starts.</source>
        <translation>Switchboard spricht die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Ui::KeyStep</name>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory until Switchboard quits</source>
        <translation>Den Schlüssel bis zum Beenden von Switchboard im &amp;Speicher behalten</translation>
    </message>
    <message>
        <source>Read the key from an &amp;environment variable:</source>
        <translation>Den Schlüssel aus einer &amp;Umgebungsvariable lesen:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>How routes and the model picker call it: NAME/MODEL</source>
        <translation>So heißt er in Routen und in der Modellauswahl: NAME/MODELL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, then paste it here.</source>
        <translation>Erstellen Sie einen Schlüssel unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Leave it empty if the server needs no key.</source>
        <translation>Leer lassen, wenn der Server keinen Schlüssel braucht.</translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation>Suche nach einem Schlüsselbund…</translation>
    </message>
    <message>
        <source>The key goes to your keychain (under “%1”), never into a file.</source>
        <translation>Der Schlüssel kommt in Ihren Schlüsselbund (unter „%1“), nie in eine Datei.</translation>
    </message>
    <message>
        <source>%1. Switchboard never keeps keys in a file instead; choose how to give it the key:</source>
        <translation>%1. Switchboard legt Schlüssel nie ersatzweise in einer Datei ab; wählen Sie, wie es den Schlüssel bekommt:</translation>
    </message>
    <message>
        <source>Name the variable that holds the key.</source>
        <translation>Nennen Sie die Variable, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>%1 is not set in Switchboard&apos;s environment: export %1=… and start Switchboard again.</source>
        <translation>%1 ist in der Umgebung von Switchboard nicht gesetzt: export %1=… und Switchboard neu starten.</translation>
    </message>
    <message>
        <source>%1 is set; the test uses it.</source>
        <translation>%1 ist gesetzt; der Test verwendet sie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>%1 is not set in Switchboard&apos;s environment: export %1=… and start Switchboard again, or keep the key in memory for this session.</source>
        <translation>%1 ist in der Umgebung von Switchboard nicht gesetzt: export %1=… und Switchboard neu starten, oder den Schlüssel für diese Sitzung im Speicher behalten.</translation>
    </message>
    <message>
        <source>Paste the key first; %1 does not answer without one.</source>
        <translation>Fügen Sie zuerst den Schlüssel ein; %1 antwortet nicht ohne.</translation>
    </message>
    <message>
        <source>The key has spaces, several lines or characters a key does not have; paste the key alone.</source>
        <translation>Der Schlüssel enthält Leerzeichen, mehrere Zeilen oder Zeichen, die ein Schlüssel nicht hat; fügen Sie nur den Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>Ui::LatencyChart</name>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>%1
first token: p50 %2, p95 %3
answers measured: %4</source>
        <translation>%1
erstes Token: p50 %2, p95 %3
gemessene Antworten: %4</translation>
    </message>
    <message>
        <source>milliseconds to the first token</source>
        <translation>Millisekunden bis zum ersten Token</translation>
    </message>
</context>
<context>
    <name>Ui::LeaderboardModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 wins, %2 ties, %3 losses</source>
        <translation>%1 Siege, %2 Unentschieden, %3 Niederlagen</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>W / T / L</source>
        <translation>S / U / N</translation>
    </message>
    <message>
        <source>Median cost</source>
        <translation>Median Kosten</translation>
    </message>
    <message>
        <source>Median first token</source>
        <translation>Median erstes Token</translation>
    </message>
    <message>
        <source>Median speed</source>
        <translation>Median Geschwindigkeit</translation>
    </message>
</context>
<context>
    <name>Ui::LeaderboardView</name>
    <message>
        <source>Create route from leaderboard</source>
        <translation>Route aus der Rangliste erstellen</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Ihre Rangliste</translation>
    </message>
    <message>
        <source>Win rates from the compares you judged: a win counts 1, a tie ½. Cost and speed are the medians of the judged answers.</source>
        <translation>Siegquoten aus den Vergleichen, die Sie bewertet haben: Ein Sieg zählt 1, ein Unentschieden ½. Kosten und Geschwindigkeit sind die Mediane der bewerteten Antworten.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>No judged compares yet. Mark the best answer of a compare and the models&apos; standing shows here.</source>
        <translation>Noch keine bewerteten Vergleiche. Markieren Sie die beste Antwort eines Vergleichs, dann erscheint hier der Stand der Modelle.</translation>
    </message>
    <message>
        <source>Route name:</source>
        <translation>Name der Route:</translation>
    </message>
    <message>
        <source>e.g. my-best</source>
        <translation>z. B. my-best</translation>
    </message>
    <message>
        <source>Name of the new route</source>
        <translation>Name der neuen Route</translation>
    </message>
    <message>
        <source>A route that asks the best model first and falls back to the cheapest of the others</source>
        <translation>Eine Route, die zuerst das beste Modell fragt und auf das günstigste der anderen ausweicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The route is not created: %1</source>
        <translation>Die Route wird nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; saved: %2</source>
        <translation>Route &apos;%1&apos; gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload Configuration</source>
        <translation>Konfiguration &amp;neu laden</translation>
    </message>
    <message>
        <source>Open &amp;Profile Folder</source>
        <translation>&amp;Profilordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The conversation list cannot be read: %1</source>
        <translation>Die Liste der Unterhaltungen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>Neuer &amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations</source>
        <translation>In Unterhaltungen &amp;suchen</translation>
    </message>
    <message>
        <source>Go to the &amp;Message Field</source>
        <translation>Zum Nachrichten&amp;feld</translation>
    </message>
    <message>
        <source>&amp;Stop the Answer</source>
        <translation>Antwort &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Regenerate the Answer</source>
        <translation>Antwort neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Rena&amp;me Conversation</source>
        <translation>Unterhaltung &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Conversation</source>
        <translation>Unterhaltung an&amp;heften oder lösen</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>Unterhaltung &amp;löschen…</translation>
    </message>
    <message>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <source>Local &amp;Gateway…</source>
        <translation>Lokales &amp;Gateway…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>Ui::MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>Ui::MessageView</name>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Die Nachricht kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Ask again for a new answer</source>
        <translation>Erneut nach einer neuen Antwort fragen</translation>
    </message>
    <message>
        <source>Stopped by you — the answer is incomplete.</source>
        <translation>Von Ihnen angehalten — die Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>The answer broke off — it is incomplete.</source>
        <translation>Die Antwort brach ab — sie ist unvollständig.</translation>
    </message>
    <message>
        <source>The model stopped early (length limit or filter) — the answer may be cut short.</source>
        <translation>Das Modell hat vorzeitig aufgehört (Längenbegrenzung oder Filter) — die Antwort ist womöglich abgeschnitten.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Beantwortet von %1</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Warte auf das erste Token…</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Die Überlegungen des Modells zeigen</translation>
    </message>
    <message>
        <source>The model&apos;s reasoning</source>
        <translation>Die Überlegungen des Modells</translation>
    </message>
    <message numerus="yes">
        <source>Thinking… (%n words)</source>
        <translation>
            <numerusform>Denkt nach… (%n Wort)</numerusform>
            <numerusform>Denkt nach… (%n Wörter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n words)</source>
        <translation>
            <numerusform>Überlegungen (%n Wort)</numerusform>
            <numerusform>Überlegungen (%n Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Ihre Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>Ui::ModelListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the provider for its model list again</source>
        <translation>Den Anbieter erneut nach seiner Modellliste fragen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), fetched %1</source>
        <translation>
            <numerusform>%n Modell, abgerufen %1</numerusform>
            <numerusform>%n Modelle, abgerufen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not kept: %1</source>
        <translation>Die Liste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Modellliste wird abgerufen…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>What to do: %1.</source>
        <translation>Was zu tun ist: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::OfflineTextDocument</name>
    <message>
        <source>image not loaded</source>
        <translation>Bild nicht geladen</translation>
    </message>
</context>
<context>
    <name>Ui::OutcomeChart</name>
    <message>
        <source>Answered first</source>
        <translation>Sofort beantwortet</translation>
    </message>
    <message>
        <source>answered by the first attempt</source>
        <translation>beim ersten Versuch beantwortet</translation>
    </message>
    <message>
        <source>After a fallback</source>
        <translation>Über Ausweichziel</translation>
    </message>
    <message>
        <source>answered after a fallback</source>
        <translation>über ein Ausweichziel beantwortet</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1: %2 %3
(%4 of %5 requests)</source>
        <translation>%1: %2 %3
(%4 von %5 Anfragen)</translation>
    </message>
</context>
<context>
    <name>Ui::PeriodSelector</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ui::PresetStep</name>
    <message>
        <source>&amp;Look Again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>Or a &amp;service — you need an API key; the next step links to its page</source>
        <translation>Oder ein &amp;Dienst — Sie brauchen einen API-Schlüssel; der nächste Schritt verlinkt auf seine Seite</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>any OpenAI-compatible server</source>
        <translation>jeder OpenAI-kompatible Server</translation>
    </message>
    <message>
        <source>this computer, port %1 — no key needed</source>
        <translation>dieser Rechner, Port %1 — kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Looking for local model servers (%1)…</source>
        <translation>Suche nach lokalen Modellservern (%1)…</translation>
    </message>
    <message>
        <source>No model server answered on the usual ports (%1).</source>
        <translation>Kein Modellserver hat auf den üblichen Ports geantwortet (%1).</translation>
    </message>
    <message>
        <source>Found running here, no key needed:</source>
        <translation>Hier gefunden, kein Schlüssel nötig:</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 — %n model(s) at %2</source>
        <translation>
            <numerusform>%1 verwenden — %n Modell unter %2</numerusform>
            <numerusform>%1 verwenden — %n Modelle unter %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProbeReport</name>
    <message>
        <source>%1 is reachable and accepts the key</source>
        <translation>%1 ist erreichbar und akzeptiert den Schlüssel</translation>
    </message>
    <message>
        <source>; model list: %1 entries in %2 ms</source>
        <translation>; Modellliste: %1 Einträge in %2 ms</translation>
    </message>
    <message>
        <source>; %1 answered a test request in %2 ms</source>
        <translation>; %1 hat eine Testanfrage in %2 ms beantwortet</translation>
    </message>
    <message>
        <source>Step 2 of 2 failed: the model list arrived, but a one-token test request to %1 did not get an answer.
%2</source>
        <translation>Schritt 2 von 2 fehlgeschlagen: die Modellliste kam an, aber eine Testanfrage mit einem Token an %1 bekam keine Antwort.
%2</translation>
    </message>
    <message>
        <source>Step 1 of 2 failed: %1 did not hand out its model list, which also checks that the service is reachable and accepts the key.
%2</source>
        <translation>Schritt 1 von 2 fehlgeschlagen: %1 hat seine Modellliste nicht herausgegeben; das prüft auch, ob der Dienst erreichbar ist und den Schlüssel akzeptiert.
%2</translation>
    </message>
    <message>
        <source>What to do: %1.</source>
        <translation>Was zu tun ist: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderConnectionForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Send the key over plain &amp;http to this host</source>
        <translation>Den Schlüssel über unverschlüsseltes &amp;http an diesen Host senden</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Key variable</source>
        <translation>Schlüsselvariable</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An environment variable that may hold the key, read when there is none in the keychain</source>
        <translation>Eine Umgebungsvariable, die den Schlüssel enthalten kann; sie wird gelesen, wenn keiner im Schlüsselbund ist</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>Schlüssel&amp;variable:</translation>
    </message>
    <message>
        <source>Anyone on the network between here and the server could read the key. Only on a network you trust.</source>
        <translation>Jeder im Netz zwischen hier und dem Server könnte den Schlüssel lesen. Nur in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>%1. Is %2 meant to have that key?</source>
        <translation>%1. Soll %2 diesen Schlüssel erhalten?</translation>
    </message>
    <message>
        <source>Send the Key to %1</source>
        <translation>Schlüssel an %1 senden</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>kein Anbieter namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Saved. Its key, if it has one, now goes to %1.</source>
        <translation>Gespeichert. Sein Schlüssel, falls er einen hat, geht jetzt an %1.</translation>
    </message>
    <message>
        <source>%1The key is not sent over plain http to %2 (anyone on the way could read it): use an https base URL, or, on a network you trust, tick “Send the key over plain http”.</source>
        <translation>%1Der Schlüssel wird nicht über unverschlüsseltes http an %2 gesendet (jeder auf dem Weg könnte ihn lesen): verwenden Sie eine https-Basis-URL, oder setzen Sie in einem vertrauenswürdigen Netz das Häkchen bei „Den Schlüssel über unverschlüsseltes http senden“.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDetails</name>
    <message>
        <source>Remove Provider…</source>
        <translation>Anbieter entfernen…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Key and Test</source>
        <translation>Schlüssel und Test</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>%1 · %2 protocol</source>
        <translation>%1 · Protokoll %2</translation>
    </message>
    <message>
        <source>%1 protocol</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>Remove provider &apos;%1&apos;? Its key is deleted from the keychain.</source>
        <translation>Anbieter &apos;%1&apos; entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Its targets leave the route(s) %1.</source>
        <translation>Seine Ziele verlassen diese Routen: %1.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>kein Anbieter namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed provider &apos;%1&apos;.</source>
        <translation>Anbieter &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Its targets were taken out of the route(s): %1.</source>
        <translation>Seine Ziele wurden aus diesen Routen genommen: %1.</translation>
    </message>
    <message>
        <source>Deleted its key from the keychain.</source>
        <translation>Sein Schlüssel wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Its key stays in the keychain: %1</source>
        <translation>Sein Schlüssel bleibt im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderKeyPanel</name>
    <message>
        <source>Set Key…</source>
        <translation>Schlüssel setzen…</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Store in Keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Key: looking…</source>
        <translation>Schlüssel: wird gesucht…</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>kept in memory until Switchboard quits</source>
        <translation>bis zum Beenden von Switchboard im Speicher</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Key: %1, but not sent over plain http to %2</source>
        <translation>Schlüssel: %1, aber nicht über unverschlüsseltes http an %2 gesendet</translation>
    </message>
    <message>
        <source>Key: none needed (a server on this computer)</source>
        <translation>Schlüssel: keiner nötig (ein Server auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Key: missing — no keychain is available on this system</source>
        <translation>Schlüssel: fehlt — auf diesem System ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Key: missing — the keychain is locked or refused access</source>
        <translation>Schlüssel: fehlt — der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>Key: missing — none in the keychain, and %1 is not set</source>
        <translation>Schlüssel: fehlt — keiner im Schlüsselbund, und %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Key: missing</source>
        <translation>Schlüssel: fehlt</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>The key has spaces, several lines or characters a key does not have; paste the key alone.</source>
        <translation>Der Schlüssel enthält Leerzeichen, mehrere Zeilen oder Zeichen, die ein Schlüssel nicht hat; fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 — Switchboard never keeps keys in a file instead. Keep this key in memory until Switchboard quits, or give it through an environment variable: name it under Key variable and export it before starting Switchboard.</source>
        <translation>%1 — Switchboard legt Schlüssel nie ersatzweise in einer Datei ab. Behalten Sie diesen Schlüssel bis zum Beenden von Switchboard im Speicher, oder geben Sie ihn über eine Umgebungsvariable an: tragen Sie sie unter Schlüsselvariable ein und exportieren Sie sie vor dem Start von Switchboard.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Stored the key of provider &apos;%1&apos; in the keychain.</source>
        <translation>Der Schlüssel von Anbieter &apos;%1&apos; ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key of provider &apos;%1&apos; is kept in memory until Switchboard quits; it is not written anywhere.</source>
        <translation>Der Schlüssel von Anbieter &apos;%1&apos; bleibt bis zum Beenden von Switchboard im Speicher; er wird nirgends geschrieben.</translation>
    </message>
    <message>
        <source>Forgot the key kept for this session.</source>
        <translation>Der für diese Sitzung behaltene Schlüssel ist vergessen.</translation>
    </message>
    <message>
        <source>Delete the key of provider &apos;%1&apos; from the keychain? Requests to it fail until it has a key again.</source>
        <translation>Den Schlüssel von Anbieter &apos;%1&apos; aus dem Schlüsselbund löschen? Anfragen an ihn schlagen fehl, bis er wieder einen Schlüssel hat.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Deleted the key of provider &apos;%1&apos; from the keychain.</source>
        <translation>Der Schlüssel von Anbieter &apos;%1&apos; wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderSetup</name>
    <message>
        <source>Start &amp;Chatting</source>
        <translation>&amp;Chat beginnen</translation>
    </message>
    <message>
        <source>Add &amp;Another Provider</source>
        <translation>&amp;Weiteren Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>1  Choose</source>
        <translation>1  Auswahl</translation>
    </message>
    <message>
        <source>2  Key</source>
        <translation>2  Schlüssel</translation>
    </message>
    <message>
        <source>3  Test</source>
        <translation>3  Test</translation>
    </message>
    <message>
        <source>4  Default route</source>
        <translation>4  Standardroute</translation>
    </message>
    <message>
        <source>✓  %1 is ready</source>
        <translation>✓  %1 ist bereit</translation>
    </message>
    <message>
        <source>Provider &apos;%1&apos; is configured.</source>
        <translation>Anbieter &apos;%1&apos; ist eingerichtet.</translation>
    </message>
    <message>
        <source>Provider &apos;%1&apos; is configured, and the route “default” now ends with %2: chats that name no model go there.</source>
        <translation>Anbieter &apos;%1&apos; ist eingerichtet, und die Route „default“ endet jetzt mit %2: Chats, die kein Modell nennen, gehen dorthin.</translation>
    </message>
    <message>
        <source>Settings ▸ Providers changes its key or base URL; Settings ▸ Routes orders the fallbacks.</source>
        <translation>Einstellungen ▸ Anbieter ändert seinen Schlüssel oder seine Basis-URL; Einstellungen ▸ Routen ordnet die Ausweichziele.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderTestPanel</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Asks for the model list, then sends one tiny request (one output token).</source>
        <translation>Fragt nach der Modellliste und sendet dann eine winzige Anfrage (ein Ausgabetoken).</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>This build cannot talk to %1 providers yet.</source>
        <translation>Diese Version kann noch nicht mit %1-Anbietern sprechen.</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>Anbieter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Eingerichtete Anbieter</translation>
    </message>
    <message>
        <source>No provider is configured yet. Add one from the list of known services, or a server running on this computer.</source>
        <translation>Noch ist kein Anbieter eingerichtet. Fügen Sie einen aus der Liste bekannter Dienste hinzu, oder einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Ui::RecentCompares</name>
    <message>
        <source>Saved compares</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>Saved compares: Enter reopens one, Delete removes it</source>
        <translation>Gespeicherte Vergleiche: Enter öffnet einen erneut, Entf entfernt ihn</translation>
    </message>
</context>
<context>
    <name>Ui::RouteConfigWriter</name>
    <message>
        <source>%1 has errors, so it is left as it is: %2</source>
        <translation>%1 enthält Fehler und bleibt daher unverändert: %2</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists: choose another name</source>
        <translation>eine Route namens &apos;%1&apos; gibt es schon: wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>Ui::RouteEditor</name>
    <message>
        <source>The cheapest target for each request goes first, from the price catalog; targets without a known price go last.</source>
        <translation>Das günstigste Ziel jeder Anfrage kommt zuerst, nach dem Preiskatalog; Ziele ohne bekannten Preis kommen zuletzt.</translation>
    </message>
    <message>
        <source>The target with the shortest median time to the first token over the last 7 days goes first.</source>
        <translation>Das Ziel mit der kürzesten Medianzeit bis zum ersten Token der letzten 7 Tage kommt zuerst.</translation>
    </message>
    <message>
        <source>Requests are spread over the targets by their weights.</source>
        <translation>Die Anfragen werden nach ihren Gewichten auf die Ziele verteilt.</translation>
    </message>
    <message>
        <source>Targets are tried in the order of the list; the next one only when one fails.</source>
        <translation>Die Ziele werden in der Reihenfolge der Liste versucht; das nächste erst, wenn eines fehlschlägt.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>der Reihe nach</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>schnellste</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Targets in order</source>
        <translation>Ziele in Reihenfolge</translation>
    </message>
    <message>
        <source>Provider of the new target</source>
        <translation>Anbieter des neuen Ziels</translation>
    </message>
    <message>
        <source>Model of the new target</source>
        <translation>Modell des neuen Ziels</translation>
    </message>
    <message>
        <source>When Things Go Wrong</source>
        <translation>Wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>keine Route namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add a provider first</source>
        <translation>zuerst einen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>model id (no list fetched yet: Providers ▸ Refresh)</source>
        <translation>Modell-ID (noch keine Liste abgerufen: Anbieter ▸ Aktualisieren)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>&apos;%1&apos; ist nicht ANBIETER/MODELL</translation>
    </message>
    <message>
        <source>Overrides for %1:</source>
        <translation>Überschreibungen für %1:</translation>
    </message>
    <message>
        <source>Select a target to change what it overrides.</source>
        <translation>Wählen Sie ein Ziel, um zu ändern, was es überschreibt.</translation>
    </message>
    <message>
        <source>Add &amp;from:</source>
        <translation>Hinzufügen &amp;aus:</translation>
    </message>
</context>
<context>
    <name>Ui::RoutePolicyForm</name>
    <message>
        <source>Retries per target</source>
        <translation>Wiederholungen je Ziel</translation>
    </message>
    <message>
        <source>Retries of the same target after a transient failure (rate limit, overload, timeout), with backoff</source>
        <translation>Wiederholungen desselben Ziels nach einem vorübergehenden Fehler (Ratenlimit, Überlastung, Zeitüberschreitung), mit wachsender Pause</translation>
    </message>
    <message>
        <source>Retries per &amp;target:</source>
        <translation>Wiederholungen je &amp;Ziel:</translation>
    </message>
    <message>
        <source>Attempts at most</source>
        <translation>Höchstens Versuche</translation>
    </message>
    <message>
        <source>Attempts at &amp;most:</source>
        <translation>&amp;Höchstens Versuche:</translation>
    </message>
    <message>
        <source>Hedge after</source>
        <translation>Parallel nach</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>When a stream breaks</source>
        <translation>Wenn ein Stream abbricht</translation>
    </message>
    <message>
        <source>When a stream &amp;breaks:</source>
        <translation>Wenn ein Stream a&amp;bbricht:</translation>
    </message>
    <message>
        <source>On a bad request</source>
        <translation>Bei einer ungültigen Anfrage</translation>
    </message>
    <message>
        <source>fall back to the next target</source>
        <translation>auf das nächste Ziel ausweichen</translation>
    </message>
    <message>
        <source>On a bad &amp;request:</source>
        <translation>Bei einer ungültigen &amp;Anfrage:</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>&amp;Hedge after</source>
        <translation>&amp;Parallel nach</translation>
    </message>
    <message>
        <source>When the first target has sent no token by then, start the next one as well; the first to stream wins, the other is cancelled</source>
        <translation>Hat das erste Ziel bis dahin kein Token gesendet, wird das nächste zusätzlich gestartet; das zuerst streamende gewinnt, das andere wird abgebrochen</translation>
    </message>
    <message>
        <source>without a token</source>
        <translation>ohne Token</translation>
    </message>
    <message>
        <source>Hedging:</source>
        <translation>Paralleler Versuch:</translation>
    </message>
    <message>
        <source>restart on the next target</source>
        <translation>neu beginnen beim nächsten Ziel</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>Either way the partial answer is kept, marked as such, never merged into the answer</source>
        <translation>So oder so bleibt die Teilantwort erhalten, als solche markiert, nie in die Antwort gemischt</translation>
    </message>
    <message>
        <source>stop (it would fail everywhere)</source>
        <translation>anhalten (sie schlüge überall fehl)</translation>
    </message>
</context>
<context>
    <name>Ui::RouteTargetsModel</name>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>höchstens %1 Tokens</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>Denkaufwand %1</translation>
    </message>
    <message>
        <source>first token within %1 ms</source>
        <translation>erstes Token innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Drag to change the order, or use Move Up / Move Down (Alt+Up, Alt+Down)</source>
        <translation>Zum Umordnen ziehen, oder Nach oben / Nach unten verwenden (Alt+Pfeil hoch, Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Target %1 of %2: %3 %4</source>
        <translation>Ziel %1 von %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>Ui::RoutesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>R&amp;outen</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>Name der Route</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No routes yet. A route is a list of models tried in order; “default” is used by chats that name no model. Press New to create one.</source>
        <translation>Noch keine Routen. Eine Route ist eine Liste von Modellen, die der Reihe nach versucht werden; „default“ nutzen Chats, die kein Modell nennen. Drücken Sie Neu, um eine anzulegen.</translation>
    </message>
    <message>
        <source>Timeouts of Every Request</source>
        <translation>Zeitlimits jeder Anfrage</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>name, e.g. fast or private</source>
        <translation>Name, z. B. fast oder private</translation>
    </message>
    <message>
        <source>Remove the route &apos;%1&apos;?</source>
        <translation>Die Route &apos;%1&apos; entfernen?</translation>
    </message>
    <message>
        <source>Chats that name no model use it.</source>
        <translation>Chats, die kein Modell nennen, verwenden sie.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>keine Route namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed route &apos;%1&apos;.</source>
        <translation>Route &apos;%1&apos; entfernt.</translation>
    </message>
</context>
<context>
    <name>Ui::SearchHitModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unterhaltung ohne Titel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Providers, their keys and models</source>
        <translation>Anbieter, ihre Schlüssel und Modelle</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Routes: which models a chat tries, in what order</source>
        <translation>Routen: welche Modelle ein Chat in welcher Reihenfolge versucht</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Ausgabengrenzen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 — %2
%3, attempts: %4</source>
        <translation>%1 — %2
%3, Versuche: %4</translation>
    </message>
</context>
<context>
    <name>Ui::TargetOverridesForm</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>For the weighted strategy: this target&apos;s share of the requests</source>
        <translation>Für die gewichtete Strategie: der Anteil dieses Ziels an den Anfragen</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>Modellvorgabe</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatur:</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Höchstens Tokens</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Höchstens &amp;Tokens:</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>&amp;Denkaufwand:</translation>
    </message>
    <message>
        <source>First token within</source>
        <translation>Erstes Token innerhalb</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>as for every request</source>
        <translation>wie für jede Anfrage</translation>
    </message>
    <message>
        <source>Reasoning models may think for minutes before the first token</source>
        <translation>Denkende Modelle können minutenlang überlegen, bevor das erste Token kommt</translation>
    </message>
    <message>
        <source>&amp;First token within:</source>
        <translation>&amp;Erstes Token innerhalb:</translation>
    </message>
</context>
<context>
    <name>Ui::TargetPicker</name>
    <message>
        <source>Route or model</source>
        <translation>Route oder Modell</translation>
    </message>
    <message>
        <source>Where your message goes: a route (with fallback) or one model</source>
        <translation>Wohin Ihre Nachricht geht: eine Route (mit Ausweichzielen) oder ein einzelnes Modell</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message numerus="yes">
        <source>Route %1: %n target(s), %2</source>
        <translation>
            <numerusform>Route %1: %n Ziel, %2</numerusform>
            <numerusform>Route %1: %n Ziele, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, no fallback</source>
        <translation>Nur %1, ohne Ausweichziel</translation>
    </message>
    <message>
        <source>  %1 (not configured)</source>
        <translation>  %1 (nicht eingerichtet)</translation>
    </message>
    <message>
        <source>%1 is not in the configuration any more</source>
        <translation>%1 ist nicht mehr in der Konfiguration</translation>
    </message>
</context>
<context>
    <name>Ui::TestStep</name>
    <message>
        <source>Try &amp;Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>%1 wird getestet</translation>
    </message>
    <message>
        <source>Step 1: asking %1 for its model list (is it reachable, is the key accepted?)</source>
        <translation>Schritt 1: %1 nach seiner Modellliste fragen (erreichbar? Schlüssel akzeptiert?)</translation>
    </message>
    <message>
        <source>Step 2: one tiny test request</source>
        <translation>Schritt 2: eine winzige Testanfrage</translation>
    </message>
    <message>
        <source>Step 1: the model list did not arrive</source>
        <translation>Schritt 1: die Modellliste kam nicht an</translation>
    </message>
    <message>
        <source>Step 2: not sent</source>
        <translation>Schritt 2: nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Step 1: %n model(s) listed in %1 ms</source>
        <translation>
            <numerusform>Schritt 1: %n Modell in %1 ms aufgelistet</numerusform>
            <numerusform>Schritt 1: %n Modelle in %1 ms aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1: %1 offers no model list; skipped</source>
        <translation>Schritt 1: %1 bietet keine Modellliste; übersprungen</translation>
    </message>
    <message>
        <source>Step 2: no model to ask</source>
        <translation>Schritt 2: kein Modell zum Fragen</translation>
    </message>
    <message>
        <source>Step 2: %1 answered in %2 ms</source>
        <translation>Schritt 2: %1 hat in %2 ms geantwortet</translation>
    </message>
    <message>
        <source>Step 2: %1 did not answer</source>
        <translation>Schritt 2: %1 hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>Ui::TimeoutsForm</name>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Verbinden:</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Zeitlimit für den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Until the request is on the wire</source>
        <translation>Bis die Anfrage unterwegs ist</translation>
    </message>
    <message>
        <source>&amp;First token:</source>
        <translation>&amp;Erstes Token:</translation>
    </message>
    <message>
        <source>First token timeout</source>
        <translation>Zeitlimit bis zum ersten Token</translation>
    </message>
    <message>
        <source>From the start until the first text or reasoning token (and a whole model list)</source>
        <translation>Vom Start bis zum ersten Text- oder Denk-Token (und für eine ganze Modellliste)</translation>
    </message>
    <message>
        <source>&amp;Silence mid-stream:</source>
        <translation>&amp;Stille im Stream:</translation>
    </message>
    <message>
        <source>Silence mid-stream timeout</source>
        <translation>Zeitlimit für Stille im Stream</translation>
    </message>
    <message>
        <source>Silence in the middle of a streamed answer</source>
        <translation>Stille mitten in einer gestreamten Antwort</translation>
    </message>
    <message>
        <source>&amp;Whole request:</source>
        <translation>&amp;Ganze Anfrage:</translation>
    </message>
    <message>
        <source>Whole request timeout</source>
        <translation>Zeitlimit der ganzen Anfrage</translation>
    </message>
    <message>
        <source>The whole request, from start to the last token</source>
        <translation>Die ganze Anfrage, vom Start bis zum letzten Token</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Ui::TotalsStrip</name>
    <message>
        <source>every cost known</source>
        <translation>alle Kosten bekannt</translation>
    </message>
    <message>
        <source>attempts of unknown cost: %1</source>
        <translation>Versuche mit unbekannten Kosten: %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>attempts: %1, failed: %2</source>
        <translation>Versuche: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Answered first</source>
        <translation>Sofort beantwortet</translation>
    </message>
    <message>
        <source>%1 after a fallback, %2 unanswered</source>
        <translation>%1 über Ausweichziel, %2 unbeantwortet</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>p50; p95 %1</source>
        <translation>p50; p95 %1</translation>
    </message>
</context>
<context>
    <name>Ui::TrafficChart</name>
    <message>
        <source>%1
%2 requests, %3 attempts
%4 input tokens, %5 output tokens</source>
        <translation>%1
%2 Anfragen, %3 Versuche
%4 Eingabetokens, %5 Ausgabetokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabetokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabetokens</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>Ui::TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Scroll the conversation</source>
        <translation>Durch die Unterhaltung scrollen</translation>
    </message>
    <message>
        <source>Ask anything</source>
        <translation>Stellen Sie eine Frage</translation>
    </message>
</context>
<context>
    <name>Ui::UsageTableModel</name>
    <message>
        <source>Attempts of unknown cost, not in this sum: %1</source>
        <translation>Versuche mit unbekannten Kosten, nicht in dieser Summe: %1</translation>
    </message>
    <message>
        <source>Requests whose first attempt went to this model</source>
        <translation>Anfragen, deren erster Versuch an dieses Modell ging</translation>
    </message>
    <message>
        <source>Attempts that ended in an error (interrupted ones included)</source>
        <translation>Versuche, die mit einem Fehler endeten (unterbrochene eingeschlossen)</translation>
    </message>
    <message>
        <source>Requests answered by a later attempt after this one failed</source>
        <translation>Anfragen, die ein späterer Versuch beantwortet hat, nachdem dieser fehlgeschlagen war</translation>
    </message>
    <message>
        <source>Attempts whose cost is unknown: not counted in the spend</source>
        <translation>Versuche mit unbekannten Kosten: nicht in den Ausgaben enthalten</translation>
    </message>
    <message>
        <source>Output tokens per second after the first token, median</source>
        <translation>Ausgabetokens pro Sekunde nach dem ersten Token, Median</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fallback rate</source>
        <translation>Ausweichquote</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Unknown cost</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Tok/s p50</source>
        <translation>Tok./s p50</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFlow</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>No provider is configured yet. Add one — a service such as OpenAI or Anthropic with your API key, or a model server running on this computer — and Switchboard routes your chats through it, with fallbacks and an honest ledger of what each request cost.</source>
        <translation>Noch ist kein Anbieter eingerichtet. Fügen Sie einen hinzu — einen Dienst wie OpenAI oder Anthropic mit Ihrem API-Schlüssel, oder einen Modellserver auf diesem Rechner — und Switchboard leitet Ihre Chats darüber, mit Ausweichzielen und einem ehrlichen Nutzungsprotokoll dessen, was jede Anfrage gekostet hat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop routing layer for many LLM providers.</source>
        <translation>Desktop-Routing für viele LLM-Anbieter.</translation>
    </message>
    <message>
        <source>Use DIR as the profile folder (config and data).</source>
        <translation>DIR als Profilordner verwenden (Konfiguration und Daten).</translation>
    </message>
    <message>
        <source>Paste the key (it is not shown), press Enter, then Ctrl+D:
</source>
        <translation>Fügen Sie den Schlüssel ein (er wird nicht angezeigt), drücken Sie Enter, dann Strg+D:
</translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation>Farben: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>Text size in points (default: the system&apos;s).</source>
        <translation>Textgröße in Punkt (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Print the time to the first paint and the memory used.</source>
        <translation>Die Zeit bis zur ersten Darstellung und den Speicherverbrauch ausgeben.</translation>
    </message>
    <message>
        <source>With --print-startup: quit right after printing.</source>
        <translation>Mit --print-startup: direkt nach der Ausgabe beenden.</translation>
    </message>
    <message>
        <source>switchboard: --theme takes system, light or dark</source>
        <translation>switchboard: --theme nimmt system, light oder dark</translation>
    </message>
    <message>
        <source>Paste the key (it is not shown), press Enter, then Ctrl+Z and Enter:
</source>
        <translation>Fügen Sie den Schlüssel ein (er wird nicht angezeigt), drücken Sie Enter, dann Strg+Z und Enter:
</translation>
    </message>
</context>
</TS>

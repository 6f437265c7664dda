<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttemptTrailView</name>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why this target: %1</source>
        <translation>Pourquoi cette cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>Durée %1 · %2</translation>
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
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1 (estimation)</translation>
    </message>
    <message>
        <source>%1 + unknown</source>
        <translation>%1 + inconnu</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier jeton %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>jetons inconnus</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>réponse de %1</translation>
    </message>
    <message>
        <source>could not reach %1</source>
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 sent no first token in time</source>
        <translation>%1 n&apos;a pas envoyé de premier jeton à temps</translation>
    </message>
    <message>
        <source>%1 stopped sending mid-answer</source>
        <translation>%1 a cessé d&apos;envoyer en pleine réponse</translation>
    </message>
    <message>
        <source>rate limited by %1</source>
        <translation>limite de débit atteinte chez %1</translation>
    </message>
    <message>
        <source>%1 was overloaded</source>
        <translation>%1 était surchargé</translation>
    </message>
    <message>
        <source>%1 had a server error</source>
        <translation>%1 a eu une erreur serveur</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 a refusé la clé d&apos;API</translation>
    </message>
    <message>
        <source>%1 does not know the model %2</source>
        <translation>%1 ne connaît pas le modèle %2</translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <translation>%1 a refusé la requête</translation>
    </message>
    <message>
        <source>the conversation is too long for %1</source>
        <translation>la conversation est trop longue pour %1</translation>
    </message>
    <message>
        <source>%1&apos;s content filter blocked the answer</source>
        <translation>le filtre de contenu de %1 a bloqué la réponse</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read</source>
        <translation>%1 a envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>%1 was cancelled: another target answered first</source>
        <translation>%1 a été annulé&#xa0;: une autre cible a répondu en premier</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>arrêté par vous</translation>
    </message>
    <message>
        <source>Switchboard quit before %1 finished</source>
        <translation>Switchboard s&apos;est fermé avant que %1 ait terminé</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>, broke off after %n characters</source>
        <translation>
            <numerusform>, interrompu après %n caractère</numerusform>
            <numerusform>, interrompu après %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>, retried after %1</source>
        <translation>, nouvelle tentative après %1</translation>
    </message>
    <message>
        <source>, retried with %1 after %2</source>
        <translation>, nouvelle tentative avec %1 après %2</translation>
    </message>
    <message>
        <source>, retried on %1 after %2</source>
        <translation>, nouvelle tentative chez %1 après %2</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>check the provider&apos;s base URL and that the server is running</source>
        <translation>vérifiez l&apos;URL de base du fournisseur et que le serveur tourne</translation>
    </message>
    <message>
        <source>the server is slow or unreachable; try again, add a fallback target, or raise the timeout in config.json</source>
        <translation>le serveur est lent ou injoignable&#xa0;; réessayez, ajoutez une cible de repli ou augmentez le délai dans config.json</translation>
    </message>
    <message>
        <source>wait and try again, or add a fallback target</source>
        <translation>attendez puis réessayez, ou ajoutez une cible de repli</translation>
    </message>
    <message>
        <source>the provider is having trouble; try again later or add a fallback target</source>
        <translation>le fournisseur a des difficultés&#xa0;; réessayez plus tard ou ajoutez une cible de repli</translation>
    </message>
    <message>
        <source>check the provider&apos;s API key</source>
        <translation>vérifiez la clé d&apos;API du fournisseur</translation>
    </message>
    <message>
        <source>check the model name (switchboard-cli providers models NAME lists them) and the base URL</source>
        <translation>vérifiez le nom du modèle (switchboard-cli providers models NAME les liste) et l&apos;URL de base</translation>
    </message>
    <message>
        <source>the provider refused the request as sent; check the model&apos;s parameters</source>
        <translation>le fournisseur a refusé la requête telle qu&apos;envoyée&#xa0;; vérifiez les paramètres du modèle</translation>
    </message>
    <message>
        <source>shorten the conversation or use a model with a larger context window</source>
        <translation>raccourcissez la conversation ou utilisez un modèle avec une fenêtre de contexte plus grande</translation>
    </message>
    <message>
        <source>rephrase the prompt or use another model</source>
        <translation>reformulez la requête ou utilisez un autre modèle</translation>
    </message>
    <message>
        <source>the server does not speak the provider&apos;s API as expected; check the base URL and kind</source>
        <translation>le serveur ne parle pas l&apos;API du fournisseur comme prévu&#xa0;; vérifiez l&apos;URL de base et le type</translation>
    </message>
</context>
<context>
    <name>ChatProblems</name>
    <message>
        <source>No provider is set up yet</source>
        <translation>Aucun fournisseur n&apos;est encore configuré</translation>
    </message>
    <message>
        <source>Add one in Settings ▸ Providers (a local Ollama needs no key), then press Retry.</source>
        <translation>Ajoutez-en un dans Réglages ▸ Fournisseurs (un Ollama local n&apos;a pas besoin de clé), puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>There is no provider named “%1” any more</source>
        <translation>Il n&apos;y a plus de fournisseur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pick another route or model below the message box, or add the provider in Settings ▸ Providers.</source>
        <translation>Choisissez une autre route ou un autre modèle sous la zone de message, ou ajoutez le fournisseur dans Réglages ▸ Fournisseurs.</translation>
    </message>
    <message>
        <source>Pick a model to send this to</source>
        <translation>Choisissez un modèle auquel envoyer ceci</translation>
    </message>
    <message>
        <source>There is no default route yet. Choose a route or a model in the picker below the message box, or create a route named “default” in Settings ▸ Routes.</source>
        <translation>Il n&apos;y a pas encore de route par défaut. Choisissez une route ou un modèle dans le sélecteur sous la zone de message, ou créez une route nommée «&#xa0;default&#xa0;» dans Réglages ▸ Routes.</translation>
    </message>
    <message>
        <source>The route “%1” does not exist any more</source>
        <translation>La route «&#xa0;%1&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>Pick another route or model below the message box, or create the route in Settings ▸ Routes.</source>
        <translation>Choisissez une autre route ou un autre modèle sous la zone de message, ou créez la route dans Réglages ▸ Routes.</translation>
    </message>
    <message>
        <source>The route “%1” has no targets</source>
        <translation>La route «&#xa0;%1&#xa0;» n&apos;a aucune cible</translation>
    </message>
    <message>
        <source>Add a provider and model to it in Settings ▸ Routes.</source>
        <translation>Ajoutez-y un fournisseur et un modèle dans Réglages ▸ Routes.</translation>
    </message>
    <message>
        <source>Stopped before an answer arrived</source>
        <translation>Arrêté avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>Press Retry to ask again.</source>
        <translation>Cliquez sur Réessayer pour redemander.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>%1 has no API key</source>
        <translation>%1 n&apos;a pas de clé d&apos;API</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 a refusé la clé d&apos;API</translation>
    </message>
    <message>
        <source>Check or replace the key in Settings ▸ Providers, then press Retry.</source>
        <translation>Vérifiez ou remplacez la clé dans Réglages ▸ Fournisseurs, puis cliquez sur Réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>No answer: all %n attempts failed</source>
        <translation>
            <numerusform>Aucune réponse&#xa0;: %n tentative a échoué</numerusform>
            <numerusform>Aucune réponse&#xa0;: les %n tentatives ont toutes échoué</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>fix config.json by hand (it is left untouched), then run the command again</source>
        <translation>corrigez config.json à la main (il n&apos;est pas modifié), puis relancez la commande</translation>
    </message>
</context>
<context>
    <name>Cli::ChatCommand</name>
    <message>
        <source>Route to use.</source>
        <translation>Route à utiliser.</translation>
    </message>
    <message>
        <source>Ask one model directly.</source>
        <translation>Interroger un modèle directement.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Consigne système.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Afficher un objet JSON à la fin.</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>Température d&apos;échantillonnage.</translation>
    </message>
    <message>
        <source>Answer length limit.</source>
        <translation>Limite de longueur de la réponse.</translation>
    </message>
    <message>
        <source>The prompt, or - to read stdin.</source>
        <translation>La requête, ou - pour lire stdin.</translation>
    </message>
    <message>
        <source>give the prompt as one argument (quote it), or - to read stdin</source>
        <translation>donnez la requête en un seul argument (entre guillemets), ou - pour lire stdin</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <source>--temperature takes a number from 0 to 2</source>
        <translation>--temperature prend un nombre de 0 à 2</translation>
    </message>
    <message>
        <source>--max-tokens takes a positive whole number</source>
        <translation>--max-tokens prend un nombre entier positif</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::CliApplication</name>
    <message>
        <source>--profile needs a folder</source>
        <translation>--profile demande un dossier</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see switchboard-cli --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir switchboard-cli --help</translation>
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
        <translation>Utilisation&#xa0;:
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
  switchboard-cli [--profile DIR] keys set NAME        (lit la clé sur stdin)
  switchboard-cli [--profile DIR] keys delete NAME
  switchboard-cli [--profile DIR] keys set --ledger | keys delete --ledger   (mot de passe d&apos;un registre partagé)
  switchboard-cli [--profile DIR] keys status [--json]
  switchboard-cli [--profile DIR] stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin|user] [--json | --csv]
  switchboard-cli [--profile DIR] export --csv [--since PERIOD]
  switchboard-cli [--profile DIR] serve [--port N] [--bind ADDRESS] | serve --print-token
  switchboard-cli --version | --help

Le dossier de profil contient config.json et switchboard.db&#xa0;; par défaut, c&apos;est la variable SWITCHBOARD_PROFILE, puis le dossier de données de la plateforme.
Code de sortie&#xa0;: 0 succès, 1 la requête a échoué, 2 arguments ou configuration incorrects.
</translation>
    </message>
</context>
<context>
    <name>Cli::CompareCommand</name>
    <message>
        <source>A column asking one model.</source>
        <translation>Une colonne qui interroge un modèle.</translation>
    </message>
    <message>
        <source>A column through a route.</source>
        <translation>Une colonne qui passe par une route.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Afficher un objet JSON à la fin.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>remarque&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the compare is not saved: %1</source>
        <translation>la comparaison n&apos;est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled: %1 of %2 columns had answered</source>
        <translation>annulé&#xa0;: %1 colonnes sur %2 avaient répondu</translation>
    </message>
    <message>
        <source>no column answered: %1</source>
        <translation>aucune colonne n&apos;a répondu&#xa0;: %1</translation>
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
        <translation> (réponse de %1/%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier jeton %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ent. / %2 sort.</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TOK/S</source>
        <translation>JETONS/S</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>~ estimated: token counts the provider did not report are estimated, and a refused request counts as $0
</source>
        <translation>~ estimé&#xa0;: les nombres de jetons que le fournisseur n&apos;a pas indiqués sont estimés, et une requête refusée compte pour $0
</translation>
    </message>
    <message>
        <source>? unknown: no price is known for a model the column tried
</source>
        <translation>? inconnu&#xa0;: aucun prix n&apos;est connu pour un modèle essayé par la colonne
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportCommand</name>
    <message>
        <source>Write CSV (the only format).</source>
        <translation>Écrire du CSV (le seul format).</translation>
    </message>
    <message>
        <source>Period: 7d, 24h, 30d, all (default) or YYYY-MM-DD.</source>
        <translation>Période&#xa0;: 7d, 24h, 30d, all (par défaut) ou YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>use: switchboard-cli export --csv [--since PERIOD]</source>
        <translation>utilisation&#xa0;: switchboard-cli export --csv [--since PERIOD]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the ledger: %1</source>
        <translation>impossible de lire le registre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::KeysCommand</name>
    <message>
        <source>keys needs an action: set, delete or status</source>
        <translation>keys demande une action&#xa0;: set, delete ou status</translation>
    </message>
    <message>
        <source>unknown keys action &apos;%1&apos;</source>
        <translation>action keys inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The provider.</source>
        <translation>Le fournisseur.</translation>
    </message>
    <message>
        <source>keys set takes only the provider&apos;s NAME; the key is read from stdin, never from the command line (where it would stay in the shell history and the process list)</source>
        <translation>keys set ne prend que le NOM du fournisseur&#xa0;; la clé est lue sur stdin, jamais sur la ligne de commande (elle resterait dans l&apos;historique du shell et la liste des processus)</translation>
    </message>
    <message>
        <source>keys %1 needs exactly one NAME</source>
        <translation>keys %1 demande exactement un NOM</translation>
    </message>
    <message>
        <source>that is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>ce n&apos;est pas un nom de fournisseur valide (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; add it first (switchboard-cli providers add %1 …), then store its key</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d&apos;abord (switchboard-cli providers add %1 …), puis enregistrez sa clé</translation>
    </message>
    <message>
        <source>stdin holds more than %1 KiB; give the key alone</source>
        <translation>stdin contient plus de %1 Kio&#xa0;; donnez la clé seule</translation>
    </message>
    <message>
        <source>no key on stdin; pipe or paste the key (one line), e.g. switchboard-cli keys set %1 &lt; key.txt</source>
        <translation>aucune clé sur stdin&#xa0;; redirigez ou collez la clé (une ligne), p. ex. switchboard-cli keys set %1 &lt; key.txt</translation>
    </message>
    <message>
        <source>the key on stdin has spaces, several lines or characters a key does not have; give the key alone on one line</source>
        <translation>la clé sur stdin contient des espaces, plusieurs lignes ou des caractères qu&apos;une clé n&apos;a pas&#xa0;; donnez la clé seule sur une ligne</translation>
    </message>
    <message>
        <source>Stored the key of provider &apos;%1&apos; in the keychain.
</source>
        <translation>La clé du fournisseur «&#xa0;%1&#xa0;» est enregistrée dans le trousseau.
</translation>
    </message>
    <message>
        <source>It is used instead of %1, which is set too.
</source>
        <translation>Elle est utilisée à la place de %1, qui est aussi définie.
</translation>
    </message>
    <message>
        <source>Note: %1.
</source>
        <translation>Remarque&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>%1; no key of provider &apos;%2&apos; can be stored there, so none is deleted</source>
        <translation>%1&#xa0;; aucune clé du fournisseur «&#xa0;%2&#xa0;» ne peut y être enregistrée, donc aucune n&apos;est supprimée</translation>
    </message>
    <message>
        <source>No key of provider &apos;%1&apos; is stored in the keychain; nothing to delete.
</source>
        <translation>Aucune clé du fournisseur «&#xa0;%1&#xa0;» n&apos;est enregistrée dans le trousseau&#xa0;; rien à supprimer.
</translation>
    </message>
    <message>
        <source>Deleted the key of provider &apos;%1&apos; from the keychain.
</source>
        <translation>La clé du fournisseur «&#xa0;%1&#xa0;» a été supprimée du trousseau.
</translation>
    </message>
    <message>
        <source>%1 still provides a key for it.
</source>
        <translation>%1 lui fournit toujours une clé.
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>keys status takes no NAME; it lists every provider</source>
        <translation>keys status ne prend pas de NOM&#xa0;; il liste tous les fournisseurs</translation>
    </message>
    <message>
        <source>Keychain: available (keys are stored under the service name &apos;%1&apos;)
</source>
        <translation>Trousseau&#xa0;: disponible (les clés sont rangées sous le nom de service «&#xa0;%1&#xa0;»)
</translation>
    </message>
    <message>
        <source>Keychain: %1 — keys can come from an environment variable instead (providers set NAME --api-key-env VAR)
</source>
        <translation>Trousseau&#xa0;: %1 — les clés peuvent venir d&apos;une variable d&apos;environnement à la place (providers set NAME --api-key-env VAR)
</translation>
    </message>
    <message>
        <source>No providers configured yet (switchboard-cli providers add …).
</source>
        <translation>Aucun fournisseur configuré pour l&apos;instant (switchboard-cli providers add …).
</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Switchboard never keeps keys in a file instead. Give the key through the environment: export %1=… (provider &apos;%2&apos; reads %1)</source>
        <translation>Switchboard ne garde jamais les clés dans un fichier à la place. Donnez la clé par l&apos;environnement&#xa0;: export %1=… (le fournisseur «&#xa0;%2&#xa0;» lit %1)</translation>
    </message>
    <message>
        <source>Switchboard never keeps keys in a file instead. Give the key through an environment variable: switchboard-cli providers set %1 --api-key-env VAR, then export VAR=… (for a new provider: switchboard-cli providers add %1 … --api-key-env VAR)</source>
        <translation>Switchboard ne garde jamais les clés dans un fichier à la place. Donnez la clé par une variable d&apos;environnement&#xa0;: switchboard-cli providers set %1 --api-key-env VAR, puis export VAR=… (pour un nouveau fournisseur&#xa0;: switchboard-cli providers add %1 … --api-key-env VAR)</translation>
    </message>
    <message>
        <source>%1; the ledger&apos;s password can come from the variable config.json&apos;s ledger.password_env names instead</source>
        <translation>%1&#xa0;; le mot de passe du registre peut venir à la place de la variable que nomme ledger.password_env dans config.json</translation>
    </message>
    <message>
        <source>Stored the password of the shared ledger in the keychain.
</source>
        <translation>Le mot de passe du registre partagé est enregistré dans le trousseau.
</translation>
    </message>
    <message>
        <source>Deleted the password of the shared ledger from the keychain.
</source>
        <translation>Le mot de passe du registre partagé a été supprimé du trousseau.
</translation>
    </message>
</context>
<context>
    <name>Cli::ProviderQueryCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Model for the test request.</source>
        <translation>Modèle pour la requête de test.</translation>
    </message>
    <message>
        <source>Print the list kept from the last fetch; no network.</source>
        <translation>Afficher la liste gardée du dernier téléchargement&#xa0;; pas de réseau.</translation>
    </message>
    <message>
        <source>Provider to ask.</source>
        <translation>Fournisseur à interroger.</translation>
    </message>
    <message>
        <source>providers %1 needs exactly one NAME</source>
        <translation>providers %1 demande exactement un NOM</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli providers list les affiche</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 providers yet</source>
        <translation>cette version ne sait pas encore parler aux fournisseurs %1</translation>
    </message>
    <message>
        <source>no model list of &apos;%1&apos; has been fetched yet; run switchboard-cli providers models %1</source>
        <translation>aucune liste de modèles de «&#xa0;%1&#xa0;» n&apos;a encore été récupérée&#xa0;; lancez switchboard-cli providers models %1</translation>
    </message>
    <message>
        <source>warning: the list was not kept: %1</source>
        <translation>avertissement&#xa0;: la liste n&apos;a pas été gardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok: %1 is reachable and accepts the key</source>
        <translation>ok&#xa0;: %1 est joignable et accepte la clé</translation>
    </message>
    <message>
        <source>; model list: %1 entries in %2 ms</source>
        <translation>&#xa0;; liste des modèles&#xa0;: %1 entrées en %2 ms</translation>
    </message>
    <message>
        <source>; %1 answered a test request in %2 ms</source>
        <translation>&#xa0;; %1 a répondu à une requête de test en %2 ms</translation>
    </message>
</context>
<context>
    <name>Cli::ProvidersCommand</name>
    <message>
        <source>providers needs an action: list, add, set, remove, test, models or presets</source>
        <translation>providers demande une action&#xa0;: list, add, set, remove, test, models ou presets</translation>
    </message>
    <message>
        <source>unknown providers action &apos;%1&apos;</source>
        <translation>action providers inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No providers configured yet. Add one, for example:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets lists the known services)
</source>
        <translation>Aucun fournisseur configuré pour l&apos;instant. Ajoutez-en un, par exemple&#xa0;:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets liste les services connus)
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>URL DE BASE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRÉRÉGLAGE</translation>
    </message>
    <message>
        <source>(give --base-url)</source>
        <translation>(indiquez --base-url)</translation>
    </message>
    <message>
        <source>--api-key-env VAR if it needs one</source>
        <translation>--api-key-env VAR s&apos;il en faut une</translation>
    </message>
    <message>
        <source>none (local server)</source>
        <translation>aucune (serveur local)</translation>
    </message>
    <message>
        <source>A known service.</source>
        <translation>Un service connu.</translation>
    </message>
    <message>
        <source>Wire protocol.</source>
        <translation>Protocole d&apos;échange.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>Environment variable holding the key.</source>
        <translation>Variable d&apos;environnement contenant la clé.</translation>
    </message>
    <message>
        <source>Send the key over plain http to a non-local host.</source>
        <translation>Envoyer la clé en http non chiffré à un hôte distant.</translation>
    </message>
    <message>
        <source>Name of the new provider.</source>
        <translation>Nom du nouveau fournisseur.</translation>
    </message>
    <message>
        <source>providers add needs exactly one NAME</source>
        <translation>providers add demande exactement un NOM</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; switchboard-cli providers presets lists them</source>
        <translation>préréglage inconnu «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli providers presets les liste</translation>
    </message>
    <message>
        <source>--kind %1 contradicts preset &apos;%2&apos; (kind %3)</source>
        <translation>--kind %1 contredit le préréglage «&#xa0;%2&#xa0;» (type %3)</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; needs --base-url URL</source>
        <translation>le préréglage «&#xa0;%1&#xa0;» demande --base-url URL</translation>
    </message>
    <message>
        <source>providers add needs --preset PRESET, or --kind and --base-url</source>
        <translation>providers add demande --preset PRESET, ou --kind et --base-url</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: openai, anthropic ou gemini)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>Route &apos;default&apos; now ends with %1 (switchboard-cli routes show default)
</source>
        <translation>La route «&#xa0;default&#xa0;» se termine maintenant par %1 (switchboard-cli routes show default)
</translation>
    </message>
    <message>
        <source>Added provider &apos;%1&apos; (%2, %3); key: %4
</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» ajouté (%2, %3)&#xa0;; clé&#xa0;: %4
</translation>
    </message>
    <message>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin)</source>
        <translation>Enregistrez sa clé avant de discuter&#xa0;: switchboard-cli keys set %1 (lit la clé sur stdin)</translation>
    </message>
    <message>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin), or export %2=…</source>
        <translation>Enregistrez sa clé avant de discuter&#xa0;: switchboard-cli keys set %1 (lit la clé sur stdin), ou export %2=…</translation>
    </message>
    <message>
        <source> (create one at %1)</source>
        <translation> (créez-en une sur %1)</translation>
    </message>
    <message>
        <source>Note: %1.
</source>
        <translation>Remarque&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>Provider to remove.</source>
        <translation>Fournisseur à retirer.</translation>
    </message>
    <message>
        <source>providers remove needs exactly one NAME</source>
        <translation>providers remove demande exactement un NOM</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Its targets were taken out of the route(s): %1
</source>
        <translation>Ses cibles ont été retirées de ces routes&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Removed provider &apos;%1&apos;
</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» retiré
</translation>
    </message>
    <message>
        <source>Deleted its key from the keychain.
</source>
        <translation>Sa clé a été supprimée du trousseau.
</translation>
    </message>
    <message>
        <source>warning: its key stays in the keychain: %1</source>
        <translation>avertissement&#xa0;: sa clé reste dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Environment variable holding the key (empty: none).</source>
        <translation>Variable d&apos;environnement contenant la clé (vide&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Send the key only over https or to this machine.</source>
        <translation>N&apos;envoyer la clé qu&apos;en https ou à cette machine.</translation>
    </message>
    <message>
        <source>The new base URL&apos;s host may receive the stored key.</source>
        <translation>L&apos;hôte de la nouvelle URL de base peut recevoir la clé enregistrée.</translation>
    </message>
    <message>
        <source>Provider to change.</source>
        <translation>Fournisseur à modifier.</translation>
    </message>
    <message>
        <source>providers set needs exactly one NAME</source>
        <translation>providers set demande exactement un NOM</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli providers list les affiche</translation>
    </message>
    <message>
        <source>nothing to change; give --base-url, --api-key-env or --allow-insecure-http</source>
        <translation>rien à changer&#xa0;; indiquez --base-url, --api-key-env ou --allow-insecure-http</translation>
    </message>
    <message>
        <source>use either --allow-insecure-http or --no-allow-insecure-http</source>
        <translation>utilisez soit --allow-insecure-http, soit --no-allow-insecure-http</translation>
    </message>
    <message>
        <source>%1; if %2 is meant to have that key, run the command again with --confirm-new-host</source>
        <translation>%1&#xa0;; si %2 doit recevoir cette clé, relancez la commande avec --confirm-new-host</translation>
    </message>
    <message>
        <source>Updated provider &apos;%1&apos; (%2, %3)
</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» mis à jour (%2, %3)
</translation>
    </message>
    <message>
        <source>Its key, if it has one, now goes to %1.
</source>
        <translation>Sa clé, s&apos;il en a une, va désormais à %1.
</translation>
    </message>
</context>
<context>
    <name>Cli::RoutesCommand</name>
    <message>
        <source>routes needs an action: list, show, add or remove</source>
        <translation>routes demande une action&#xa0;: list, show, add ou remove</translation>
    </message>
    <message>
        <source>unknown routes action &apos;%1&apos;</source>
        <translation>action routes inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No routes yet. Create one, for example:
  switchboard-cli routes add default --target openai/gpt-4o-mini --target groq/llama-3.1-8b-instant
</source>
        <translation>Aucune route pour l&apos;instant. Créez-en une, par exemple&#xa0;:
  switchboard-cli routes add default --target openai/gpt-4o-mini --target groq/llama-3.1-8b-instant
</translation>
    </message>
    <message>
        <source>Route to show.</source>
        <translation>Route à afficher.</translation>
    </message>
    <message>
        <source>routes show needs exactly one NAME</source>
        <translation>routes show demande exactement un NOM</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli routes list les affiche</translation>
    </message>
    <message>
        <source>route %1, strategy %2
</source>
        <translation>route %1, stratégie %2
</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>au plus %1 jetons</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>raisonnement %1</translation>
    </message>
    <message>
        <source>first token within %1 ms</source>
        <translation>premier jeton en %1 ms au plus</translation>
    </message>
    <message>
        <source>  retries per target: %1; at most %2 attempts; bad request: %3; broken stream: %4</source>
        <translation>  nouvelles tentatives par cible&#xa0;: %1&#xa0;; au plus %2 tentatives&#xa0;; requête invalide&#xa0;: %3&#xa0;; flux interrompu&#xa0;: %4</translation>
    </message>
    <message>
        <source>fall back</source>
        <translation>se replier</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>restart on the next target</source>
        <translation>reprendre sur la cible suivante</translation>
    </message>
    <message>
        <source>; hedge after %1 ms</source>
        <translation>&#xa0;; en parallèle après %1 ms</translation>
    </message>
    <message>
        <source>A target, in order; repeat.</source>
        <translation>Une cible, dans l&apos;ordre&#xa0;; à répéter.</translation>
    </message>
    <message>
        <source>ordered, cheapest, fastest or weighted.</source>
        <translation>ordered, cheapest, fastest ou weighted.</translation>
    </message>
    <message>
        <source>Comma-separated weights, one per target.</source>
        <translation>Poids séparés par des virgules, un par cible.</translation>
    </message>
    <message>
        <source>Start the next target when no token came by then.</source>
        <translation>Lancer la cible suivante si aucun jeton n&apos;est arrivé d&apos;ici là.</translation>
    </message>
    <message>
        <source>stop (default) or fallback.</source>
        <translation>stop (par défaut) ou fallback.</translation>
    </message>
    <message>
        <source>restart (default) or stop.</source>
        <translation>restart (par défaut) ou stop.</translation>
    </message>
    <message>
        <source>Replace a route of that name.</source>
        <translation>Remplacer une route de ce nom.</translation>
    </message>
    <message>
        <source>Name of the route.</source>
        <translation>Nom de la route.</translation>
    </message>
    <message>
        <source>routes add needs exactly one NAME</source>
        <translation>routes add demande exactement un NOM</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists; use --replace to overwrite it</source>
        <translation>une route nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; utilisez --replace pour l&apos;écraser</translation>
    </message>
    <message>
        <source>routes add needs at least one --target PROVIDER/MODEL</source>
        <translation>routes add demande au moins un --target PROVIDER/MODEL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas FOURNISSEUR/MODÈLE</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli providers list les affiche</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation>stratégie inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: ordered, cheapest, fastest ou weighted)</translation>
    </message>
    <message>
        <source>--weights needs one weight per target (%1)</source>
        <translation>--weights demande un poids par cible (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight (a number ≥ 0)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un poids (un nombre ≥ 0)</translation>
    </message>
    <message>
        <source>--hedge-after-ms takes a positive number of milliseconds</source>
        <translation>--hedge-after-ms prend un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>--on-bad-request takes stop or fallback</source>
        <translation>--on-bad-request prend stop ou fallback</translation>
    </message>
    <message>
        <source>--mid-stream takes restart or stop</source>
        <translation>--mid-stream prend restart ou stop</translation>
    </message>
    <message numerus="yes">
        <source>Route &apos;%1&apos; saved with %n target(s)
</source>
        <translation>
            <numerusform>Route «&#xa0;%1&#xa0;» enregistrée avec %n cible
</numerusform>
            <numerusform>Route «&#xa0;%1&#xa0;» enregistrée avec %n cibles
</numerusform>
        </translation>
    </message>
    <message>
        <source>Route to remove.</source>
        <translation>Route à retirer.</translation>
    </message>
    <message>
        <source>routes remove needs exactly one NAME</source>
        <translation>routes remove demande exactement un NOM</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removed route &apos;%1&apos;
</source>
        <translation>Route «&#xa0;%1&#xa0;» retirée
</translation>
    </message>
    <message>
        <source>; skips providers over budget</source>
        <translation>&#xa0;; ignore les fournisseurs au-delà de leur budget</translation>
    </message>
    <message>
        <source>Skip targets whose provider&apos;s budget (or the overall one) is used up.</source>
        <translation>Ignorer les cibles dont le budget du fournisseur (ou le budget global) est épuisé.</translation>
    </message>
</context>
<context>
    <name>Cli::ServeCommand</name>
    <message>
        <source>Port to listen on (default %1; 0 picks a free one).</source>
        <translation>Port d&apos;écoute (par défaut %1&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Listen on this address instead of 127.0.0.1 (reachable from the network: only the token guards it).</source>
        <translation>Écouter sur cette adresse au lieu de 127.0.0.1 (joignable depuis le réseau&#xa0;: seul le jeton la protège).</translation>
    </message>
    <message>
        <source>Print the gateway&apos;s token (creating it in the keychain on first use) and exit.</source>
        <translation>Afficher le jeton de la passerelle (créé dans le trousseau à la première utilisation) et quitter.</translation>
    </message>
    <message>
        <source>serve takes no arguments besides its options; see switchboard-cli --help</source>
        <translation>serve ne prend aucun argument en dehors de ses options&#xa0;; voir switchboard-cli --help</translation>
    </message>
    <message>
        <source>--print-token takes no other option</source>
        <translation>--print-token ne prend aucune autre option</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port prend un nombre de 0 à 65535, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--bind takes an IP address of this machine (e.g. 127.0.0.1 or 0.0.0.0), not &apos;%1&apos;</source>
        <translation>--bind prend une adresse IP de cette machine (par ex. 127.0.0.1 ou 0.0.0.0), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 No token to print: `serve` shows the one it makes when it starts.</source>
        <translation>%1 Aucun jeton à afficher&#xa0;: `serve` affiche celui qu&apos;il crée au démarrage.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, which other machines can reach: only the token keeps them out, and it travels over plain http</source>
        <translation>avertissement&#xa0;: écoute sur %1, joignable par d&apos;autres machines&#xa0;: seul le jeton les tient à l&apos;écart, et il circule en http non chiffré</translation>
    </message>
    <message>
        <source>Token: the one in %1.
</source>
        <translation>Jeton&#xa0;: celui de %1.
</translation>
    </message>
    <message>
        <source>Token: in the keychain%1; `switchboard-cli serve --print-token` prints it.
</source>
        <translation>Jeton&#xa0;: dans le trousseau%1&#xa0;; `switchboard-cli serve --print-token` l&apos;affiche.
</translation>
    </message>
    <message>
        <source> (created now)</source>
        <translation> (créé à l&apos;instant)</translation>
    </message>
    <message>
        <source>Clients send it as &apos;Authorization: Bearer TOKEN&apos; (the OpenAI SDKs: api_key / OPENAI_API_KEY, base URL as above). Stop with Ctrl+C.
</source>
        <translation>Les clients l&apos;envoient sous la forme «&#xa0;Authorization: Bearer TOKEN&#xa0;» (les SDK OpenAI&#xa0;: api_key / OPENAI_API_KEY, URL de base comme ci-dessus). Arrêt avec Ctrl+C.
</translation>
    </message>
</context>
<context>
    <name>Cli::StatsCommand</name>
    <message>
        <source>Period: 7d, 24h, 30d (default), all or YYYY-MM-DD.</source>
        <translation>Période&#xa0;: 7d, 24h, 30d (par défaut), all ou YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Afficher du CSV.</translation>
    </message>
    <message>
        <source>stats takes no arguments; see switchboard-cli --help</source>
        <translation>stats ne prend pas d&apos;arguments&#xa0;; voir switchboard-cli --help</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>choisissez soit --json, soit --csv</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>(direct)</translation>
    </message>
    <message>
        <source>cannot read the statistics: %1</source>
        <translation>impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>fallbacks</source>
        <translation>replis</translation>
    </message>
    <message>
        <source>in tok</source>
        <translation>jetons ent.</translation>
    </message>
    <message>
        <source>out tok</source>
        <translation>jetons sort.</translation>
    </message>
    <message>
        <source>spend USD</source>
        <translation>dépense USD</translation>
    </message>
    <message>
        <source>unknown cost</source>
        <translation>coût inconnu</translation>
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
        <translation>Depuis %1&#xa0;:
</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) have no known cost and are not in the spend.
</source>
        <translation>
            <numerusform>%n tentative n&apos;a pas de coût connu et n&apos;est pas comptée dans la dépense.
</numerusform>
            <numerusform>%n tentatives n&apos;ont pas de coût connu et ne sont pas comptées dans la dépense.
</numerusform>
        </translation>
    </message>
    <message>
        <source>One line per model, provider, day, route, origin or user.</source>
        <translation>Une ligne par modèle, fournisseur, jour, route, origine ou utilisateur.</translation>
    </message>
    <message>
        <source>--by takes model, provider, day, route, origin or user, not &apos;%1&apos;</source>
        <translation>--by prend model, provider, day, route, origin ou user, pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>a compare needs %1 to %2 targets (--model PROVIDER/MODEL or --route NAME); %3 given</source>
        <translation>une comparaison demande de %1 à %2 cibles (--model PROVIDER/MODEL ou --route NAME)&#xa0;; nombre indiqué&#xa0;: %3</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <source>there is no column %1</source>
        <translation>il n&apos;y a pas de colonne %1</translation>
    </message>
    <message>
        <source>column %1 (%2) is still running</source>
        <translation>la colonne %1 (%2) est encore en cours</translation>
    </message>
    <message>
        <source>a route target needs the route&apos;s name</source>
        <translation>une cible de type route demande le nom de la route</translation>
    </message>
    <message>
        <source>a model target needs PROVIDER/MODEL</source>
        <translation>une cible de type modèle demande FOURNISSEUR/MODÈLE</translation>
    </message>
    <message>
        <source>the new route needs a name</source>
        <translation>la nouvelle route demande un nom</translation>
    </message>
    <message>
        <source>no model on the leaderboard qualifies: judge at least %1 compare(s) of a configured provider&apos;s models first</source>
        <translation>aucun modèle du classement ne remplit les conditions&#xa0;: jugez d&apos;abord au moins %1 comparaison(s) de modèles d&apos;un fournisseur configuré</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be US dollars: a number of 0 or more, or a decimal string such as &quot;12.50&quot;</source>
        <translation>doit être des dollars US&#xa0;: un nombre supérieur ou égal à 0, ou une chaîne décimale comme &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>must be an object of provider names</source>
        <translation>doit être un objet de noms de fournisseurs</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a number between %1 and %2</source>
        <translation>doit être un nombre entre %1 et %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>written by a newer Switchboard (schema %1; this build reads up to %2); update Switchboard</source>
        <translation>écrit par un Switchboard plus récent (schéma %1&#xa0;; cette version lit jusqu&apos;à %2)&#xa0;; mettez Switchboard à jour</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — fix config.json by hand (it is left untouched), then change the setting again</source>
        <translation>%1 — corrigez config.json à la main (il n&apos;est pas modifié), puis changez le réglage à nouveau</translation>
    </message>
    <message>
        <source>must be system, light or dark</source>
        <translation>doit être system, light ou dark</translation>
    </message>
    <message>
        <source>must be system or a language code such as de or fr</source>
        <translation>doit être system ou un code de langue comme de ou fr</translation>
    </message>
    <message>
        <source>missing: the price in US dollars per million tokens</source>
        <translation>manquant&#xa0;: le prix en dollars US par million de jetons</translation>
    </message>
    <message>
        <source>must be US dollars per million tokens: a number from 0 to 1000000 or a decimal string such as &quot;2.5&quot;</source>
        <translation>doit être des dollars US par million de jetons&#xa0;: un nombre de 0 à 1000000 ou une chaîne décimale comme &quot;2.5&quot;</translation>
    </message>
    <message>
        <source>must be an object with provider, model, input_usd_per_mtok and output_usd_per_mtok</source>
        <translation>doit être un objet avec provider, model, input_usd_per_mtok et output_usd_per_mtok</translation>
    </message>
    <message>
        <source>must name a provider</source>
        <translation>doit nommer un fournisseur</translation>
    </message>
    <message>
        <source>must name a model</source>
        <translation>doit nommer un modèle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom valide (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; of provider &apos;%2&apos; already has a price in %3</source>
        <translation>le modèle «&#xa0;%1&#xa0;» du fournisseur «&#xa0;%2&#xa0;» a déjà un prix dans %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fournisseur valide (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>a provider named &apos;%1&apos; already exists; remove it first or pick another name</source>
        <translation>un fournisseur nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; retirez-le d&apos;abord ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>must be an object with name, kind and base_url</source>
        <translation>doit être un objet avec name, kind et base_url</translation>
    </message>
    <message>
        <source>a provider named &apos;%1&apos; already exists</source>
        <translation>un fournisseur nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: openai, anthropic ou gemini)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid route name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de route valide (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists</source>
        <translation>une route nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be &quot;PROVIDER/MODEL&quot; or an object with &quot;target&quot;</source>
        <translation>doit être &quot;PROVIDER/MODEL&quot; ou un objet avec &quot;target&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas FOURNISSEUR/MODÈLE</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;» n&apos;est configuré</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>doit être low, medium ou high</translation>
    </message>
    <message>
        <source>must be stop or fallback</source>
        <translation>doit être stop ou fallback</translation>
    </message>
    <message>
        <source>must be restart or stop</source>
        <translation>doit être restart ou stop</translation>
    </message>
    <message>
        <source>must be an object with name and targets</source>
        <translation>doit être un objet avec name et targets</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation>stratégie inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: ordered, cheapest, fastest ou weighted)</translation>
    </message>
    <message>
        <source>must be &quot;sqlite&quot; or &quot;postgresql&quot;, not &apos;%1&apos;</source>
        <translation>doit être &quot;sqlite&quot; ou &quot;postgresql&quot;, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>doit être l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a password is never kept in config.json: store it in the keychain, or name an environment variable in password_env</source>
        <translation>un mot de passe n&apos;est jamais conservé dans config.json&#xa0;: enregistrez-le dans le trousseau, ou nommez une variable d&apos;environnement dans password_env</translation>
    </message>
    <message>
        <source>a postgresql ledger needs &quot;host&quot; and &quot;database&quot;</source>
        <translation>un registre postgresql demande &quot;host&quot; et &quot;database&quot;</translation>
    </message>
    <message>
        <source>the gateway&apos;s token is never kept in config.json: it lives in the keychain (the app shows it; switchboard-cli serve --print-token prints it)</source>
        <translation>le jeton de la passerelle n&apos;est jamais conservé dans config.json&#xa0;: il est rangé dans le trousseau (l&apos;application le montre&#xa0;; switchboard-cli serve --print-token l&apos;affiche)</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string or an array of text parts</source>
        <translation>une chaîne ou un tableau de parties de texte</translation>
    </message>
    <message>
        <source>The route &apos;%1&apos; has no targets; add one with switchboard-cli routes add.</source>
        <translation>La route «&#xa0;%1&#xa0;» n&apos;a aucune cible&#xa0;; ajoutez-en une avec switchboard-cli routes add.</translation>
    </message>
    <message>
        <source>The request is larger than this gateway accepts (a body of at most %1 bytes).</source>
        <translation>La requête dépasse ce que cette passerelle accepte (un corps d&apos;au plus %1 octets).</translation>
    </message>
    <message>
        <source>%1; the gateway uses a token held in memory for this run only (it changes with every start and is never written to disk). Set %2 to choose a token yourself.</source>
        <translation>%1&#xa0;; la passerelle utilise un jeton gardé en mémoire pour cette exécution seulement (il change à chaque démarrage et n&apos;est jamais écrit sur le disque). Définissez %2 pour choisir vous-même un jeton.</translation>
    </message>
    <message>
        <source>the token could not be stored in the keychain (%1)</source>
        <translation>le jeton n&apos;a pas pu être enregistré dans le trousseau (%1)</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters without spaces; unset it to use the keychain&apos;s token</source>
        <translation>%1 doit compter au moins %2 caractères sans espace&#xa0;; supprimez cette variable pour utiliser le jeton du trousseau</translation>
    </message>
</context>
<context>
    <name>Gateway::GatewayServer</name>
    <message>
        <source>the gateway is already listening on %1</source>
        <translation>la passerelle écoute déjà sur %1</translation>
    </message>
    <message>
        <source>the gateway is still stopping; start it again once it has stopped</source>
        <translation>la passerelle est encore en train de s&apos;arrêter&#xa0;; relancez-la une fois qu&apos;elle est arrêtée</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the port is already in use (choose another with --port, or --port 0 for any free one)</source>
        <translation>le port est déjà utilisé (choisissez-en un autre avec --port, ou --port 0 pour n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>Incorrect gateway token provided. The token is in the keychain: switchboard-cli serve --print-token prints it.</source>
        <translation>Jeton de passerelle incorrect. Le jeton est dans le trousseau&#xa0;: switchboard-cli serve --print-token l&apos;affiche.</translation>
    </message>
    <message>
        <source>You didn&apos;t provide a gateway token. Send it as &apos;Authorization: Bearer TOKEN&apos;; switchboard-cli serve --print-token prints it.</source>
        <translation>Vous n&apos;avez pas fourni de jeton de passerelle. Envoyez-le sous la forme «&#xa0;Authorization: Bearer TOKEN&#xa0;»&#xa0;; switchboard-cli serve --print-token l&apos;affiche.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation>%1 n&apos;est pas autorisé sur %2.</translation>
    </message>
    <message>
        <source>Invalid URL (%1 %2); this gateway serves POST /v1/chat/completions, GET /v1/models and GET /health.</source>
        <translation>URL invalide (%1 %2)&#xa0;; cette passerelle sert POST /v1/chat/completions, GET /v1/models et GET /health.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a price catalog: %2</source>
        <translation>%1&#xa0;: pas un catalogue de prix&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a price catalog: no models</source>
        <translation>%1&#xa0;: pas un catalogue de prix&#xa0;: aucun modèle</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>the provider&apos;s answer is not JSON: %1</source>
        <translation>la réponse du fournisseur n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no content: %1</source>
        <translation>la réponse du fournisseur n&apos;a pas de contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the model list is not in Anthropic&apos;s shape: %1</source>
        <translation>la liste des modèles n&apos;a pas la forme d&apos;Anthropic&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider sent an event larger than %1</source>
        <translation>le fournisseur a envoyé un événement plus grand que %1</translation>
    </message>
    <message>
        <source>the provider sent an event that is not JSON: %1</source>
        <translation>le fournisseur a envoyé un événement qui n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider started another message (%1) inside message %2</source>
        <translation>le fournisseur a commencé un autre message (%1) à l&apos;intérieur du message %2</translation>
    </message>
    <message>
        <source>the provider reported an error mid-stream</source>
        <translation>le fournisseur a signalé une erreur en cours de flux</translation>
    </message>
    <message>
        <source>an HTML page: %1</source>
        <translation>une page HTML&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no candidates: %1</source>
        <translation>la réponse du fournisseur n&apos;a pas de candidates&#xa0;: %1</translation>
    </message>
    <message>
        <source>the model list is not in Gemini&apos;s shape: %1</source>
        <translation>la liste des modèles n&apos;a pas la forme de Gemini&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider sent an event larger than %1 MiB</source>
        <translation>le fournisseur a envoyé un événement de plus de %1 Mio</translation>
    </message>
    <message>
        <source>the provider reported %1</source>
        <translation>le fournisseur a signalé %1</translation>
    </message>
    <message>
        <source>the provider ended with text outside the events: %1</source>
        <translation>le fournisseur a terminé avec du texte hors des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider sent more than %1 KiB of text outside the events</source>
        <translation>le fournisseur a envoyé plus de %1 Kio de texte hors des événements</translation>
    </message>
    <message>
        <source>the provider sent JSON outside the events: %1</source>
        <translation>le fournisseur a envoyé du JSON hors des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider sent a chunk that is not JSON: %1</source>
        <translation>le fournisseur a envoyé un fragment qui n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider sent several answers; showing the first</source>
        <translation>le fournisseur a envoyé plusieurs réponses&#xa0;; la première est affichée</translation>
    </message>
    <message>
        <source>the provider blocked the prompt (%1)</source>
        <translation>le fournisseur a bloqué la requête (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the provider&apos;s answer has no choices: %1</source>
        <translation>la réponse du fournisseur n&apos;a pas de choices&#xa0;: %1</translation>
    </message>
    <message>
        <source>the model list is not in OpenAI&apos;s shape: %1</source>
        <translation>la liste des modèles n&apos;a pas la forme d&apos;OpenAI&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty response body</source>
        <translation>corps de réponse vide</translation>
    </message>
</context>
<context>
    <name>Providers::HttpResponseParser</name>
    <message>
        <source>the response&apos;s header is larger than 64 KiB</source>
        <translation>l’en-tête de la réponse dépasse 64 Kio</translation>
    </message>
    <message>
        <source>a chunk size line of the response is too long</source>
        <translation>une ligne de taille de bloc de la réponse est trop longue</translation>
    </message>
    <message>
        <source>a chunk of the response does not end where its size says</source>
        <translation>un bloc de la réponse ne se termine pas là où sa taille l’indique</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1.1 (it sent &quot;%1&quot;)</source>
        <translation>le serveur n’a pas répondu en HTTP/1.1 (il a envoyé « %1 »)</translation>
    </message>
    <message>
        <source>the server&apos;s status line has no status code (&quot;%1&quot;)</source>
        <translation>la ligne d’état du serveur n’a pas de code d’état (« %1 »)</translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation>la réponse a plus de %1 champs d’en-tête</translation>
    </message>
    <message>
        <source>the response has a malformed header field (&quot;%1&quot;)</source>
        <translation>la réponse a un champ d’en-tête mal formé (« %1 »)</translation>
    </message>
    <message>
        <source>the response uses a transfer coding this client does not read (%1)</source>
        <translation>la réponse utilise un codage de transfert que ce client ne lit pas (%1)</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is not a number (&quot;%1&quot;)</source>
        <translation>le Content-Length de la réponse n’est pas un nombre (« %1 »)</translation>
    </message>
    <message>
        <source>the response&apos;s chunk size is not a hexadecimal number (&quot;%1&quot;)</source>
        <translation>la taille de bloc de la réponse n’est pas un nombre hexadécimal (« %1 »)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response&apos;s header</source>
        <translation>le serveur a fermé la connexion au milieu de l’en-tête de la réponse</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>la connexion s’est fermée après %1 des %2 octets de la réponse</translation>
    </message>
    <message>
        <source>the connection closed before the end of the chunked answer (%1 bytes received)</source>
        <translation>la connexion s’est fermée avant la fin de la réponse par blocs (%1 octets reçus)</translation>
    </message>
</context>
<context>
    <name>Providers::LoopbackHttpReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>Providers::ProviderCall</name>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>pas de connexion à %1 en %2 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the answer stopped for %1 s in the middle</source>
        <translation>la réponse s&apos;est arrêtée %1 s en plein milieu</translation>
    </message>
    <message>
        <source>the answer took longer than %1 s in all</source>
        <translation>la réponse a pris plus de %1 s au total</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1: the provider moved to %2; update the provider&apos;s base URL</source>
        <translation>HTTP %1&#xa0;: le fournisseur a déménagé vers %2&#xa0;; mettez à jour l&apos;URL de base du fournisseur</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>la connexion s&apos;est fermée après %1 octets sur %2 de la réponse</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes of the answer: %2</source>
        <translation>la connexion s&apos;est rompue après %1 octets de la réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1 bytes received)</source>
        <translation>la connexion s&apos;est fermée avant la fin de la réponse (%1 octets reçus)</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the answer</source>
        <translation>le filtre de contenu du fournisseur a arrêté la réponse</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>position %1 in the route</source>
        <translation>position %1 dans la route</translation>
    </message>
    <message>
        <source>cheapest first: est. %1 for this request</source>
        <translation>la moins chère d&apos;abord&#xa0;: env. %1 pour cette requête</translation>
    </message>
    <message>
        <source>price unknown: after the priced targets</source>
        <translation>prix inconnu&#xa0;: après les cibles dont le prix est connu</translation>
    </message>
    <message>
        <source>fastest first: median first token %1 ms over %2 requests</source>
        <translation>la plus rapide d&apos;abord&#xa0;: premier jeton en %1 ms (médiane) sur %2 requêtes</translation>
    </message>
    <message>
        <source>exploring: too little history to rank it</source>
        <translation>exploration&#xa0;: trop peu d&apos;historique pour la classer</translation>
    </message>
    <message>
        <source>too little history to rank it: after the measured targets</source>
        <translation>trop peu d&apos;historique pour la classer&#xa0;: après les cibles mesurées</translation>
    </message>
    <message>
        <source>weighted pick %1 (weight %2)</source>
        <translation>tirage pondéré %1 (poids %2)</translation>
    </message>
    <message>
        <source>; cooling until %1 after repeated failures, so tried after healthy targets</source>
        <translation>&#xa0;; en pause jusqu&apos;à %1 après des échecs répétés, donc essayée après les cibles saines</translation>
    </message>
</context>
<context>
    <name>Routing::RouteRun</name>
    <message>
        <source>nothing to route to: the request names no target</source>
        <translation>rien vers quoi router&#xa0;: la requête ne nomme aucune cible</translation>
    </message>
    <message>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation>la route «&#xa0;%1&#xa0;» n&apos;a pas de cibles&#xa0;; ajoutez-en une avec switchboard-cli routes add</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 skipped: its provider refused the key</source>
        <translation>%1 ignorée&#xa0;: son fournisseur a refusé la clé</translation>
    </message>
    <message>
        <source>%1 skipped: its context window (%2 tokens) is not larger than the one that overflowed</source>
        <translation>%1 ignorée&#xa0;: sa fenêtre de contexte (%2 jetons) n&apos;est pas plus grande que celle qui a débordé</translation>
    </message>
    <message>
        <source> (the route&apos;s budget of %1 attempts is used up)</source>
        <translation> (le budget de la route de %1 tentatives est épuisé)</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;» n&apos;est configuré</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 providers</source>
        <translation>cette version ne sait pas parler aux fournisseurs %1</translation>
    </message>
    <message>
        <source>another target answered first</source>
        <translation>une autre cible a répondu en premier</translation>
    </message>
    <message>
        <source>; retry %1 after %2</source>
        <translation>&#xa0;; nouvelle tentative %1 après %2</translation>
    </message>
    <message>
        <source>%1/%2 failed (%3); retrying in %4 s</source>
        <translation>%1/%2 a échoué (%3)&#xa0;; nouvel essai dans %4 s</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3</source>
        <translation>%1 a échoué (%2)&#xa0;; essai de %3</translation>
    </message>
    <message>
        <source>%1 failed mid-answer (%2); the partial answer is kept apart and the answer restarts on %3</source>
        <translation>%1 a échoué en pleine réponse (%2)&#xa0;; la réponse partielle est gardée à part et la réponse reprend sur %3</translation>
    </message>
    <message>
        <source>; after %1 failed (%2)</source>
        <translation>&#xa0;; après l&apos;échec de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 sent no token within %2 ms; also asking %3, the first to answer wins</source>
        <translation>%1 n&apos;a envoyé aucun jeton en %2 ms&#xa0;; %3 est aussi interrogée, la première réponse l&apos;emporte</translation>
    </message>
    <message>
        <source>; hedge started after %1 ms without a token</source>
        <translation>&#xa0;; tentative parallèle lancée après %1 ms sans jeton</translation>
    </message>
    <message>
        <source>cancelled: another target answered first</source>
        <translation>annulé&#xa0;: une autre cible a répondu en premier</translation>
    </message>
    <message>
        <source>no target could be tried</source>
        <translation>aucune cible n&apos;a pu être essayée</translation>
    </message>
    <message>
        <source>all %1 attempts failed: %2</source>
        <translation>les %1 tentatives ont toutes échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 skipped: over budget (the route skips providers over budget)</source>
        <translation>%1 ignoré&#xa0;: budget dépassé (la route ignore les fournisseurs au-delà de leur budget)</translation>
    </message>
</context>
<context>
    <name>Routing::Router</name>
    <message>
        <source>use either --route or --model, not both</source>
        <translation>utilisez soit --route, soit --model, pas les deux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas FOURNISSEUR/MODÈLE</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli providers list les affiche</translation>
    </message>
    <message>
        <source>no model or route given, and there is no default route yet; use --model PROVIDER/MODEL, or create one with switchboard-cli routes add default --target PROVIDER/MODEL</source>
        <translation>ni modèle ni route indiqués, et il n&apos;y a pas encore de route par défaut&#xa0;; utilisez --model PROVIDER/MODEL, ou créez-en une avec switchboard-cli routes add default --target PROVIDER/MODEL</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»&#xa0;; switchboard-cli routes list les affiche</translation>
    </message>
    <message>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation>la route «&#xa0;%1&#xa0;» n&apos;a pas de cibles&#xa0;; ajoutez-en une avec switchboard-cli routes add</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no API key is configured for provider &apos;%1&apos;; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation>aucune clé d&apos;API n&apos;est configurée pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;; nommez une variable d&apos;environnement avec switchboard-cli providers set %1 --api-key-env VAR et exportez-la</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: the environment variable %2 is not set</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: la variable d&apos;environnement %2 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: store one in the keychain with switchboard-cli keys set %1 (it reads the key from stdin)</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: enregistrez-en une dans le trousseau avec switchboard-cli keys set %1 (elle lit la clé sur stdin)</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: none in the keychain and %2 is not set; store one with switchboard-cli keys set %1 (it reads the key from stdin), or export %2=…</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: aucune dans le trousseau et %2 n&apos;est pas définie&#xa0;; enregistrez-en une avec switchboard-cli keys set %1 (elle lit la clé sur stdin), ou export %2=…</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: aucun trousseau n&apos;est disponible sur ce système&#xa0;; nommez une variable d&apos;environnement avec switchboard-cli providers set %1 --api-key-env VAR et exportez-la</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system and %2 is not set; export %2=…</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: aucun trousseau n&apos;est disponible sur ce système et %2 n&apos;est pas définie&#xa0;; export %2=…</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: %2</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no API key for provider &apos;%1&apos;: %2; or export %3=…</source>
        <translation>pas de clé d&apos;API pour le fournisseur «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; ou export %3=…</translation>
    </message>
    <message>
        <source>the key of provider &apos;%1&apos; is not sent over plain http to %2 (anyone on the way could read it); use an https base URL (switchboard-cli providers set %1 --base-url https://…), or, on a network you trust, allow it with switchboard-cli providers set %1 --allow-insecure-http</source>
        <translation>la clé du fournisseur «&#xa0;%1&#xa0;» n&apos;est pas envoyée en http non chiffré à %2 (n&apos;importe qui sur le chemin pourrait la lire)&#xa0;; utilisez une URL de base https (switchboard-cli providers set %1 --base-url https://…), ou, sur un réseau de confiance, autorisez-le avec switchboard-cli providers set %1 --allow-insecure-http</translation>
    </message>
    <message>
        <source>no keychain is available: no Secret Service (GNOME Keyring, KWallet, KeePassXC) answers on the D-Bus session bus</source>
        <translation>aucun trousseau disponible&#xa0;: aucun Secret Service (GNOME Keyring, KWallet, KeePassXC) ne répond sur le bus de session D-Bus</translation>
    </message>
    <message>
        <source>no keychain is available: the D-Bus session bus cannot be reached (%1)</source>
        <translation>aucun trousseau disponible&#xa0;: le bus de session D-Bus est injoignable (%1)</translation>
    </message>
    <message>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>DBUS_SESSION_BUS_ADDRESS n&apos;est pas définie</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>the new base URL sends the requests of provider &apos;%1&apos;, and its key (%2), to %3 instead of %4</source>
        <translation>la nouvelle URL de base envoie les requêtes du fournisseur «&#xa0;%1&#xa0;», et sa clé (%2), à %3 au lieu de %4</translation>
    </message>
</context>
<context>
    <name>Secrets::KeyStatus</name>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>env %1</source>
        <translation>env. %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>%1 (not sent over plain http)</source>
        <translation>%1 (pas envoyée en http non chiffré)</translation>
    </message>
    <message>
        <source>none needed (local)</source>
        <translation>aucune requise (local)</translation>
    </message>
    <message>
        <source>missing (keychain locked)</source>
        <translation>manquante (trousseau verrouillé)</translation>
    </message>
    <message>
        <source>missing (keychain error)</source>
        <translation>manquante (erreur du trousseau)</translation>
    </message>
    <message>
        <source>missing (env %1 not set)</source>
        <translation>manquante (env. %1 non définie)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>Secrets::KeyStore</name>
    <message>
        <source>the keychain did not answer within %1 s; if it asks to be unlocked, unlock it and try again</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s&#xa0;; s&apos;il demande à être déverrouillé, déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>no key for provider &apos;%1&apos; is stored in the keychain</source>
        <translation>aucune clé du fournisseur «&#xa0;%1&#xa0;» n&apos;est enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>the keychain refused access to the key of provider &apos;%1&apos; (%2); unlock the keychain and try again</source>
        <translation>le trousseau a refusé l&apos;accès à la clé du fournisseur «&#xa0;%1&#xa0;» (%2)&#xa0;; déverrouillez le trousseau et réessayez</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau disponible (%1)</translation>
    </message>
    <message>
        <source>could not read the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation>impossible de lire la clé du fournisseur «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not store the key of provider &apos;%1&apos; in the keychain: %2</source>
        <translation>impossible d&apos;enregistrer la clé du fournisseur «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not delete the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation>impossible de supprimer la clé du fournisseur «&#xa0;%1&#xa0;» du trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>requests will not be recorded: %1</source>
        <translation>les requêtes ne seront pas enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the chat is not kept in the history: %1</source>
        <translation>la discussion n&apos;est pas conservée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is not kept in the history: %1</source>
        <translation>la réponse n&apos;est pas conservée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>every request will wait for its ledger row: %1</source>
        <translation>chaque requête attendra sa ligne dans le registre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Session::GatewayController</name>
    <message>
        <source>The token is the one in %1, so it is not replaced here. Change or unset that variable and start Switchboard again.</source>
        <translation>Le jeton est celui de %1&#xa0;; il n&apos;est donc pas remplacé ici. Modifiez ou supprimez cette variable, puis relancez Switchboard.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port (0 picks any free one), or quit the program that uses it, then turn the gateway on again.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port (0 en prend un libre quelconque), ou quittez le programme qui l&apos;utilise, puis réactivez la passerelle.</translation>
    </message>
    <message>
        <source>The gateway could not start: %1</source>
        <translation>La passerelle n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The choice is not remembered for the next start: %1 (fix config.json and it will be).</source>
        <translation>Ce choix n&apos;est pas retenu pour le prochain démarrage&#xa0;: %1 (corrigez config.json et il le sera).</translation>
    </message>
    <message>
        <source>The choice is not remembered for the next start: %1</source>
        <translation>Ce choix n&apos;est pas retenu pour le prochain démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>should be a string</source>
        <translation>devrait être une chaîne</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>devrait être true ou false</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>devrait être un nombre entier</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompue)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplète)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON invalide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>this is not a Switchboard conversation (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une conversation Switchboard (&quot;format&quot; devrait valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;version&quot; should be a whole number from 1</source>
        <translation>&quot;version&quot; devrait être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>it was written by a newer Switchboard (format version %1; this build reads up to %2); update Switchboard to import it</source>
        <translation>elle a été écrite par un Switchboard plus récent (version de format %1&#xa0;; cette version lit jusqu&apos;à %2)&#xa0;; mettez Switchboard à jour pour l&apos;importer</translation>
    </message>
    <message>
        <source>should be an array</source>
        <translation>devrait être un tableau</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>devrait être un objet</translation>
    </message>
    <message>
        <source>should be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;, not &quot;%1&quot;</source>
        <translation>devrait être &quot;system&quot;, &quot;user&quot; ou &quot;assistant&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>impossible de préparer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>impossible de lire la version du schéma de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Switchboard (schema %2; this build knows up to %3); update Switchboard — nothing will be written to it</source>
        <translation>la base de données %1 a été écrite par un Switchboard plus récent (schéma %2&#xa0;; cette version connaît jusqu&apos;à %3)&#xa0;; mettez Switchboard à jour — rien n&apos;y sera écrit</translation>
    </message>
    <message>
        <source>cannot start a migration of %1: %2</source>
        <translation>impossible de commencer une migration de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot migrate %1 to schema %2: %3</source>
        <translation>impossible de migrer %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot build the statistics of %1: %2</source>
        <translation>impossible de construire les statistiques de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot close the attempts of an ended process in %1: %2</source>
        <translation>impossible de clore les tentatives d&apos;un processus terminé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the chat history is read-only: %1 was written by a newer Switchboard</source>
        <translation>l&apos;historique des discussions est en lecture seule&#xa0;: %1 a été écrit par un Switchboard plus récent</translation>
    </message>
    <message>
        <source>cannot create a conversation in %1: %2</source>
        <translation>impossible de créer une conversation dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot add the message to conversation %1 in %2: %3</source>
        <translation>impossible d&apos;ajouter le message à la conversation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>conversation introuvable</translation>
    </message>
    <message>
        <source>cannot read conversation %1 from %2: %3</source>
        <translation>impossible de lire la conversation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>il n&apos;y a pas de conversation %1</translation>
    </message>
    <message>
        <source>cannot list the conversations in %1: %2</source>
        <translation>impossible de lister les conversations dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the messages of conversation %1 from %2: %3</source>
        <translation>impossible de lire les messages de la conversation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot change conversation %1 in %2: %3</source>
        <translation>impossible de modifier la conversation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot delete conversation %1 from %2: %3</source>
        <translation>impossible de supprimer la conversation %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot search the chat history in %1: %2</source>
        <translation>impossible de chercher dans l&apos;historique des discussions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot import the conversation: %1</source>
        <translation>impossible d&apos;importer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Switchboard stopped before this attempt finished (the process ended)</source>
        <translation>Switchboard s&apos;est arrêté avant la fin de cette tentative (le processus a pris fin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: use 7d, 24h, 30d, all or a date YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une période&#xa0;: utilisez 7d, 24h, 30d, all ou une date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the ledger is read-only: %1 was written by a newer Switchboard</source>
        <translation>le registre est en lecture seule&#xa0;: %1 a été écrit par un Switchboard plus récent</translation>
    </message>
    <message>
        <source>cannot record the attempt in %1: %2</source>
        <translation>impossible d&apos;enregistrer la tentative dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1 is not a running attempt</source>
        <translation>la ligne %1 n&apos;est pas une tentative en cours</translation>
    </message>
    <message>
        <source>cannot read the leaderboard from %1: %2</source>
        <translation>impossible de lire le classement dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database was written by a newer Switchboard and is read-only here</source>
        <translation>la base de données a été écrite par un Switchboard plus récent et est ici en lecture seule</translation>
    </message>
    <message>
        <source>cannot save the compare in %1</source>
        <translation>impossible d&apos;enregistrer la comparaison dans %1</translation>
    </message>
    <message>
        <source>no such column</source>
        <translation>colonne introuvable</translation>
    </message>
    <message>
        <source>cannot update column %1 of compare %2 in %3</source>
        <translation>impossible de mettre à jour la colonne %1 de la comparaison %2 dans %3</translation>
    </message>
    <message>
        <source>cannot read compare %1 from %2: %3</source>
        <translation>impossible de lire la comparaison %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>there is no compare %1</source>
        <translation>il n&apos;y a pas de comparaison %1</translation>
    </message>
    <message>
        <source>cannot read the columns of compare %1 from %2: %3</source>
        <translation>impossible de lire les colonnes de la comparaison %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot list the compares in %1: %2</source>
        <translation>impossible de lister les comparaisons dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no such compare</source>
        <translation>comparaison introuvable</translation>
    </message>
    <message>
        <source>cannot rename compare %1 in %2</source>
        <translation>impossible de renommer la comparaison %1 dans %2</translation>
    </message>
    <message>
        <source>cannot delete compare %1 from %2</source>
        <translation>impossible de supprimer la comparaison %1 de %2</translation>
    </message>
    <message>
        <source>it has no column %1</source>
        <translation>elle n&apos;a pas de colonne %1</translation>
    </message>
    <message>
        <source>cannot store the verdict of compare %1</source>
        <translation>impossible d&apos;enregistrer le verdict de la comparaison %1</translation>
    </message>
    <message>
        <source>column %1 (%2) has no answer to judge</source>
        <translation>la colonne %1 (%2) n&apos;a pas de réponse à juger</translation>
    </message>
    <message>
        <source>column %1 is named twice</source>
        <translation>la colonne %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>cannot continue column %1 of compare %2 as a conversation</source>
        <translation>impossible de poursuivre la colonne %1 de la comparaison %2 en conversation</translation>
    </message>
    <message>
        <source>%1 gave no answer to continue from</source>
        <translation>%1 n&apos;a donné aucune réponse à partir de laquelle poursuivre</translation>
    </message>
    <message>
        <source>cannot open the database %1: this installation has no Qt SQL driver %2 (on Debian: libqt6sql6-psql)</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: cette installation n&apos;a pas de pilote Qt SQL %2 (sous Debian&#xa0;: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot remove messages of conversation %1 from %2: %3</source>
        <translation>impossible de retirer des messages de la conversation %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the ledger %1 is not open</source>
        <translation>le registre %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot read the statistics: %1</source>
        <translation>impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the attempts of stored answers from %1: %2</source>
        <translation>impossible de lire les tentatives des réponses enregistrées dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot checkpoint the write-ahead log of %1: %2</source>
        <translation>impossible de reporter le journal d’écriture anticipée de %1 dans la base : %2</translation>
    </message>
    <message>
        <source>cannot create the attempt journal directory %1</source>
        <translation>impossible de créer le dossier du journal des tentatives %1</translation>
    </message>
    <message>
        <source>cannot lock the attempt journal %1.lock (check the directory&apos;s permissions)</source>
        <translation>impossible de verrouiller le journal des tentatives %1.lock (vérifiez les droits du dossier)</translation>
    </message>
    <message>
        <source>cannot open the attempt journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal des tentatives %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the attempt journal %1: %2</source>
        <translation>impossible d&apos;écrire dans le journal des tentatives %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot lock an attempt journal in %1: every name is taken</source>
        <translation>impossible de verrouiller un journal des tentatives dans %1&#xa0;: tous les noms sont pris</translation>
    </message>
    <message>
        <source>cannot shorten the attempt journal %1: %2</source>
        <translation>impossible de raccourcir le journal des tentatives %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the attempts an ended process journaled in %1 into %2: %3 (its journal stays for the next start)</source>
        <translation>impossible d&apos;écrire dans %2 les tentatives qu&apos;un processus terminé a notées dans %1&#xa0;: %3 (son journal reste pour le prochain démarrage)</translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;One desktop app for all your LLM providers: fallback routing, side-by-side comparison and an honest local ledger of cost and latency. Your keys and your spend data stay on this machine.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2), licensed under the GNU LGPL version 3, and QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une application de bureau pour tous vos fournisseurs de LLM&#xa0;: routage avec repli, comparaison côte à côte et un registre local honnête des coûts et de la latence. Vos clés et vos données de dépenses restent sur cette machine.&lt;/p&gt;&lt;p&gt;Construit avec Qt %1 (exécuté sur Qt %2), sous licence GNU LGPL version 3, et QtKeychain, sous licence BSD à 3 clauses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;QtKeychain %1. Licence texts: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;, &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;. Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; and from the distribution that provides your Qt.&lt;/p&gt;&lt;p&gt;The bundled price catalog is built from LiteLLM&apos;s list of model prices, copyright 2023 Berri AI, under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;QtKeychain %1. Textes des licences&#xa0;: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;, &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;. Le code source de Qt est disponible sur &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; et auprès de la distribution qui fournit votre Qt.&lt;/p&gt;&lt;p&gt;Le catalogue de prix fourni est établi à partir de la liste des prix des modèles de LiteLLM, copyright 2023 Berri AI, sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
</context>
<context>
    <name>Ui::ActiveCompare</name>
    <message>
        <source>A compare is still running: stop it first.</source>
        <translation>Une comparaison est encore en cours&#xa0;: arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This compare cannot run now.</source>
        <translation>Cette comparaison ne peut pas être lancée maintenant.</translation>
    </message>
</context>
<context>
    <name>Ui::AddProviderDialog</name>
    <message>
        <source>Add Provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Ui::AttemptTrailView</name>
    <message>
        <source>Who answered and what it cost</source>
        <translation>Qui a répondu et ce que cela a coûté</translation>
    </message>
    <message>
        <source>%1; trying the next target…</source>
        <translation>%1&#xa0;; essai de la cible suivante…</translation>
    </message>
    <message>
        <source>Show what the provider said</source>
        <translation>Afficher ce que le fournisseur a répondu</translation>
    </message>
    <message>
        <source>Why this target: %1</source>
        <translation>Pourquoi cette cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cached input tokens: %1</source>
        <translation>Jetons d&apos;entrée en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reasoning tokens: %1</source>
        <translation>Jetons de raisonnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Durée totale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cost source: %1</source>
        <translation>Source du coût&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::BudgetGauge</name>
    <message>
        <source>%1 spent</source>
        <translation>%1 dépensés</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>projection %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>Spent in %1: %2 of the monthly budget of %3 (%4).</source>
        <translation>Dépensé en %1&#xa0;: %2 du budget mensuel de %3 (%4).</translation>
    </message>
    <message>
        <source>Spent in %1: %2. No monthly budget is set (config.json &quot;budgets&quot;).</source>
        <translation>Dépensé en %1&#xa0;: %2. Aucun budget mensuel n&apos;est fixé (config.json &quot;budgets&quot;).</translation>
    </message>
    <message>
        <source>At this pace the month ends at %1.</source>
        <translation>À ce rythme, le mois se termine à %1.</translation>
    </message>
    <message>
        <source>Attempts this month with no known cost (not included): %1.</source>
        <translation>Tentatives de ce mois sans coût connu (non comptées)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>budget mensuel</translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation>budget journalier</translation>
    </message>
    <message>
        <source>Over the %1: %2 spent of %3.</source>
        <translation>Dépassement du %1&#xa0;: %2 dépensés sur %3.</translation>
    </message>
    <message>
        <source>%1% of the %2 used: %3 of %4.</source>
        <translation>%1&#xa0;% du %2 utilisés&#xa0;: %3 sur %4.</translation>
    </message>
</context>
<context>
    <name>Ui::BudgetsPage</name>
    <message>
        <source>Limits in US dollars, from the costs in the local ledger. At 80% and at 100% of a limit Switchboard tells you, once per month or day; it does not stop requests. Leave a field empty for no limit.</source>
        <translation>Limites en dollars US, d&apos;après les coûts du registre local. À 80 % et à 100 % d&apos;une limite, Switchboard vous prévient, une fois par mois ou par jour&#xa0;; il n&apos;arrête pas les requêtes. Laissez un champ vide pour ne fixer aucune limite.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>journalière</translation>
    </message>
    <message>
        <source>%1, %2 limit in US dollars</source>
        <translation>%1, limite %2 en dollars US</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Per month (USD)</source>
        <translation>Par mois (USD)</translation>
    </message>
    <message>
        <source>Per day (USD)</source>
        <translation>Par jour (USD)</translation>
    </message>
    <message>
        <source>&amp;All providers</source>
        <translation>&amp;Tous les fournisseurs</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (non configuré)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Ui::ChatPage</name>
    <message>
        <source>Stop or return to the message field</source>
        <translation>Arrêter ou revenir au champ de message</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>Conversations are not being saved: %1</source>
        <translation>Les conversations ne sont pas enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your message goes to %1 alone, without fallback.</source>
        <translation>Votre message va uniquement à %1, sans repli.</translation>
    </message>
    <message>
        <source>Your message goes through the route “%1”: %2. If one fails, the next answers, and you see why.</source>
        <translation>Votre message passe par la route «&#xa0;%1&#xa0;»&#xa0;: %2. Si l&apos;une échoue, la suivante répond, et vous voyez pourquoi.</translation>
    </message>
    <message>
        <source>Pick a route or a model below, then write your message.</source>
        <translation>Choisissez une route ou un modèle ci-dessous, puis écrivez votre message.</translation>
    </message>
    <message>
        <source>Ask anything</source>
        <translation>Posez une question</translation>
    </message>
</context>
<context>
    <name>Ui::ChatSession</name>
    <message>
        <source>This cannot be sent</source>
        <translation>Impossible d&apos;envoyer ceci</translation>
    </message>
</context>
<context>
    <name>Ui::CodeBlockView</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copier le code dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code in %1</source>
        <translation>Code en %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Ui::ColumnFigures</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier jeton %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>answered by %1/%2</source>
        <translation>réponse de %1/%2</translation>
    </message>
</context>
<context>
    <name>Ui::CompareColumnView</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>Continuer en discussion</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>Mark this answer as the best (mark several for a tie)</source>
        <translation>Marquer cette réponse comme la meilleure (en marquer plusieurs pour une égalité)</translation>
    </message>
    <message>
        <source>Stop this column only</source>
        <translation>Arrêter seulement cette colonne</translation>
    </message>
    <message>
        <source>Ask this target again, alone</source>
        <translation>Interroger de nouveau cette cible, seule</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>Copier cette réponse</translation>
    </message>
    <message>
        <source>Open this answer as a conversation and go on with this model</source>
        <translation>Ouvrir cette réponse comme conversation et continuer avec ce modèle</translation>
    </message>
    <message>
        <source>★ Best</source>
        <translation>★ Meilleure</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>The answer broke off; asking the next target…</source>
        <translation>La réponse s&apos;est interrompue&#xa0;; interrogation de la cible suivante…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Answering: %1</source>
        <translation>Réponse en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Answered by %1/%2</source>
        <translation>Réponse de %1/%2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>You stopped this column. Retry asks again.</source>
        <translation>Vous avez arrêté cette colonne. «&#xa0;Réessayer&#xa0;» l&apos;interroge de nouveau.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Answer as plain text</source>
        <translation>Réponse en texte brut</translation>
    </message>
</context>
<context>
    <name>Ui::CompareLibrary</name>
    <message>
        <source>the history is not available</source>
        <translation>l&apos;historique n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The compare is not saved: %1</source>
        <translation>La comparaison n&apos;est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot continue in chat: %1</source>
        <translation>Impossible de continuer en discussion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the compare: %1</source>
        <translation>Impossible d&apos;ouvrir la comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot list the compares: %1</source>
        <translation>Impossible de lister les comparaisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the leaderboard: %1</source>
        <translation>Impossible de lire le classement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ComparePage</name>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <source>Every answered column was as good as the others</source>
        <translation>Chaque colonne ayant répondu valait les autres</translation>
    </message>
    <message>
        <source>Write a prompt, pick 2 to 6 routes or models, and press Run: the answers stream side by side with their speed and cost.</source>
        <translation>Écrivez une consigne, choisissez de 2 à 6 routes ou modèles, puis cliquez sur «&#xa0;Lancer&#xa0;»&#xa0;: les réponses s&apos;affichent côte à côte, avec leur vitesse et leur coût.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Run the compare</source>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <source>Stop the compare</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Retry is not possible: %1</source>
        <translation>Impossible de réessayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No verdict yet: mark the best answer, or call it a tie.</source>
        <translation>Pas encore de verdict&#xa0;: marquez la meilleure réponse, ou déclarez une égalité.</translation>
    </message>
    <message>
        <source>The verdict can be given once every column has ended.</source>
        <translation>Le verdict peut être rendu une fois toutes les colonnes terminées.</translation>
    </message>
    <message>
        <source>Verdict: %1 was best.</source>
        <translation>Verdict&#xa0;: %1 était la meilleure.</translation>
    </message>
    <message>
        <source>Verdict: a tie between %1.</source>
        <translation>Verdict&#xa0;: égalité entre %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Défiler ensemble</translation>
    </message>
    <message>
        <source>Scrolling one answer scrolls the others to the same place</source>
        <translation>Faire défiler une réponse fait défiler les autres au même endroit</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Show the answers as the models sent them, without Markdown rendering</source>
        <translation>Afficher les réponses telles que les modèles les ont envoyées, sans rendu Markdown</translation>
    </message>
</context>
<context>
    <name>Ui::CompareSetup</name>
    <message>
        <source>One prompt for every column (Ctrl+Enter runs the compare)</source>
        <translation>Une consigne pour toutes les colonnes (Ctrl+Entrée lance la comparaison)</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Consigne système (facultative)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Consigne système</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles&#xa0;:</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every column</source>
        <translation>Arrêter toutes les colonnes</translation>
    </message>
    <message>
        <source>Ask every target (Ctrl+Enter)</source>
        <translation>Interroger toutes les cibles (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Ui::CompareTargetsEditor</name>
    <message>
        <source>Add target</source>
        <translation>Ajouter une cible</translation>
    </message>
    <message>
        <source>Add a column (up to %1)</source>
        <translation>Ajouter une colonne (%1 au plus)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>A route (with its fallback) or one model</source>
        <translation>Une route (avec ses replis) ou un seul modèle</translation>
    </message>
    <message>
        <source>Remove this target</source>
        <translation>Retirer cette cible</translation>
    </message>
</context>
<context>
    <name>Ui::Composer</name>
    <message>
        <source>System prompt for this conversation (optional)</source>
        <translation>Consigne système pour cette conversation (facultative)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Consigne système</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>Afficher la consigne système</translation>
    </message>
    <message>
        <source>The system prompt sent with every message of this conversation</source>
        <translation>La consigne système envoyée avec chaque message de cette conversation</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Entrée pour envoyer · Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation>Consigne système ✓</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>Masquer la consigne système</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>%1
Last active %2</source>
        <translation>%1
Dernière activité&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, épinglée</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationPanel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+K)</source>
        <translation>Rechercher dans chaque message (Ctrl+K)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Aucun message ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et tous ses messages&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Épingler en haut</translation>
    </message>
</context>
<context>
    <name>Ui::Dashboard</name>
    <message>
        <source>Switchboard · page %1</source>
        <translation>Switchboard · page %1</translation>
    </message>
    <message>
        <source>No requests in this period yet</source>
        <translation>Aucune requête sur cette période pour l&apos;instant</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>impossible de commencer un PDF</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>This month and its budget</source>
        <translation>Ce mois-ci et son budget</translation>
    </message>
    <message>
        <source>the PDF did not finish</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <source>No requests recorded yet: every chat, comparison and gateway request will show up here.</source>
        <translation>Aucune requête enregistrée pour l&apos;instant&#xa0;: chaque discussion, comparaison et requête de la passerelle apparaîtra ici.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 + %2 unknown</source>
        <translation>%1 + %2 au coût inconnu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>tokens (millions)</source>
        <translation>jetons (millions)</translation>
    </message>
    <message>
        <source>tokens (thousands)</source>
        <translation>jetons (milliers)</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>(unknown writer)</source>
        <translation>(auteur inconnu)</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardView</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Afficher de nouveau tous les modèles</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table per model as CSV</source>
        <translation>Enregistrer le tableau par modèle en CSV</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter un rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a PDF report</source>
        <translation>Enregistrer tout le tableau de bord en rapport PDF</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Exporter un rapport PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Dépense par jour</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Par fournisseur</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Requests and tokens per day</source>
        <translation>Requêtes et jetons par jour</translation>
    </message>
    <message>
        <source>Time to first token per model</source>
        <translation>Délai jusqu&apos;au premier jeton par modèle</translation>
    </message>
    <message>
        <source>How requests ended, per provider</source>
        <translation>Issue des requêtes, par fournisseur</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>Click a model to narrow the dashboard to it; click a column to sort.</source>
        <translation>Cliquez sur un modèle pour y restreindre le tableau de bord&#xa0;; cliquez sur une colonne pour trier.</translation>
    </message>
    <message>
        <source>Team: per person and machine</source>
        <translation>Équipe&#xa0;: par personne et machine</translation>
    </message>
    <message>
        <source>Everyone who wrote to this ledger in the period (user@machine).</source>
        <translation>Toutes les personnes qui ont écrit dans ce registre sur la période (utilisateur@machine).</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer with a first token in this period yet</source>
        <translation>Aucune réponse avec un premier jeton sur cette période pour l&apos;instant</translation>
    </message>
    <message>
        <source>Attempts of unknown cost, not in these bars: %1.</source>
        <translation>Tentatives au coût inconnu, absentes de ces barres&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Click a model in the legend or a bar to narrow the dashboard to it.</source>
        <translation>Cliquez sur un modèle dans la légende ou sur une barre pour y restreindre le tableau de bord.</translation>
    </message>
    <message>
        <source>Successful answers; the most used models.</source>
        <translation>Réponses réussies&#xa0;; les modèles les plus utilisés.</translation>
    </message>
    <message>
        <source>Each request counts for the provider of its first attempt.</source>
        <translation>Chaque requête compte pour le fournisseur de sa première tentative.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no chart named %1</source>
        <translation>Il n&apos;y a pas de graphique nommé %1</translation>
    </message>
    <message>
        <source>Switchboard spend report</source>
        <translation>Rapport de dépenses Switchboard</translation>
    </message>
    <message>
        <source>Generated %1 from %2</source>
        <translation>Généré le %1 à partir de %2</translation>
    </message>
    <message>
        <source>Per person and machine</source>
        <translation>Par personne et machine</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorNotice</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Ouvrir les ré&amp;glages…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les réglages</translation>
    </message>
</context>
<context>
    <name>Ui::FinishStep</name>
    <message>
        <source>&amp;Finish Setup</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Chats that name no model go through the route “default”: a list of models tried in order. Pick the one this provider adds to it.</source>
        <translation>Les discussions qui ne nomment aucun modèle passent par la route «&#xa0;default&#xa0;»&#xa0;: une liste de modèles essayés dans l&apos;ordre. Choisissez celui que ce fournisseur y ajoute.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model for the route default</source>
        <translation>Modèle pour la route default</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 fonctionne</translation>
    </message>
    <message numerus="yes">
        <source>Add it to the end of the route “default” (%n target(s) so far)</source>
        <translation>
            <numerusform>L&apos;ajouter à la fin de la route «&#xa0;default&#xa0;» (%n cible jusqu&apos;ici)</numerusform>
            <numerusform>L&apos;ajouter à la fin de la route «&#xa0;default&#xa0;» (%n cibles jusqu&apos;ici)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the route “default” with it</source>
        <translation>Créer la route «&#xa0;default&#xa0;» avec lui</translation>
    </message>
    <message>
        <source>Pick a model for the route “default”, or untick the box.</source>
        <translation>Choisissez un modèle pour la route «&#xa0;default&#xa0;», ou décochez la case.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Switchboard never keeps keys in a file instead.</source>
        <translation>%1 — Switchboard ne garde jamais les clés dans un fichier à la place.</translation>
    </message>
    <message>
        <source>Keep the Key for This Session</source>
        <translation>Garder la clé pour cette session</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayDialog</name>
    <message>
        <source>Local Gateway</source>
        <translation>Passerelle locale</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayPanel</name>
    <message>
        <source>&amp;Serve the local gateway</source>
        <translation>&amp;Servir la passerelle locale</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>Editors, scripts and agents that speak the OpenAI API can use your routes, keys and ledger through this address. Only programs on this computer can reach it, and only with the token.</source>
        <translation>Les éditeurs, scripts et agents qui parlent l&apos;API OpenAI peuvent utiliser vos routes, vos clés et votre registre par cette adresse. Seuls les programmes de cet ordinateur peuvent la joindre, et uniquement avec le jeton.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Takes effect at once; 0 picks any free port at each start.</source>
        <translation>Prend effet immédiatement&#xa0;; 0 choisit un port libre quelconque à chaque démarrage.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Jeton de la passerelle</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse copiée.</translation>
    </message>
    <message>
        <source>Token copied. Paste it where the client asks for an API key.</source>
        <translation>Jeton copié. Collez-le là où le client demande une clé d&apos;API.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Turn the gateway on to get its address</source>
        <translation>Activez la passerelle pour obtenir son adresse</translation>
    </message>
    <message>
        <source>Made on first start, kept in the keychain</source>
        <translation>Créé au premier démarrage, conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Chosen by %1 when Switchboard started.</source>
        <translation>Choisi par %1 au démarrage de Switchboard.</translation>
    </message>
    <message numerus="yes">
        <source>%n served</source>
        <translation>
            <numerusform>%n traitée</numerusform>
            <numerusform>%n traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 in progress</source>
        <translation>%1, %2 en cours</translation>
    </message>
    <message>
        <source>The gateway needs your attention</source>
        <translation>La passerelle demande votre attention</translation>
    </message>
    <message>
        <source>Regenerate the gateway token?</source>
        <translation>Régénérer le jeton de la passerelle&#xa0;?</translation>
    </message>
    <message>
        <source>Every program that uses the current token is refused from its next request on, until you give it the new one.</source>
        <translation>Tout programme qui utilise le jeton actuel est refusé dès sa prochaine requête, jusqu&apos;à ce que vous lui donniez le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
</context>
<context>
    <name>Ui::GatewayStatusButton</name>
    <message>
        <source>Local gateway</source>
        <translation>Passerelle locale</translation>
    </message>
    <message numerus="yes">
        <source>Gateway on · %n served</source>
        <translation>
            <numerusform>Passerelle active · %n requête traitée</numerusform>
            <numerusform>Passerelle active · %n requêtes traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Démarrage de la passerelle…</translation>
    </message>
    <message>
        <source>Gateway stopping…</source>
        <translation>Arrêt de la passerelle…</translation>
    </message>
    <message>
        <source>Gateway off</source>
        <translation>Passerelle arrêtée</translation>
    </message>
    <message>
        <source>Gateway off: see why</source>
        <translation>Passerelle arrêtée&#xa0;: voir pourquoi</translation>
    </message>
    <message>
        <source>Open the local gateway to turn it on</source>
        <translation>Ouvrir la passerelle locale pour l&apos;activer</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralPage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>par défaut du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Switchboard.</translation>
    </message>
    <message>
        <source>%1 (not available in this build)</source>
        <translation>%1 (non disponible dans cette version)</translation>
    </message>
    <message>
        <source>Switchboard speaks the new language the next time it starts.</source>
        <translation>Switchboard parlera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Ui::KeyStep</name>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory until Switchboard quits</source>
        <translation>Garder la clé en &amp;mémoire jusqu&apos;à la fermeture de Switchboard</translation>
    </message>
    <message>
        <source>Read the key from an &amp;environment variable:</source>
        <translation>Lire la clé dans une variable d&apos;&amp;environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>How routes and the model picker call it: NAME/MODEL</source>
        <translation>Son nom dans les routes et le sélecteur de modèles&#xa0;: NOM/MODÈLE</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Collez la clé</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, then paste it here.</source>
        <translation>Créez une clé sur &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, puis collez-la ici.</translation>
    </message>
    <message>
        <source>Leave it empty if the server needs no key.</source>
        <translation>Laissez vide si le serveur n&apos;a pas besoin de clé.</translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation>Recherche d&apos;un trousseau…</translation>
    </message>
    <message>
        <source>The key goes to your keychain (under “%1”), never into a file.</source>
        <translation>La clé va dans votre trousseau (sous «&#xa0;%1&#xa0;»), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>%1. Switchboard never keeps keys in a file instead; choose how to give it the key:</source>
        <translation>%1. Switchboard ne garde jamais les clés dans un fichier à la place&#xa0;; choisissez comment lui donner la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Name the variable that holds the key.</source>
        <translation>Nommez la variable qui contient la clé.</translation>
    </message>
    <message>
        <source>%1 is not set in Switchboard&apos;s environment: export %1=… and start Switchboard again.</source>
        <translation>%1 n&apos;est pas définie dans l&apos;environnement de Switchboard&#xa0;: export %1=… puis redémarrez Switchboard.</translation>
    </message>
    <message>
        <source>%1 is set; the test uses it.</source>
        <translation>%1 est définie&#xa0;; le test l&apos;utilise.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1 is not set in Switchboard&apos;s environment: export %1=… and start Switchboard again, or keep the key in memory for this session.</source>
        <translation>%1 n&apos;est pas définie dans l&apos;environnement de Switchboard&#xa0;: export %1=… puis redémarrez Switchboard, ou gardez la clé en mémoire pour cette session.</translation>
    </message>
    <message>
        <source>Paste the key first; %1 does not answer without one.</source>
        <translation>Collez d&apos;abord la clé&#xa0;; %1 ne répond pas sans.</translation>
    </message>
    <message>
        <source>The key has spaces, several lines or characters a key does not have; paste the key alone.</source>
        <translation>La clé contient des espaces, plusieurs lignes ou des caractères qu&apos;une clé n&apos;a pas&#xa0;; collez la clé seule.</translation>
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
premier jeton&#xa0;: p50 %2, p95 %3
réponses mesurées&#xa0;: %4</translation>
    </message>
    <message>
        <source>milliseconds to the first token</source>
        <translation>millisecondes jusqu&apos;au premier jeton</translation>
    </message>
</context>
<context>
    <name>Ui::LeaderboardModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 wins, %2 ties, %3 losses</source>
        <translation>%1 victoires, %2 égalités, %3 défaites</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>W / T / L</source>
        <translation>V / É / D</translation>
    </message>
    <message>
        <source>Median cost</source>
        <translation>Coût médian</translation>
    </message>
    <message>
        <source>Median first token</source>
        <translation>Premier jeton médian</translation>
    </message>
    <message>
        <source>Median speed</source>
        <translation>Vitesse médiane</translation>
    </message>
</context>
<context>
    <name>Ui::LeaderboardView</name>
    <message>
        <source>Create route from leaderboard</source>
        <translation>Créer une route à partir du classement</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Votre classement</translation>
    </message>
    <message>
        <source>Win rates from the compares you judged: a win counts 1, a tie ½. Cost and speed are the medians of the judged answers.</source>
        <translation>Taux de victoire tirés des comparaisons que vous avez jugées&#xa0;: une victoire compte 1, une égalité ½. Le coût et la vitesse sont les médianes des réponses jugées.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>No judged compares yet. Mark the best answer of a compare and the models&apos; standing shows here.</source>
        <translation>Aucune comparaison jugée pour l&apos;instant. Marquez la meilleure réponse d&apos;une comparaison et le rang des modèles s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Route name:</source>
        <translation>Nom de la route&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. my-best</source>
        <translation>p. ex. my-best</translation>
    </message>
    <message>
        <source>Name of the new route</source>
        <translation>Nom de la nouvelle route</translation>
    </message>
    <message>
        <source>A route that asks the best model first and falls back to the cheapest of the others</source>
        <translation>Une route qui interroge d&apos;abord le meilleur modèle et se replie sur le moins cher des autres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The route is not created: %1</source>
        <translation>La route n&apos;est pas créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; saved: %2</source>
        <translation>Route «&#xa0;%1&#xa0;» enregistrée&#xa0;: %2</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reload Configuration</source>
        <translation>&amp;Recharger la configuration</translation>
    </message>
    <message>
        <source>Open &amp;Profile Folder</source>
        <translation>Ouvrir le dossier de &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The conversation list cannot be read: %1</source>
        <translation>Impossible de lire la liste des conversations&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Réglage&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Go to the &amp;Message Field</source>
        <translation>Aller au champ de &amp;message</translation>
    </message>
    <message>
        <source>&amp;Stop the Answer</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <source>&amp;Regenerate the Answer</source>
        <translation>Ré&amp;générer la réponse</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversation sui&amp;vante</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>Rena&amp;me Conversation</source>
        <translation>Re&amp;nommer la conversation</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Conversation</source>
        <translation>Épingler ou &amp;désépingler la conversation</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>&amp;Supprimer la conversation…</translation>
    </message>
    <message>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <source>Local &amp;Gateway…</source>
        <translation>Passerelle &amp;locale…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
</context>
<context>
    <name>Ui::MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>Ui::MessageView</name>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask again for a new answer</source>
        <translation>Redemander une nouvelle réponse</translation>
    </message>
    <message>
        <source>Stopped by you — the answer is incomplete.</source>
        <translation>Arrêtée par vous — la réponse est incomplète.</translation>
    </message>
    <message>
        <source>The answer broke off — it is incomplete.</source>
        <translation>La réponse s&apos;est interrompue — elle est incomplète.</translation>
    </message>
    <message>
        <source>The model stopped early (length limit or filter) — the answer may be cut short.</source>
        <translation>Le modèle s&apos;est arrêté tôt (limite de longueur ou filtre) — la réponse est peut-être tronquée.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>En attente du premier jeton…</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Afficher le raisonnement du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s reasoning</source>
        <translation>Le raisonnement du modèle</translation>
    </message>
    <message numerus="yes">
        <source>Thinking… (%n words)</source>
        <translation>
            <numerusform>Réflexion… (%n mot)</numerusform>
            <numerusform>Réflexion… (%n mots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n words)</source>
        <translation>
            <numerusform>Raisonnement (%n mot)</numerusform>
            <numerusform>Raisonnement (%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Modifier votre message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>Ui::ModelListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask the provider for its model list again</source>
        <translation>Redemander sa liste de modèles au fournisseur</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Pas encore récupérée.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), fetched %1</source>
        <translation>
            <numerusform>%n modèle, récupéré le %1</numerusform>
            <numerusform>%n modèles, récupérés le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not kept: %1</source>
        <translation>La liste n&apos;a pas été gardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Récupération de la liste des modèles…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1.</source>
        <translation>Que faire&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::OfflineTextDocument</name>
    <message>
        <source>image not loaded</source>
        <translation>image non chargée</translation>
    </message>
</context>
<context>
    <name>Ui::OutcomeChart</name>
    <message>
        <source>Answered first</source>
        <translation>Réponse au premier essai</translation>
    </message>
    <message>
        <source>answered by the first attempt</source>
        <translation>réponse dès la première tentative</translation>
    </message>
    <message>
        <source>After a fallback</source>
        <translation>Après un repli</translation>
    </message>
    <message>
        <source>answered after a fallback</source>
        <translation>réponse après un repli</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>%1: %2 %3
(%4 of %5 requests)</source>
        <translation>%1&#xa0;: %2 %3
(%4 requêtes sur %5)</translation>
    </message>
</context>
<context>
    <name>Ui::PeriodSelector</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
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
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Or a &amp;service — you need an API key; the next step links to its page</source>
        <translation>Ou un &amp;service — il vous faut une clé d&apos;API&#xa0;; l&apos;étape suivante renvoie vers sa page</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>any OpenAI-compatible server</source>
        <translation>tout serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>this computer, port %1 — no key needed</source>
        <translation>cet ordinateur, port %1 — aucune clé requise</translation>
    </message>
    <message>
        <source>Looking for local model servers (%1)…</source>
        <translation>Recherche de serveurs de modèles locaux (%1)…</translation>
    </message>
    <message>
        <source>No model server answered on the usual ports (%1).</source>
        <translation>Aucun serveur de modèles n&apos;a répondu sur les ports habituels (%1).</translation>
    </message>
    <message>
        <source>Found running here, no key needed:</source>
        <translation>Trouvé ici, aucune clé requise&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 — %n model(s) at %2</source>
        <translation>
            <numerusform>Utiliser %1 — %n modèle sur %2</numerusform>
            <numerusform>Utiliser %1 — %n modèles sur %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProbeReport</name>
    <message>
        <source>%1 is reachable and accepts the key</source>
        <translation>%1 est joignable et accepte la clé</translation>
    </message>
    <message>
        <source>; model list: %1 entries in %2 ms</source>
        <translation>&#xa0;; liste des modèles&#xa0;: %1 entrées en %2 ms</translation>
    </message>
    <message>
        <source>; %1 answered a test request in %2 ms</source>
        <translation>&#xa0;; %1 a répondu à une requête de test en %2 ms</translation>
    </message>
    <message>
        <source>Step 2 of 2 failed: the model list arrived, but a one-token test request to %1 did not get an answer.
%2</source>
        <translation>L&apos;étape 2 sur 2 a échoué&#xa0;: la liste des modèles est arrivée, mais une requête de test d&apos;un jeton à %1 n&apos;a pas obtenu de réponse.
%2</translation>
    </message>
    <message>
        <source>Step 1 of 2 failed: %1 did not hand out its model list, which also checks that the service is reachable and accepts the key.
%2</source>
        <translation>L&apos;étape 1 sur 2 a échoué&#xa0;: %1 n&apos;a pas fourni sa liste de modèles, ce qui vérifie aussi que le service est joignable et accepte la clé.
%2</translation>
    </message>
    <message>
        <source>What to do: %1.</source>
        <translation>Que faire&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderConnectionForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Send the key over plain &amp;http to this host</source>
        <translation>Envoyer la clé en &amp;http non chiffré à cet hôte</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Key variable</source>
        <translation>Variable de clé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>An environment variable that may hold the key, read when there is none in the keychain</source>
        <translation>Une variable d&apos;environnement qui peut contenir la clé, lue quand le trousseau n&apos;en a pas</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>&amp;Variable de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone on the network between here and the server could read the key. Only on a network you trust.</source>
        <translation>N&apos;importe qui sur le réseau entre ici et le serveur pourrait lire la clé. Seulement sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1. Is %2 meant to have that key?</source>
        <translation>%1. %2 doit-il recevoir cette clé&#xa0;?</translation>
    </message>
    <message>
        <source>Send the Key to %1</source>
        <translation>Envoyer la clé à %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved. Its key, if it has one, now goes to %1.</source>
        <translation>Enregistré. Sa clé, s&apos;il en a une, va désormais à %1.</translation>
    </message>
    <message>
        <source>%1The key is not sent over plain http to %2 (anyone on the way could read it): use an https base URL, or, on a network you trust, tick “Send the key over plain http”.</source>
        <translation>%1La clé n&apos;est pas envoyée en http non chiffré à %2 (n&apos;importe qui sur le chemin pourrait la lire)&#xa0;: utilisez une URL de base https, ou, sur un réseau de confiance, cochez «&#xa0;Envoyer la clé en http non chiffré&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDetails</name>
    <message>
        <source>Remove Provider…</source>
        <translation>Retirer le fournisseur…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Key and Test</source>
        <translation>Clé et test</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>%1 · %2 protocol</source>
        <translation>%1 · protocole %2</translation>
    </message>
    <message>
        <source>%1 protocol</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>Remove provider &apos;%1&apos;? Its key is deleted from the keychain.</source>
        <translation>Retirer le fournisseur «&#xa0;%1&#xa0;»&#xa0;? Sa clé est supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Its targets leave the route(s) %1.</source>
        <translation>Ses cibles quittent ces routes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>no provider named &apos;%1&apos;</source>
        <translation>aucun fournisseur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removed provider &apos;%1&apos;.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Its targets were taken out of the route(s): %1.</source>
        <translation>Ses cibles ont été retirées de ces routes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Deleted its key from the keychain.</source>
        <translation>Sa clé a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Its key stays in the keychain: %1</source>
        <translation>Sa clé reste dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderKeyPanel</name>
    <message>
        <source>Set Key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Store in Keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Collez la clé</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Key: looking…</source>
        <translation>Clé&#xa0;: recherche…</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>tirée de la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>kept in memory until Switchboard quits</source>
        <translation>gardée en mémoire jusqu&apos;à la fermeture de Switchboard</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key: %1, but not sent over plain http to %2</source>
        <translation>Clé&#xa0;: %1, mais pas envoyée en http non chiffré à %2</translation>
    </message>
    <message>
        <source>Key: none needed (a server on this computer)</source>
        <translation>Clé&#xa0;: aucune requise (un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Key: missing — no keychain is available on this system</source>
        <translation>Clé&#xa0;: manquante — aucun trousseau n&apos;est disponible sur ce système</translation>
    </message>
    <message>
        <source>Key: missing — the keychain is locked or refused access</source>
        <translation>Clé&#xa0;: manquante — le trousseau est verrouillé ou a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>Key: missing — none in the keychain, and %1 is not set</source>
        <translation>Clé&#xa0;: manquante — aucune dans le trousseau, et %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>Key: missing</source>
        <translation>Clé&#xa0;: manquante</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Remplacer la clé…</translation>
    </message>
    <message>
        <source>The key has spaces, several lines or characters a key does not have; paste the key alone.</source>
        <translation>La clé contient des espaces, plusieurs lignes ou des caractères qu&apos;une clé n&apos;a pas&#xa0;; collez la clé seule.</translation>
    </message>
    <message>
        <source>%1 — Switchboard never keeps keys in a file instead. Keep this key in memory until Switchboard quits, or give it through an environment variable: name it under Key variable and export it before starting Switchboard.</source>
        <translation>%1 — Switchboard ne garde jamais les clés dans un fichier à la place. Gardez cette clé en mémoire jusqu&apos;à la fermeture de Switchboard, ou donnez-la par une variable d&apos;environnement&#xa0;: nommez-la sous Variable de clé et exportez-la avant de lancer Switchboard.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Garder pour cette session</translation>
    </message>
    <message>
        <source>Stored the key of provider &apos;%1&apos; in the keychain.</source>
        <translation>La clé du fournisseur «&#xa0;%1&#xa0;» est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The key of provider &apos;%1&apos; is kept in memory until Switchboard quits; it is not written anywhere.</source>
        <translation>La clé du fournisseur «&#xa0;%1&#xa0;» est gardée en mémoire jusqu&apos;à la fermeture de Switchboard&#xa0;; elle n&apos;est écrite nulle part.</translation>
    </message>
    <message>
        <source>Forgot the key kept for this session.</source>
        <translation>La clé gardée pour cette session est oubliée.</translation>
    </message>
    <message>
        <source>Delete the key of provider &apos;%1&apos; from the keychain? Requests to it fail until it has a key again.</source>
        <translation>Supprimer la clé du fournisseur «&#xa0;%1&#xa0;» du trousseau&#xa0;? Les requêtes vers lui échoueront jusqu&apos;à ce qu&apos;il ait de nouveau une clé.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Deleted the key of provider &apos;%1&apos; from the keychain.</source>
        <translation>La clé du fournisseur «&#xa0;%1&#xa0;» a été supprimée du trousseau.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderSetup</name>
    <message>
        <source>Start &amp;Chatting</source>
        <translation>Commencer à &amp;discuter</translation>
    </message>
    <message>
        <source>Add &amp;Another Provider</source>
        <translation>Ajouter un &amp;autre fournisseur</translation>
    </message>
    <message>
        <source>1  Choose</source>
        <translation>1  Choix</translation>
    </message>
    <message>
        <source>2  Key</source>
        <translation>2  Clé</translation>
    </message>
    <message>
        <source>3  Test</source>
        <translation>3  Test</translation>
    </message>
    <message>
        <source>4  Default route</source>
        <translation>4  Route par défaut</translation>
    </message>
    <message>
        <source>✓  %1 is ready</source>
        <translation>✓  %1 est prêt</translation>
    </message>
    <message>
        <source>Provider &apos;%1&apos; is configured.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» est configuré.</translation>
    </message>
    <message>
        <source>Provider &apos;%1&apos; is configured, and the route “default” now ends with %2: chats that name no model go there.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» est configuré, et la route «&#xa0;default&#xa0;» se termine maintenant par %2&#xa0;: les discussions qui ne nomment aucun modèle y passent.</translation>
    </message>
    <message>
        <source>Settings ▸ Providers changes its key or base URL; Settings ▸ Routes orders the fallbacks.</source>
        <translation>Réglages ▸ Fournisseurs change sa clé ou son URL de base&#xa0;; Réglages ▸ Routes ordonne les replis.</translation>
    </message>
</context>
<context>
    <name>Ui::ProviderTestPanel</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Asks for the model list, then sends one tiny request (one output token).</source>
        <translation>Demande la liste des modèles, puis envoie une toute petite requête (un jeton de sortie).</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build cannot talk to %1 providers yet.</source>
        <translation>Cette version ne sait pas encore parler aux fournisseurs %1.</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Fournisseurs configurés</translation>
    </message>
    <message>
        <source>No provider is configured yet. Add one from the list of known services, or a server running on this computer.</source>
        <translation>Aucun fournisseur n&apos;est encore configuré. Ajoutez-en un depuis la liste des services connus, ou un serveur qui tourne sur cet ordinateur.</translation>
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
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>Saved compares: Enter reopens one, Delete removes it</source>
        <translation>Comparaisons enregistrées&#xa0;: Entrée en rouvre une, Suppr la supprime</translation>
    </message>
</context>
<context>
    <name>Ui::RouteConfigWriter</name>
    <message>
        <source>%1 has errors, so it is left as it is: %2</source>
        <translation>%1 contient des erreurs et reste donc tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <source>a route named &apos;%1&apos; already exists: choose another name</source>
        <translation>une route nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>Ui::RouteEditor</name>
    <message>
        <source>The cheapest target for each request goes first, from the price catalog; targets without a known price go last.</source>
        <translation>La cible la moins chère pour chaque requête passe en premier, d&apos;après le catalogue de prix&#xa0;; les cibles sans prix connu passent en dernier.</translation>
    </message>
    <message>
        <source>The target with the shortest median time to the first token over the last 7 days goes first.</source>
        <translation>La cible au plus court temps médian jusqu&apos;au premier jeton sur les 7 derniers jours passe en premier.</translation>
    </message>
    <message>
        <source>Requests are spread over the targets by their weights.</source>
        <translation>Les requêtes sont réparties entre les cibles selon leurs poids.</translation>
    </message>
    <message>
        <source>Targets are tried in the order of the list; the next one only when one fails.</source>
        <translation>Les cibles sont essayées dans l&apos;ordre de la liste&#xa0;; la suivante seulement quand l&apos;une échoue.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>&amp;Ajouter la cible</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>dans l&apos;ordre</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>la moins chère</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>la plus rapide</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>pondérée</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Targets in order</source>
        <translation>Cibles dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Add &amp;from:</source>
        <translation>Ajouter &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Provider of the new target</source>
        <translation>Fournisseur de la nouvelle cible</translation>
    </message>
    <message>
        <source>Model of the new target</source>
        <translation>Modèle de la nouvelle cible</translation>
    </message>
    <message>
        <source>When Things Go Wrong</source>
        <translation>Quand les choses tournent mal</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add a provider first</source>
        <translation>ajoutez d&apos;abord un fournisseur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>model id (no list fetched yet: Providers ▸ Refresh)</source>
        <translation>identifiant du modèle (aucune liste récupérée&#xa0;: Fournisseurs ▸ Actualiser)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas FOURNISSEUR/MODÈLE</translation>
    </message>
    <message>
        <source>Overrides for %1:</source>
        <translation>Réglages propres à %1&#xa0;:</translation>
    </message>
    <message>
        <source>Select a target to change what it overrides.</source>
        <translation>Sélectionnez une cible pour changer ses réglages propres.</translation>
    </message>
</context>
<context>
    <name>Ui::RoutePolicyForm</name>
    <message>
        <source>&amp;Hedge after</source>
        <translation>&amp;En parallèle après</translation>
    </message>
    <message>
        <source>Retries per target</source>
        <translation>Nouvelles tentatives par cible</translation>
    </message>
    <message>
        <source>Retries of the same target after a transient failure (rate limit, overload, timeout), with backoff</source>
        <translation>Nouvelles tentatives sur la même cible après un échec passager (limite de débit, surcharge, délai dépassé), avec attente croissante</translation>
    </message>
    <message>
        <source>Retries per &amp;target:</source>
        <translation>Nouvelles tentatives par &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts at most</source>
        <translation>Tentatives au plus</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message>
        <source>Attempts at &amp;most:</source>
        <translation>Tentatives au &amp;plus&#xa0;:</translation>
    </message>
    <message>
        <source>Hedge after</source>
        <translation>En parallèle après</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>When the first target has sent no token by then, start the next one as well; the first to stream wins, the other is cancelled</source>
        <translation>Si la première cible n&apos;a envoyé aucun jeton d&apos;ici là, la suivante est lancée aussi&#xa0;; la première à répondre l&apos;emporte, l&apos;autre est annulée</translation>
    </message>
    <message>
        <source>without a token</source>
        <translation>sans jeton</translation>
    </message>
    <message>
        <source>Hedging:</source>
        <translation>Tentative parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>When a stream breaks</source>
        <translation>Quand un flux s&apos;interrompt</translation>
    </message>
    <message>
        <source>restart on the next target</source>
        <translation>reprendre sur la cible suivante</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>Either way the partial answer is kept, marked as such, never merged into the answer</source>
        <translation>Dans les deux cas, la réponse partielle est gardée, marquée comme telle, jamais fusionnée avec la réponse</translation>
    </message>
    <message>
        <source>When a stream &amp;breaks:</source>
        <translation>Quand un flux s&apos;&amp;interrompt&#xa0;:</translation>
    </message>
    <message>
        <source>On a bad request</source>
        <translation>Sur une requête invalide</translation>
    </message>
    <message>
        <source>stop (it would fail everywhere)</source>
        <translation>arrêter (elle échouerait partout)</translation>
    </message>
    <message>
        <source>fall back to the next target</source>
        <translation>se replier sur la cible suivante</translation>
    </message>
    <message>
        <source>On a bad &amp;request:</source>
        <translation>Sur une requête &amp;invalide&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::RouteTargetsModel</name>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>au plus %1 jetons</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>raisonnement %1</translation>
    </message>
    <message>
        <source>first token within %1 ms</source>
        <translation>premier jeton en %1 ms au plus</translation>
    </message>
    <message>
        <source>Drag to change the order, or use Move Up / Move Down (Alt+Up, Alt+Down)</source>
        <translation>Faites glisser pour changer l&apos;ordre, ou utilisez Monter / Descendre (Alt+Haut, Alt+Bas)</translation>
    </message>
    <message>
        <source>Target %1 of %2: %3 %4</source>
        <translation>Cible %1 sur %2&#xa0;: %3 %4</translation>
    </message>
</context>
<context>
    <name>Ui::RoutesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>R&amp;outes</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>Nom de la route</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No routes yet. A route is a list of models tried in order; “default” is used by chats that name no model. Press New to create one.</source>
        <translation>Aucune route pour l&apos;instant. Une route est une liste de modèles essayés dans l&apos;ordre&#xa0;; «&#xa0;default&#xa0;» sert aux discussions qui ne nomment aucun modèle. Appuyez sur Nouvelle pour en créer une.</translation>
    </message>
    <message>
        <source>Timeouts of Every Request</source>
        <translation>Délais de chaque requête</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>name, e.g. fast or private</source>
        <translation>nom, p. ex. fast ou private</translation>
    </message>
    <message>
        <source>Remove the route &apos;%1&apos;?</source>
        <translation>Retirer la route «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Chats that name no model use it.</source>
        <translation>Les discussions qui ne nomment aucun modèle l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>no route named &apos;%1&apos;</source>
        <translation>aucune route nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removed route &apos;%1&apos;.</source>
        <translation>Route «&#xa0;%1&#xa0;» retirée.</translation>
    </message>
</context>
<context>
    <name>Ui::SearchHitModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Providers, their keys and models</source>
        <translation>Fournisseurs, leurs clés et leurs modèles</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Routes: which models a chat tries, in what order</source>
        <translation>Routes&#xa0;: quels modèles une discussion essaie, et dans quel ordre</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Limites de dépenses</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 — %2
%3, attempts: %4</source>
        <translation>%1 — %2
%3, tentatives&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Ui::TargetOverridesForm</name>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>For the weighted strategy: this target&apos;s share of the requests</source>
        <translation>Pour la stratégie pondérée&#xa0;: la part des requêtes de cette cible</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>par défaut du modèle</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;empérature&#xa0;:</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons au plus</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>&amp;Jetons au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>Effort de &amp;raisonnement&#xa0;:</translation>
    </message>
    <message>
        <source>First token within</source>
        <translation>Premier jeton en</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>as for every request</source>
        <translation>comme pour toute requête</translation>
    </message>
    <message>
        <source>Reasoning models may think for minutes before the first token</source>
        <translation>Les modèles qui raisonnent peuvent réfléchir plusieurs minutes avant le premier jeton</translation>
    </message>
    <message>
        <source>&amp;First token within:</source>
        <translation>Premier jeton &amp;en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::TargetPicker</name>
    <message>
        <source>Route or model</source>
        <translation>Route ou modèle</translation>
    </message>
    <message>
        <source>Where your message goes: a route (with fallback) or one model</source>
        <translation>Où va votre message&#xa0;: une route (avec repli) ou un seul modèle</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message numerus="yes">
        <source>Route %1: %n target(s), %2</source>
        <translation>
            <numerusform>Route %1&#xa0;: %n cible, %2</numerusform>
            <numerusform>Route %1&#xa0;: %n cibles, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, no fallback</source>
        <translation>Uniquement %1, sans repli</translation>
    </message>
    <message>
        <source>  %1 (not configured)</source>
        <translation>  %1 (non configuré)</translation>
    </message>
    <message>
        <source>%1 is not in the configuration any more</source>
        <translation>%1 ne figure plus dans la configuration</translation>
    </message>
</context>
<context>
    <name>Ui::TestStep</name>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>Test de %1</translation>
    </message>
    <message>
        <source>Step 1: asking %1 for its model list (is it reachable, is the key accepted?)</source>
        <translation>Étape 1&#xa0;: demander à %1 sa liste de modèles (joignable&#xa0;? clé acceptée&#xa0;?)</translation>
    </message>
    <message>
        <source>Step 2: one tiny test request</source>
        <translation>Étape 2&#xa0;: une toute petite requête de test</translation>
    </message>
    <message>
        <source>Step 1: the model list did not arrive</source>
        <translation>Étape 1&#xa0;: la liste des modèles n&apos;est pas arrivée</translation>
    </message>
    <message>
        <source>Step 2: not sent</source>
        <translation>Étape 2&#xa0;: pas envoyée</translation>
    </message>
    <message numerus="yes">
        <source>Step 1: %n model(s) listed in %1 ms</source>
        <translation>
            <numerusform>Étape 1&#xa0;: %n modèle listé en %1 ms</numerusform>
            <numerusform>Étape 1&#xa0;: %n modèles listés en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1: %1 offers no model list; skipped</source>
        <translation>Étape 1&#xa0;: %1 n&apos;offre pas de liste de modèles&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>Step 2: no model to ask</source>
        <translation>Étape 2&#xa0;: aucun modèle à interroger</translation>
    </message>
    <message>
        <source>Step 2: %1 answered in %2 ms</source>
        <translation>Étape 2&#xa0;: %1 a répondu en %2 ms</translation>
    </message>
    <message>
        <source>Step 2: %1 did not answer</source>
        <translation>Étape 2&#xa0;: %1 n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>Ui::TimeoutsForm</name>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>Until the request is on the wire</source>
        <translation>Jusqu&apos;à ce que la requête soit partie</translation>
    </message>
    <message>
        <source>&amp;First token:</source>
        <translation>&amp;Premier jeton&#xa0;:</translation>
    </message>
    <message>
        <source>First token timeout</source>
        <translation>Délai jusqu&apos;au premier jeton</translation>
    </message>
    <message>
        <source>From the start until the first text or reasoning token (and a whole model list)</source>
        <translation>Du début jusqu&apos;au premier jeton de texte ou de raisonnement (et pour une liste de modèles entière)</translation>
    </message>
    <message>
        <source>&amp;Silence mid-stream:</source>
        <translation>&amp;Silence en cours de flux&#xa0;:</translation>
    </message>
    <message>
        <source>Silence mid-stream timeout</source>
        <translation>Délai de silence en cours de flux</translation>
    </message>
    <message>
        <source>Silence in the middle of a streamed answer</source>
        <translation>Silence au milieu d&apos;une réponse en flux</translation>
    </message>
    <message>
        <source>&amp;Whole request:</source>
        <translation>Requête &amp;entière&#xa0;:</translation>
    </message>
    <message>
        <source>Whole request timeout</source>
        <translation>Délai de la requête entière</translation>
    </message>
    <message>
        <source>The whole request, from start to the last token</source>
        <translation>La requête entière, du début au dernier jeton</translation>
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
        <translation>tous les coûts sont connus</translation>
    </message>
    <message>
        <source>attempts of unknown cost: %1</source>
        <translation>tentatives au coût inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>attempts: %1, failed: %2</source>
        <translation>tentatives&#xa0;: %1, échecs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>Answered first</source>
        <translation>Réponse au premier essai</translation>
    </message>
    <message>
        <source>%1 after a fallback, %2 unanswered</source>
        <translation>%1 après un repli, %2 sans réponse</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>p50; p95 %1</source>
        <translation>p50&#xa0;; p95 %1</translation>
    </message>
</context>
<context>
    <name>Ui::TrafficChart</name>
    <message>
        <source>%1
%2 requests, %3 attempts
%4 input tokens, %5 output tokens</source>
        <translation>%1
%2 requêtes, %3 tentatives
%4 jetons d&apos;entrée, %5 jetons de sortie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
</context>
<context>
    <name>Ui::TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Scroll the conversation</source>
        <translation>Faire défiler la conversation</translation>
    </message>
    <message>
        <source>Ask anything</source>
        <translation>Posez une question</translation>
    </message>
</context>
<context>
    <name>Ui::UsageTableModel</name>
    <message>
        <source>Attempts of unknown cost, not in this sum: %1</source>
        <translation>Tentatives au coût inconnu, absentes de cette somme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests whose first attempt went to this model</source>
        <translation>Requêtes dont la première tentative est allée à ce modèle</translation>
    </message>
    <message>
        <source>Attempts that ended in an error (interrupted ones included)</source>
        <translation>Tentatives terminées par une erreur (y compris les interrompues)</translation>
    </message>
    <message>
        <source>Requests answered by a later attempt after this one failed</source>
        <translation>Requêtes auxquelles une tentative ultérieure a répondu après l&apos;échec de celle-ci</translation>
    </message>
    <message>
        <source>Attempts whose cost is unknown: not counted in the spend</source>
        <translation>Tentatives dont le coût est inconnu&#xa0;: non comptées dans la dépense</translation>
    </message>
    <message>
        <source>Output tokens per second after the first token, median</source>
        <translation>Jetons de sortie par seconde après le premier jeton, médiane</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Fallback rate</source>
        <translation>Taux de repli</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Jetons en entrée</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Jetons en sortie</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Unknown cost</source>
        <translation>Coût inconnu</translation>
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
        <translation>Jetons/s p50</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFlow</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Bienvenue dans Switchboard</translation>
    </message>
    <message>
        <source>No provider is configured yet. Add one — a service such as OpenAI or Anthropic with your API key, or a model server running on this computer — and Switchboard routes your chats through it, with fallbacks and an honest ledger of what each request cost.</source>
        <translation>Aucun fournisseur n&apos;est encore configuré. Ajoutez-en un — un service comme OpenAI ou Anthropic avec votre clé d&apos;API, ou un serveur de modèles qui tourne sur cet ordinateur — et Switchboard fait passer vos discussions par lui, avec des replis et un registre honnête de ce que chaque requête a coûté.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paste the key (it is not shown), press Enter, then Ctrl+D:
</source>
        <translation>Collez la clé (elle n&apos;est pas affichée), appuyez sur Entrée, puis Ctrl+D&#xa0;:
</translation>
    </message>
    <message>
        <source>Desktop routing layer for many LLM providers.</source>
        <translation>Routage de bureau pour de nombreux fournisseurs de LLM.</translation>
    </message>
    <message>
        <source>Use DIR as the profile folder (config and data).</source>
        <translation>Utiliser DIR comme dossier de profil (configuration et données).</translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation>Couleurs&#xa0;: system (par défaut), light ou dark.</translation>
    </message>
    <message>
        <source>Text size in points (default: the system&apos;s).</source>
        <translation>Taille du texte en points (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Print the time to the first paint and the memory used.</source>
        <translation>Afficher le temps jusqu&apos;au premier affichage et la mémoire utilisée.</translation>
    </message>
    <message>
        <source>With --print-startup: quit right after printing.</source>
        <translation>Avec --print-startup&#xa0;: quitter juste après l&apos;affichage.</translation>
    </message>
    <message>
        <source>switchboard: --theme takes system, light or dark</source>
        <translation>switchboard: --theme prend system, light ou dark</translation>
    </message>
    <message>
        <source>Paste the key (it is not shown), press Enter, then Ctrl+Z and Enter:
</source>
        <translation>Collez la clé (elle n&apos;est pas affichée), appuyez sur Entrée, puis Ctrl+Z et Entrée&#xa0;:
</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chat</name>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="64"/>
        <source>check the provider&apos;s base URL and that the server is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="70"/>
        <source>the server is slow or unreachable; try again, add a fallback target, or raise the timeout in config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="75"/>
        <source>wait and try again, or add a fallback target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="79"/>
        <source>the provider is having trouble; try again later or add a fallback target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="83"/>
        <source>check the provider&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="86"/>
        <source>check the model name (switchboard-cli providers models NAME lists them) and the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="92"/>
        <source>the provider refused the request as sent; check the model&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="96"/>
        <source>shorten the conversation or use a model with a larger context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="100"/>
        <source>rephrase the prompt or use another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="103"/>
        <source>the server does not speak the provider&apos;s API as expected; check the base URL and kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="36"/>
        <source>fix config.json by hand (it is left untouched), then run the command again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ChatCommand</name>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="24"/>
        <source>Route to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="26"/>
        <source>Ask one model directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="28"/>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="30"/>
        <source>Print one JSON object at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="31"/>
        <source>Sampling temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="33"/>
        <source>Answer length limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="36"/>
        <source>The prompt, or - to read stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="56"/>
        <source>give the prompt as one argument (quote it), or - to read stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="66"/>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="75"/>
        <source>--temperature takes a number from 0 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="84"/>
        <source>--max-tokens takes a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="124"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="93"/>
        <location filename="../core/cli/ChatCommand.cpp" line="135"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CliApplication</name>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="25"/>
        <source>Usage:
  switchboard-cli [--profile DIR] providers list [--json]
  switchboard-cli [--profile DIR] providers add NAME (--preset PRESET | --kind openai|anthropic|gemini --base-url URL) [--api-key-env VAR] [--allow-insecure-http]
  switchboard-cli [--profile DIR] providers set NAME [--base-url URL] [--api-key-env VAR] [--allow-insecure-http | --no-allow-insecure-http] [--confirm-new-host]
  switchboard-cli [--profile DIR] providers remove NAME
  switchboard-cli [--profile DIR] providers test NAME [--model MODEL] [--json]
  switchboard-cli [--profile DIR] providers models NAME [--cached] [--json]
  switchboard-cli [--profile DIR] providers presets
  switchboard-cli [--profile DIR] routes list [--json] | routes show NAME [--json] | routes remove NAME
  switchboard-cli [--profile DIR] routes add NAME --target PROVIDER/MODEL [--target ...] [--strategy ordered|cheapest|fastest|weighted] [--weights W,W,…] [--hedge-after-ms MS] [--on-bad-request stop|fallback] [--mid-stream restart|stop] [--replace]
  switchboard-cli [--profile DIR] chat [--route NAME | --model PROVIDER/MODEL] [--system TEXT] [--json] [PROMPT | -]
  switchboard-cli [--profile DIR] keys set NAME        (reads the key from stdin)
  switchboard-cli [--profile DIR] keys delete NAME
  switchboard-cli [--profile DIR] keys status [--json]
  switchboard-cli [--profile DIR] stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin] [--json | --csv]
  switchboard-cli [--profile DIR] export --csv [--since PERIOD]
  switchboard-cli --version | --help

The profile folder holds config.json and switchboard.db; it defaults to the SWITCHBOARD_PROFILE variable, then to the platform&apos;s data folder.
Exit status: 0 success, 1 the request failed, 2 wrong arguments or configuration.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="85"/>
        <source>--profile needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="102"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="139"/>
        <source>&apos;%1&apos; is not part of this build yet; see switchboard-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="143"/>
        <source>unknown command &apos;%1&apos;; see switchboard-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ExportCommand</name>
    <message>
        <location filename="../core/cli/ExportCommand.cpp" line="31"/>
        <source>Write CSV (the only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ExportCommand.cpp" line="33"/>
        <source>Period: 7d, 24h, 30d, all (default) or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ExportCommand.cpp" line="39"/>
        <source>use: switchboard-cli export --csv [--since PERIOD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ExportCommand.cpp" line="58"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ExportCommand.cpp" line="67"/>
        <source>cannot read the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::KeyStatus</name>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="27"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="30"/>
        <source>env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="33"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="41"/>
        <source>%1 (not sent over plain http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="45"/>
        <source>none needed (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="47"/>
        <source>missing (keychain locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="49"/>
        <source>missing (keychain error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="51"/>
        <source>missing (env %1 not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeyStatusQuery.cpp" line="53"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::KeysCommand</name>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="44"/>
        <source>keys needs an action: set, delete or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="45"/>
        <source>unknown keys action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="52"/>
        <source>The provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="59"/>
        <source>keys set takes only the provider&apos;s NAME; the key is read from stdin, never from the command line (where it would stay in the shell history and the process list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="62"/>
        <source>keys %1 needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="67"/>
        <source>that is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="86"/>
        <source>no provider named &apos;%1&apos;; add it first (switchboard-cli providers add %1 …), then store its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="96"/>
        <source>stdin holds more than %1 KiB; give the key alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="105"/>
        <source>no key on stdin; pipe or paste the key (one line), e.g. switchboard-cli keys set %1 &lt; key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="112"/>
        <source>the key on stdin has spaces, several lines or characters a key does not have; give the key alone on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="142"/>
        <source>Stored the key of provider &apos;%1&apos; in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="145"/>
        <source>It is used instead of %1, which is set too.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="148"/>
        <source>Note: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="164"/>
        <source>%1; no key of provider &apos;%2&apos; can be stored there, so none is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="172"/>
        <source>No key of provider &apos;%1&apos; is stored in the keychain; nothing to delete.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="186"/>
        <source>Deleted the key of provider &apos;%1&apos; from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="190"/>
        <source>%1 still provides a key for it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="200"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="205"/>
        <source>keys status takes no NAME; it lists every provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="244"/>
        <source>Keychain: available (keys are stored under the service name &apos;%1&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="247"/>
        <source>Keychain: %1 — keys can come from an environment variable instead (providers set NAME --api-key-env VAR)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="251"/>
        <source>No providers configured yet (switchboard-cli providers add …).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="256"/>
        <location filename="../core/cli/KeysCommand.cpp" line="259"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="259"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="280"/>
        <source>Switchboard never keeps keys in a file instead. Give the key through the environment: export %1=… (provider &apos;%2&apos; reads %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KeysCommand.cpp" line="285"/>
        <source>Switchboard never keeps keys in a file instead. Give the key through an environment variable: switchboard-cli providers set %1 --api-key-env VAR, then export VAR=… (for a new provider: switchboard-cli providers add %1 … --api-key-env VAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ProviderQueryCommand</name>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="50"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="51"/>
        <source>Model for the test request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="54"/>
        <source>Print the list kept from the last fetch; no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="60"/>
        <source>Provider to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="69"/>
        <source>providers %1 needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="75"/>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="87"/>
        <source>this build cannot talk to %1 providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="140"/>
        <source>no model list of &apos;%1&apos; has been fetched yet; run switchboard-cli providers models %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="164"/>
        <source>warning: the list was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="210"/>
        <source>ok: %1 is reachable and accepts the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="212"/>
        <source>; model list: %1 entries in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProviderQueryCommand.cpp" line="217"/>
        <source>; %1 answered a test request in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ProvidersCommand</name>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="66"/>
        <source>unknown providers action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="73"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="79"/>
        <source>No providers configured yet. Add one, for example:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets lists the known services)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="124"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="124"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="140"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="125"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="140"/>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="125"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="141"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="64"/>
        <source>providers needs an action: list, add, set, remove, test, models or presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="140"/>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="143"/>
        <source>(give --base-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="148"/>
        <source>--api-key-env VAR if it needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="149"/>
        <source>none (local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="160"/>
        <source>A known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="162"/>
        <source>Wire protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="164"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="365"/>
        <source>API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="167"/>
        <source>Environment variable holding the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="170"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="371"/>
        <source>Send the key over plain http to a non-local host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="172"/>
        <source>Name of the new provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="178"/>
        <source>providers add needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="184"/>
        <source>&apos;%1&apos; is not a valid provider name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="191"/>
        <source>a provider named &apos;%1&apos; already exists; remove it first or pick another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="200"/>
        <source>unknown preset &apos;%1&apos;; switchboard-cli providers presets lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="208"/>
        <source>--kind %1 contradicts preset &apos;%2&apos; (kind %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="214"/>
        <source>preset &apos;%1&apos; needs --base-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="223"/>
        <source>providers add needs --preset PRESET, or --kind and --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="230"/>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="240"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="408"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="269"/>
        <source>Route &apos;default&apos; now ends with %1/%2 (switchboard-cli routes show default)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="280"/>
        <source>Added provider &apos;%1&apos; (%2, %3); key: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="285"/>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="288"/>
        <source>Store its key before chatting: switchboard-cli keys set %1 (reads the key from stdin), or export %2=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="293"/>
        <source> (create one at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="298"/>
        <location filename="../core/cli/ProvidersCommand.cpp" line="460"/>
        <source>Note: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="307"/>
        <source>Provider to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="312"/>
        <source>providers remove needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="319"/>
        <source>no provider named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="334"/>
        <source>Its targets were taken out of the route(s): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="343"/>
        <source>Removed provider &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="353"/>
        <source>Deleted its key from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="356"/>
        <source>warning: its key stays in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="368"/>
        <source>Environment variable holding the key (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="373"/>
        <source>Send the key only over https or to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="375"/>
        <source>The new base URL&apos;s host may receive the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="377"/>
        <source>Provider to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="382"/>
        <source>providers set needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="394"/>
        <source>nothing to change; give --base-url, --api-key-env or --allow-insecure-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="400"/>
        <source>use either --allow-insecure-http or --no-allow-insecure-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="429"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="430"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="432"/>
        <source>the new base URL sends the requests of provider &apos;%1&apos;, and its key (%2), to %3 instead of %4; if %3 is meant to have that key, run the command again with --confirm-new-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="454"/>
        <source>Updated provider &apos;%1&apos; (%2, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="457"/>
        <source>Its key, if it has one, now goes to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="387"/>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::RoutesCommand</name>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="69"/>
        <source>routes needs an action: list, show, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="70"/>
        <source>unknown routes action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="77"/>
        <location filename="../core/cli/RoutesCommand.cpp" line="114"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="91"/>
        <source>No routes yet. Create one, for example:
  switchboard-cli routes add default --target openai/gpt-4o-mini --target groq/llama-3.1-8b-instant
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="116"/>
        <source>Route to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="120"/>
        <source>routes show needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="127"/>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="138"/>
        <source>route %1, strategy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="143"/>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="145"/>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="147"/>
        <source>max tokens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="149"/>
        <source>reasoning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="151"/>
        <source>first token within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="160"/>
        <source>  retries per target: %1; at most %2 attempts; bad request: %3; broken stream: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="163"/>
        <source>fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="163"/>
        <location filename="../core/cli/RoutesCommand.cpp" line="164"/>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="165"/>
        <source>restart on the next target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="167"/>
        <source>; hedge after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="175"/>
        <source>A target, in order; repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="178"/>
        <source>ordered, cheapest, fastest or weighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="181"/>
        <source>Comma-separated weights, one per target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="184"/>
        <source>Start the next target when no token came by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="187"/>
        <source>stop (default) or fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="189"/>
        <source>restart (default) or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="191"/>
        <source>Replace a route of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="193"/>
        <source>Name of the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="197"/>
        <source>routes add needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="204"/>
        <source>&apos;%1&apos; is not a valid route name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="212"/>
        <source>a route named &apos;%1&apos; already exists; use --replace to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="219"/>
        <source>routes add needs at least one --target PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="225"/>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="230"/>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="242"/>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="253"/>
        <source>--weights needs one weight per target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="261"/>
        <source>&apos;%1&apos; is not a weight (a number ≥ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="272"/>
        <source>--hedge-after-ms takes a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="281"/>
        <source>--on-bad-request takes stop or fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="289"/>
        <source>--mid-stream takes restart or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/RoutesCommand.cpp" line="302"/>
        <source>Route &apos;%1&apos; saved with %n target(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="310"/>
        <source>Route to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="314"/>
        <source>routes remove needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="320"/>
        <source>no route named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/RoutesCommand.cpp" line="327"/>
        <source>Removed route &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::StatsCommand</name>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="106"/>
        <source>Period: 7d, 24h, 30d (default), all or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="109"/>
        <source>One line per model, provider, day, route or origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="111"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="112"/>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="117"/>
        <source>stats takes no arguments; see switchboard-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="121"/>
        <source>choose one of --json and --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="139"/>
        <source>--by takes model, provider, day, route or origin, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="155"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="160"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="170"/>
        <source>(direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="183"/>
        <source>cannot read the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="223"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="224"/>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="225"/>
        <source>failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="226"/>
        <source>fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="227"/>
        <source>in tok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="228"/>
        <source>out tok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="229"/>
        <source>spend USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="230"/>
        <source>unknown cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="231"/>
        <source>ttft p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="232"/>
        <source>ttft p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StatsCommand.cpp" line="249"/>
        <source>Since %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/StatsCommand.cpp" line="258"/>
        <source>%n attempt(s) have no known cost and are not in the spend.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../core/config/ConfigErrors.cpp" line="25"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigErrors.cpp" line="42"/>
        <source>must be a number between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigErrors.cpp" line="62"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProvidersSection.cpp" line="19"/>
        <source>must be an object with name, kind and base_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="36"/>
        <source>missing: the price in US dollars per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="45"/>
        <source>must be US dollars per million tokens: a number from 0 to 1000000 or a decimal string such as &quot;2.5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="72"/>
        <source>must be an object with provider, model, input_usd_per_mtok and output_usd_per_mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="79"/>
        <source>must name a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="82"/>
        <source>must name a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="86"/>
        <location filename="../core/config/ProvidersSection.cpp" line="37"/>
        <location filename="../core/config/RoutesSection.cpp" line="127"/>
        <source>&apos;%1&apos; is not a valid name (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="103"/>
        <source>model &apos;%1&apos; of provider &apos;%2&apos; already has a price in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProvidersSection.cpp" line="44"/>
        <source>a provider named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProvidersSection.cpp" line="51"/>
        <source>unknown kind &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProvidersSection.cpp" line="62"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/BudgetsSection.cpp" line="27"/>
        <source>must be US dollars: a number of 0 or more, or a decimal string such as &quot;12.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/BudgetsSection.cpp" line="40"/>
        <location filename="../core/config/RoutesSection.cpp" line="73"/>
        <location filename="../core/config/TimeoutsSection.cpp" line="28"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/BudgetsSection.cpp" line="77"/>
        <source>must be an object of provider names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="24"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="38"/>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="42"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="53"/>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="56"/>
        <source>written by a newer Switchboard (schema %1; this build reads up to %2); update Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/PricesSection.cpp" line="133"/>
        <location filename="../core/config/ProvidersSection.cpp" line="89"/>
        <location filename="../core/config/RoutesSection.cpp" line="158"/>
        <location filename="../core/config/RoutesSection.cpp" line="202"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="91"/>
        <location filename="../core/config/ConfigFile.cpp" line="97"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/Profile.cpp" line="49"/>
        <source>cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="21"/>
        <source>must be &quot;PROVIDER/MODEL&quot; or an object with &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="32"/>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="37"/>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="60"/>
        <source>must be low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="98"/>
        <source>must be stop or fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="108"/>
        <source>must be restart or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="116"/>
        <source>must be an object with name and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="135"/>
        <source>a route named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/RoutesSection.cpp" line="147"/>
        <source>unknown strategy &apos;%1&apos; (expected ordered, cheapest, fastest or weighted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../core/pricing/PriceCatalog.cpp" line="57"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/PriceCatalog.cpp" line="67"/>
        <source>%1: not a price catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/PriceCatalog.cpp" line="72"/>
        <source>%1: not a price catalog: no models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../core/providers/ModelListCall.cpp" line="76"/>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ModelListCall.cpp" line="81"/>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderAdapter.cpp" line="52"/>
        <location filename="../core/providers/ProviderAdapter.cpp" line="58"/>
        <source>empty response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicAdapter.cpp" line="89"/>
        <location filename="../core/providers/GeminiAdapter.cpp" line="104"/>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="90"/>
        <source>the provider&apos;s answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicAdapter.cpp" line="102"/>
        <source>the provider&apos;s answer has no content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicAdapter.cpp" line="169"/>
        <source>the model list is not in Anthropic&apos;s shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="101"/>
        <source>the provider&apos;s answer has no choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="171"/>
        <source>the model list is not in OpenAI&apos;s shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="41"/>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="54"/>
        <source>the provider sent an event larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="134"/>
        <source>the provider reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="211"/>
        <source>the provider ended with text outside the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="262"/>
        <source>the provider sent more than %1 KiB of text outside the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="284"/>
        <source>the provider sent JSON outside the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="301"/>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="90"/>
        <source>the provider sent a chunk that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="351"/>
        <source>the provider blocked the prompt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicStreamDecoder.cpp" line="143"/>
        <source>the provider sent an event larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicStreamDecoder.cpp" line="179"/>
        <source>the provider sent an event that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicStreamDecoder.cpp" line="233"/>
        <source>the provider started another message (%1) inside message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/AnthropicStreamDecoder.cpp" line="255"/>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="108"/>
        <source>the provider reported an error mid-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiStreamDecoder.cpp" line="332"/>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="131"/>
        <source>the provider sent several answers; showing the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiAdapter.cpp" line="41"/>
        <source>an HTML page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiAdapter.cpp" line="120"/>
        <source>the provider&apos;s answer has no candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/GeminiAdapter.cpp" line="168"/>
        <source>the model list is not in Gemini&apos;s shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ModelCache.cpp" line="54"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ModelCache.cpp" line="77"/>
        <location filename="../core/providers/ModelCache.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers::ProviderCall</name>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="55"/>
        <source>no connection to %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="61"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="65"/>
        <source>the answer stopped for %1 s in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="71"/>
        <source>the answer took longer than %1 s in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="110"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="159"/>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="234"/>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="250"/>
        <source>HTTP %1: the provider moved to %2; update the provider&apos;s base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="252"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="257"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="267"/>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="285"/>
        <source>the connection broke after %1 bytes of the answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="292"/>
        <source>the connection closed before the answer was complete (%1 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="298"/>
        <source>the provider&apos;s content filter stopped the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="32"/>
        <source>position %1 in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="50"/>
        <source>cheapest first: est. %1 for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="51"/>
        <source>price unknown: after the priced targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="84"/>
        <source>fastest first: median first token %1 ms over %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="90"/>
        <source>exploring: too little history to rank it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="91"/>
        <source>too little history to rank it: after the measured targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="134"/>
        <source>weighted pick %1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing::AttemptOrder</name>
    <message>
        <location filename="../core/routing/AttemptOrder.cpp" line="176"/>
        <source>; cooling until %1 after repeated failures, so tried after healthy targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing::RouteRun</name>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="47"/>
        <source>nothing to route to: the request names no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="48"/>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="79"/>
        <location filename="../core/routing/RouteRun.cpp" line="169"/>
        <location filename="../core/routing/RouteRun.cpp" line="282"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="89"/>
        <source>%1 skipped: its provider refused the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="95"/>
        <source>%1 skipped: its context window (%2 tokens) is not larger than the one that overflowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="120"/>
        <source> (the route&apos;s budget of %1 attempts is used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="154"/>
        <source>no provider named &apos;%1&apos; is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="161"/>
        <source>this build cannot talk to %1 providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="174"/>
        <source>another target answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="319"/>
        <source>; retry %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="323"/>
        <source>%1/%2 failed (%3); retrying in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="358"/>
        <source>%1 failed mid-answer (%2); the partial answer is kept apart and the answer restarts on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="361"/>
        <source>; after %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="382"/>
        <source>%1 sent no token within %2 ms; also asking %3, the first to answer wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="387"/>
        <source>; hedge started after %1 ms without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="419"/>
        <source>cancelled: another target answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="466"/>
        <source>no target could be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="356"/>
        <source>%1 failed (%2); trying %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="469"/>
        <source>all %1 attempts failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing::Router</name>
    <message>
        <location filename="../core/routing/Router.cpp" line="22"/>
        <source>use either --route or --model, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/Router.cpp" line="26"/>
        <source>&apos;%1&apos; is not PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/Router.cpp" line="28"/>
        <source>no provider named &apos;%1&apos;; switchboard-cli providers list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/Router.cpp" line="38"/>
        <source>no model or route given, and there is no default route yet; use --model PROVIDER/MODEL, or create one with switchboard-cli routes add default --target PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/Router.cpp" line="42"/>
        <source>no route named &apos;%1&apos;; switchboard-cli routes list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/Router.cpp" line="45"/>
        <source>route &apos;%1&apos; has no targets; add one with switchboard-cli routes add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="37"/>
        <source>no API key is configured for provider &apos;%1&apos;; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="43"/>
        <source>no API key for provider &apos;%1&apos;: the environment variable %2 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="53"/>
        <source>no API key for provider &apos;%1&apos;: store one in the keychain with switchboard-cli keys set %1 (it reads the key from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="57"/>
        <source>no API key for provider &apos;%1&apos;: none in the keychain and %2 is not set; store one with switchboard-cli keys set %1 (it reads the key from stdin), or export %2=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="65"/>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system; name an environment variable with switchboard-cli providers set %1 --api-key-env VAR and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="71"/>
        <source>no API key for provider &apos;%1&apos;: no keychain is available on this system and %2 is not set; export %2=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="81"/>
        <source>no API key for provider &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="83"/>
        <source>no API key for provider &apos;%1&apos;: %2; or export %3=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyTransportPolicy.cpp" line="21"/>
        <source>the key of provider &apos;%1&apos; is not sent over plain http to %2 (anyone on the way could read it); use an https base URL (switchboard-cli providers set %1 --base-url https://…), or, on a network you trust, allow it with switchboard-cli providers set %1 --allow-insecure-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainProbe.cpp" line="21"/>
        <source>no keychain is available: no Secret Service (GNOME Keyring, KWallet, KeePassXC) answers on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainProbe.cpp" line="46"/>
        <source>no keychain is available: the D-Bus session bus cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainProbe.cpp" line="49"/>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets::KeyStore</name>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="203"/>
        <source>the keychain did not answer within %1 s; if it asks to be unlocked, unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="237"/>
        <location filename="../core/secrets/KeyStore.cpp" line="244"/>
        <source>no key for provider &apos;%1&apos; is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="249"/>
        <source>the keychain refused access to the key of provider &apos;%1&apos; (%2); unlock the keychain and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="254"/>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="265"/>
        <source>could not read the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="270"/>
        <source>could not store the key of provider &apos;%1&apos; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeyStore.cpp" line="277"/>
        <source>could not delete the key of provider &apos;%1&apos; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session/ProfileServices.cpp" line="32"/>
        <source>requests will not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="59"/>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="66"/>
        <source>cannot set up the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="78"/>
        <source>cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="87"/>
        <source>the database %1 was written by a newer Switchboard (schema %2; this build knows up to %3); update Switchboard — nothing will be written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="99"/>
        <source>cannot start a migration of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="105"/>
        <location filename="../core/storage/Database.cpp" line="115"/>
        <source>cannot migrate %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="141"/>
        <source>cannot build the statistics of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="148"/>
        <source>cannot close the attempts of an ended process in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/UsageLedger.cpp" line="42"/>
        <source>the ledger is read-only: %1 was written by a newer Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/UsageLedger.cpp" line="51"/>
        <location filename="../core/storage/UsageLedger.cpp" line="93"/>
        <source>cannot record the attempt in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/UsageLedger.cpp" line="133"/>
        <source>row %1 is not a running attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="60"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="62"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="64"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="90"/>
        <source>should be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="101"/>
        <source>should be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="118"/>
        <source>should be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="131"/>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="141"/>
        <source>(interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="144"/>
        <source>(incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="192"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="197"/>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="200"/>
        <source>this is not a Switchboard conversation (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="209"/>
        <source>&quot;version&quot; should be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="213"/>
        <source>it was written by a newer Switchboard (format version %1; this build reads up to %2); update Switchboard to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="235"/>
        <source>should be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="242"/>
        <source>should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ConversationDocument.cpp" line="250"/>
        <source>should be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="92"/>
        <source>the chat history is read-only: %1 was written by a newer Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="104"/>
        <source>cannot create a conversation in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="136"/>
        <source>cannot add the message to conversation %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="153"/>
        <location filename="../core/storage/HistoryStore.cpp" line="259"/>
        <location filename="../core/storage/HistoryStore.cpp" line="302"/>
        <source>no such conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="182"/>
        <source>cannot read conversation %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="190"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="204"/>
        <source>cannot list the conversations in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="224"/>
        <source>cannot read the messages of conversation %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="241"/>
        <source>cannot change conversation %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="280"/>
        <source>cannot delete conversation %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="327"/>
        <source>cannot search the chat history in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="372"/>
        <source>cannot import the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/HistoryStore.cpp" line="388"/>
        <source>cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InterruptedAttempts.cpp" line="58"/>
        <source>Switchboard stopped before this attempt finished (the process ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/StatsPeriod.cpp" line="31"/>
        <source>&apos;%1&apos; is not a period: use 7d, 24h, 30d, all or a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="13"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="17"/>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="22"/>
        <source>&lt;p&gt;One desktop app for all your LLM providers: fallback routing, side-by-side comparison and an honest local ledger of cost and latency. Your keys and your spend data stay on this machine.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2), licensed under the GNU LGPL version 3, and QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Desktop-App für alle Ihre LLM-Anbieter: Ausweich-Routing, Modelle im direkten Vergleich und ein ehrliches lokales Verzeichnis von Kosten und Latenz. Ihre Schlüssel und Ihre Ausgabendaten bleiben auf diesem Rechner.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (läuft auf Qt %2), lizenziert unter der GNU LGPL Version 3, und QtKeychain, lizenziert unter der BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="29"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>&lt;h2&gt;Providers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anbieter&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Reload Configuration</source>
        <translation>Konfiguration &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Open &amp;Profile Folder</source>
        <translation>&amp;Profilordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="17"/>
        <source>&lt;h1&gt;Welcome to Switchboard&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Switchboard&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="21"/>
        <source>&lt;p&gt;&lt;b&gt;No provider is configured yet.&lt;/b&gt; Switchboard needs at least one LLM provider (OpenAI, Anthropic, Gemini, OpenRouter, Groq, a local Ollama…) before it can answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Anbieter eingerichtet.&lt;/b&gt; Switchboard braucht mindestens einen LLM-Anbieter (OpenAI, Anthropic, Gemini, OpenRouter, Groq, ein lokales Ollama…), bevor es antworten kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Add one from a terminal, then press &lt;i&gt;Reload&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;export OPENAI_API_KEY=…
switchboard-cli providers add openai --preset openai

# or a local server, no key needed
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; lists every known service.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Fügen Sie einen im Terminal hinzu und klicken Sie dann auf &lt;i&gt;Neu laden&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;export OPENAI_API_KEY=…
switchboard-cli providers add openai --preset openai

# oder ein lokaler Server, ohne Schlüssel
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; listet alle bekannten Dienste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="29"/>
        <source>&lt;p&gt;Add one from a terminal, then press &lt;i&gt;Reload&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;switchboard-cli providers add openai --preset openai
switchboard-cli keys set openai   # paste the key: it goes to the keychain

# or a local server, no key needed
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; lists every known service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügen Sie einen im Terminal hinzu und klicken Sie dann auf &lt;i&gt;Neu laden&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;switchboard-cli providers add openai --preset openai
switchboard-cli keys set openai   # Schlüssel einfügen: er kommt in den Schlüsselbund

# oder ein lokaler Server, ohne Schlüssel
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; listet alle bekannten Dienste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="46"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="48"/>
        <source>Open &amp;Profile Folder</source>
        <translation>&amp;Profilordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="61"/>
        <source>Configuration file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Desktop routing layer for many LLM providers.</source>
        <translation>Desktop-Routing für viele LLM-Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>Use DIR as the profile folder (config and data).</source>
        <translation>DIR als Profilordner verwenden (Konfiguration und Daten).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Paste the key (it is not shown), press Enter, then Ctrl+D:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

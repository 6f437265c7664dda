<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Chat</name>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="62" />
        <source>check the provider's base URL and that the server is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="67" />
        <source>the server is slow or unreachable; try again, add a fallback target, or raise the timeout in config.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="71" />
        <source>wait and try again, or add a fallback target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="75" />
        <source>the provider is having trouble; try again later or add a fallback target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="78" />
        <source>check the provider's API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="81" />
        <source>check the model name (switchboard-cli providers models NAME lists them) and the base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="85" />
        <source>the provider refused the request as sent; check the model's parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="88" />
        <source>shorten the conversation or use a model with a larger context window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="91" />
        <source>rephrase the prompt or use another model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/chat/Outcome.cpp" line="94" />
        <source>the server does not speak the provider's API as expected; check the base URL and kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="33" />
        <source>fix config.json by hand (it is left untouched), then run the command again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli::ChatCommand</name>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="26" />
        <source>Route to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="27" />
        <source>Ask one model directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="29" />
        <source>System prompt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="31" />
        <source>Print one JSON object at the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="32" />
        <source>Sampling temperature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="34" />
        <source>Answer length limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="37" />
        <source>The prompt, or - to read stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="49" />
        <source>use either --route or --model, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="53" />
        <source>no route named '%1' (this profile has no routes yet); use --model PROVIDER/MODEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="60" />
        <source>name a model with --model PROVIDER/MODEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="65" />
        <source>'%1' is not PROVIDER/MODEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="69" />
        <source>no provider named '%1'; switchboard-cli providers list shows them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="78" />
        <source>give the prompt as one argument (quote it), or - to read stdin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="88" />
        <source>the prompt is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="97" />
        <source>--temperature takes a number from 0 to 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="106" />
        <source>--max-tokens takes a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="129" />
        <source>warning: this request will not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="159" />
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ChatCommand.cpp" line="170" />
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli::CliApplication</name>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="21" />
        <source>Usage:
  switchboard-cli [--profile DIR] providers list [--json]
  switchboard-cli [--profile DIR] providers add NAME (--preset PRESET | --kind openai|anthropic|gemini --base-url URL) [--api-key-env VAR]
  switchboard-cli [--profile DIR] providers remove|test|models NAME
  switchboard-cli [--profile DIR] providers presets
  switchboard-cli [--profile DIR] chat [--route NAME | --model PROVIDER/MODEL] [--system TEXT] [--json] [PROMPT | -]
  switchboard-cli --version | --help

The profile folder holds config.json and switchboard.db; it defaults to the SWITCHBOARD_PROFILE variable, then to the platform's data folder.
Exit status: 0 success, 1 the request failed, 2 wrong arguments or configuration.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="64" />
        <source>--profile needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="80" />
        <source>no command given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="106" />
        <source>'%1' is not part of this build yet; see switchboard-cli --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="109" />
        <source>unknown command '%1'; see switchboard-cli --help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli::ProvidersCommand</name>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="21" />
        <source>env %1 (set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="23" />
        <source>env %1 (not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="25" />
        <source>none needed (local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="26" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="58" />
        <source>providers needs an action: list, add, remove, test, models or presets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="60" />
        <source>unknown providers action '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="67" />
        <location filename="../core/cli/ProvidersCommand.cpp" line="252" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="89" />
        <source>No providers configured yet. Add one, for example:
  switchboard-cli providers add openai --preset openai
  switchboard-cli providers add local --preset ollama
(switchboard-cli providers presets lists the known services)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="101" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="101" />
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="102" />
        <source>BASE URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="102" />
        <source>KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="120" />
        <source>local, no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="129" />
        <source>A known service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="131" />
        <source>Wire protocol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="132" />
        <source>API base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="135" />
        <source>Environment variable holding the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="138" />
        <source>Name of the new provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="144" />
        <source>providers add needs exactly one NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="150" />
        <source>'%1' is not a valid provider name (use letters, digits, '-', '_' or '.')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="157" />
        <source>a provider named '%1' already exists; remove it first or pick another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="166" />
        <source>unknown preset '%1'; switchboard-cli providers presets lists them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="173" />
        <source>--kind %1 contradicts preset '%2' (kind %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="185" />
        <source>providers add needs --preset PRESET, or --kind and --base-url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="191" />
        <source>unknown kind '%1' (expected openai, anthropic or gemini)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="202" />
        <source>'%1' is not an http(s) URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="216" />
        <source>Added provider '%1' (%2, %3); key: %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="225" />
        <source>Provider to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="230" />
        <source>providers remove needs exactly one NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="237" />
        <source>no provider named '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="245" />
        <source>Removed provider '%1'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="254" />
        <source>Provider to ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="259" />
        <source>providers %1 needs exactly one NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="264" />
        <source>no provider named '%1'; switchboard-cli providers list shows them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/ProvidersCommand.cpp" line="271" />
        <source>this build cannot talk to %1 providers yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="43" />
        <source>must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="52" />
        <source>must be an object with name, kind and base_url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="67" />
        <source>'%1' is not a valid name (use letters, digits, '-', '_' or '.')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="71" />
        <source>a provider named '%1' already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="77" />
        <source>unknown kind '%1' (expected openai, anthropic or gemini)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="84" />
        <source>'%1' is not an http(s) URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="106" />
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="119" />
        <source>must be a number of milliseconds between 1 and 86400000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="140" />
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="153" />
        <source>offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="158" />
        <source>must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="166" />
        <source>must be a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="169" />
        <source>written by a newer Switchboard (schema %1; this build reads up to %2); update Switchboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="177" />
        <source>must be an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/ConfigFile.cpp" line="226" />
        <location filename="../core/config/ConfigFile.cpp" line="231" />
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/config/Profile.cpp" line="45" />
        <source>cannot create the profile folder %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../core/providers/ModelListCall.cpp" line="55" />
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ModelListCall.cpp" line="60" />
        <source>could not reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="44" />
        <source>empty response body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="97" />
        <source>the provider's answer is not JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="108" />
        <source>the provider's answer has no choices: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiAdapter.cpp" line="170" />
        <source>the model list is not in OpenAI's shape: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="47" />
        <source>the provider sent an event larger than %1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="82" />
        <source>the provider sent a chunk that is not JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="99" />
        <source>the provider reported an error mid-stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/OpenAiStreamDecoder.cpp" line="112" />
        <source>the provider sent several answers; showing the first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Providers::ProviderCall</name>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="55" />
        <source>no connection to %1 within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="61" />
        <source>no answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="64" />
        <source>the answer stopped for %1 s in the middle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="71" />
        <source>the answer took longer than %1 s in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="103" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="152" />
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="222" />
        <source>could not reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="238" />
        <source>HTTP %1: the provider moved to %2; update the provider's base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="240" />
        <source>another address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="245" />
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="263" />
        <source>the connection broke after %1 bytes of the answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="270" />
        <source>the connection closed before the answer was complete (%1 bytes received)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/providers/ProviderCall.cpp" line="275" />
        <source>the provider's content filter stopped the answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Routing::RouteRun</name>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="51" />
        <source>nothing to route to: the request names no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="68" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="83" />
        <source>no provider named '%1' is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="90" />
        <source>this build cannot talk to %1 providers yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="143" />
        <source>%1 failed (%2); retrying in %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="167" />
        <source>%1 failed (%2); trying %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="169" />
        <source>%1 failed mid-answer (%2); restarting the answer on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/routing/RouteRun.cpp" line="206" />
        <source>all %1 attempts failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="23" />
        <source>no API key is configured for provider '%1'; name an environment variable with --api-key-env when adding it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/secrets/KeyResolver.cpp" line="27" />
        <source>no API key for provider '%1': the environment variable %2 is not set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="58" />
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="64" />
        <source>cannot set up the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="76" />
        <source>cannot read the schema version of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="83" />
        <source>the database %1 was written by a newer Switchboard (schema %2; this build knows up to %3); update Switchboard — nothing will be written to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="93" />
        <source>cannot start a migration of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="98" />
        <location filename="../core/storage/Database.cpp" line="104" />
        <source>cannot migrate %1 to schema %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/UsageLedger.cpp" line="38" />
        <source>the ledger is read-only: %1 was written by a newer Switchboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/storage/UsageLedger.cpp" line="74" />
        <source>cannot record the attempt in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="13" />
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="16" />
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="21" />
        <source>&lt;p&gt;One desktop app for all your LLM providers: fallback routing, side-by-side comparison and an honest local ledger of cost and latency. Your keys and your spend data stay on this machine.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2), licensed under the GNU LGPL version 3, and QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Desktop-App für alle Ihre LLM-Anbieter: Ausweich-Routing, Modelle im direkten Vergleich und ein ehrliches lokales Verzeichnis von Kosten und Latenz. Ihre Schlüssel und Ihre Ausgabendaten bleiben auf diesem Rechner.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (läuft auf Qt %2), lizenziert unter der GNU LGPL Version 3, und QtKeychain, lizenziert unter der BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="29" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33" />
        <source>&lt;h2&gt;Providers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anbieter&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67" />
        <source>&amp;Reload Configuration</source>
        <translation>Konfiguration &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69" />
        <source>Open &amp;Profile Folder</source>
        <translation>&amp;Profilordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75" />
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="17" />
        <source>&lt;h1&gt;Welcome to Switchboard&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Switchboard&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="21" />
        <source>&lt;p&gt;&lt;b&gt;No provider is configured yet.&lt;/b&gt; Switchboard needs at least one LLM provider (OpenAI, Anthropic, Gemini, OpenRouter, Groq, a local Ollama…) before it can answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Anbieter eingerichtet.&lt;/b&gt; Switchboard braucht mindestens einen LLM-Anbieter (OpenAI, Anthropic, Gemini, OpenRouter, Groq, ein lokales Ollama…), bevor es antworten kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="29" />
        <source>&lt;p&gt;Add one from a terminal, then press &lt;i&gt;Reload&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;export OPENAI_API_KEY=…
switchboard-cli providers add openai --preset openai

# or a local server, no key needed
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; lists every known service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügen Sie einen im Terminal hinzu und klicken Sie dann auf &lt;i&gt;Neu laden&lt;/i&gt;:&lt;/p&gt;&lt;pre&gt;export OPENAI_API_KEY=…
switchboard-cli providers add openai --preset openai

# oder ein lokaler Server, ohne Schlüssel
switchboard-cli providers add local --preset ollama&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;switchboard-cli providers presets&lt;/tt&gt; listet alle bekannten Dienste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="46" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="48" />
        <source>Open &amp;Profile Folder</source>
        <translation>&amp;Profilordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="61" />
        <source>Configuration file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22" />
        <source>Desktop routing layer for many LLM providers.</source>
        <translation>Desktop-Routing für viele LLM-Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27" />
        <source>Use DIR as the profile folder (config and data).</source>
        <translation>DIR als Profilordner verwenden (Konfiguration und Daten).</translation>
    </message>
</context>
</TS>
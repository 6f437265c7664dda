<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttemptWords</name>
    <message numerus="yes">
        <source>, broke off after %n characters</source>
        <translation>
            <numerusform>, broke off after %n character</numerusform>
            <numerusform>, broke off after %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatProblems</name>
    <message numerus="yes">
        <source>No answer: all %n attempts failed</source>
        <translation>
            <numerusform>No answer: %n attempt failed</numerusform>
            <numerusform>No answer: all %n attempts failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RoutesCommand</name>
    <message numerus="yes">
        <source>Route &apos;%1&apos; saved with %n target(s)
</source>
        <translation>
            <numerusform>Route &apos;%1&apos; saved with %n target
</numerusform>
            <numerusform>Route &apos;%1&apos; saved with %n targets
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::StatsCommand</name>
    <message numerus="yes">
        <source>%n attempt(s) have no known cost and are not in the spend.
</source>
        <translation>
            <numerusform>%n attempt has no known cost and is not in the spend.
</numerusform>
            <numerusform>%n attempts have no known cost and are not in the spend.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::FinishStep</name>
    <message numerus="yes">
        <source>Add it to the end of the route “default” (%n target(s) so far)</source>
        <translation>
            <numerusform>Add it to the end of the route “default” (%n target so far)</numerusform>
            <numerusform>Add it to the end of the route “default” (%n targets so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::GatewayPanel</name>
    <message numerus="yes">
        <source>%n served</source>
        <translation>
            <numerusform>%n served</numerusform>
            <numerusform>%n served</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::GatewayStatusButton</name>
    <message numerus="yes">
        <source>Gateway on · %n served</source>
        <translation>
            <numerusform>Gateway on · %n served</numerusform>
            <numerusform>Gateway on · %n served</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MessageView</name>
    <message numerus="yes">
        <source>Thinking… (%n words)</source>
        <translation>
            <numerusform>Thinking… (%n word)</numerusform>
            <numerusform>Thinking… (%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n words)</source>
        <translation>
            <numerusform>Reasoning (%n word)</numerusform>
            <numerusform>Reasoning (%n words)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ModelListPanel</name>
    <message numerus="yes">
        <source>%n model(s), fetched %1</source>
        <translation>
            <numerusform>%n model, fetched %1</numerusform>
            <numerusform>%n models, fetched %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PresetStep</name>
    <message numerus="yes">
        <source>Use %1 — %n model(s) at %2</source>
        <translation>
            <numerusform>Use %1 — %n model at %2</numerusform>
            <numerusform>Use %1 — %n models at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TargetPicker</name>
    <message numerus="yes">
        <source>Route %1: %n target(s), %2</source>
        <translation>
            <numerusform>Route %1: %n target, %2</numerusform>
            <numerusform>Route %1: %n targets, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TestStep</name>
    <message numerus="yes">
        <source>Step 1: %n model(s) listed in %1 ms</source>
        <translation>
            <numerusform>Step 1: %n model listed in %1 ms</numerusform>
            <numerusform>Step 1: %n models listed in %1 ms</numerusform>
        </translation>
    </message>
</context>
</TS>

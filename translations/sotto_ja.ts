<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run 'sotto --help' for the list.</source>
        <translation>sotto: コマンドが指定されていません。一覧は 'sotto --help' で確認できます。</translation>
    </message>
    <message>
        <source>sotto: unknown command '%1'. Run 'sotto --help' for the list.</source>
        <translation>sotto: 不明なコマンド '%1'。一覧は 'sotto --help' で確認できます。</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>プロファイルフォルダー &lt;dir&gt; を使用します(既定: $SOTTO_PROFILE、なければアプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto — プライベートなデスクトップ AI アシスタント。

コマンドを指定しないと、Sotto はウィンドウを開きます。</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>プロファイルフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>プロファイルフォルダー %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MainWindow</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>設計からプライベート</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>ここに会話が表示されます。モデルプロバイダーを選ぶまで、このコンピューターから何も送信されません。すべてのリクエストは記録され、何が送られたかを正確に確認できます。</translation>
    </message>
    <message>
        <source>No data has left this computer.</source>
        <translation>このコンピューターからデータは送信されていません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>Sotto について(&amp;A)</translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>Sotto について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;プライベートなデスクトップ AI アシスタント。会話はこのコンピューター上の暗号化された保管庫に保存されます。&lt;/p&gt;</translation>
    </message>
</context>
</TS>

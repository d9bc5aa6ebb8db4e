<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>質問を 1 つ送ります。回答は標準出力にストリーミングされ、届いたそばから保管庫に保存されます。</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>&apos;sotto providers add&apos; で追加したプロバイダー。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>その場限りのプロバイダー: openai、anthropic、ollama、gemini のいずれか。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>その場限りのプロバイダー: API のルート（例: http://127.0.0.1:11434）。</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>質問先のモデル。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>その場限りのプロバイダー: API キーを保持する環境変数。</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>画像を添付します（複数指定可）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>この ID の会話を続けます。</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>質問も回答も保存しません（リクエストは監査ログに記録されます）。</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>モデルの推論を標準エラー出力にストリーミングします。</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>テキストをストリーミングせず、最後に JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>質問。</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; には質問が必要です。</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>--provider NAME か、--api と --base-url の組み合わせのどちらかを指定してください。</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito では保存済みの会話を続けられません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; は会話 ID ではありません。</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api は openai、anthropic、ollama、gemini のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api には --base-url が必要です。</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>回答は停止されました。</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens には正のトークン数を指定してください。</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant（既定）、thinking、contemplating のいずれか。</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>熟考: プロバイダーのモデルに質問するエージェントの数（%1～%2、既定 %3）。</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>熟考: 保存済みのアンサンブルのエージェント。</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>熟考: 1、または 2（各エージェントがほかのエージェントの回答を読んでから自分の回答を見直すラウンドを追加）。</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>熟考: 各リクエストで送られる内容と送信先を出力し、何も送信しません。</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>この質問のコンテキスト予算(トークン数。既定: プロバイダーの設定、なければプロバイダーが報告したモデルのコンテキスト長、それもなければ %1)。</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>名前解決と接続のそれぞれにかけてよい秒数（0: 無制限）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>接続してからサーバーが回答を始めるまでの秒数（0: 無制限）。</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>接続後、サーバーが何も送ってこない状態を許す秒数（0: 無制限）。</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode は instant、thinking、contemplating のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 には --mode contemplating が必要です。</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>--agents と --ensemble のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents は %1～%2 でなければなりません。</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds は 1 か 2 でなければなりません。</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 には 0 以上の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>%1 により中断しました。届いた分は保持されます。</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: エージェント %1（%2）が回答しませんでした: %3</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%2 によると %1 はテキスト専用で、画像を認識できません。画像を認識できるモデルを選ぶか、画像なしで質問してください。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Sotto が送信または拒否したすべてのリクエスト（新しい順）。</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>JSON 配列を出力します（リクエストごとに 1 オブジェクト）。</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>ヘッダー行付きの CSV を出力します。</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>この日付または日時以降のリクエストのみ（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; は引数を取りません。オプションのみ指定できます。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>--json と --csv のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; は ISO 8601 形式の日付ではありません。</translation>
    </message>
    <message>
        <source> sent</source>
        <translation> 送信</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>まだ何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>監査ログを消去: 以前の記録 %n 件を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1 の保管庫のパスフレーズ: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>%1 にはまだ保管庫がありません。新しい保管庫のパスフレーズを決めてください: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>パスフレーズをもう一度入力: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>%1 時点のコピーがあります。&apos;sotto vault restore %2&apos; で元に戻せます。</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: %1 に暗号化された保管庫を新規作成しました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; は http(s) の URL ではありません。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>環境変数 %1 が空です。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: コマンドが指定されていません。一覧は &apos;sotto --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: 不明なコマンド &apos;%1&apos;。一覧は &apos;sotto --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>プロファイルフォルダー &lt;dir&gt; を使用します（既定: $SOTTO_PROFILE、なければアプリケーションのデータフォルダー）。</translation>
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
    <message>
        <source>One of the commands above.</source>
        <translation>上記のコマンドのいずれか。</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>保管庫のパスフレーズを &lt;file&gt; の 1 行目から読み込みます（なければ $SOTTO_PASSPHRASE、それもなければ入力を求めます）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>会話 &lt;id&gt; を表示した状態でウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Commands:
  ask [options] PROMPT                   one question, the answer streamed to stdout
  providers add NAME|list|remove NAME    the model providers and their keys
  providers detect [--json]              model servers running on this computer
  audit [--json|--csv] [--since DATE]    every request sent or refused
  policy show|set KEY VALUE              what may leave this computer
  redact --dry-run TEXT | terms add|remove|list   withhold personal data from what is sent
  conversations list|show ID|delete ID   the conversations in the vault
  conversations set ID local-only on|off  keep a conversation&apos;s requests on this machine
  ensembles add NAME|list|remove NAME    the agents that contemplate together
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         conversations out as documents
  import [--format sotto|chatgpt|claude] FILE   conversations in from an export
  search QUERY                           full-text search of the vault
  transcribe [--provider NAME] FILE      speech in an audio file as text
  vault check|change-passphrase|backups|restore ID   look after the vault
Run &apos;sotto COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>コマンド:
  ask [options] PROMPT                   質問を 1 つ送り、回答を stdout にストリーミング
  providers add NAME|list|remove NAME    モデルプロバイダーとその API キー
  providers detect [--json]              このコンピューターで動作しているモデルサーバー
  audit [--json|--csv] [--since DATE]    送信または拒否したすべてのリクエスト
  policy show|set KEY VALUE              このコンピューターから送信してよいもの
  redact --dry-run TEXT | terms add|remove|list   送信内容の個人データをマスク
  conversations list|show ID|delete ID   保管庫内の会話
  conversations set ID local-only on|off  会話のリクエストをこのコンピューター内にとどめる
  ensembles add NAME|list|remove NAME    一緒に熟考するエージェント
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         会話を文書としてエクスポート
  import [--format sotto|chatgpt|claude] FILE   エクスポートから会話をインポート
  search QUERY                           保管庫の全文検索
  transcribe [--provider NAME] FILE      音声ファイルの話し言葉をテキストに
  vault check|change-passphrase|backups|restore ID   保管庫の管理
各コマンドのオプションは &apos;sotto COMMAND --help&apos; で確認できます。</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; は会話 ID ではありません。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; には会話 ID が 1 つ必要です。</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>会話 %1（%2）を削除しました。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[画像 %n 枚]</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>保管庫内の会話を一覧表示、表示、または削除するか、会話を「ローカルのみ」に設定します。</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>不明なアクション &apos;%1&apos;。list、show ID、delete ID、set ID local-only on|off のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>使い方: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>会話 %1 はローカルのみです。リクエストはこのコンピューターにだけ送られます。</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>会話 %1 はローカルのみではなくなりました。</translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>エージェント %1、ラウンド %2（%3）: %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>熟考用のアンサンブルを追加、一覧表示、または削除します。アンサンブルは 2～8 個のエージェント（それぞれプロバイダーと、必要に応じてモデル）に名前を付けたもので、保管庫に保存されます。</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: エージェント 1 つ。PROVIDER または PROVIDER:MODEL（最初の &apos;:&apos; で区切ります）。2～8 回指定します。</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: 最終的な回答を書くもの（既定: 会話のプロバイダーとモデル）。</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1（既定）または 2（見直しのラウンドを追加）。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON を出力します。</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>使い方: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>アンサンブルには名前が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; は PROVIDER でも PROVIDER:MODEL でもありません。</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>アンサンブルのエージェントは %1～%2 個です（--agent）。</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds は 1 か 2 でなければなりません。</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>統合: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ラウンド</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>アンサンブル %1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>アンサンブル %1 を保存しました（エージェント %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: 同じ位置のエージェントが従う指示（最初の --perspective は最初の --agent のもの）。エージェントごとに 1 回まで指定できます。指定のないエージェントには既定の視点が使われます。</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>--perspective オプション（%1 個）がエージェント（%2 個）より多く指定されています。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>1 つまたはすべての会話を Markdown、JSON、HTML、PDF でエクスポートします。--all では、JSON はすべての会話を 1 つのファイルに書き出し、その他の形式は会話ごとに 1 ファイルをフォルダー PATH に書き出します。エクスポートしたファイルは、手に入れた人なら誰でも読めます。</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>エクスポートする会話。</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>すべての会話をエクスポートします。</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md、json、html、pdf のいずれか。</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>書き出すファイル（--all で md、html、pdf の場合はフォルダー）。</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>使い方: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>不明な形式 &apos;%1&apos;: md、json、html、pdf のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; は会話 ID ではありません。</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>%2 件中 %1 件目をエクスポート中…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n 件の会話を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>ローカルネットワーク上</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>インターネット上</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>%1 を %2（%3、%4）に送信しますか？

リクエスト: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>%1 に送信しますか？</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>このプロバイダーでは今後確認しない(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>送信しませんでした: %1。</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>%1 からの回答が完了前に途切れました。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>%1 で待ち受けているものがありません。Ollama は起動していますか？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>%1 で待ち受けているものがありません。llama-server は起動していますか？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>%1 で待ち受けているものがありません。LM Studio のサーバーは起動していますか？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>%1 で待ち受けているものがありません。</translation>
    </message>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>回答が %1 Mi 文字を超えたため、そこで停止しました。</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 は文字起こしエンドポイントのない %2 API を使っています。OpenAI 互換のプロバイダー (OpenAI、Groq、speaches、LocalAI…) を選んでください。</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 は文字起こし以外のものを返しました。</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>画像 %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>画像 %1 が 50 MB を超えています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>画像が 50 MB を超えています。</translation>
    </message>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>このファイルは Sotto が読み込める画像（PNG、JPEG、WebP、GIF、BMP）ではありません。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>画像のサイズは %1 × %2 ピクセルです。Sotto が受け付けるのは 1 億ピクセル（100 メガピクセル）までです。</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>画像が破損しているため、デコードできません。</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>画像が 1 億ピクセル（100 メガピクセル）を超えています。</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>画像を再エンコードできませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>エクスポートから会話をインポートします: Sotto 独自の JSON、または ChatGPT や Claude の conversations.json (またはそれを含む .zip)。インポート済みの会話はスキップされます。その形式として読み取れないファイルでは何も変更されません。</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto、chatgpt、claude のいずれか (既定: ファイルから判別)。</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>インポートするエクスポート。</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>使い方: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>不明な形式 &apos;%1&apos;: sotto、chatgpt、claude のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>インポート中… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>インポートが中断されました。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n 件の重複をスキップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>システムのキーリングにこの保管庫のパスフレーズがありません。</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>システムのキーリングがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>システムのキーリングが利用できないため、パスフレーズを記憶できません。</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>システムのキーリングでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>パスフレーズはシステムのキーリングにありますが、Sotto はそのことを %1 に記録できません。</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>ローカルネットワーク</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>インターネット</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>ポート %2 の %1</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>このコンピューターで動作しているモデルサーバーはありません（%1 を探しました）。</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[画像を読み込んでいません: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[画像「%1」を読み込んでいません: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 には Sotto が録音できる音声形式がありません。</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>%1 を開けませんでした。他のプログラムが使用中の可能性があります。</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 の録音が止まりました。外されたか、他のプログラムに使われた可能性があります。</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>パスフレーズを隠す</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>パスフレーズファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>パスフレーズファイル %1 が空です。</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE が設定されていますが、空です。</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>パスフレーズがありません。SOTTO_PASSPHRASE を設定するか、--passphrase-file を指定するか、端末から実行してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>パスフレーズが入力されませんでした。</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>プロバイダーごとの設定を適用するプロバイダー。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: JSON を出力します。</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>&apos;policy show&apos; または &apos;policy set KEY VALUE&apos; を使ってください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; はプロバイダーごとの設定です。--provider NAME を追加してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; は %2 の値として無効です。%3 を使ってください。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 を %2 にしました。</translation>
    </message>
    <message>
        <source>Show or change what may leave this computer.

Keys: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (withhold personal data: for internet destinations by default),
proxy URL|off (http://HOST:PORT with CONNECT, or socks5h://HOST:PORT whose proxy resolves
names, e.g. Tor at socks5h://127.0.0.1:9050; loopback destinations go direct),
retention-days N (0 keeps everything), audit-retention-days N (days of audit records to keep;
0 keeps them all), agent-deadline N (seconds each Contemplating agent&apos;s
answer may take, in each round; 0: no limit); per provider (with --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
follow the global redact policy), proxy URL|direct|default (default: the global proxy).</source>
        <translation>このコンピューターから送信してよいものを表示または変更します。

キー: offline on|off、ask-before-send never|first|always、keep-request-copies on|off、
redact off|internet|always（個人データをマスク。既定ではインターネット上の送信先が対象）、
proxy URL|off（CONNECT を使う http://HOST:PORT、または名前をプロキシが解決する socks5h://HOST:PORT。
例: Tor なら socks5h://127.0.0.1:9050。ループバックの送信先は直接接続）、
retention-days N（0 ですべて保持）、audit-retention-days N（監査記録を保持する日数。
0 ですべて保持）、agent-deadline N（熟考で各エージェントの回答にかけてよい秒数。
ラウンドごと。0 で無制限）。プロバイダーごと（--provider NAME を指定）:
http-to-internet allow|deny、enabled on|off、redact off|internet|always|default（default:
全体の redact 設定に従う）、proxy URL|direct|default（default: 全体のプロキシ）。</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; は %2 の値として無効です。%3 を使ってください。</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>日数（0 ですべて保持）</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>不明なポリシー設定 &apos;%1&apos;。使用できる設定: %2。</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>秒数（0: 無制限）</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>既知のプロバイダーをもとにします: %1。</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai、anthropic、ollama、gemini のいずれか。</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>API のルート。</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>既定のモデル。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>この環境変数にある API キーを保存します（指定しない場合は端末で入力を求めます）。</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>このプロバイダーには API キーが不要です。</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>インターネット上のホストへの暗号化されていない http を許可します（通常は拒否）。</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>不明なプリセット &apos;%1&apos;。使用できるプリセット: %2。</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api は openai、anthropic、ollama、gemini のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; には --preset または --api が必要です。</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; には http(s) の --base-url が必要です。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>環境変数 %1 が空です。</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 の API キー: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>API キーが指定されていません。--api-key-env VAR、端末での入力、--no-api-key のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>プロバイダー %1 を保存しました（%2、%3）。</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>プロバイダー %1 を削除しました。</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (無効)</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>コンテキスト予算(トークン数、既定 %1)。</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens には正のトークン数を指定してください。</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>%1 という名前のプロバイダーはありません。</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1 の保管庫のパスフレーズ: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>コンテキスト %L1 トークン</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>ベース URL にユーザー名やパスワードを含めることはできません。キーは --api-key-env で指定するか、求められたときに入力してください。</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>このプロバイダーのリクエストをプロキシ経由で送信します: http://HOST:PORT（CONNECT）または socks5h://HOST:PORT。direct で全体のプロキシを使わない（既定: 全体のプロキシ）。</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>送信されませんでした: %1。</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%2 の %1: まだモデルがありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%2 の %1: %n 個のモデル（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>モデルプロバイダーを追加、一覧表示、または削除するか、このコンピューターで動作しているモデルサーバーを探します。API キーは暗号化された保管庫内に保存され、コマンドラインに現れることはありません。</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list、models、detect: JSON を出力します。</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME（プロバイダーにモデルとそのコンテキスト長を問い合わせます）| detect（このコンピューターで動作しているモデルサーバーを探します: Ollama、llama.cpp、LM Studio、vLLM、Jan。ループバックのみ）</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>&apos;providers add NAME …&apos;、&apos;providers list&apos;、&apos;providers remove NAME&apos;、&apos;providers models NAME&apos;、&apos;providers detect&apos; のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>テキストのみ</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto は環境変数の %1 を使いません。リクエストは直接送信されます。プロキシ経由で送るには &apos;sotto policy set proxy http://HOST:PORT&apos;（または socks5h://HOST:PORT）を実行するか、設定 › プライバシーで指定してください。</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>&apos;%1&apos; を追加しました。送信内容ではマスクされます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; はすでに用語に登録されています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; は登録された用語ではありません。</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; を削除しました。</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>&apos;redact terms add TERM&apos;、&apos;redact terms remove TERM&apos;、&apos;redact terms list [--json]&apos; のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>マスクはオフです（policy redact off）。テキストはそのまま送信されます。</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>マスクする対象は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>送信内容の個人データをマスクします（docs/PRIVACY.md）。

  redact --dry-run TEXT             インターネット上のプロバイダーに送信される形で TEXT を出力
                                    （置き換えた内容は stderr、または --json に出力）
  redact terms add TERM | remove TERM | list [--json]
                                    独自の用語（人名、会社名、コードネームなど）

適用のタイミング: sotto policy set redact off|internet|always。検出には漏れがあり得ます。</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>送信される内容を表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT、または terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>&apos;redact --dry-run TEXT&apos; または &apos;redact terms add|remove|list&apos; を使ってください。</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>GPS 位置情報</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>カメラのメーカーと機種</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>その他のタグ %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>テキストメモ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>XMP データ</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>カラープロファイル</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>この画像にメタデータはありませんでした。</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>保存と送信の前に削除: %1。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>保管庫のタイトル、メッセージ、推論を検索します（すべての語に一致するもの）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>最大 &lt;n&gt; 件の結果（既定: 50）。</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>検索する語。</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; には検索する語が必要です。</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>ローカルネットワーク上</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>インターネット上</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>%1 を %2 に送信しますか（%3、%4）? [y/N、a: はい、今後は確認しない] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the letter that answers yes to the [y/N] prompt</comment>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <source>Turn speech into text: send an audio file to an OpenAI-compatible transcription endpoint (audited like any request) and print the text. Without --provider or --api, the provider chosen for transcription in the settings is used.</source>
        <translation>音声をテキストに変換: 音声ファイルを OpenAI 互換の文字起こしエンドポイントに送信し (他のリクエストと同様に監査されます)、テキストを出力します。--provider も --api もない場合は、設定で文字起こし用に選んだプロバイダーを使います。</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>&apos;sotto providers add&apos; で追加したプロバイダー。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>その場限りのプロバイダー: openai (OpenAI 互換の任意のサーバー)。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>その場限りのプロバイダー: API のルート (例: http://127.0.0.1:8000/v1)。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>その場限りのプロバイダー: API キーを持つ環境変数。</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>文字起こしモデル (既定: 設定の値、なければ %1)。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>音声: WAV、MP3、FLAC、Ogg、M4A、WebM のいずれか、最大 25 MB。</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>&apos;transcribe&apos; には音声ファイルが 1 つ必要です。</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>--provider NAME か、--api と --base-url のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api には --base-url が、--base-url には --api が必要です。</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api は openai でなければなりません。</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>%1 API には文字起こしエンドポイントがありません。OpenAI 互換サーバーで --api openai を使ってください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>--provider NAME か --base-url 付きの --api openai を指定するか、設定で文字起こしプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 は %2 API を使っており、文字起こしエンドポイントがありません。</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>%1 により中断されました。</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>文字起こしは応答なしで終了しました。</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 は文字起こしサービスの上限 %2 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 は文字起こしできる音声ではありません (WAV、MP3、FLAC、Ogg、M4A、WebM)。</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>文字起こし用のプロバイダーが選ばれていません。設定 › 音声 で選んでください。</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>暗号化された保管庫を管理します。</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: 新しいパスフレーズを &lt;file&gt; から読み込みます（なければ $SOTTO_NEW_PASSPHRASE、それもなければ入力を求めます）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>復元により置き換え</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>保管庫のコピーはありません。</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>コピー %1 を復元しました。置き換えられたファイルは別のコピーとして保持されています。</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>%1 の保管庫は破損しています（%n 件の問題が見つかりました）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>%1 の保管庫に問題はありません。</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1 にはまだ保管庫がありません。</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>現在のパスフレーズ: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE が空です。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>新しいパスフレーズをもう一度入力: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>保管庫のパスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>保管庫を %1 にバックアップしました（%2）。バックアップは暗号化されており、保管庫の現在のパスフレーズで開けます。</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>バックアップ %1 のパスフレーズ: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>置き換えられたファイルはコピー %1 として保持されています（&apos;sotto vault backups&apos;）。</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>%2 にバックアップされた %1 から保管庫を復元しました。</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: バックアップファイル &lt;file&gt;（&apos;sotto vault backup&apos; で作成したもの）から保管庫を元に戻します。そのバックアップのパスフレーズを尋ねます。</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: 保管庫を暗号化したまま 1 つのファイルに書き出します。check: 保管庫の整合性を検証します。change-passphrase: 新しいパスフレーズで再暗号化します。backups: アップグレードや復元の前に作成したコピーを一覧表示します。restore ID | restore --file FILE: コピーまたはバックアップファイルを元に戻します（現在のファイルは別のコピーとして保持されます）。</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>&apos;sotto vault backup FILE&apos;、&apos;check&apos;、&apos;change-passphrase&apos;、&apos;backups&apos;、&apos;restore ID&apos;、&apos;restore --file FILE&apos; のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>監査記録 %1 はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>監査ログを消去しました: 以前の記録 %n 件を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>先にモデルプロバイダーを追加してください（設定 → プロバイダー）。</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>この会話のプロバイダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[画像は含まれていません]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>会話がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>会話にメッセージツリー (&quot;mapping&quot;) がありません。</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>会話がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>会話にメッセージの一覧 (&quot;chat_messages&quot;) がありません。</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>添付ファイル %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[画像は含まれていません]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[ファイルは含まれていません: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>エージェント %1（%2）</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>エージェントの制限時間 %1 秒以内に回答がありませんでした</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>この会話はローカルのみですが、アンサンブルがこのコンピューター上にないエージェントに質問するため、何も送信しませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>どのエージェントも回答しませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>エージェント %1、ラウンド 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2（%3）、%4 [%5]: %6 バイト、%7 文字、画像 %8 枚</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>、さらにエージェントの回答</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>合計: リクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>、エージェントの回答を除いて %1 バイト、%2 文字、画像 %3 枚</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>「%1」という名前のアンサンブルはもうありません。熟考の担当を選んでください。</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>アンサンブル「%1」に未設定のプロバイダーが含まれています: %2。</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[画像は含まれていません]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>%1 ではありません: %2 のようです。</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>会話 %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>エクスポートとしてはネストが深すぎます (%1 階層)。</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>破損しているか不完全です: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>シークレットの会話は保存されません。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>%1 へのリクエストを送信できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>サーバー %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>送信しませんでした。監査ログにリクエストを記録できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>%2 秒以内に %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 から %2 秒間応答がなかったため、リクエストを停止しました。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 がリクエストを %2 にリダイレクトしました。Sotto はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>回答が完了する前に %1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 が応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 が不正な形式の応答を返しました（%2）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 が HTTP %2%3 を返しました。</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 が接続を拒否しました。サーバーは起動していますか？</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>%1 へのセキュアな接続に失敗しました。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュアな接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>接続が確立される前に %1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>プライバシー設定によりブロックされたため、送信しませんでした: %1。</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto が終了処理中でした。</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>%2 秒以内にサーバー %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 から %2 秒以内に応答がなかったため、リクエストを停止しました。</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>プライバシー設定により停止しました: %1。</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>%1 へのリクエストを送信できませんでした: プロバイダー %2 のプロキシが無効です（%3）。</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>プロキシ %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>プロキシ %1 は %2 に接続しませんでした: %3。</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>プロキシ %1 が %2 へのリクエストより前に独自のデータを送りました。</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>%2 秒以内にプロキシ %1 を名前解決できませんでした。</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>%3 秒以内にプロキシ %2 経由で %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>プロキシ %1 が接続を拒否しました。起動していますか?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>プロキシ %1 は %2 に接続する前に接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>プロキシ %1 への接続に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>プロバイダー %1 が無効です</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>オフラインモードがオンです</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>会話がローカルのみに設定されています</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>プロバイダー %1 では http-to-internet が拒否されています</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>あなたが送信を断りました</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send がオンですが、確認できる手段がありませんでした</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>送信前に確認: %1 を %2 の宛先として承認しましたが、%3 のアドレスに解決されました</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>すべてのエージェントにプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>%1 という名前のアンサンブルはすでにあります。</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>アンサンブルには名前が必要です。</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>アンサンブルのエージェントは %1～%2 個です。</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>アンサンブルのラウンド数は 1 か 2 です。</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>%1 という名前のアンサンブルはありません。</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>会話 %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>%1 に Sotto からエクスポート</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>アシスタント · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>バージョン %1/%2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>入力 %1 トークン · 出力 %2</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>エージェント %1 · %2 · ラウンド %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>画像 %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>フォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>エクスポートが開始されていません</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>Sotto JSON エクスポート</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT エクスポート</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude エクスポート</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>JSON ファイルではありません。</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Sotto、ChatGPT、Claude のいずれのエクスポートでもありません。</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>破損しているか不完全な zip ファイルです。</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>破損した zip ファイルです。</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>アーカイブの外を指すパスのファイルが含まれています (%1)。</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>zip ファイルに conversations.json がありません。</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>含まれる conversations.json がインポートの上限を超えています。</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>読み取るアーカイブがありません。</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>zip ファイルに %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 が上限を超えています。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 は破損しています。</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>格納サイズをはるかに超えて展開されます (zip 爆弾)。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>インポートの上限を超えています (%1 MB)。</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>インポートの上限を超える長さのテキストが含まれています (%1 MB)。</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>バイナリデータ</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (バイト %2 付近)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>会話のリストではありません。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>オブジェクトではありません。</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>&quot;%1&quot; リストがありません。</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>途中で終わっています。</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>保管庫の鍵導出の設定が無効です。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>保管庫の鍵を導出するためのメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>応答がモデル一覧としては長すぎました。</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>メッセージ %1 はありません。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>添付ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>会話 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>非常に弱い: すぐに推測されてしまいます。</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>弱い: 互いに関係のない単語をいくつか加えると強くなります。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好です。</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>非常に強力です。</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>PDF を書き込めませんでした。</translation>
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
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 は現在混み合っています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 でレート制限に達しました。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 でレート制限に達しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 が API キーを拒否しました。</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 には「%2」という名前のモデルはありません。</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 にはその API エンドポイントがありません（HTTP 404）。プロバイダーのベース URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 によると、アカウントのクレジットまたはクォータが残っていません。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 でサーバーエラーが発生しました（HTTP %2）: %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 でサーバーエラーが発生しました（HTTP %2）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 がリクエストを拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 がリクエストを拒否しました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 がエラーを返しました: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 が HTTP ステータス %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 がエラーにより回答を中断しました。</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 がエラーにより回答を中断しました: %2</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 によると、会話がモデルが一度に読める長さ(コンテキストウィンドウ)を超えています。古いメッセージが省かれるようプロバイダーのコンテキスト予算を下げるか、新しい会話を始めてください。</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderPresets</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Mistral</source>
        <translation>Mistral</translation>
    </message>
    <message>
        <source>Ollama (on this computer)</source>
        <translation>Ollama（このコンピューター上）</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>llama.cpp サーバー（このコンピューター上）</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio（このコンピューター上）</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>カスタム（OpenAI 互換）</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>プロバイダーには名前が必要です。</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>%1 という名前のプロバイダーはありません。</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>プロバイダーのモデル一覧を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>一般的なエラー</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>そのルールで許可されていません</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>ホストに到達できないか見つかりません</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>TTL が切れました</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>コマンドはサポートされていません</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>アドレスの種類はサポートされていません</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>ホスト名が SOCKS5 プロキシには長すぎます</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>CONNECT に対する HTTP プロキシの応答が長すぎます</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>HTTP プロキシが HTTP で応答しませんでした</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>HTTP プロキシがトンネルを拒否しました: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>プロキシは SOCKS5 に対応していません</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>SOCKS5 プロキシがログインを求めていますが、Sotto は対応していません</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>SOCKS5 プロキシが接続できませんでした: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>SOCKS5 プロキシが不正な応答を送りました</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; はプロキシ URL ではありません。http://HOST:PORT または socks5h://HOST:PORT を使ってください。</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>socks5:// では各サーバーの名前がこのコンピューターで解決されます。プロキシに名前を解決させるには socks5h:// を使ってください。</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto が対応するのは http://（CONNECT）と socks5h:// のプロキシで、%1:// には対応していません。</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>プロキシ URL にユーザー名やパスワードは含められません。</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>プロキシ URL はスキーム、ホスト、ポートだけです。</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>プロキシ URL にはポートが必要です（例: socks5h://127.0.0.1:9050）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>プロキシのホスト名が長すぎます。</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>テキスト: %1 文字</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>メッセージ: %1 件を送信（質問を含む）、コンテキストに収めるため以前の %2 件を省略</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>画像: %1（%2）</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>プレースホルダーに置き換えた個人情報: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>%1 のコピーがあります。&apos;sotto vault restore %2&apos; で元に戻せます。</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>「%1」はまだ保存されていません。</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>まだ回答を書き込み中です。停止するか完了を待ってから、バックアップを復元してください。</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>文字起こし用に選んだプロバイダー %1 はもう設定されていません。設定 › 音声 で別のものを選んでください。</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Sotto JSON エクスポートではありません。</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>この Sotto では読み取れないバージョンの Sotto 形式です。</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>会話がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>会話にメッセージの一覧がありません。</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>メッセージに ID がないか、別のメッセージと同じ ID です。</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>メッセージ %1 が、その前にないメッセージの後に続いています。</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>メッセージ %1 にロールがありません。</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>メッセージ %1 の画像が base64 ではありません。</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>ディスクがいっぱいのため、保管庫に最新の変更を保存できませんでした。空き容量を確保してください。それ以前に保存した内容は無事です。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>保管庫のフォルダーに書き込めない（読み取り専用または権限がない）ため、最新の変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>保管庫で読み書きエラーが発生したため、最新の変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>保管庫のデータベースが破損しています。整合性チェックを実行してください。</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>保管庫が使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>この変更は保管庫の内容と矛盾します。</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>保管庫で予期しないエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>プロバイダーがエラーを報告しました。</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini がプロンプトを拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>サーバーから送られた回答の一部が正しい JSON ではなかったため、スキップしました。</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>サーバーが %1 MiB を超える行またはイベントを送ってきたため、回答をそこで停止しました。</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>再回答するメッセージがもうありません。</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>質問が %1 トークンのコンテキスト予算に対して長すぎます(約 %2 トークン)。短くするか、添付画像を減らすか、プロバイダーのコンテキスト予算を上げてください。</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>%1 の保管庫はすでに別の Sotto プロセス（プロセス %2）で開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>パスフレーズを空にすることはできません。</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>プロファイル %1 にはすでに保管庫があります。Sotto は上書きしません。</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>%1 での保管庫の作成を完了できません。</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>%1 に保管庫を作成できません。</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1 にはまだ保管庫がありません。</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>保管庫ヘッダー %1 はデータベース %2 のものではありません（データベース ID が異なります）。何も変更していません。このデータベースに対応するヘッダーを戻すか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>パスフレーズが違います。</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>保管庫ヘッダー %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>%1 の保管庫は、より新しいバージョンの Sotto で書き込まれています（スキーマ %2、このバージョンが対応するのは %3 まで）。何も変更していません。</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>保管庫をこのバージョンの Sotto 向けに更新できませんでした: %1 保管庫はスキーマバージョン %2 のままで、更新前に作成したコピーは %3 にあります。</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>保管庫のデータベース %1 を開けません。</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>保管庫の暗号化エンジンが鍵を拒否しました。</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto は暗号化機能のない SQLite でビルドされているため、保管庫を平文で書き込むことを拒否します。SQLCipher でビルドし直してください。</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>保管庫の暗号化を設定できません。</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>パスフレーズは正しいのに、保管庫のデータベース %1 を読み込めません。破損しているか、別のファイルに置き換えられています。何も変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>保管庫のフォルダーは先行書き込みログ（WAL）に対応していません。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>変更は取り消されました。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新しいパスフレーズを空にすることはできません。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>現在のパスフレーズが違います。</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>保管庫がまだ使用中のため、パスフレーズは変更されませんでした。</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>%1 を置き換えられないため、パスフレーズは変更されませんでした。</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>パスフレーズは変更されましたが、%1 の名前を %2 に変更できませんでした。次回のロック解除時に Sotto が処理を完了します。</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>これは保管庫のパスフレーズではありません。</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>保管庫が一時データをメモリ内に保持できないため、開きませんでした。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>今は保管庫をバックアップできません。一部がまだ書き込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>保管庫 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>バックアップ %1 を書き込めません: %2。そこには何も書き込んでいません。フォルダーと空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 は読み込める Sotto 保管庫のバックアップではありません: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>そのファイルはありません</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>先頭がバックアップの形式ではありません</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>形式 %1 は、このバージョンの Sotto では認識できません</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>説明部分が破損しています</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>含まれている鍵パラメーターが破損しています</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>不完全です（途中で切れています）</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>末尾に余分なバイトがあります</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>バックアップ %1 は破損しています。内容がチェックサムと一致しません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>バックアップ %1 は破損しています。鍵パラメーターが別の保管庫のものです。</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>そのパスフレーズではバックアップ %1 を開けません。何も変更していません。バックアップを作成した時点の保管庫のパスフレーズを使ってください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>更新前に保管庫を %1 にコピーできません。何も変更していません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>バックアップ %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>バックアップ %1 を削除できません。</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>%1 の保管庫は別の Sotto プロセスで開かれています。バックアップを復元する前に閉じてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>バックアップを復元するために %1 を退避できません。何も削除していません。ここまでに移動したファイルは %2 にあります。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>バックアップ %1 を所定の場所にコピーできません。元のファイルは %2 にあります。</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>バックアップ %1 を所定の場所に配置できません。元のファイルは %2 にあります。</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>%1 のコピーを読み込めません。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>保管庫ヘッダー %1 が破損しています（%2）。プロファイルフォルダーのバックアップから復元してください。</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>Sotto の保管庫ヘッダーではありません</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>保管庫ヘッダー %1 の形式は %2 で、このバージョンの Sotto では読み込めません。</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>不明な鍵導出方式</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>フィールドが欠けているか、形式が正しくありません</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>鍵導出の制限値がありえない値です</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>保管庫ヘッダー %1 がありません。これがないと保管庫のロックを解除できません。プロファイルフォルダーのバックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>保管庫ヘッダー %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>保管庫ヘッダー %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>保管庫のデータベース %1 がありません。プロファイルフォルダーのバックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>保管庫のデータベース %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>保管庫のデータベース %1 は暗号化されていません。Sotto は使用を拒否します。</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>保管庫のデータベース %1 が切り詰められているか破損しています（%2 バイト）。何も変更していません。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>メッセージ %1 としてストリーミング中の回答はありません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>保存済みの API キーを置き換える</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>保存済みの API キーを消去する</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>保存すると、保存済みのキーは削除されます。</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>保存すると、新しいキーが保存済みのキーに置き換わります。</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>キーを保存済み（%1）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>カラーテーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>会話の文字サイズ（ポイント）</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>会話の文字サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>外観の設定は保管庫の外に保存されるため、ロック解除前から適用されます。あなたが書いた内容が含まれることはありません。</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>Enter でメッセージを送信（Shift+Enter で改行）(&amp;E)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>オフの場合は、Enter で改行し、Ctrl+Enter で送信します。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto は次回の起動時からこの言語を使います。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>ローカルネットワーク</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>ループバック（127.0.0.0/8、::1、localhost）: このコンピューターから何も出ていません。</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>ローカルネットワーク（プライベート、リンクローカル、または .local のアドレス）: このコンピューターからは出ましたが、ローカルネットワークからは出ていません。</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>インターネット（その他のアドレスまたはホスト名）: ネットワークの外に出ました。</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>送信済み・応答なし</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditTreeModel</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Audit cleared</source>
        <translation>監査ログを消去</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n 件の記録を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>ブロック: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>ブロック · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>1 つの回答の %n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%n 件中 %1 件完了</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %n 件のリクエストで %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>送信なし</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n 件のリクエスト · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>カメラ(&amp;C):</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>撮影(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>撮り直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>この写真を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>写真を撮る</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>カメラのプレビュー</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>撮影</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>写真を撮る (Space または Enter)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>撮り直す</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>この写真を使う</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>この写真をメッセージに添付します。メタデータは他の画像と同じく削除されます</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>このカメラは使用できません。他のプログラムが使用中か、アクセスが拒否されました。別のカメラを選ぶか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>このカメラは使用できません。他のプログラムが使用中か、アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>写真を撮れませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>このコンピューターにカメラが見つかりません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>新しいパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>パスフレーズを変更(&amp;H)</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>現在のパスフレーズ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>新しいパスフレーズの確認</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>新しいパスフレーズの強度</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>保管庫を再暗号化しています</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>保管庫は新しいパスフレーズで再暗号化されます。古いパスフレーズは使えなくなります。なお、パスフレーズを忘れた場合に復元する方法はこれまでどおりありません。</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>現在(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>新規(&amp;N):</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>確認(&amp;F):</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新しいパスフレーズが現在のものと同じです。</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>弱いパスフレーズ</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>新しいパスフレーズは推測されやすいものです。保管庫ファイルをコピーした人は、多数のパスフレーズを短時間で試せます。それでも使用しますか？</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>現在のパスフレーズが正しくありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>パスフレーズは変更されませんでした: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>パスフレーズを変更しました。今後は新しいパスフレーズを使ってください。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>ローカルのみ</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>この会話をこのコンピューター以外には送信しない</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>このメッセージを保管庫から削除しますか？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>このアドレスを Web ブラウザーで開きますか？

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>メッセージを編集中: 送信するとここから質問し直します。キャンセルするには Esc を押してください。</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>まず回答を停止（Esc）してから、メッセージを削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>このメッセージと、このバージョンでそれに続く %n 件のメッセージを保管庫から削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>シークレット: このチャットの内容は保存されません</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>この会話は保管庫に書き込まれません。閉じる、別の会話を開く、またはロックすると消去されます。リクエストは引き続きプライバシーログに記録されます。</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>この質問を熟考しますか？</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>この回答のエージェントはもう保管庫にありません。</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>このモデル</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%2 のエージェント %1 個</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>アンサンブル「%1」（エージェント %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>アンサンブル「%1」のエージェント</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>熟考（Ctrl+3）: 複数のエージェントが並行して推論し、それぞれの回答から 1 つの回答を統合します。現在、%1では熟考できません。プロバイダーを選ぶか、プロバイダーがすべて設定済みのアンサンブルを選んでください。</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>画像なしで送信しますか?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>テキストだけを送信するか、キャンセルして画像を認識できるモデルを選んでください。</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>テキストのみ送信</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%2 によると %1 はテキスト専用で、画像を認識できません。</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>画像を認識できるモデルを選んでください。選ばない場合はテキストだけが送信されます。</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>このメッセージはもう保管庫にありません。</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>最新のメッセージへ移動（Ctrl+End）</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>画像を添付（貼り付けやドロップでも添付できます）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>画像 %1 を削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>回答を停止（Esc）。届いた分は保持されます</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>送信（Enter または Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>カメラで写真を撮る</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>音声入力: 話した言葉がここに書き込まれ、確認できます</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>画像 %1: %2 × %3 ピクセル、%4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>位置情報を削除</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>メタデータなし</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 件削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>何でも聞いてください…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>エージェントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>アンサンブルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>先に「プロバイダー」ページでプロバイダーを追加してください。各エージェントは、プロバイダーとそのモデルの 1 つで構成されます。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>保存済みのアンサンブル</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>新しいアンサンブル</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>アンサンブルを削除</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>アンサンブル名</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>例: ローカル三人組</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>統合のプロバイダー</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>統合のモデル</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>プロバイダーの既定のモデル</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>1: エージェントが回答し、その回答から 1 つの回答をまとめます</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>2: まず各エージェントがほかの回答を読んで自分の回答を見直します</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>エージェント（2～8 個）。それぞれプロバイダー、モデル、視点を指定します:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>統合(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>ラウンド(&amp;R):</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>アンサンブル</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>熟考では、複数のエージェントに同じ質問を同時に送ります。各エージェントは思考モードで、それぞれの視点から考えます。その後、もう 1 回のリクエストでそれらの回答を 1 つにまとめます。エージェントが 3 個なら、1 つの質問につきリクエストは 4 回です（2 ラウンド目があれば 7 回）。エージェントの推論はこのコンピューターに残り、統合に送られるのは回答だけです。</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>これより時間がかかったエージェントは除外され、ほかのエージェントの回答から回答をまとめます。</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>アンサンブルがない場合、熟考では会話のモデル自体に異なる視点から複数回質問します。アンサンブルではプロバイダーを組み合わせられます。たとえばローカルモデル 2 つとクラウドのモデル 1 つ、またはすべてローカルです。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>エージェント %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>新しいアンサンブル</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>未保存のアンサンブル</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>%1 への変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>エージェント %1 のプロバイダー</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>エージェント %1 のモデル</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>エージェント %1 の視点</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>このエージェントが従う指示。空欄の場合: 「%1」</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>エージェント %1 を削除</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>会話のモデル</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未設定）</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>アンサンブル %1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>アンサンブルの削除</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>アンサンブル %1 を削除しますか？これまでの回答はそれぞれの会話に残ります。</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>アンサンブル %1 を削除しました。</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>各エージェントの回答にかけてよい時間（ラウンドごと）</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>各エージェントの回答にかけてよい時間（ラウンドごと）。2 ラウンドでは、見直しのために同じ時間がもう一度与えられます。超過したエージェントは報告され、除外されます。</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>各エージェントの回答の制限時間(&amp;T):</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>ローカルネットワーク</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%2（%3）へ %1 件</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>エージェント %1 個（各 1 回見直し）+ 統合 1 件</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>エージェント %1 個 + 統合 1 件</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>送信先は %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>熟考（Ctrl+3）: %1が並行して推論し、それぞれの回答から 1 つの回答を統合します。
%2: リクエスト %3 件、%4。
各エージェントには会話が送られ、統合には質問とエージェントの回答が送られます（推論は送られません）。</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>エージェント %1、見直し</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>統合</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2（%3）、%5上の %4: %6、%n 文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>、画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>、さらにエージェントの回答</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>熟考では、この質問についてリクエストを %n 件送信します:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>合計 %1、%n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> （エージェントの回答を除く）。</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>送信しますか？この会話では今後確認しません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n 秒間思考</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>不完全: 回答が完了前に途切れました。</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— これより前のメッセージは送信されていません(コンテキスト予算に収まりませんでした) —</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>入力 %1 トークン · 出力 %2</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ コピーしました</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>統合の前に各エージェントが回答した内容を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>エージェント %n 個が熟考しました — 表示</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>この回答のコスト: リクエストと回答のトークン数</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>このコードをコピー</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>画像 %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>固定: </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
回答中…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>保管庫の作成</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto は会話、画像、API キー、送信内容の記録を、このコンピューター上の暗号化された保管庫に保存します。保管庫をロックするパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>保管庫のフォルダー: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>パスフレーズの確認</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>パスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;パスフレーズを忘れると、復元する方法はありません。&lt;/b&gt;誰も（Sotto の開発者でさえ）パスフレーズなしで保管庫を開くことはできません。安全な場所に書き留めておいてください。</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>パスフレーズを忘れると復元できないことを理解しました</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>保管庫を作成しています…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>保管庫を作成しています</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>確認(&amp;C):</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>弱いパスフレーズ</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>このパスフレーズは推測されやすいものです。保管庫ファイルをコピーした人は、多数のパスフレーズを短時間で試せます。それでも使用しますか？</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>送信データ</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>受信データ</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>送信した画像</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>プロバイダー別</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>ホスト別</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>このコンピューターから出たものはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n 件がこのコンピューターから出ました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 がインターネットへ</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>リクエストあたり %1</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>画像の送信なし</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>送信前に置き換えた個人情報</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>設定により停止</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>プライバシーダッシュボード — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>プライバシーダッシュボード</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>このコンピューターから出たもの（リクエストごと）。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>午前 0 時以降</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日間</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>今日とその前の 6 日間</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日間</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>今日とその前の 29 日間</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>監査ログのすべて</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>概要（Ctrl+1）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>リクエスト（Ctrl+2）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>期間内のリクエストを CSV または JSON で保存（「sotto audit」と同じ項目）</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>CSV として…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>JSON として…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>消去…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>監査記録をすべて削除します。いつ何件削除したかを 1 件の記録が残します</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests exported to %1</source>
        <translation>
            <numerusform>%n 件のリクエストを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>監査ログを消去しますか？</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>送信内容の記録と保存されたリクエストのコピーがすべて削除されます。消去した日時と件数を示す記録が 1 件だけ残ります。必要になりそうなら先にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n 件の記録を消去しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>プロバイダーなし: 何も送信されません</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>プロバイダーを選んで始めましょう。それまでは、このコンピューターから何も送信されません。</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>このコンピューター内で完結</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>入力内容は、このコンピューター上で動作するモデル %1 に送られます。</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>ローカルネットワーク: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>入力内容は、ローカルネットワーク上の %1 に送られます。インターネットには送られません。</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>インターネット: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>入力内容は、インターネット経由で %1 に送られます。</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>ローカルのみ</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>この会話は「ローカルのみ」に設定されています。Sotto はこのコンピューター以外には送信しません。</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>ブロック中：オフラインモード</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>オフラインモードがオンです。設定 → プライバシー でオフにするまで、%1 には何も送信されません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>リクエストの行き先</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: リクエストの %2%、送信データの %3%</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>行き先</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>送信したリクエスト</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>送信データ</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>このコンピューターにマイクが見つかりません。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>このコンピューターにマイクが見つかりません。音声入力するにはマイクを接続してください。</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>何も録音されませんでした。マイクがミュートになっていませんか?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>録音から音声を認識できませんでした。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>1 日あたりの送信データ</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%n 本のバーで %1 を送信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ExportFlow</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, everything kept (*.json)</source>
        <translation>JSON、すべて保持 (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML、1 ファイル (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Sotto の会話 %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>すべての会話をエクスポート（Markdown、HTML、PDF: その名前のフォルダー）</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>エクスポート: 暗号化されません</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>エクスポートしたファイルは暗号化されません。ファイルを手に入れた人や、保存先のフォルダーに入れる人は、画像も含めて会話を読めます。この確認は今後表示されません。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>会話をエクスポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>すべてエクスポート</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>%2 件中 %1 件目の会話をエクスポート中…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n 件の会話を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートを取り消しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>概念を説明</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>例を挙げてやさしく説明してください: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>文章を要約</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>次の内容を数文で要約してください:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>メールの下書き</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>次の内容の短く親しみやすいメールを書いてください: </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>バグを探す</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>このコードのバグを見つけてください:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>「%1」でメッセージを書き始める</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>シークレットチャット</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>何をお手伝いしましょうか？</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>このチャットは何も保存されません。閉じる、別のチャットを開く、または保管庫をロックすると消えます。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>前の画像</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>前の画像 (←)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>次の画像</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>次の画像 (→)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>縮小 (Ctrl+マイナス)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>拡大 (Ctrl+プラス)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>ウィンドウに合わせる (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実寸</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>実寸: 画像の 1 ピクセルを画面の 1 ピクセルで表示</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>画像をクリップボードにコピー (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>画像のコピーを暗号化された保管庫の外にファイルとして保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>倍率: %1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>画像 %1 / %2 — %3 × %4 ピクセル</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>画像をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>保管庫の外にコピーを保存しますか?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>コピーは Sotto の暗号化された保管庫の外にある普通のファイルです。選んだフォルダーを読める人は誰でも開けます。</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>image-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>画像 (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>コピーを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>コピーを %1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Sotto、ChatGPT、Claude のエクスポート (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件の会話をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n 件は保管庫に既にあるためスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>インポートをキャンセルしました: それまでに %n 件の会話をインポート済みです。途中までのものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 はインポートされず、何も変更されませんでした: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>パスフレーズをシステムのキーリングに記憶(&amp;K)</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記憶する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>パスフレーズをシステムのキーリングに記憶</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>記憶するパスフレーズ</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>保管庫のパスフレーズ</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>パスフレーズを記憶する</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>パスフレーズを記憶しない</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>ログインしている間、Sotto は確認なしでロックを解除します。ロックされていないあなたのアカウントを使える人は、誰でも保管庫を開けるようになります。</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>キーリングには古いパスフレーズが残っています: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>パスフレーズをシステムのキーリングから削除しました。</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>パスフレーズをシステムのキーリングに保存しました。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>エージェント %1 の推論</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>エージェント %1 の回答</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · エージェント %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>ラウンド %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>回答中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>エージェントのレーンを隠す（回答の「熟考しました — 表示」で再表示できます）</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>エージェントのレーンを隠す</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>熟考中…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>熟考: エージェント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>エージェント %n 個がこの回答を熟考しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>このコンピューターのローカルモデルを探す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>このモデルを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>このコンピューターのローカルモデルを探す</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>このコンピューター上だけで Ollama、llama.cpp、LM Studio、vLLM、Jan を探します。</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>このコンピューターで見つかったモデル</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>選んだモデルを使う</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>ローカルモデルを探しています…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>ローカルモデルをもう一度探す(&amp;F)</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto は探しませんでした: %1。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>まだモデルがありません。先に %1 でダウンロードしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>このコンピューターで %n 台のサーバーが見つかりました。モデルを選んでください:</numerusform>
        </translation>
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
        <translation>プライバシー重視の設計</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>ここに会話が表示されます。モデルプロバイダーを選ぶまで、このコンピューターから何も送信されません。すべてのリクエストは記録され、何が送られたかを正確に確認できます。</translation>
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
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>新しいシークレットチャット(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>会話を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>保管庫をロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>即答(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>思考(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>熟考(&amp;C)</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>チャットを始めるには、設定（Ctrl+,）でモデルプロバイダーを追加してください。</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保管庫: ロック中</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>保管庫: ロック解除済み</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>今日の送信なし</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>今日のリクエスト: %n 件（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>外部送信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>ブロック %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>新しいチャットを始める（Ctrl+N）か、会話を選んでください。すべてのリクエストが記録され、何が送信されたかを正確に確認できます。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>会話リスト(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>会話リストの表示／非表示を切り替え（Ctrl+B）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>プライバシーダッシュボード(&amp;P)</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>このコンピューターから出たもの（リクエストごと）（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>会話リスト</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>すべてエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>環境変数のプロキシは使われません</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>保管庫をバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>ファイルから保管庫を復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Sotto、ChatGPT、Claude のエクスポートからの会話 (.json または .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>このメッセージのテキストをコピー</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>別の回答を求める（この回答はバージョンとして残ります）</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>回答を再生成</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>この質問を編集して質問し直す（これまでの回答はバージョンとして残ります）</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>このメッセージを保管庫から削除（確認あり）</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ コピーしました</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即答</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>即答（Ctrl+1）: 推論をオフまたは最小限にして、直接回答します。メッセージとそれまでの会話を送信します。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>思考（Ctrl+2）: モデルが回答前に推論し、その推論を読むことができます。即答と同じ内容を送信し、推論も要求するため、時間がかかり、消費するトークンも増えます。</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>熟考</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>熟考（Ctrl+3）: 複数のエージェントが並行して推論し、それぞれの回答から 1 つの回答を統合します。メッセージを各エージェントのプロバイダーに送信し、さらに統合のためのリクエストを 1 件送信します。</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>熟考の担当</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>熟考の担当: このモデルの複数のエージェント、または保存済みのアンサンブル</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>熟考に使うもの</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>プロバイダーなし</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>プロバイダーとモデル: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>プロバイダーとモデルを選択（最近使ったものが先頭）、またはモデル名を入力（Enter）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>モデルを検索、または名前を入力</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>モデルを検索または入力</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>モデルの一覧がありません。上に名前を入力してください</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>一覧にないもの</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>%2 で「%1」を使う</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>%1 に「%2」という名前のモデルを要求</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>オフライン(&amp;O)</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>オフライン: このコンピューター上のサーバーにだけ接続します。オンにすると、他のコンピューターへの進行中のリクエストをすべて直ちに停止します。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>オフラインモード(&amp;O): このコンピューターのみ</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>リクエストの正確なコピーを保持(&amp;K)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>オフラインモード</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>送信前に確認</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>プロバイダーごとに初回のみ</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>毎回</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>リクエストの正確なコピーを保持</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>送信前に確認(&amp;A):</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>プライバシーログには、各リクエストの送信先とサイズが常に記録されます。このオプションをオンにすると、送信したテキストそのもの（API キーはマスク）も暗号化された保管庫内に保存され、内容を確認できます。</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>リクエストが出ていく前に（サーバー名を調べるより前に）、Sotto は行き先を表示してあなたの許可を待ちます。「初回のみ」は保管庫をロックするまでプロバイダーとアドレスごとに 1 回確認します。プロバイダーのアドレスを変えると再び確認します。</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>再び確認する(&amp;G)</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>これらのプロバイダーへの送信前に再び確認する</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>確認しないよう選択済み: %1</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>このコンピューターから何も出ません。ループバックアドレスのプロバイダー（127.0.0.1 の Ollama など）だけを使い、その他のリクエストはすべて拒否してブロックとして記録します。オンにすると、他のコンピューターから届いている回答もすべて直ちに停止します。メニューの右にあるオフラインボタンも同じスイッチです。</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>他のコンピューターへのリクエストはすべてこのプロキシを経由します: http://HOST:PORT（HTTP プロキシ）または socks5h://HOST:PORT（SOCKS5。Tor の socks5h://127.0.0.1:9050 のように、名前はプロキシが解決）。オフラインモード、ローカル専用の会話、送信前の確認は引き続き最終的な送信先で判断し、プライバシーログにはプロキシが記録されます。プロバイダーごとのプロキシは「プロバイダー」で設定できます。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>上でプロバイダーを選ぶか、追加してください。</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>プロバイダーを有効にする</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>インターネットへの暗号化されていない http を許可(&amp;H)</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>インターネットへの暗号化されていない http を許可</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>プロバイダーを保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>このプロバイダーの追加をキャンセル</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>無効にしたプロバイダーは何も送信しません。そのリクエストは拒否され、記録されます。</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>暗号化されていない http では、サーバーまでの経路上にいる誰もがメッセージや API キーを読み取り、回答を改ざんできます。自分で管理しているサーバーに、信頼できるネットワーク上で接続する場合にのみ許可してください。このコンピューターやローカルネットワークへの暗号化されていない http は常に許可されます。</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>プロバイダーにモデルの一覧を問い合わせます。設定画面から何かが送信されるのはこのときだけで、そのリクエストはプライバシーログに記録されます。</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>既定のモデル(&amp;M):</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>%1 の API キーを貼り付け</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>通常は不要</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>プロバイダーの名前を変えるには、新しい名前で追加し直してください。</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>環境変数 %1 から読み込み</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>プロバイダーに名前を付けてください。</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>「%1」という名前のプロバイダーはすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>ベース URL は http:// または https:// のアドレスで入力してください（例: %1）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>メッセージは %1（%2）に送られます。</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>「%1」はまだ保存されていません。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 にモデルを問い合わせています…</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>%1 に接続しましたが、利用できるモデルはありません。</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>%1 に接続しました。利用できるモデル: %2。</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>コンテキスト予算(トークン)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>コンテキスト予算(&amp;C):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>送信するリクエストの上限(1 トークン約 4 文字で見積もり)。会話がこれより長い場合、最も古いやり取りはリクエストから省かれます(保管庫には残ります)。既定では、プロバイダーが報告するモデルのコンテキスト長が適用され(「接続をテスト」で問い合わせます)、報告がなければ %L1 トークンです。報告された長さより大きい予算は、その長さまで下げられます。</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>コンテキスト: %L1 トークン（%2 の報告）</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>「保存」をクリックするまで何も保存されません。</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>個人データをマスク(&amp;W):</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>プロキシを http://HOST:PORT または socks5h://HOST:PORT、「direct」で入力するか、空のままにしてください。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>無効: Sotto はこのプロバイダーに何も送信しません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>このプロバイダーで個人データをマスク</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>プライバシー設定に従う（既定）</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>このプロバイダーではオフ</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>インターネット上にある場合</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>常に（このコンピューター上でも）</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>先にプロバイダーを保存してください。それまではプライバシー設定に従います。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>プロバイダーがメッセージに回答します。このコンピューター上のプロバイダーならすべてがここにとどまり、クラウドプロバイダーには送信した内容が届きます。</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>設定済みのプロバイダー</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>選択したプロバイダーを削除</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>未保存のプロバイダー</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>新しいプロバイダーを保存しますか？</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>「%1」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーの削除</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>「%1」を削除しますか？設定と API キーが保管庫から削除されます。このプロバイダーを使った会話は残ります。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProxyField</name>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>This provider&apos;s proxy</source>
        <translation>このプロバイダーのプロキシ</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>なし: リクエストは直接送信（Tor なら socks5h://127.0.0.1:9050 など）</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>プライバシー設定と同じ。なしにするには「direct」</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>停止して文字起こし</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>マイクのレベル</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>録音時間</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>録音を止めて文字起こし</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>録音を止めて、話した内容をメッセージに書き込む</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>音声入力をキャンセル</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>録音を破棄 (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>録音中…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>文字起こし中…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>個人データをマスク</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>インターネット上の送信先のみ（既定）</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>すべて（このコンピューターも含む）</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>あなたの用語</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新しい用語</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>名前、会社名、コードネームなど</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>用語を削除</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>リクエストを送信する前に、Sotto は認識した個人データをプレースホルダーに置き換え、回答では元に戻します。認識するのは、メールアドレス、電話番号、支払いカード、IBAN、IP アドレス、キーとトークン、そして下のあなたの用語です。&lt;b&gt;検出には漏れがあります:&lt;/b&gt; 意味ではなく形で判断するため、リストにない名前、文字で書かれた数字、画像の中身はそのまま送信されます。絶対に外に出してはならないデータには、このコンピューター上のプロバイダーを使うか、会話をローカル限定にしてください。</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>個人データをマスク(&amp;W):</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>あなたの用語（大文字・小文字を問わず、どこに現れてもマスク）(&amp;T):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>「%1」はすでにリストにあります。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>ブロック: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>プライバシー設定による</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>設定 › プロバイダー › %1 を開く</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>設定 › プライバシー を開く</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>1 つの回答、%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>熟考モードの回答はエージェントごとに 1 件と統合に 1 件のリクエストを送り、同じターン ID を共有します。行を展開するとそれぞれを確認できます。</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>ターン</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>リクエストを選ぶと、行き先、送信したヘッダー、コピーを保存している場合は正確な本文が表示されます。</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>監査ログを消去しました</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>%1 に以前の記録 %n 件をリクエストのコピーとともに削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>監査ログが過去を黙って失わないよう、この記録は残ります。これに関して送信されたものはありません。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>リクエスト行</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1（本文 %2、ヘッダー %3）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (%1)</source>
        <translation>
            <numerusform>%n（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>送信したヘッダー</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>記録なし。</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>ヘッダーを保存する前にキーとトークンを伏せました。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>何も送信されていません。リクエストは出ていく前にブロックされました。</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>本文 %1: テキスト %2 文字、画像 %3 枚、以前のメッセージ %4 件、置換 %5 件。</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>この本文のコピーは保存されていません。以降のリクエストの正確な本文を保存するには、設定 › プライバシー で「リクエストの正確なコピーを保持」をオンにしてください（保管庫内に保存。シークレットのリクエストは保存しません）。</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[バイナリデータ、%1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[画像 %1×%2、%3]</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>会話を開く</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n 件のメッセージを送信、コンテキストに収めるため %1 件を保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>削除したメタデータ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n 項目（位置、カメラ、日時、メモ…）</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>未集計（Sotto がこれを記録する前に保存された画像）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>リクエストを絞り込む（プロバイダー、モデル、ホスト、理由…）</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>リクエストを絞り込む</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>すべての宛先</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>ローカルネットワーク</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>ファイルから保管庫を復元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;保管庫をバックアップ「%1」で置き換えますか？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>会話、プロバイダー、設定はバックアップのものになります。現在の保管庫は削除されず、プロファイルのバックアップフォルダーにコピーとして保持され、&apos;sotto vault restore&apos; で元に戻せます。書き込み中の回答がある場合は、先に完了する必要があります。</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>バックアップ時の保管庫のパスフレーズ</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>%1 %2 にバックアップ · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保管庫</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>設定を閉じる</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>熟考</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>ウィンドウ内</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>メッセージの入力</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Enter: 送信または改行（設定 › 外観）</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>コピーした画像を添付</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット（Ctrl+N）</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>新しいシークレットチャット（Ctrl+Shift+N）: 保管庫に保存されません</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>新しいシークレットチャット</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>上部に固定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>まだ会話はありません</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>チャットはここに一覧表示されます。「新しいチャット」（Ctrl+N）で始めましょう。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>会話の中に「%1」に一致するものはありません。検索の対象はタイトル、メッセージ、推論です。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>この会話を Markdown、JSON、HTML、PDF で保存します。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>回答を作成中です</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>保管庫のロック解除</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>パスフレーズを入力して会話を開いてください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>ロックを解除しています</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>システムのキーリングに保存されたパスフレーズではこの保管庫を開けません。パスフレーズを入力してロックを解除し、設定 → 保管庫 で新しいパスフレーズを記憶させてください。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Sotto 保管庫のバックアップ (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>保管庫をバックアップ</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Sotto 保管庫 %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>保管庫をバックアップしています…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>保管庫を %1 にバックアップしました（%2）。バックアップは暗号化されており、現在のパスフレーズで開けます。</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>ファイルから保管庫を復元</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>%2 にバックアップされた %1 から保管庫を復元しました。</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>%2 にバックアップされた %1 から保管庫を復元しました。置き換えられた保管庫はコピー %3 として保持されています。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>すべての会話を保持(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>更新されないまま次の日数が過ぎた会話を削除(&amp;D):</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>一定時間操作がないと保管庫をロック</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>%1 分間操作がないとき</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>すべての会話を保持</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>古い会話を削除</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>会話が削除されるまでの、更新のない日数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>自動ロック(&amp;L):</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持期間</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>削除は保管庫のロックを解除するたびに行われ、元に戻せません。固定した会話は保持されます。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>文字起こしプロバイダー</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>文字起こしモデル</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>音声入力は声をメモリー上に録音し、下のプロバイダーに送ってテキストにし、確認できるようにメッセージへ入れます。このコンピューター上のプロバイダー (speaches、LocalAI…) なら声はここに留まります。送信した録音はすべてプライバシーログに残ります。</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>マイク:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>なし (音声入力オフ)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>この API には文字起こしエンドポイントがありません</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>マイクボタンは表示されますが、プロバイダーを選ぶまで何も送信されません。</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>このコンピューター上: 録音はここに留まります。</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>録音は %1 に送信されます。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>このコンピューターにマイクが見つかりません。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Sotto へようこそ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;保管庫の準備ができました。質問の送信先はどこにしますか？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;ローカルモデル&lt;/b&gt;（Ollama、llama.cpp、LM Studio）は、このコンピューター上で動作します。メッセージがこのコンピューターの外に出ることはありません。ネットワーク経由では何も送信されず、Sotto はオフラインで動作します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;クラウドプロバイダー&lt;/b&gt;（OpenAI、Anthropic、Gemini など）は、その会社のサーバー上で動作します。メッセージと添付した画像はインターネット経由で送られ、その会社のプライバシー規約が適用されます。Sotto はすべてのリクエストをプライバシーログに記録するので、何がどこに送られたかを正確に確認できます。</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>ローカルモデルを使用(&amp;L)</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>ローカルモデルを使用（Ollama、llama.cpp、LM Studio）</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>クラウドプロバイダーを追加(&amp;C)</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>クラウドプロバイダーを追加</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>後で(&amp;T)</translation>
    </message>
</context>
</TS>

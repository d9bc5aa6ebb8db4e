<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>提出一个问题；回答会流式输出到标准输出，并在到达时存入保险库。</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>用“sotto providers add”添加的提供商。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>临时提供商：openai、anthropic、ollama 或 gemini。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>临时提供商：API 根地址（例如 http://127.0.0.1:11434）。</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>要提问的模型。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>临时提供商：存放 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant（默认）、thinking 或 contemplating。</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>合议：向提供商的模型提问的智能体数量（%1 到 %2，默认 %3）。</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>合议：使用已保存合议组中的智能体。</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>合议：1；或 2，即增加一轮，每个智能体在阅读其他智能体的回答后修改自己的回答。</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>合议：输出每个请求将携带的内容及其发送目标，但不发送任何内容。</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>附加一张图片（可重复使用）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>继续此 ID 对应的对话。</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>既不保存问题也不保存回答（请求仍会记入审计）。</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>将模型的推理过程流式输出到标准错误。</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>本问题的上下文预算，以 token 计（默认：提供商的设置；若无，则为提供商报告的模型上下文长度；若仍无，则为 %1）。</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>最后输出一个 JSON 对象，而不是流式输出文本。</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>名称解析的时限（秒），建立连接另有同样的时限（0：不限制）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>从建立连接到服务器开始回答的时限（秒）（0：不限制）。</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>连接后服务器可保持静默的时限（秒）（0：不限制）。</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>问题。</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>“ask”需要一个问题。</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode 必须是 instant、thinking 或 contemplating。</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 需要配合 --mode contemplating 使用。</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>请指定 --agents 或 --ensemble 之一。</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents 必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds 必须是 1 或 2。</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>请指定 --provider NAME，或同时指定 --api 和 --base-url。</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito 无法继续已保存的对话。</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens 需要一个正数的 token 数量。</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 必须是秒数，且不小于 0。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>“%1”不是对话 ID。</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api 必须是 openai、anthropic、ollama 或 gemini。</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api 需要配合 --base-url 使用。</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>被 %1 中断；已收到的内容会保留。</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto：智能体 %1（%2）未回答：%3</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>回答已停止。</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>据 %2 报告，%1 仅接受文字：它无法识别图片。请选择能识别图片的模型，或不带图片提问。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Sotto 发送或拒绝的每个请求，最新的在前。</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>输出一个 JSON 数组，每个请求一个对象。</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>输出带标题行的 CSV。</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>仅显示从此日期或时间起的请求（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>“audit”不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>请选择 --json 或 --csv，不能同时使用。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>“%1”不是 ISO 8601 日期。</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>审计已清空：删除了 %n 条较早的记录</numerusform>
        </translation>
    </message>
    <message>
        <source> sent</source>
        <translation> 已发送</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1 中保险库的密码短语： </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>%1 中还没有保险库。请为新保险库设置一个密码短语： </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入密码短语： </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>存在一份 %1 的副本：运行“sotto vault restore %2”可将其恢复。</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto：已在 %1 中创建新的加密保险库。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>环境变量 %1 为空。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>One of the commands above.</source>
        <translation>上述命令之一。</translation>
    </message>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto：未指定命令。运行“sotto --help”查看命令列表。</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto：未知命令“%1”。运行“sotto --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>使用配置文件夹 &lt;dir&gt;（默认：$SOTTO_PROFILE；若未设置，则为应用程序数据文件夹）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>从 &lt;file&gt; 的第一行读取保险库的密码短语（若未指定，则使用 $SOTTO_PASSPHRASE；若仍无，则提示输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>打开窗口并显示对话 &lt;id&gt;。</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto，一款私密的桌面 AI 助手。

不带命令运行时，Sotto 会打开其窗口。</translation>
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
        <translation>命令：
  ask [options] PROMPT                   提出一个问题，回答流式输出到 stdout
  providers add NAME|list|remove NAME    模型提供商及其密钥
  providers detect [--json]              在本机上运行的模型服务器
  audit [--json|--csv] [--since DATE]    发送或拒绝的每个请求
  policy show|set KEY VALUE              哪些内容可以离开这台计算机
  redact --dry-run TEXT | terms add|remove|list   在发送的内容中隐去个人数据
  conversations list|show ID|delete ID   保险库中的对话
  conversations set ID local-only on|off  让某个对话的请求只留在这台计算机上
  ensembles add NAME|list|remove NAME    共同合议的智能体
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         将对话导出为文档
  import [--format sotto|chatgpt|claude] FILE   从导出文件导入对话
  search QUERY                           在保险库中全文搜索
  transcribe [--provider NAME] FILE      把音频文件中的语音转为文字
  vault check|change-passphrase|backups|restore ID   维护保险库
运行“sotto COMMAND --help”查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>“%1”不是对话 ID。</translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>列出、显示或删除保险库中的对话，或将某个对话标记为仅限本地。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>未知操作“%1”：请使用 list、show ID、delete ID 或 set ID local-only on|off。</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>用法：conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>“conversations %1”需要一个对话 ID。</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>对话 %1 现在仅限本地：其请求只会发往这台计算机。</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>对话 %1 不再仅限本地。</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>已删除对话 %1（%2）。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n 张图片]</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>智能体 %1，第 %2 轮（%3）：%4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>添加、列出或删除合议组：由 2 到 8 个智能体组成的具名组合，每个智能体是一个提供商（可另选一个模型），保存在保险库中。</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add：一个智能体，格式为 PROVIDER 或 PROVIDER:MODEL（在第一个“:”处拆分）；重复 2 到 8 次。</translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add：同一位置上的智能体所遵循的指令（第一个 --perspective 对应第一个 --agent）；每个智能体最多指定一次。未指定的智能体使用默认视角。</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add：由谁撰写最终回答（默认：对话的提供商和模型）。</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add：1（默认）或 2（增加一轮修改）。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：输出 JSON。</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>用法：ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>合议组需要一个名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>“%1”既不是 PROVIDER，也不是 PROVIDER:MODEL。</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>合议组包含 %1 到 %2 个智能体（--agent）。</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>--perspective 选项（%1 个）多于智能体（%2 个）。</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds 必须是 1 或 2。</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>由 %1 综合</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>已移除合议组 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>已保存合议组 %1，含 %n 个智能体。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>将一个或全部对话导出为 Markdown、JSON、HTML 或 PDF。使用 --all 时，JSON 会写入一个包含所有对话的文件；其他格式则在文件夹 PATH 中为每个对话各写入一个文件。任何拿到导出文件的人都能读取其内容。</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>要导出的对话。</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>导出所有对话。</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md、json、html 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>要写入的文件（使用 --all 且格式为 md、html 或 pdf 时：文件夹）。</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>用法：export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>未知格式“%1”：请使用 md、json、html 或 pdf。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>“%1”不是对话 ID。</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>正在导出第 %1 个，共 %2 个…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>在这台计算机上</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>在您的本地网络中</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>在互联网上</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>将 %1 发送到 %2（%3，%4）？

请求：%5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>发送到 %1？</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>对此提供商不再询问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>回答超过了 %1 Mi 个字符，已在此处停止。</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未发送：%1。</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>来自 %1 的回答在完成前就中断了。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>%1 上没有服务在监听——Ollama 是否在运行？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>%1 上没有服务在监听——llama-server 是否在运行？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>%1 上没有服务在监听——LM Studio 的服务器是否已启动？</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>%1 上没有服务在监听。</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 使用没有转写端点的 %2 API；请选择兼容 OpenAI 的提供商（OpenAI、Groq、speaches、LocalAI…）。</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 返回的不是转写结果。</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>此文件不是 Sotto 能读取的图片（PNG、JPEG、WebP、GIF、BMP）。</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>无法打开图片 %1：%2。</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>图片 %1 大于 50 MB。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>图片大于 50 MB。</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>图片已损坏，无法解码。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>图片为 %1 × %2 像素；Sotto 最多接受 1 亿像素。</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>图片超过 1 亿像素。</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>无法重新编码图片。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>从导出文件导入对话：Sotto 自己的 JSON，或 ChatGPT、Claude 的 conversations.json（或包含它的 .zip）。已导入的对话会被跳过。无法按其格式读取的文件不会造成任何更改。</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto、chatgpt 或 claude（默认：根据文件判断）。</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>要导入的导出文件。</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>用法：import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>未知格式“%1”：请使用 sotto、chatgpt 或 claude。</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>正在导入… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>导入已中断。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>已导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>已跳过 %n 个重复项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>系统密钥环中没有此保险库的密码短语。</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>系统密钥环拒绝了访问。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>没有可用的系统密钥环，因此无法记住密码短语。</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>系统密钥环出错：%1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>密码短语已存入系统密钥环，但 Sotto 无法在 %1 中记下这一点。</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>在这台计算机上</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>互联网</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>端口 %2 上的 %1</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>本机上没有正在运行的模型服务器（已查找 %1）。</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[图片未加载：%1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[图片“%1”未加载：%2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 没有 Sotto 能录制的音频格式。</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>无法打开 %1：可能有其他程序正在使用它。</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 停止了录音：可能被拔出，或被其他程序占用。</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>显示密码短语</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>隐藏密码短语</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>无法读取密码短语文件 %1：%2。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>密码短语文件 %1 为空。</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE 已设置，但为空。</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>没有密码短语：请设置 SOTTO_PASSPHRASE、传入 --passphrase-file，或在终端中运行。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>未输入密码短语。</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
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
        <translation>显示或更改哪些内容可以离开这台计算机。

键：offline on|off、ask-before-send never|first|always、keep-request-copies on|off、
redact off|internet|always（隐去个人数据：默认仅针对互联网目标），
proxy URL|off（http://HOST:PORT，使用 CONNECT；或 socks5h://HOST:PORT，由代理解析
名称，例如 Tor 的 socks5h://127.0.0.1:9050；回环目标直接连接），
retention-days N（0 表示全部保留）、audit-retention-days N（审计记录保留的天数；
0 表示全部保留）、agent-deadline N（合议时每个智能体的回答在每一轮中
可用的秒数；0：不限制）；按提供商设置（配合 --provider NAME）：
http-to-internet allow|deny、enabled on|off、redact off|internet|always|default（default：
遵循全局 redact 策略）、proxy URL|direct|default（default：使用全局代理）。</translation>
    </message>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>按提供商设置的键所适用的提供商。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show：输出 JSON。</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>请使用“policy show”或“policy set KEY VALUE”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>“%1”需按提供商设置：请添加 --provider NAME。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>“%1”不是 %2 的有效值；请使用 %3。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在为 %2。</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>“%1”不是 %2 的有效值；请使用 %3。</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>天数（0 表示全部保留）</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>秒数（0：不限制）</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>未知的策略设置“%1”；已知设置：%2。</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>There is no provider named %1.</source>
        <translation>没有名为 %1 的提供商。</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1 中保险库的密码短语： </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>上下文 %L1 个 token</translation>
    </message>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>从已知的提供商开始：%1。</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai、anthropic、ollama 或 gemini。</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>API 根地址。</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>默认模型。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>保存此环境变量中的 API 密钥（否则会在终端中询问）。</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>该提供商不需要 API 密钥。</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>允许通过未加密的 http 连接互联网上的主机（通常会被拒绝）。</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>上下文预算，以 token 计（默认 %1）。</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>通过代理发送此提供商的请求：http://HOST:PORT（CONNECT）或 socks5h://HOST:PORT；使用 direct 可绕过全局代理（默认：使用全局代理）。</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>未知预设“%1”；已知预设：%2。</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api 必须是 openai、anthropic、ollama 或 gemini。</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>“providers add”需要 --preset 或 --api。</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>“providers add”需要一个 http(s) 的 --base-url。</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>基础 URL 中不得包含用户名或密码；请通过 --api-key-env 提供密钥，或在询问时输入。</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens 需要一个正数的 token 数量。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>环境变量 %1 为空。</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 的 API 密钥： </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>未提供 API 密钥：请使用 --api-key-env VAR、在终端中输入，或使用 --no-api-key。</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>已保存提供商 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>已移除提供商 %1。</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未发送：%1。</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%2 上的 %1：尚无模型</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%2 上的 %1：%n 个模型（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>添加、列出或删除模型提供商，或查找在本机上运行的模型服务器。API 密钥保存在加密的保险库中，绝不会出现在命令行上。</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list、models、detect：输出 JSON。</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME（向提供商查询其模型及各自的上下文长度）| detect（查找在本机上运行的模型服务器：Ollama、llama.cpp、LM Studio、vLLM、Jan；仅限回环地址）</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>请使用“providers add NAME …”、“providers list”、“providers remove NAME”、“providers models NAME”或“providers detect”。</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>仅文字</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto 不使用环境中的 %1：其请求会直接发出。如需通过代理发送，请运行“sotto policy set proxy http://HOST:PORT”（或 socks5h://HOST:PORT），或在“设置 › 隐私”中设置。</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>已添加“%1”：发送时会将其隐去。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>“%1”已在词条列表中。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>“%1”不在词条列表中。</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>请使用“redact terms add TERM”、“redact terms remove TERM”或“redact terms list [--json]”。</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>脱敏已关闭（policy redact off）：文本将按原样发送。</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>未发现需要隐去的内容。</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>在发送的内容中隐去个人数据（docs/PRIVACY.md）。

  redact --dry-run TEXT             按发送给互联网提供商时的样子输出 TEXT
                                    （被替换的内容输出到 stderr，或写入 --json）
  redact terms add TERM | remove TERM | list [--json]
                                    您自己的词条（人名、公司名、代号）

何时生效：sotto policy set redact off|internet|always。检测可能会有遗漏。</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>显示将会发送的内容。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT，或：terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>请使用“redact --dry-run TEXT”或“redact terms add|remove|list”。</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>GPS 位置</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>相机品牌和型号</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>software</source>
        <translation>软件</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>其他 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n 条文本注释</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>XMP 数据</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>颜色配置文件</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>该图片不含元数据。</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>存储和发送前已移除：%1。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>搜索保险库中的标题、消息和推理过程（须匹配每个词）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>最多 &lt;n&gt; 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>要查找的词。</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>“search”需要提供要查找的词。</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>没有匹配结果。</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>您的本地网络</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>将 %1 发送到 %2（%3，位于%4）？[y/N，a：是，且不再就此询问] </translation>
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
        <translation>将语音转为文字：把音频文件发送到兼容 OpenAI 的转写端点（与任何请求一样被审计）并输出文字。未给出 --provider 或 --api 时，使用设置中为转写选择的提供商。</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>用“sotto providers add”添加的提供商。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>临时提供商：openai（任何兼容 OpenAI 的服务器）。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>临时提供商：API 根地址（例如 http://127.0.0.1:8000/v1）。</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>临时提供商：保存 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>转写模型（默认：设置中的值，否则为 %1）。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>音频：WAV、MP3、FLAC、Ogg、M4A 或 WebM，最大 25 MB。</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>“transcribe”需要一个音频文件。</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>请给出 --provider NAME，或带 --base-url 的 --api。</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api 需要 --base-url，--base-url 也需要 --api。</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api 必须是 openai。</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>%1 API 没有转写端点；请对兼容 OpenAI 的服务器使用 --api openai。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>请给出 --provider NAME 或带 --base-url 的 --api openai，或在设置中选择转写提供商。</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 使用 %2 API，该 API 没有转写端点。</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>被 %1 中断。</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>转写结束，但没有回应。</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 大于 %2 MB，超过转写服务的上限。</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 不是可转写的音频（WAV、MP3、FLAC、Ogg、M4A 或 WebM）。</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>尚未选择转写提供商：请在 设置 › 语音 中选择。</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1 中还没有保险库。</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>已将保险库备份到 %1（%2）。备份已加密：可用保险库当前的密码短语打开。</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>备份 %1 的密码短语： </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>被替换的文件已另存为副本 %1（“sotto vault backups”）。</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>已从 %1（备份于 %2）恢复保险库。</translation>
    </message>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>维护加密的保险库。</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase：从 &lt;file&gt; 读取新密码短语（若未指定，则使用 $SOTTO_NEW_PASSPHRASE；若仍无，则提示输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore：从备份文件 &lt;file&gt;（由“sotto vault backup”创建）恢复保险库；会要求输入该备份的密码短语。</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE：将保险库（保持加密）写入一个文件；check：验证保险库的完整性；change-passphrase：用新密码短语重新加密保险库；backups：列出升级和恢复前创建的副本；restore ID | restore --file FILE：恢复一份副本或一个备份文件（当前文件会另存为一份副本）。</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>请使用“sotto vault backup FILE”、“check”、“change-passphrase”、“backups”、“restore ID”或“restore --file FILE”。</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>被恢复操作替换</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>保险库没有任何副本。</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>已恢复副本 %1；被替换的文件已另存为一份副本。</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>%1 中的保险库已损坏（发现 %n 个问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>%1 中的保险库完好无损。</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>当前密码短语： </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE 为空。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码短语： </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新密码短语： </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>保险库的密码短语已更改。</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>没有审计记录 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>审计已清空：删除了 %n 条较早的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>请先添加一个模型提供商（设置 → 提供商）。</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>请为此对话选择一个提供商。</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[未包含图像]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>某个对话不是对象。</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>某个对话没有消息树（&quot;mapping&quot;）。</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>某个对话不是对象。</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>某个对话没有消息列表（&quot;chat_messages&quot;）。</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>附件 %1：</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[未包含图像]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[未包含文件：%1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>智能体 %1（%2）</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>未在 %1 秒的智能体时限内回答</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>此对话仅限本地，而该合议组会询问不在这台计算机上的智能体；未发送任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>没有智能体回答——%1。</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>智能体 %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>智能体 %1，第 2 轮</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1：%2（%3）位于 %4 [%5]：%6 字节，%7 个字符，%8 张图片</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>，另加各智能体的回答</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>总计：%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>，在加上各智能体的回答之前共 %1 字节、%2 个字符、%3 张图片</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>名为“%1”的合议组已不存在：请选择由谁进行合议。</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>合议组“%1”中包含未配置的提供商：%2。</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[未包含图像]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>它不是 %1：看起来像 %2。</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>对话 %1：%2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>嵌套层级比导出文件应有的更深（%1 层）。</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>它已损坏或不完整：%1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>无痕对话永远不会被保存。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>没有对话 %1。</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>无法将请求发送到 %1：%2。</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>无法将请求发送到 %1：提供商 %2 的代理无效（%3）。</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>找不到代理 %1。</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>找不到服务器 %1。</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>未发送：隐私日志无法记录该请求（%1）。</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>代理 %1 未能连接到 %2：%3。</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>代理 %1 在发往 %2 的请求之前发送了它自己的数据。</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>无法在 %2 秒内解析代理 %1 的地址。</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>无法在 %2 秒内解析服务器 %1 的地址。</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>无法在 %3 秒内通过代理 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 未在 %2 秒内回答；请求已停止。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 在 %2 秒内未发送任何内容；请求已停止。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 将请求重定向到 %2；Sotto 不会跟随重定向。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 在回答完成前关闭了连接。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 未作回答就关闭了连接。</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 发送了格式错误的回答（%2）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 返回了 HTTP %2%3。</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>代理 %1 拒绝了连接；它是否在运行？</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>代理 %1 在连接到 %2 之前关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>与代理 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 拒绝了连接；服务器是否在运行？</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>与 %1 的安全连接失败。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 在连接建立前就关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>未发送，已被您的隐私设置阻止：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>已被您的隐私设置停止：%1。</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto 正在关闭。</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>提供商 %1 已停用</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>离线模式已开启</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>对话仅限本地</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>提供商 %1 的 http-to-internet 已被禁止</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>您拒绝了发送</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>“发送前询问”已开启，但无法询问您</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>发送前询问：您已批准 %1 作为“%2”目标，但它被解析为“%3”地址</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>请为每个智能体选择一个提供商。</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>已存在名为 %1 的合议组。</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>合议组需要一个名称。</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>合议组包含 %1 到 %2 个智能体。</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>合议组有 1 或 2 轮。</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>没有名为 %1 的合议组。</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>于 %1 从 Sotto 导出</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>助手 · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>第 %1 版，共 %2 版</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>输入 %1 token · 输出 %2</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>智能体 %1 · %2 · 第 %3 轮</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>它是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>无法创建该文件夹</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>导出尚未开始</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>Sotto JSON 导出文件</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT 导出文件</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude 导出文件</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>它不是 JSON 文件。</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>它不是 Sotto、ChatGPT 或 Claude 的导出文件。</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>它是已损坏或不完整的 zip 文件。</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>它是已损坏的 zip 文件。</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>其中有一个路径指向归档之外的文件（%1）。</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>zip 文件中没有 conversations.json。</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>其中的 conversations.json 超出了导入允许的大小。</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>没有可读取的归档。</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>zip 文件中没有 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 超出了允许的大小。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>解压后远大于其本身大小（zip 炸弹）。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>超出了导入允许的大小（%1 MB）。</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>其中有一段文本超出了导入允许的长度（%1 MB）。</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1（约第 %2 字节处）</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>它不是对话列表。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>其中的 &quot;%1&quot; 不是列表。</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>它不是对象。</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>没有 &quot;%1&quot; 列表。</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>它提前结束了。</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>保险库的密钥派生设置无效。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>内存不足，无法派生保险库密钥。</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>该响应过长，不像是模型列表。</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>没有消息 %1。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>没有对话 %1。</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>非常弱：片刻之间就可能被猜出。</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>弱：添加几个互不相关的词可使其更强。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>极佳。</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>无法创建配置文件夹 %1。</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>无法写入配置文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 当前负载过高；请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 报告了速率限制；请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 报告了速率限制；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 表示对话长度超出了模型一次能读取的范围（即其上下文窗口）。请降低该提供商的上下文预算以略去较早的消息，或开始新的对话。</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 拒绝了该 API 密钥。</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 没有名为“%2”的模型。</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 没有此 API 端点（HTTP 404）；请检查提供商的基础 URL。</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 表示该账户已没有余额或配额。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 出现服务器错误（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 出现服务器错误（HTTP %2）；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了该请求：%2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 拒绝了该请求（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 返回了错误：%2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 返回了 HTTP 状态码 %2。</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 因错误中止了回答。</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 因错误中止了回答：%2</translation>
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
        <translation>Ollama（在这台计算机上）</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>llama.cpp 服务器（在这台计算机上）</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio（在这台计算机上）</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>自定义（OpenAI 兼容）</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>提供商需要一个名称。</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>没有名为 %1 的提供商。</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>无法读取提供商的模型列表。</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>一般性故障</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>其规则不允许</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>主机不可达或未找到</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>生存时间（TTL）已过期</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>不支持该命令</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>不支持该地址类型</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>主机名对 SOCKS5 代理而言过长</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>HTTP 代理对 CONNECT 的响应过长</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>HTTP 代理未以 HTTP 协议回应</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>HTTP 代理拒绝了隧道：%1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>该代理不支持 SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>SOCKS5 代理要求登录，而 Sotto 不支持登录</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>SOCKS5 代理无法建立连接：%1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>SOCKS5 代理发送了格式错误的回复</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>“%1”不是代理 URL；请使用 http://HOST:PORT 或 socks5h://HOST:PORT。</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>使用 socks5:// 时，每个服务器的名称都会在这台计算机上解析；请使用 socks5h://，由代理来解析名称。</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto 支持 http://（CONNECT）和 socks5h:// 代理，不支持 %1://。</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>代理 URL 中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>代理 URL 只能包含协议、主机和端口。</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>代理 URL 需要指定端口（例如 socks5h://127.0.0.1:9050）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>代理的主机名过长。</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>文本：%1 个字符</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>消息：已发送 %1 条（含本次问题），为适应上下文略去了 %2 条较早的消息</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>图片：%1（%2）</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>已用占位符替换的个人数据：%1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>存在一份 %1 的副本：运行“sotto vault restore %2”可将其恢复。</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>仍有回答正在写入。请停止它或等它完成，然后再恢复备份。</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1”尚未保存。</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>为转写选择的提供商 %1 已不再配置：请在 设置 › 语音 中另选一个。</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>它不是 Sotto JSON 导出文件。</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>它是此版本 Sotto 无法读取的 Sotto 格式版本。</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>某个对话不是对象。</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>某个对话没有消息列表。</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>某条消息没有 id，或其 id 与另一条消息相同。</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>消息 %1 跟在一条并不位于其前面的消息之后。</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>消息 %1 没有角色。</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>消息 %1 的某个图像不是 base64。</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>磁盘已满，保险库无法保存最近的更改。请释放一些空间；之前保存的内容完好无损。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>无法写入保险库所在的文件夹（只读或无权限），因此最近的更改未保存。</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>保险库发生读写错误，因此最近的更改未保存。</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>保险库数据库已损坏。请运行完整性检查。</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>保险库正忙。请重试。</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>此更改与保险库中的内容冲突。</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>意外的保险库错误。</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>提供商报告了一个错误。</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini 拒绝了该提示（%1）。</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>服务器发送的部分回答不是有效的 JSON；已跳过该部分。</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>服务器发送的某一行或某个事件超过 %1 MiB；回答已在此处停止。</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>要重新回答的消息已不存在。</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>问题过长，超出了 %1 token 的上下文预算（约 %2 token）。请缩短问题、减少附加的图片，或提高该提供商的上下文预算。</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>%1 中的保险库已在另一个 Sotto 进程（进程 %2）中打开。请先将其关闭。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码短语不能为空。</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>配置文件 %1 中已有保险库；Sotto 不会覆盖它。</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>无法完成在 %1 中创建保险库。</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>无法在 %1 中创建保险库。</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1 中还没有保险库。</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>保险库头文件 %1 不属于数据库 %2（二者的数据库 ID 不同）。未做任何更改；请放回与此数据库配套的头文件，或恢复备份。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>密码短语错误。</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>无法写入保险库头文件 %1。</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>%1 中的保险库由较新版本的 Sotto 写入（架构 %2；此版本最高支持 %3）。未做任何更改。</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>无法将保险库更新到此版本的 Sotto：%1 它仍保持在架构版本 %2，更新前创建的副本位于 %3。</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>无法打开保险库数据库 %1。</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>保险库的加密引擎拒绝了该密钥。</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto 构建时使用的 SQLite 不支持加密；它拒绝以明文写入保险库。请使用 SQLCipher 重新构建。</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>无法配置保险库的加密。</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>虽然密码短语正确，但无法读取保险库数据库 %1：它已损坏，或已被其他文件替换。未做任何更改；请恢复备份。</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>保险库无法将其临时数据保存在内存中，因此未打开。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>保险库所在的文件夹不支持预写日志（write-ahead logging）。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>更改已回滚。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>这不是保险库的密码短语。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新密码短语不能为空。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>当前密码短语错误。</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>保险库仍在使用中；密码短语未更改。</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>无法替换 %1；密码短语未更改。</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>密码短语已更改，但无法将 %1 重命名为 %2；Sotto 会在下次解锁时完成此操作。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>现在无法备份保险库：其中一部分仍在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>无法读取保险库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>无法写入备份 %1：%2。该位置未写入任何内容；请检查文件夹和可用空间，然后重试。</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 不是可读取的 Sotto 保险库备份：%2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>文件开头不符合备份格式</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>其格式为 %1，此版本的 Sotto 无法识别</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>其描述信息已损坏</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>其中的密钥参数已损坏</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>文件不完整（被截断）</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>末尾有多余的字节</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>备份 %1 已损坏：其内容与校验和不符。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>备份 %1 已损坏：其密钥参数属于另一个保险库。</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>该密码短语无法打开备份 %1。未做任何更改；请使用创建备份时保险库所用的密码短语。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>%1 中的保险库已在另一个 Sotto 进程中打开；请先将其关闭，再恢复备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>无法将 %1 移到一旁以恢复备份。未删除任何内容；已移动的文件位于 %2。</translation>
    </message>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>更新前无法将保险库复制到 %1。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>没有备份 %1。</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>无法删除备份 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>无法将备份 %1 复制到原位。之前的文件位于 %2。</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>无法将备份 %1 放到原位。之前的文件位于 %2。</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>无法读取 %1 中的副本。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>保险库头文件 %1 已损坏（%2）。请从配置文件夹的备份中恢复它。</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>不是 Sotto 保险库头文件</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>保险库头文件 %1 的格式为 %2，此版本的 Sotto 无法读取。</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>未知的密钥派生方式</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>字段缺失或格式错误</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>不可能满足的密钥派生限制</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>保险库头文件 %1 缺失。没有它就无法解锁保险库；请从配置文件夹的备份中恢复它。</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>无法读取保险库头文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>无法写入保险库头文件 %1。</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>保险库数据库 %1 缺失。请从配置文件夹的备份中恢复它。</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>无法读取保险库数据库 %1：%2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>保险库数据库 %1 未加密。Sotto 拒绝使用它。</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>保险库数据库 %1 已被截断或损坏（%2 字节）。未做任何更改；请恢复备份。</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>没有作为消息 %1 正在流式传输的回答。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>替换已保存的 API 密钥</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>清除已保存的 API 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>保存时将移除已保存的密钥。</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>保存时新密钥将替换已保存的密钥。</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>密钥已保存（%1）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>颜色主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>对话文字大小（磅）</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto 将在下次启动时使用此语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>对话文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>按 Enter 发送消息（Shift+Enter 换行）(&amp;E)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>关闭时，Enter 换行，Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>外观设置保存在保险库之外，因此在解锁之前即可生效。其中绝不会提及您写过的任何内容。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>回环（127.0.0.0/8、::1、localhost）：没有任何内容离开这台计算机。</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>本地网络（私有、链路本地或 .local 地址）：内容离开了这台计算机，但没有离开本地网络。</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>互联网（任何其他地址或主机名）：内容离开了您的网络。</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>已发送，无回答</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>审计已清空</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>已删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已阻止：%1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>已阻止 · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>同一回答的 %n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>已完成 %1 个，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1：%n 个请求中共 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>未发送任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n 个请求 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>相机(&amp;C)：</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>拍摄(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>使用照片(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>相机预览</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动相机…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>拍照（空格键或回车键）</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>使用照片</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>将这张照片附加到消息中；它的元数据会像其他图片一样被移除</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>无法使用这个相机：可能有其他程序正在使用它，或访问被拒绝。请选择其他相机，或取消。</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>无法使用这个相机：可能有其他程序正在使用它，或访问被拒绝。</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>无法拍摄照片。请重试。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>这台电脑上没有找到相机。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>两次输入的新密码短语不一致。</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>更改密码短语(&amp;H)</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>确认新密码短语</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>新密码短语强度</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>正在重新加密保险库</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>保险库将用新密码短语重新加密。旧密码短语将随之失效，且丢失的密码短语仍然无法找回。</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>当前(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>新(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>确认(&amp;F)：</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密码短语与当前密码短语相同。</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>弱密码短语</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>新密码短语很容易被猜出。任何复制了保险库文件的人都可以快速尝试大量密码短语。仍要使用吗？</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>当前密码短语不正确。未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>密码短语未更改：%1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>密码短语已更改。从现在起请使用新密码短语。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>仅限本地</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>拒绝将此对话发送到这台计算机以外的任何地方</translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>无痕：此聊天中的任何内容都不会被保存</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>此对话永远不会写入保险库：关闭它、打开其他对话或锁定保险库都会使其被遗忘。请求仍会记录在隐私日志中。</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>正在编辑您的消息：发送后将从此处重新提问，或按 Esc 取消。</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>请先停止回答（Esc），再删除消息。</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>要从保险库中删除此消息以及此版本中其后的 %n 条消息吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>要从保险库中删除此消息吗？</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>要对此问题进行合议吗？</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>此回答的智能体已不在保险库中。</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%2 的 %1 个智能体</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>合议组“%1”（%n 个智能体）</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>合议组“%1”中的智能体</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>合议（Ctrl+3）：多个智能体并行推理，然后根据它们的回答综合出一个回答。%1当前无法进行合议：请选择一个提供商，或一个所有提供商均已配置的合议组。</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>要在网页浏览器中打开此地址吗？

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>不带图片发送？</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>只发送文字，或取消并选择能识别图片的模型。</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>仅发送文字</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>据 %2 报告，%1 仅接受文字：它无法识别图片。</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>请选择能识别图片的模型，否则只发送文字。</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>听写</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>转到最新消息（Ctrl+End）</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>转到最新消息</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>此消息已不在保险库中。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>附加图片（也可以粘贴或拖放图片）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter 发送，Enter 换行</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>移除图片 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>停止回答（Esc）；已收到的内容会保留</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>发送（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>用相机拍照</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>听写：说话后文字会写在这里，供您检查</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>听写</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>图片 %1：%2 × %3 像素，%4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>已移除位置</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>无元数据</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>已移除 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>有什么问题尽管问…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>添加智能体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>保存合议组(&amp;S)</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>请先在“提供商”页面添加一个提供商：每个智能体都是一个提供商及其一个模型。</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>每一轮中每个智能体回答可用的时间</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>每一轮中每个智能体回答可用的时长：若有两轮，智能体在修改时会再次获得同样的时长。超时的智能体会被报告并略过。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>已保存的合议组</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>新建合议组</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>删除该合议组</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>合议组名称</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>例如：本地三人组</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>综合者的提供商</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>综合者的模型</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>提供商的默认模型</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>一轮：各智能体作答，然后根据它们的回答写出一个回答</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>两轮：每个智能体先阅读其他智能体的回答，再修改自己的回答</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>每个智能体的回答时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>智能体（2 到 8 个），每个包含提供商、模型和视角：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>综合者(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>轮数(&amp;R)：</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>合议组</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>合议会同时向多个智能体提出同一个问题，每个智能体都以“思考”模式、从各自的视角作答；然后再用一个请求根据它们的回答写出一个回答。三个智能体意味着每个问题四个请求（若有第二轮则为七个）。智能体的推理过程保留在这台计算机上：只有它们的回答会被转发给综合者。</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>超出时限的智能体会被略过，回答将根据其他智能体的回答写出。</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>没有合议组时，合议会从不同视角多次询问对话本身所用的模型。合议组可以混合使用多个提供商：两个本地模型加一个云端模型，或者全部使用本地模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n 个智能体</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>这个新合议组</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>未保存的合议组</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>要放弃对 %1 的更改吗？</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>智能体 %1 的提供商</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>智能体 %1 的模型</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>智能体 %1 的视角</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>此智能体所遵循的指令。留空时：“%1”</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>移除智能体 %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>对话所用的模型</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>已保存合议组 %1。</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>删除合议组</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>要删除合议组 %1 吗？它已给出的回答会保留在各自的对话中。</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>已删除合议组 %1。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>您的本地网络</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 发往 %2（%3）</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>%1 个智能体（各修改一次）+ 1 次综合</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 个智能体 + 1 次综合</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>合议（Ctrl+3）：%1并行推理，然后根据它们的回答综合出一个回答。
%2：%3 个请求，%4。
每个智能体都会收到对话内容；综合请求会收到问题及各智能体的回答（绝不包括它们的推理过程）。</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>智能体 %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>智能体 %1，修改</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>综合</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2（%3），%5 上的 %4：%6，%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>，%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>，另加各智能体的回答</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>合议将为此问题发送 %n 个请求：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>共计 %1 和 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation>（不含各智能体的回答）。</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>要发送吗？对于此对话，将不会再次询问您。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ 已复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— 较早的消息未发送：它们超出了上下文预算 —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>不完整：回答在完成前就中断了。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一版本</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>显示各智能体在综合之前的回答</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n 个智能体参与了合议——显示</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>此回答的开销：请求的 token 数和回答的 token 数</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>输入 %1 token · 输出 %2</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>复制此代码</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
正在回答…</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>已置顶：</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>创建您的保险库</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto 会将您的对话、图片、API 密钥以及发送记录保存在这台计算机上的一个加密保险库中。请设置一个密码短语来锁定它。</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>保险库文件夹：%1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>确认密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;丢失的密码短语无法找回。&lt;/b&gt;没有它，任何人——即使是 Sotto 的开发者——都无法打开保险库。请把它记在安全的地方。</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>我了解忘记的密码短语无法找回</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>正在创建保险库…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>确认(&amp;C)：</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>弱密码短语</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>此密码短语很容易被猜出。任何复制了保险库文件的人都可以快速尝试大量密码短语。仍要使用吗？</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>已发送数据</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>已接收数据</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>已发送图片</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>按提供商</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>按主机</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>没有请求离开这台计算机</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n 个请求离开了这台计算机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 发往互联网</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>每个请求 %1</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>未发送图片</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>个人数据在发送前已被替换</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>被您的设置阻止</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>隐私仪表板 — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>隐私仪表板</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>离开这台计算机的内容，逐个请求列出。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>自午夜起</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>今天及之前 6 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>今天及之前 29 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>审计中的所有内容</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>概览（Ctrl+1）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>请求（Ctrl+2）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>将该时间段的请求保存为 CSV 或 JSON（字段与“sotto audit”相同）</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>删除所有审计记录；将保留一条记录，说明清空的时间和数量</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>导出审计</translation>
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
            <numerusform>已将 %n 个请求导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>要清空审计吗？</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>所有发送记录以及所有保存的请求副本都将被删除。将保留一条记录，说明审计的清空时间及其当时包含的记录数。如果之后可能需要，请先导出。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>已清空 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>无提供商：不会发送任何内容</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>请选择一个提供商以开始。在此之前，任何内容都不会离开这台计算机。</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>留在这台计算机上</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>您的文字将发送给 %1，这是一个在这台计算机上运行的模型。</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>本地网络：%1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>您的文字将发送给您本地网络中的 %1，而不会发送到互联网。</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>互联网：%1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>您的文字将通过互联网发送给 %1。</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>仅限本地</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>此对话已标记为仅限本地：Sotto 拒绝将其发送到这台计算机以外的任何地方。</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>已阻止：离线模式</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>离线模式已开启：在您于“设置 → 隐私”中将其关闭之前，不会向 %1 发送任何内容。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>请求的去向</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1：%2% 的请求，%3% 的已发送数据</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送的请求</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>已发送数据</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>这台电脑上没有找到麦克风。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>这台电脑上没有找到麦克风：请连接一个以使用听写。</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>没有录到任何声音：麦克风是否静音了？</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>录音中没有识别到语音。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>每天发送的数据</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>已发送 %1，共 %n 个柱形</numerusform>
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
        <translation>JSON，保留全部内容 (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML，单个文件 (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Sotto 对话 %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>导出所有对话（Markdown、HTML 和 PDF：以此名称命名的文件夹）</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>导出：未加密</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>导出的文件未加密：任何拿到该文件，或能进入您保存它的文件夹的人，都可以读取该对话，包括其中的图片。Sotto 不会再次询问。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>正在导出对话…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>正在导出第 %1 个对话，共 %2 个…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>解释一个概念</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>请用简单的语言并举一个例子解释：</translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>总结一段文字</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>请用几句话总结以下内容：
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>起草一封电子邮件</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>起草一封简短、友好的电子邮件，内容是</translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>找出 bug</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>找出这段代码中的 bug：
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>以“%1”开始您的消息</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>无痕聊天</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>有什么可以帮您？</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>此聊天中的任何内容都不会被保留：关闭它、打开其他聊天或锁定保险库都会使其被遗忘。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>上一张图片</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>上一张图片（左方向键）</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>下一张图片</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>下一张图片（右方向键）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>缩小（Ctrl+减号）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>放大（Ctrl+加号）</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>适合窗口（Ctrl+0）</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>实际大小：一个图片像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>将图片复制到剪贴板（Ctrl+C）</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>将图片副本保存为文件，存放在加密保险库之外（Ctrl+S）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>缩放：%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>第 %1 张图片，共 %2 张 — %3 × %4 像素</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>图片已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>在保险库之外保存副本？</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>副本是 Sotto 加密保险库之外的普通文件：任何能读取您所选文件夹的人都能打开它。</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>image-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>图片 (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>无法保存副本：%1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>副本已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Sotto、ChatGPT 或 Claude 的导出文件 (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n 个已在保险库中，已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>导入已取消：此前已导入 %n 个对话，没有导入一半的对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 未导入，未做任何更改：%2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>在系统密钥环中记住密码短语(&amp;K)</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>在系统密钥环中记住密码短语</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>要记住的密码短语</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>您的保险库密码短语</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>记住密码短语</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>不记住密码短语</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>这样，在您登录期间，Sotto 会直接解锁而不再询问。任何能在您的账户处于解锁状态时使用它的人，也都能打开保险库。</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>密钥环中仍保存着旧的密码短语：%1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>密码短语已从系统密钥环中移除。</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>密码短语现在保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>智能体 %1 的推理过程</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>智能体 %1 的回答</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>智能体 %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · 智能体 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>第 %1 轮 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
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
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>智能体</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>隐藏智能体栏（点击回答上的“个智能体参与了合议——显示”可将其重新显示）</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>隐藏智能体栏</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>合议中…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>合议：%n 个智能体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n 个智能体对此回答进行了合议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>查找本机上的本地模型(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>使用此模型(&amp;U)</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>查找本机上的本地模型</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>仅在本机上查找 Ollama、llama.cpp、LM Studio、vLLM 和 Jan。</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>在本机上找到的模型</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>使用所选模型</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>正在查找本地模型…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>再次查找本地模型(&amp;F)</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto 未进行查找：%1。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>尚无模型：请先用 %1 下载一个。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>在本机上找到 %n 个服务器。请选择一个模型：</numerusform>
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
        <translation>从设计上保障隐私</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>您的对话将显示在这里。在您选择模型提供商之前，任何内容都不会离开这台计算机；每个请求都会被记录，让您能确切看到发送了什么。</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>开始新的聊天（Ctrl+N）或选择一个对话。每个请求都会被记录，让您能确切看到发送了什么。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>新建无痕聊天(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>查找对话(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>从文件恢复保险库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>锁定保险库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>即时(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>思考(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>合议(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>对话列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>显示或隐藏对话列表（Ctrl+B）</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>隐私仪表板(&amp;P)</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>离开这台计算机的内容，逐个请求列出（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>关于 Sotto(&amp;A)</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>请在设置（Ctrl+,）中添加一个模型提供商以开始聊天。</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保险库已锁定</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>未使用环境中的代理</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>保险库已解锁</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>今天未发送任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>今天的请求：%n（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n 个请求离开了这台计算机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>已阻止 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>关于 Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;一款私密的桌面 AI 助手。您的对话保存在这台计算机上的加密保险库中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>来自 Sotto、ChatGPT 或 Claude 导出文件的对话（.json 或 .zip）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>消息操作</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>复制此消息的文本</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>请求另一个回答（当前回答将作为一个版本保留）</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>编辑此问题并重新提问（目前的回答将作为一个版本保留）</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>从保险库中删除此消息（会先询问）</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ 已复制</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>即时（Ctrl+1）：直接回答，推理关闭或降至最低。发送您的消息及目前为止的对话。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>思考（Ctrl+2）：模型在回答前进行推理，您可以阅读其推理过程。发送的内容与“即时”相同，并请求推理，因此耗时更长、消耗更多 token。</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>合议</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>合议（Ctrl+3）：多个智能体并行推理，然后根据它们的回答综合出一个回答。将您的消息发送给每个智能体的提供商，另加一个综合请求。</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>合议者</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>合议者：此模型的多个智能体，或一个已保存的合议组</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>合议成员</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>无提供商</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>提供商和模型：%1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>选择提供商和模型（最近使用的排在前面），或输入模型名称（Enter）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>查找模型，或输入其名称</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>查找或输入模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>未列出任何模型：请在上方输入名称</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>通过 %2 使用“%1”</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>向 %1 请求名为“%2”的模型</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>离线(&amp;O)</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>离线：只会连接这台计算机上的服务器。开启后，会立即停止所有正在发往其他计算机的请求。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>离线模式：仅限这台计算机(&amp;O)</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>重新询问(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>保留请求的精确副本(&amp;K)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>发送前询问</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>每个提供商首次发送时</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>每次</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>发送到这些提供商之前重新询问</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>保留请求的精确副本</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>发送前询问(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>任何内容都不会离开这台计算机：只使用回环地址上的提供商（例如 127.0.0.1 上的 Ollama），其他所有请求都会被拒绝并记录为已阻止。开启后，还会立即停止所有仍在从其他计算机传来的回答。菜单右侧的“离线”按钮是同一个开关。</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>在请求发出之前——甚至在解析服务器名称之前——Sotto 会显示其去向，并等待您确认。“每个提供商首次发送时”会对每个提供商和地址各询问一次，直到保险库被锁定；更改提供商的地址后会再次询问。</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>隐私日志始终会记录每个请求的去向及其大小。开启此选项后，它还会在加密的保险库中保存实际发送的文本（API 密钥已遮盖），以便您查看。</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>所有发往其他计算机的请求都会经过此代理：http://HOST:PORT（HTTP 代理）或 socks5h://HOST:PORT（SOCKS5；由代理解析名称，如 Tor 的 socks5h://127.0.0.1:9050）。离线模式、仅限本地的聊天以及发送前询问仍会根据请求的最终去向进行判断，隐私日志也会注明所用的代理。提供商可以在“提供商”中设置自己的代理。</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>按您的选择不再询问：%1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>请在上方选择一个提供商，或添加一个。</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>提供商名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>上下文预算（token）</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>已启用(&amp;E)</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>提供商已启用</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>允许通过未加密的 http 连接互联网(&amp;H)</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>允许通过未加密的 http 连接互联网</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>保存提供商</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>取消添加此提供商</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>要发送的最长请求，按约 4 个字符折合 1 个 token 估算。对话更长时，最早的轮次会从请求中略去（它们仍保留在保险库中）。默认使用提供商报告的模型上下文长度（“测试连接”会查询此值）；若无，则为 %L1 token；超过报告长度的预算会被降至该长度。</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>已停用的提供商不会发送任何内容；其请求会被拒绝并记录。</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>未加密的 http 没有任何加密保护：通往服务器途中的任何人都能读取您的消息和 API 密钥，并篡改回答。仅对您自己控制、且位于您信任的网络中的服务器允许此选项。到这台计算机或本地网络的未加密 http 始终是允许的。</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>向提供商查询其模型。这是设置中唯一会发送内容的操作，该请求会记录在隐私日志中。</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>上下文预算(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>隐去个人数据(&amp;W)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>粘贴来自 %1 的 API 密钥</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>通常不需要</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>要重命名提供商，请以新名称重新添加它。</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>从环境变量 %1 读取</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>请为提供商命名。</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>名为“%1”的提供商已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>请以 http:// 或 https:// 地址的形式输入基础 URL，例如 %1。</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>请以 http://HOST:PORT 或 socks5h://HOST:PORT 的形式输入代理，或输入“direct”，或留空。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>您的消息将发送给 %1（%2）。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询其模型…</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1”尚未保存。</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>已连接到 %1，但它未提供任何模型。</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>已连接到 %1。提供的模型：%2。</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>点击“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>上下文：%L1 token（由 %2 报告）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>已停用：Sotto 不会向此提供商发送任何内容。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>对此提供商隐去个人数据</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>与隐私设置相同（默认）</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>对此提供商关闭</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>如果它位于互联网上</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>始终，包括在这台计算机上</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>请先保存提供商；在此之前，它将遵循隐私设置。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>提供商负责回答您的消息。这台计算机上的提供商会将一切保留在本机；云端提供商会收到您发送给它的内容。</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>已配置的提供商</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>移除所选提供商</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>未保存的提供商</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>要保存新的提供商吗？</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>要移除“%1”吗？其设置和 API 密钥将从保险库中删除。使用过它的对话会保留。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProxyField</name>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>This provider&apos;s proxy</source>
        <translation>此提供商的代理</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>无：请求直接发出（例如，Tor 可使用 socks5h://127.0.0.1:9050）</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>与隐私设置相同；输入“direct”表示不使用代理</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>停止并转写</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>听写</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>已录时长</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>停止录音并转写</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>停止录音，并把说的话写进消息</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>取消听写</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>丢弃录音（Esc）</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在录音…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>正在转写…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>隐去个人数据</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>仅限互联网目标（默认）</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>所有目标，包括这台计算机</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>您的词条</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新词条</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>人名、公司名、代号</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加词条</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>移除词条</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>在请求发出之前，Sotto 会将其识别出的个人数据替换为占位符，并在回答中换回原文。它能识别电子邮件地址、电话号码、支付卡号、IBAN、IP 地址、密钥和令牌，以及您在下方添加的词条。&lt;b&gt;检测可能会有遗漏：&lt;/b&gt;它依据的是形式而非含义，因此不在您列表中的人名、用文字书写的数字或图片中的任何内容都会原样发送。对于绝不能离开本机的数据，请使用这台计算机上的提供商，或将对话设为仅限本地。</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>隐去个人数据(&amp;W)：</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>您的词条(&amp;T)（无论出现在何处、大小写如何，都会被隐去）：</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1”已在列表中。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已阻止：%1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>由于您的隐私设置</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>打开“设置 › 提供商 › %1”</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>打开“设置 › 隐私”</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>一个回答，%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>合议回答会为每个智能体各发送一个请求，并为综合发送一个请求；它们共享同一个轮次 ID。展开该行可逐一查看。</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>选择一个请求，查看它的去向、实际发送的标头，以及（在保留请求副本时）确切的正文。</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>审计已被清空</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>于 %1 删除了 %n 条较早的记录及其请求副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>保留此记录是为了让审计永远不会悄无声息地丢失其过往。此记录未发送任何内容。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>请求行</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1（正文 %2，标头 %3）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
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
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>已发送 %n 条消息，为适应上下文略去了 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>实际发送的标头</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未记录任何内容。</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>在保存标头之前，密钥和令牌已被遮盖。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>未发送任何内容：请求在发出之前已被阻止。</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>正文 %1：%2 个字符的文本，%3 张图片，%4 条较早的消息；%5 处脱敏。</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>未保留此正文的副本。在“设置 › 隐私”中开启“保留请求的精确副本”，即可保留之后请求的确切正文（保存在保险库中；无痕请求不保留）。</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[二进制数据，%1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[图片 %1×%2，%3]</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>已移除的元数据</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n 项（位置、相机、日期、注释…）</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>未计数（该图片存储于 Sotto 记录此项之前）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>筛选请求（提供商、模型、主机、原因…）</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>筛选请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>任意目标</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>任意提供商</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>从文件恢复保险库</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;要用备份“%1”替换您的保险库吗？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>您的对话、提供商和设置将变为备份中的内容。当前的保险库不会被删除：它会作为副本保存在配置文件夹的备份文件夹中，运行“sotto vault restore”可将其恢复。仍在写入的回答必须先结束。</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>备份时保险库所用的密码短语</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>备份于 %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>合议</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>关闭设置</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>窗口中</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>撰写消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Enter：发送或换行（设置 › 外观）</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>附加复制的图片</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新建聊天（Ctrl+N）</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>无痕</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>新建无痕聊天（Ctrl+Shift+N）：永远不会保存到保险库</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>新建无痕聊天</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>还没有对话</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>您的聊天将列在这里。点击“新建聊天”（Ctrl+N）开始一个。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>您的对话中没有与“%1”匹配的内容。搜索范围包括标题、消息和推理过程。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>将此对话保存为 Markdown、JSON、HTML 或 PDF。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>正在撰写回答</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>解锁您的保险库</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>输入您的密码短语以打开您的对话。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>系统密钥环中保存的密码短语无法打开此保险库。请输入密码短语解锁，然后在“设置 → 保险库”中记住新的密码短语。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Sotto 保险库备份 (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Sotto 保险库 %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>正在备份保险库…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>已将保险库备份到 %1（%2）。备份已加密，可用您当前的密码短语打开。</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>从文件恢复保险库</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>已从 %1（备份于 %2）恢复保险库。</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>已从 %1（备份于 %2）恢复保险库。被替换的保险库已另存为副本 %3。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>保留所有对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>删除超过以下天数未更新的对话(&amp;D)</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>闲置一段时间后锁定保险库</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>闲置 %1 分钟后</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>保留所有对话</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>删除旧对话</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>对话被删除前未更新的天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>每次解锁保险库时都会执行删除，且无法撤销。已置顶的对话会保留。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>转写提供商</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>听写在内存中录下您的声音，发送给下面的提供商转为文字，并把文字放进消息供您检查。使用本机上的提供商（speaches、LocalAI…）时，您的声音留在这里；每次发送的录音都记录在隐私日志中。</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>提供商：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>无（关闭听写）</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>它的 API 没有转写端点</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>麦克风按钮会显示，但在您选择提供商之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>在本机：您的录音留在这里。</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>您的录音会发送到 %1。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>这台电脑上没有找到麦克风。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>欢迎使用 Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;您的保险库已准备就绪。您的问题要发往哪里？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;本地模型&lt;/b&gt;（Ollama、llama.cpp 或 LM Studio）在这台计算机上运行。您的消息永远不会离开这台计算机：不会通过网络发送任何内容，Sotto 也可以离线工作。</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;云端提供商&lt;/b&gt;（OpenAI、Anthropic、Gemini 等）在相应公司的服务器上运行。您的消息以及附加的任何图片都会通过互联网发送给它，并适用其自身的隐私条款。Sotto 会在隐私日志中记录每个请求，让您能确切看到发送了什么、发往何处。</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>使用本地模型(&amp;L)</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>使用本地模型（Ollama、llama.cpp 或 LM Studio）</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>添加云端提供商(&amp;C)</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>添加云端提供商</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>稍后(&amp;T)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
</TS>

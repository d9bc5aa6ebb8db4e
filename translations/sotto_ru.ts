<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Задать один вопрос; ответ выводится потоком в стандартный вывод и по мере поступления сохраняется в хранилище.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Провайдер, добавленный командой «sotto providers add».</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Разовый провайдер: openai, anthropic, ollama или gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Разовый провайдер: корневой адрес API (например, http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>Модель, которой задаётся вопрос.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Разовый провайдер: переменная окружения с ключом API.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (по умолчанию), thinking или contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Обсуждение: сколько агентов опрашивают модель провайдера (от %1 до %2, по умолчанию %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Обсуждение: агенты сохранённого ансамбля.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Обсуждение: 1 или 2 — для раунда, в котором каждый агент дорабатывает свой ответ, прочитав ответы остальных.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Обсуждение: вывести, что и куда передал бы каждый запрос, ничего не отправляя.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Прикрепить изображение (можно повторять).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Продолжить беседу с этим идентификатором.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>Не сохранять ни вопрос, ни ответ (запрос всё равно записывается в журнал аудита).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Выводить рассуждения модели потоком в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>Бюджет контекста для этого вопроса в токенах (по умолчанию: настройка провайдера, иначе длина контекста модели, сообщённая провайдером, иначе %1).</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Вывести в конце один объект JSON вместо потокового текста.</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Секунд на разрешение имени и ещё столько же на установку соединения (0 — без ограничения).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Секунд от установки соединения до начала ответа сервера (0 — без ограничения).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Секунд, в течение которых сервер может молчать после соединения (0 — без ограничения).</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Вопрос.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>Команде «ask» нужен вопрос.</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode должен быть instant, thinking или contemplating.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>Для --%1 нужен --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Укажите либо --agents, либо --ensemble.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents должен быть от %1 до %2.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds должен быть 1 или 2.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Укажите либо --provider NAME, либо --api вместе с --base-url.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>С --incognito нельзя продолжить сохранённую беседу.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>Для --context-tokens нужно положительное число токенов.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 должен быть числом секунд, 0 или больше.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>«%1» — не идентификатор беседы.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api должен быть openai, anthropic, ollama или gemini.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>Для --api нужен --base-url.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Прервано сигналом %1; уже полученное сохранено.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: агент %1 (%2) не ответил: %3</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>Ответ остановлен.</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 принимает только текст, как сообщает %2: изображения она не видит. Выберите модель, которая видит изображения, или спросите без них.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Все запросы, которые Sotto отправил или отклонил, сначала самые новые.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Вывести массив JSON, по одному объекту на запрос.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Вывести CSV со строкой заголовков.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Только запросы начиная с этой даты или времени (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>Команда «audit» не принимает аргументов, только параметры.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Выберите --json или --csv, но не оба.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>«%1» — не дата в формате ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>журнал аудита очищен: удалена %n прежняя запись</numerusform>
            <numerusform>журнал аудита очищен: удалено %n прежние записи</numerusform>
            <numerusform>журнал аудита очищен: удалено %n прежних записей</numerusform>
        </translation>
    </message>
    <message>
        <source> sent</source>
        <translation> отправлено</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Пока ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Парольная фраза для хранилища в %1: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>В %1 ещё нет хранилища. Придумайте парольную фразу для нового: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Есть копия от %1: команда «sotto vault restore %2» вернёт её.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: создано новое зашифрованное хранилище в %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>«%1» — не URL-адрес http(s).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Переменная окружения %1 пуста.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>One of the commands above.</source>
        <translation>Одна из команд выше.</translation>
    </message>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: команда не указана. Список команд: «sotto --help».</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: неизвестная команда «%1». Список команд: «sotto --help».</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Использовать папку профиля &lt;dir&gt; (по умолчанию: $SOTTO_PROFILE, иначе папка данных приложения).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Прочитать парольную фразу хранилища из первой строки &lt;file&gt; (иначе $SOTTO_PASSPHRASE, иначе запрос).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Открыть окно с беседой &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto — конфиденциальный ИИ-помощник для рабочего стола.

Без команды Sotto открывает своё окно.</translation>
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
        <translation>Команды:
  ask [options] PROMPT                   один вопрос, ответ выводится потоком в stdout
  providers add NAME|list|remove NAME    провайдеры моделей и их ключи
  providers detect [--json]              серверы моделей, работающие на этом компьютере
  audit [--json|--csv] [--since DATE]    все отправленные или отклонённые запросы
  policy show|set KEY VALUE              что может покидать этот компьютер
  redact --dry-run TEXT | terms add|remove|list   скрывать персональные данные при отправке
  conversations list|show ID|delete ID   беседы в хранилище
  conversations set ID local-only on|off  оставлять запросы беседы на этом компьютере
  ensembles add NAME|list|remove NAME    агенты, которые совещаются вместе
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         экспорт бесед в документы
  import [--format sotto|chatgpt|claude] FILE   импорт бесед из экспорта
  search QUERY                           полнотекстовый поиск по хранилищу
  transcribe [--provider NAME] FILE      речь из аудиофайла в текст
  vault check|change-passphrase|backups|restore ID   обслуживание хранилища
Параметры команды: «sotto COMMAND --help».</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>«%1» — не идентификатор беседы.</translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Показать список бесед в хранилище, показать или удалить беседу либо пометить её как «только локально».</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Неизвестное действие «%1»: используйте list, show ID, delete ID или set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Использование: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>Команде «conversations %1» нужен ровно один идентификатор беседы.</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>Беседа %1 — только локальная: её запросы отправляются только на этот компьютер.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>Беседа %1 больше не только локальная.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Беседа %1 (%2) удалена.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Помощник</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n изображение]</numerusform>
            <numerusform>[%n изображения]</numerusform>
            <numerusform>[%n изображений]</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>агент %1, раунд %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Добавить, показать или удалить ансамбли для режима «Обсуждение»: именованные наборы из 2–8 агентов (каждый — провайдер и, при желании, модель), хранящиеся в хранилище.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: один агент, PROVIDER или PROVIDER:MODEL (разделяется по первому «:»); укажите от 2 до 8 раз.</translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: инструкция, по которой работает агент на той же позиции (первая --perspective относится к первому --agent); не более одной на агента. Агенты без инструкции получают точку зрения по умолчанию.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: кто пишет итоговый ответ (по умолчанию: провайдер и модель беседы).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1 (по умолчанию) или 2 (раунд доработки).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: вывести JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>Использование: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Ансамблю нужно имя.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>«%1» — не PROVIDER и не PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>В ансамбле от %1 до %2 агентов (--agent).</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Параметров --perspective (%1) больше, чем агентов (%2).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds должен быть 1 или 2.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>итог сводит %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n раунд</numerusform>
            <numerusform>%n раунда</numerusform>
            <numerusform>%n раундов</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Ансамбль %1 удалён.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Ансамбль %1 сохранён: %n агент.</numerusform>
            <numerusform>Ансамбль %1 сохранён: %n агента.</numerusform>
            <numerusform>Ансамбль %1 сохранён: %n агентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Экспортировать одну беседу или все в формате Markdown, JSON, HTML или PDF. С --all формат JSON записывает один файл со всеми беседами; остальные форматы записывают по файлу на беседу в папку PATH. Экспортированный файл может прочитать любой, кто его получит.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>Беседа для экспорта.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Экспортировать все беседы.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html или pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>Файл для записи (с --all и md, html или pdf — папка).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Использование: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Неизвестный формат «%1»: используйте md, json, html или pdf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>«%1» — не идентификатор беседы.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Экспорт %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n беседа в %1.</numerusform>
            <numerusform>Экспортировано %n беседы в %1.</numerusform>
            <numerusform>Экспортировано %n бесед в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>в вашей локальной сети</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>в интернете</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>Отправить %1 в %2 (%3, %4)?

Запрос: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>Отправить в %1?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>&amp;Больше не спрашивать для этого провайдера</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>Ответ превысил %1 Mi символов; он остановлен на этом месте.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Не отправлено: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>Ответ от %1 оборвался, не завершившись.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>По адресу %1 никто не отвечает — Ollama запущен?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>По адресу %1 никто не отвечает — llama-server запущен?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>По адресу %1 никто не отвечает — сервер LM Studio запущен?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>По адресу %1 никто не отвечает.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 работает через API %2, у которого нет точки транскрипции; выберите OpenAI-совместимого провайдера (OpenAI, Groq, speaches, LocalAI…).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 ответил не расшифровкой, а чем-то другим.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Этот файл — не изображение, которое Sotto может прочитать (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>Не удаётся открыть изображение %1: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>Изображение %1 больше 50 МБ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>Изображение больше 50 МБ.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>Изображение повреждено и не может быть декодировано.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>Размер изображения — %1 × %2 пикселей; Sotto принимает не более 100 мегапикселей.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>В изображении больше 100 мегапикселей.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>Не удалось перекодировать изображение.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Импорт бесед из экспорта: собственный JSON Sotto или conversations.json из ChatGPT или Claude (либо .zip, в котором он поставляется). Уже импортированные беседы пропускаются. Файл, который не удаётся прочитать в его формате, ничего не меняет.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt или claude (по умолчанию: определяется по файлу).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>Экспорт для импорта.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Использование: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Неизвестный формат «%1»: используйте sotto, chatgpt или claude.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Импорт… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>Импорт прерван.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Импортирована %n беседа</numerusform>
            <numerusform>Импортировано %n беседы</numerusform>
            <numerusform>Импортировано %n бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>пропущен %n дубликат.</numerusform>
            <numerusform>пропущено %n дубликата.</numerusform>
            <numerusform>пропущено %n дубликатов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>В системной связке ключей нет парольной фразы для этого хранилища.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>Системная связка ключей отказала в доступе.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>Системная связка ключей недоступна, поэтому парольную фразу нельзя запомнить.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Ошибка системной связки ключей: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>Парольная фраза сохранена в системной связке ключей, но Sotto не может отметить это в %1.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>локальная сеть</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>интернет</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 на порту %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>На этом компьютере не запущен ни один сервер моделей (искали: %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Изображение не загружено: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Изображение «%1» не загружено: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 не предлагает формата звука, который Sotto может записать.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>Не удалось открыть %1: возможно, его использует другая программа.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 прекратил запись: возможно, его отключили или его занял другой процесс.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Не удаётся прочитать файл с парольной фразой %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Файл с парольной фразой %1 пуст.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE задана, но пуста.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>Нет парольной фразы: задайте SOTTO_PASSPHRASE, укажите --passphrase-file или запустите в терминале.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Парольная фраза не введена.</translation>
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
        <translation>Показать или изменить, что может покидать этот компьютер.

Ключи: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (скрытие персональных данных: по умолчанию для адресатов в интернете),
proxy URL|off (http://HOST:PORT с CONNECT или socks5h://HOST:PORT, где прокси сам разрешает
имена, например Tor на socks5h://127.0.0.1:9050; адреса loopback идут напрямую),
retention-days N (0 — хранить всё), audit-retention-days N (сколько дней хранить записи аудита;
0 — хранить все), agent-deadline N (сколько секунд может занимать ответ каждого агента
в режиме «Обсуждение» в каждом раунде; 0 — без ограничения); для провайдера (с --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
следовать глобальной политике redact), proxy URL|direct|default (default: глобальный прокси).</translation>
    </message>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>Провайдер, к которому относится настройка для отдельного провайдера.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: вывести JSON.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>Используйте «policy show» или «policy set KEY VALUE».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>«%1» задаётся для каждого провайдера: добавьте --provider NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>«%1» — недопустимое значение для %2; используйте %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 теперь %2.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>«%1» — недопустимое значение для %2; используйте %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>число дней (0 — хранить всё)</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>число секунд (0 — без ограничения)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Неизвестный параметр политики «%1»; известные: %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Провайдера с именем %1 нет.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Парольная фраза для хранилища в %1: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>контекст %L1 токенов</translation>
    </message>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Взять за основу известного провайдера: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama или gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>Корневой адрес API.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>Модель по умолчанию.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Сохранить ключ API из этой переменной окружения (иначе он будет запрошен в терминале).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>Провайдеру не нужен ключ API.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Разрешить незашифрованный http к узлу в интернете (обычно запрещено).</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>Бюджет контекста в токенах (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Отправлять запросы этого провайдера через прокси: http://HOST:PORT (CONNECT) или socks5h://HOST:PORT; direct — в обход глобального прокси (по умолчанию: глобальный).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Неизвестный шаблон «%1»; известные: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api должен быть openai, anthropic, ollama или gemini.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>Команде «providers add» нужен --preset или --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>Команде «providers add» нужен адрес http(s) в --base-url.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>Базовый URL не должен содержать имя пользователя или пароль; укажите ключ через --api-key-env или при запросе.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>Для --context-tokens нужно положительное число токенов.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Переменная окружения %1 пуста.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Ключ API для %1: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>Ключ API не указан: используйте --api-key-env VAR, терминал или --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Провайдер %1 сохранён (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Провайдер %1 удалён.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (отключён)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Не отправлено: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 по адресу %2: моделей пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 по адресу %2: %n модель (%3)</numerusform>
            <numerusform>%1 по адресу %2: %n модели (%3)</numerusform>
            <numerusform>%1 по адресу %2: %n моделей (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Добавить, показать или удалить провайдеров моделей либо найти серверы моделей, работающие на этом компьютере. Ключи API хранятся в зашифрованном хранилище и никогда не передаются в командной строке.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: вывести JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (запрашивает у провайдера его модели и длины их контекста) | detect (ищет серверы моделей, работающие на этом компьютере: Ollama, llama.cpp, LM Studio, vLLM, Jan; только loopback)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Используйте «providers add NAME …», «providers list», «providers remove NAME», «providers models NAME» или «providers detect».</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>только текст</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto не использует %1 из окружения: его запросы идут напрямую. Чтобы отправлять их через прокси, выполните «sotto policy set proxy http://HOST:PORT» (или socks5h://HOST:PORT) либо задайте прокси в разделе «Настройки › Конфиденциальность».</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>Добавлено «%1»: оно будет скрываться при отправке.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>«%1» уже есть в списке терминов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>«%1» нет в списке терминов.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Используйте «redact terms add TERM», «redact terms remove TERM» или «redact terms list [--json]».</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>Скрытие данных выключено (policy redact off): текст отправляется как есть.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>Нечего скрывать — ничего не найдено.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Скрывать персональные данные при отправке (docs/PRIVACY.md).

  redact --dry-run TEXT             вывести TEXT так, как он был бы отправлен провайдеру в интернете
                                    (заменённое выводится в stderr или в --json)
  redact terms add TERM | remove TERM | list [--json]
                                    ваши собственные термины (имена, компания, кодовые названия)

Когда срабатывает: sotto policy set redact off|internet|always. Распознавание может что-то пропустить.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Показать, что будет отправлено.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT или: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Используйте «redact --dry-run TEXT» или «redact terms add|remove|list».</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>GPS-координаты</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>марка и модель камеры</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>дата съёмки</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программа</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>ещё %n тег</numerusform>
            <numerusform>ещё %n тега</numerusform>
            <numerusform>ещё %n тегов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n текстовая заметка</numerusform>
            <numerusform>%n текстовые заметки</numerusform>
            <numerusform>%n текстовых заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>данные XMP</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>цветовой профиль</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>В изображении не было метаданных.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Удалено перед сохранением и отправкой: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Искать в заголовках, сообщениях и рассуждениях в хранилище (должно совпасть каждое слово).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>Не более &lt;n&gt; результатов (по умолчанию 50).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Слова для поиска.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>Команде «search» нужны слова для поиска.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Совпадений нет.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>в вашей локальной сети</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>в интернете</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>Отправить %1 в %2 (%3, %4)? [y — да, N — нет, a — да и больше не спрашивать] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the letter that answers yes to the [y/N] prompt</comment>
        <translation>д</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <source>Turn speech into text: send an audio file to an OpenAI-compatible transcription endpoint (audited like any request) and print the text. Without --provider or --api, the provider chosen for transcription in the settings is used.</source>
        <translation>Превратить речь в текст: отправить аудиофайл в OpenAI-совместимую точку транскрипции (с записью в журнал, как любой запрос) и вывести текст. Без --provider или --api используется провайдер, выбранный для транскрипции в настройках.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Провайдер, добавленный командой «sotto providers add».</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Разовый провайдер: openai (любой OpenAI-совместимый сервер).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Разовый провайдер: корень API (например, http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Разовый провайдер: переменная окружения с ключом API.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>Модель транскрипции (по умолчанию: из настроек, иначе %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>Аудио: WAV, MP3, FLAC, Ogg, M4A или WebM, не больше 25 МБ.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>Команде «transcribe» нужен один аудиофайл.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Укажите либо --provider ИМЯ, либо --api вместе с --base-url.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api требует --base-url, а --base-url требует --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api должен быть openai.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>У API %1 нет точки транскрипции; используйте --api openai с OpenAI-совместимым сервером.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Укажите --provider ИМЯ или --api openai с --base-url либо выберите провайдера транскрипции в настройках.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 работает через API %2, у которого нет точки транскрипции.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Прервано сигналом %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>Транскрипция завершилась без ответа.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 больше %2 МБ — предела для службы транскрипции.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 — не аудио, которое можно расшифровать (WAV, MP3, FLAC, Ogg, M4A или WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>Провайдер транскрипции не выбран: выберите его в Настройки › Голос.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>В %1 ещё нет хранилища.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Резервная копия хранилища записана в %1 (%2). Она зашифрована: её открывает текущая парольная фраза хранилища.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Парольная фраза резервной копии %1: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>Заменённые файлы сохранены как копия %1 («sotto vault backups»).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Хранилище восстановлено из %1 (резервная копия от %2).</translation>
    </message>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Обслуживание зашифрованного хранилища.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: прочитать новую парольную фразу из &lt;file&gt; (иначе $SOTTO_NEW_PASSPHRASE, иначе запрос).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: вернуть хранилище из файла резервной копии &lt;file&gt; (созданного командой «sotto vault backup»; запрашивает парольную фразу этой резервной копии).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: записать хранилище, по-прежнему зашифрованное, в один файл; check: проверить целостность хранилища; change-passphrase: перешифровать его с новой парольной фразой; backups: показать копии, сделанные перед обновлениями и восстановлениями; restore ID | restore --file FILE: вернуть копию или файл резервной копии (текущие файлы сохраняются как ещё одна копия).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Используйте «sotto vault backup FILE», «check», «change-passphrase», «backups», «restore ID» или «restore --file FILE».</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>заменено при восстановлении</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>Копий хранилища нет.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Копия %1 восстановлена; заменённые ею файлы сохранены как ещё одна копия.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>Хранилище в %1 повреждено (найдена %n проблема).</numerusform>
            <numerusform>Хранилище в %1 повреждено (найдено %n проблемы).</numerusform>
            <numerusform>Хранилище в %1 повреждено (найдено %n проблем).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>Хранилище в %1 в порядке.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE пуста.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Повторите новую парольную фразу: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>Парольная фраза хранилища изменена.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>Записи аудита %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>Журнал аудита очищен: удалена %n прежняя запись.</numerusform>
            <numerusform>Журнал аудита очищен: удалено %n прежние записи.</numerusform>
            <numerusform>Журнал аудита очищен: удалено %n прежних записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Сначала добавьте провайдера моделей («Настройки» → «Провайдеры»).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Выберите провайдера для этой беседы.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[изображение не включено]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Беседа не является объектом.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>У беседы нет дерева сообщений (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Беседа не является объектом.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>У беседы нет списка сообщений (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Вложение %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[изображение не включено]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[файл не включён: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>агент %1 (%2)</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>нет ответа в пределах срока агента (%1 с)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Эта беседа только локальная, а ансамбль опрашивает агентов не на этом компьютере; ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Ни один агент не ответил — %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>агент %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>агент %1, раунд 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>сведение</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2 (%3) на %4 [%5]: байт — %6, символов — %7, изображений — %8</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, а также ответы агентов</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>всего: %n запрос</numerusform>
            <numerusform>всего: %n запроса</numerusform>
            <numerusform>всего: %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, байт — %1, символов — %2, изображений — %3 до ответов агентов</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Ансамбля «%1» больше нет: выберите, кто участвует в обсуждении.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>В ансамбле «%1» указаны ненастроенные провайдеры: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[изображение не включено]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>Это не %1: похоже на %2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Беседа %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Вложенность глубже, чем бывает у экспорта (%1 уровней).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>Он повреждён или неполон: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Беседа инкогнито никогда не сохраняется.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Беседы %1 нет.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>Не удалось отправить запрос к %1: %2.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>Не удалось отправить запрос к %1: недопустимый прокси у провайдера %2 (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>Не удалось найти прокси %1.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>Не удалось найти сервер %1.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>Не отправлено: журнал конфиденциальности не смог записать запрос (%1).</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>Прокси %1 не подключился к %2: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>Прокси %1 прислал собственные данные до запроса к %2.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>Не удалось найти адрес прокси %1 за %2 с.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>Не удалось найти адрес сервера %1 за %2 с.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>Не удалось подключиться к %1 через прокси %2 за %3 с.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Не удалось подключиться к %1 за %2 с.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 не ответил за %2 с; запрос остановлен.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 ничего не присылал %2 с; запрос остановлен.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 перенаправил запрос на %2; Sotto не следует перенаправлениям.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 закрыл соединение до завершения ответа.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 прислал некорректный ответ (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 ответил HTTP %2%3.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>Прокси %1 отклонил соединение; он запущен?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>Прокси %1 закрыл соединение до подключения к %2.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>Ошибка соединения с прокси %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 отклонил соединение; сервер запущен?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Не удалось установить защищённое соединение с %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 закрыл соединение до его установки.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Ошибка соединения с %1: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>Не отправлено, заблокировано вашими настройками конфиденциальности: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Остановлено вашими настройками конфиденциальности: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto завершал работу.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>провайдер %1 отключён</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>включён автономный режим</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>беседа только локальная</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>для провайдера %1 запрещён http-to-internet</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>вы отказались от отправки</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>включён ask-before-send, но спросить вас было некому</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>ask-before-send: вы одобрили %1 как адресат класса «%2», но имя разрешилось в адрес класса «%3»</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Выберите провайдера для каждого агента.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Ансамбль с именем %1 уже существует.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Ансамблю нужно имя.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>В ансамбле от %1 до %2 агентов.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>В ансамбле 1 или 2 раунда.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>Ансамбля с именем %1 нет.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Беседа %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Экспортировано из Sotto %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Помощник</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Помощник · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>версия %1 из %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>токенов: %1 на входе · %2 на выходе</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Размышление</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Агент %1 · %2 · раунд %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>не удаётся создать папку</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>экспорт не был начат</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>экспорт Sotto в JSON</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>экспорт ChatGPT</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>экспорт Claude</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>Это не файл JSON.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Это не экспорт Sotto, ChatGPT или Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>Это повреждённый или неполный zip-файл.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>Это повреждённый zip-файл.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>В нём есть файл, путь которого выходит за пределы архива (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>В zip-файле нет conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>Его conversations.json больше, чем допускает импорт.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>Нет архива для чтения.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>В zip-файле нет %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 больше допустимого.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 повреждён.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>При распаковке даёт гораздо больше, чем содержит (zip-бомба).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>Он больше, чем допускает импорт (%1 МБ).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>В нём есть текст длиннее, чем допускает импорт (%1 МБ).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (около байта %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>Это не список бесед.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Его &quot;%1&quot; не является списком.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>Это не объект.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>В нём нет списка &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Он обрывается слишком рано.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>Недопустимые параметры формирования ключа хранилища.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>Недостаточно памяти для формирования ключа хранилища.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>Ответ слишком длинный для списка моделей.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Сообщения %1 нет.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Вложения %1 нет.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Беседы %1 нет.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Очень слабая: её можно подобрать за считаные мгновения.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Слабая: добавьте несколько не связанных между собой слов, чтобы усилить её.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>Отличная.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>Не удалось записать PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Не удаётся создать папку профиля %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>Нет доступа на запись в папку профиля %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 сейчас перегружен; повторите попытку чуть позже.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 сообщает об ограничении частоты запросов; повторите через %n с.</numerusform>
            <numerusform>%1 сообщает об ограничении частоты запросов; повторите через %n с.</numerusform>
            <numerusform>%1 сообщает об ограничении частоты запросов; повторите через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 сообщает об ограничении частоты запросов; повторите попытку позже.</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 сообщает, что беседа длиннее, чем модель может прочитать за раз (её контекстное окно). Уменьшите бюджет контекста провайдера, чтобы старые сообщения не отправлялись, или начните новую беседу.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 отклонил ключ API.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>У %1 нет модели «%2».</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>У %1 нет такой конечной точки API (HTTP 404); проверьте базовый URL провайдера.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 сообщает, что на счёте закончились средства или квота.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>Ошибка сервера %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>Ошибка сервера %1 (HTTP %2); повторите попытку позже.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 отклонил запрос: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 отклонил запрос (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 ответил ошибкой: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 ответил с кодом состояния HTTP %2.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 прервал ответ с ошибкой.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 прервал ответ с ошибкой: %2</translation>
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
        <translation>Ollama (на этом компьютере)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>Сервер llama.cpp (на этом компьютере)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (на этом компьютере)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Другой, совместимый с OpenAI</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Провайдеру нужно имя.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Провайдера с именем %1 нет.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>Не удалось прочитать список моделей провайдера.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>общий сбой</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>запрещено его правилами</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>узел недоступен или не найден</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>истекло время жизни (TTL)</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>команда не поддерживается</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>тип адреса не поддерживается</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>имя узла слишком длинное для прокси SOCKS5</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>ответ HTTP-прокси на CONNECT слишком длинный</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>HTTP-прокси ответил не по HTTP</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>HTTP-прокси отказал в туннеле: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>прокси не поддерживает SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>прокси SOCKS5 требует входа, а Sotto это не поддерживает</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>прокси SOCKS5 не смог подключиться: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>прокси SOCKS5 прислал некорректный ответ</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>«%1» — не URL-адрес прокси; используйте http://HOST:PORT или socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>С socks5:// имя каждого сервера разрешалось бы на этом компьютере; используйте socks5h://, чтобы имена разрешал прокси.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto работает с прокси http:// (CONNECT) и socks5h://, но не %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>URL-адрес прокси не может содержать имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>URL-адрес прокси состоит только из схемы, узла и порта.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>В URL-адресе прокси нужен порт (например, socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>Имя узла прокси слишком длинное.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>Текст: символов — %1</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>Сообщения: отправлено %1 (включая вопрос), %2 более ранних пропущено, чтобы уложиться в контекст</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Изображения: %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Персональные данные заменены заполнителями: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Есть копия от %1: команда «sotto vault restore %2» вернёт её.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Ответ ещё пишется. Остановите его или дождитесь завершения, затем восстановите резервную копию.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» ещё не сохранено.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>Выбранный для транскрипции провайдер %1 больше не настроен: выберите другой в Настройки › Голос.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Это не экспорт Sotto в JSON.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>Это версия формата Sotto, которую этот Sotto не может прочитать.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Беседа не является объектом.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>У беседы нет списка сообщений.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>У сообщения нет id или такой же id есть у другого сообщения.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>Сообщение %1 следует за сообщением, которое не стоит перед ним.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>У сообщения %1 нет роли.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Изображение сообщения %1 не в base64.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>Диск заполнен, поэтому хранилище не смогло сохранить последнее изменение. Освободите место; всё сохранённое ранее не пострадало.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>Нет доступа на запись в папку хранилища (только для чтения или нет прав), поэтому последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>В хранилище произошла ошибка чтения или записи, поэтому последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>База данных хранилища повреждена. Запустите проверку целостности.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>Хранилище занято. Повторите попытку.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>Изменение противоречит содержимому хранилища.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Непредвиденная ошибка хранилища.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>Провайдер сообщил об ошибке.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>Сервер прислал часть ответа, которая не является корректным JSON; она пропущена.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>Сервер прислал строку или событие больше %1 МиБ; ответ остановлен на этом месте.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>Сообщения, на которое нужно ответить повторно, больше нет.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>Вопрос слишком длинный для бюджета контекста в %1 токенов (около %2 токенов). Сократите его, прикрепите меньше изображений или увеличьте бюджет контекста провайдера.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>Хранилище в %1 уже открыто в другом процессе Sotto (процесс %2). Сначала закройте его.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Не удаётся создать файл блокировки %1.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>В профиле %1 уже есть хранилище; Sotto не будет его перезаписывать.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>Не удаётся завершить создание хранилища в %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>Не удаётся создать хранилище в %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>В %1 ещё нет хранилища.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>Заголовок хранилища %1 не относится к базе данных %2 (их идентификаторы базы данных различаются). Ничего не изменено; верните заголовок, который шёл с этой базой данных, или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Не удаётся записать заголовок хранилища %1.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>Хранилище в %1 записано более новой версией Sotto (схема %2; эта версия знает схемы до %3). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>Не удалось обновить хранилище до этой версии Sotto: %1 Оно осталось на версии схемы %2, а копия, сделанная перед обновлением, находится в %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>Не удаётся открыть базу данных хранилища %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>Механизм шифрования хранилища отклонил ключ.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto собран с SQLite без шифрования и отказывается записывать хранилище в открытом виде. Пересоберите его с SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>Не удаётся настроить шифрование хранилища.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>Не удаётся прочитать базу данных хранилища %1, хотя парольная фраза верна: она повреждена или заменена другим файлом. Ничего не изменено; восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>Хранилище не может держать свои временные данные в памяти, поэтому оно не открыто.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>Папка хранилища не поддерживает журнал упреждающей записи (WAL).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>Изменение отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Это не парольная фраза хранилища.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Новая парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>Хранилище ещё используется; парольная фраза не изменена.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>Не удаётся заменить %1; парольная фраза не изменена.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>Парольная фраза изменена, но не удалось переименовать %1 в %2; Sotto завершит это при следующей разблокировке.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>Сейчас нельзя создать резервную копию хранилища: часть его ещё записывается. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Не удаётся прочитать хранилище %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>Не удаётся записать резервную копию %1: %2. Туда ничего не записано; проверьте папку и свободное место, затем повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 не является читаемой резервной копией хранилища Sotto: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>начало файла не похоже на резервную копию</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>она имеет формат %1, неизвестный этой версии Sotto</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>её описание повреждено</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>содержащиеся в ней параметры ключа повреждены</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>она неполная (обрезана)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>в её конце есть лишние байты</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>Резервная копия %1 повреждена: её содержимое не совпадает с контрольной суммой.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>Резервная копия %1 повреждена: её параметры ключа относятся к другому хранилищу.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Эта парольная фраза не открывает резервную копию %1. Ничего не изменено; используйте парольную фразу, которая была у хранилища при создании резервной копии.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>Хранилище в %1 открыто в другом процессе Sotto; закройте его, прежде чем восстанавливать резервную копию.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>Не удаётся переместить %1, чтобы восстановить резервную копию. Ничего не удалено; уже перемещённые файлы находятся в %2.</translation>
    </message>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>Не удаётся скопировать хранилище в %1 перед обновлением. Ничего не изменено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Резервной копии %1 нет.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>Не удаётся удалить резервную копию %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>Не удаётся скопировать резервную копию %1 на место. Прежние файлы находятся в %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>Не удаётся поставить резервную копию %1 на место. Прежние файлы находятся в %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>Не удаётся прочитать копию в %1.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>Заголовок хранилища %1 повреждён (%2). Восстановите его из резервной копии папки профиля.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>некорректный JSON</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>не заголовок хранилища Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>Заголовок хранилища %1 имеет формат %2, который эта версия Sotto не может прочитать.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>неизвестный способ формирования ключа</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>отсутствующие или некорректные поля</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>недопустимые пределы формирования ключа</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>Заголовок хранилища %1 отсутствует. Без него хранилище нельзя разблокировать; восстановите его из резервной копии папки профиля.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>Не удаётся прочитать заголовок хранилища %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Не удаётся записать заголовок хранилища %1.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>База данных хранилища %1 отсутствует. Восстановите её из резервной копии папки профиля.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>Не удаётся прочитать базу данных хранилища %1: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>База данных хранилища %1 не зашифрована. Sotto отказывается её использовать.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>База данных хранилища %1 обрезана или повреждена (%2 байт). Ничего не изменено; восстановите резервную копию.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>Нет ответа, который передаётся потоком как сообщение %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Заменить сохранённый ключ API</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Удалить сохранённый ключ API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>Сохранённый ключ будет удалён при сохранении.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>Новый ключ заменит сохранённый при сохранении.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Ключ сохранён (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Цветовая тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Размер текста беседы в пунктах</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto перейдёт на этот язык при следующем запуске.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>&amp;Размер текста беседы:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Enter отправляет сообщение (Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Если выключено, Enter начинает новую строку, а Ctrl+Enter отправляет.</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>Настройки внешнего вида хранятся вне хранилища, поэтому действуют ещё до разблокировки. В них нет ничего из того, что вы написали.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Локальная сеть</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Loopback (127.0.0.0/8, ::1, localhost): ничего не покинуло этот компьютер.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Локальная сеть (частный, локальный для канала или .local-адрес): данные покинули этот компьютер, но не локальную сеть.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Интернет (любой другой адрес или имя узла): данные покинули вашу сеть.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Отправлено, нет ответа</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
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
        <translation>Журнал аудита очищен</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>удалена %n запись</numerusform>
            <numerusform>удалено %n записи</numerusform>
            <numerusform>удалено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Заблокировано: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Заблокировано · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n запрос одного ответа</numerusform>
            <numerusform>%n запроса одного ответа</numerusform>
            <numerusform>%n запросов одного ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 из %n завершён</numerusform>
            <numerusform>%1 из %n завершено</numerusform>
            <numerusform>%1 из %n завершено</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 в %n запросе</numerusform>
            <numerusform>%1: %2 в %n запросах</numerusform>
            <numerusform>%1: %2 в %n запросах</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Ничего не отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n запрос · %1</numerusform>
            <numerusform>%n запроса · %1</numerusform>
            <numerusform>%n запросов · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Камера:</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Переснять</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>&amp;Использовать снимок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Просмотр с камеры</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Запуск камеры…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Сделать снимок (Пробел или Enter)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Использовать снимок</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Приложить этот снимок к сообщению; его метаданные удаляются, как у любого изображения</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>Эту камеру нельзя использовать: возможно, её занимает другая программа или доступ запрещён. Выберите другую камеру или отмените.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>Эту камеру нельзя использовать: возможно, её занимает другая программа или доступ запрещён.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>Не удалось сделать снимок. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>На этом компьютере не найдено камеры.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Изменение парольной фразы</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Изменить парольную фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Подтверждение новой парольной фразы</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Надёжность новой парольной фразы</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Перешифрование хранилища</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>Хранилище будет перешифровано с новой парольной фразой. Старая перестанет действовать, а потерянную парольную фразу по-прежнему невозможно восстановить.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Текущая:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Новая:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Новую парольную фразу легко подобрать. Любой, кто скопирует файл хранилища, сможет быстро перебрать множество вариантов. Всё равно использовать её?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>Парольная фраза не изменена: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Только локально</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>Не отправлять эту беседу никуда, кроме этого компьютера</translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Инкогнито: ничего из этого чата не сохраняется</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Эта беседа никогда не записывается в хранилище: она забудется, если её закрыть, открыть другую или заблокировать хранилище. Запросы всё равно записываются в журнал конфиденциальности.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Вы редактируете сообщение: отправьте его, чтобы задать вопрос заново с этого места, или нажмите Esc для отмены.</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Сначала остановите ответ (Esc), затем удалите сообщение.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Удалить из хранилища это сообщение и %n следующее за ним в этой версии?</numerusform>
            <numerusform>Удалить из хранилища это сообщение и %n следующих за ним в этой версии?</numerusform>
            <numerusform>Удалить из хранилища это сообщение и %n следующих за ним в этой версии?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>Удалить это сообщение из хранилища?</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>Обсудить этот вопрос?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Агентов этого ответа больше нет в хранилище.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>этой модели</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>агенты %2 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Ансамбль «%1» (%n агент)</numerusform>
            <numerusform>Ансамбль «%1» (%n агента)</numerusform>
            <numerusform>Ансамбль «%1» (%n агентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>агенты ансамбля «%1»</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Обсуждение (Ctrl+3): несколько агентов рассуждают параллельно, затем из их ответов сводится один. Сейчас %1 не могут участвовать в обсуждении: выберите провайдера или ансамбль, все провайдеры которого настроены.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Открыть этот адрес в веб-браузере?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>Отправить без изображений?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Отправьте только текст или отмените и выберите модель, которая видит изображения.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Отправить только текст</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 принимает только текст, как сообщает %2: изображения она не видит.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Выберите модель, которая видит изображения, иначе будет отправлен только текст.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Диктовка</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>К последнему</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Перейти к последнему сообщению (Ctrl+End)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Перейти к последнему сообщению</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Этого сообщения больше нет в хранилище.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Прикрепить изображения (их также можно вставить или перетащить)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Прикрепить изображения</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter — отправить, Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter — отправить, Enter — новая строка</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Убрать изображение %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Остановить ответ (Esc); уже полученное сохранится</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Отправить (Enter или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Сделать снимок камерой</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Диктовка: говорите, и слова появятся здесь для проверки</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Диктовка</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Изображение %1: %2 × %3 пикс., %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Место удалено</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Нет метаданных</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>удалён %n</numerusform>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Спросите что угодно…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>Добавить &amp;агента</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>Со&amp;хранить ансамбль</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Сначала добавьте провайдера на странице «Провайдеры»: каждый агент — это провайдер и одна из его моделей.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Сколько времени может занимать ответ каждого агента в каждом раунде</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Сколько может занимать ответ каждого агента в каждом раунде: при двух раундах у агента снова есть это время на доработку. Агент, превысивший его, пропускается с уведомлением.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Сохранённые ансамбли</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Новый ансамбль</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Удалить ансамбль</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Имя ансамбля</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Например: локальное трио</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Провайдер для сведения</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Модель для сведения</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Модель провайдера по умолчанию</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Один: агенты отвечают, затем из их ответов пишется один</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Два: сначала каждый агент дорабатывает ответ, прочитав ответы остальных</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>&amp;Время на ответ каждого агента:</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Агенты (от 2 до 8), у каждого — провайдер, модель и точка зрения:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>Св&amp;едение:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Раунды:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Ансамбли</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>Режим «Обсуждение» задаёт один и тот же вопрос сразу нескольким агентам, каждому в режиме «Размышление» и со своей точкой зрения; затем ещё один запрос пишет из их ответов единый ответ. Три агента — это четыре запроса на вопрос (семь со вторым раундом). Рассуждения агентов остаются на этом компьютере: на сведение передаются только их ответы.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Агент, который отвечает дольше, пропускается, и ответ пишется по ответам остальных.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Без ансамбля режим «Обсуждение» несколько раз опрашивает модель самой беседы с разных точек зрения. Ансамбль может сочетать провайдеров: две локальные модели и одну облачную или только локальные.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n агент</numerusform>
            <numerusform>%n агента</numerusform>
            <numerusform>%n агентов</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>новый ансамбль</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Несохранённый ансамбль</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Отменить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Модель по умолчанию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Провайдер агента %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Модель агента %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Точка зрения агента %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>Инструкция, по которой работает этот агент. Если пусто: «%1»</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Убрать агента %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>Модель беседы</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (не настроен)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Ансамбль %1 сохранён.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Удаление ансамбля</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>Удалить ансамбль %1? Уже данные им ответы останутся в своих беседах.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Ансамбль %1 удалён.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>в вашей локальной сети</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>в интернете</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 в %2 (%3)</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>Агентов: %1, каждый дорабатывает ответ один раз, + 1 сведение</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>Агентов: %1 + 1 сведение</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Обсуждение (Ctrl+3): %1 рассуждают параллельно, затем из их ответов сводится один.
%2: запросов — %3 %4.
Каждому агенту отправляется беседа; на сведение — вопрос и ответы агентов (но никогда не их рассуждения).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Агент %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Агент %1, доработка</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Сведение</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n символ</numerusform>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n символа</numerusform>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n изображение</numerusform>
            <numerusform>, %n изображения</numerusform>
            <numerusform>, %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, а также ответы агентов</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>Для этого вопроса режим «Обсуждение» отправит %n запрос:</numerusform>
            <numerusform>Для этого вопроса режим «Обсуждение» отправит %n запроса:</numerusform>
            <numerusform>Для этого вопроса режим «Обсуждение» отправит %n запросов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>Всего %1 и %n символ</numerusform>
            <numerusform>Всего %1 и %n символа</numerusform>
            <numerusform>Всего %1 и %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> до ответов агентов.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>Отправить их? Для этой беседы вопрос больше задаваться не будет.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Размышления: %n с</numerusform>
            <numerusform>Размышления: %n с</numerusform>
            <numerusform>Размышления: %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Скопировано</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— Более ранние сообщения не отправлены: они не уместились в бюджет контекста —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Помощник</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Размышляет…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Рассуждения</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Не завершён: ответ оборвался до окончания.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Показать, что ответил каждый агент до сведения</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n агент участвовал в обсуждении — показать</numerusform>
            <numerusform>%n агента участвовали в обсуждении — показать</numerusform>
            <numerusform>%n агентов участвовали в обсуждении — показать</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>Во что обошёлся этот ответ: токены запроса и ответа</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>токенов: %1 на входе · %2 на выходе</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Копировать этот код</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Изображение %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Отвечает…</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Закреплено: </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto хранит ваши беседы, изображения, ключи API и журнал отправленного в зашифрованном хранилище на этом компьютере. Придумайте парольную фразу, чтобы запереть его.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Подтверждение парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Потерянную парольную фразу невозможно восстановить.&lt;/b&gt; Никто — даже разработчики Sotto — не сможет открыть хранилище без неё. Запишите её в надёжном месте.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Я понимаю, что забытую парольную фразу невозможно восстановить</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>П&amp;одтверждение:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Эту парольную фразу легко подобрать. Любой, кто скопирует файл хранилища, сможет быстро перебрать множество вариантов. Всё равно использовать её?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Отправлено данных</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Получено данных</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Отправлено изображений</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>По узлам</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>ни один не покинул этот компьютер</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n покинул этот компьютер</numerusform>
            <numerusform>%n покинули этот компьютер</numerusform>
            <numerusform>%n покинули этот компьютер</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 — в интернет</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 на запрос</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>изображения не отправлялись</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>персональные данные заменены перед отправкой</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>остановлено вашими настройками</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Панель конфиденциальности — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Панель конфиденциальности</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>Что покинуло этот компьютер, запрос за запросом.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>С полуночи</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Сегодня и 6 предыдущих дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Сегодня и 29 предыдущих дней</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Всё, что есть в журнале аудита</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Обзор (Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Запросы (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Сохранить запросы за период в CSV или JSON (поля «sotto audit»)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>В CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>В JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Удалить все записи аудита; останется одна запись о том, когда и сколько удалено</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Экспорт журнала аудита</translation>
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
            <numerusform>%n запрос экспортирован в %1</numerusform>
            <numerusform>%n запроса экспортировано в %1</numerusform>
            <numerusform>%n запросов экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>Очистить журнал аудита?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Все записи об отправленном и все сохранённые копии запросов будут удалены. Останется одна запись о том, когда был очищен журнал аудита и сколько записей в нём было. Если они могут понадобиться, сначала экспортируйте журнал.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>Удалена %n запись</numerusform>
            <numerusform>Удалено %n записи</numerusform>
            <numerusform>Удалено %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Нет провайдера: ничего не отправляется</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Выберите провайдера, чтобы начать. До тех пор ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Остаётся на этом компьютере</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Ваши слова отправляются в %1 — модель, работающую на этом компьютере.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Локальная сеть: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Ваши слова отправляются в %1 в вашей локальной сети, а не в интернет.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Интернет: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Ваши слова отправляются через интернет в %1.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>только локально</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Эта беседа помечена как «только локально»: Sotto не отправит её никуда, кроме этого компьютера.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>заблокировано: автономный режим</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>Включён автономный режим: в %1 ничего не отправляется, пока вы не выключите его в разделе «Настройки» → «Конфиденциальность».</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>Куда отправлялись запросы</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: %2% запросов, %3% отправленных данных</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Куда отправлено</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Отправлено запросов</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Отправлено данных</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>На этом компьютере не найден микрофон.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>На этом компьютере не найден микрофон: подключите его, чтобы диктовать.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>Ничего не записано: может быть, микрофон выключен?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>В записи не распознана речь.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Отправлено данных за день</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 отправлено, %n столбец</numerusform>
            <numerusform>%1 отправлено, %n столбца</numerusform>
            <numerusform>%1 отправлено, %n столбцов</numerusform>
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
        <translation>JSON, всё сохраняется (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, один файл (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Экспорт беседы</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Беседы Sotto %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Экспорт всех бесед (Markdown, HTML и PDF: папка с этим именем)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Экспорт: без шифрования</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Экспортированный файл не зашифрован: любой, кто его получит или получит доступ к папке, в которую вы его сохраните, сможет прочитать беседу вместе с изображениями. Sotto больше не будет спрашивать.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Экспорт бесед…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Экспортировать все</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Экспорт беседы %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n беседа в %1.</numerusform>
            <numerusform>Экспортировано %n беседы в %1.</numerusform>
            <numerusform>Экспортировано %n бесед в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Объяснить понятие</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Объясни простыми словами, с примером: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Кратко изложить текст</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Изложи это в нескольких предложениях:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Набросать письмо</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Напиши короткое дружелюбное письмо, которое </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Найти ошибку</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Найди ошибку в этом коде:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Начать сообщение с «%1»</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Чат инкогнито</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Чем могу помочь?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>Ничего из этого чата не сохраняется: он забудется, если его закрыть, открыть другой или заблокировать хранилище.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Предыдущее изображение</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Предыдущее изображение (Влево)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Следующее изображение</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Следующее изображение (Вправо)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Уменьшить (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Увеличить (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>По размеру окна (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Реальный размер: один пиксель изображения на пиксель экрана</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Копировать изображение в буфер обмена (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Сохранить копию изображения в файл вне зашифрованного хранилища (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Масштаб: %1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Изображение %1 из %2 — %3 × %4 пикс.</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Изображение скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>Сохранить копию вне хранилища?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>Копия — обычный файл вне зашифрованного хранилища Sotto: его откроет любой, кто может читать выбранную папку.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>image-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Изображения (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Не удалось сохранить копию: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Экспорт Sotto, ChatGPT или Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Импорт бесед</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>Импортирована %n беседа из %1</numerusform>
            <numerusform>Импортировано %n беседы из %1</numerusform>
            <numerusform>Импортировано %n бесед из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n уже в хранилище, пропущена</numerusform>
            <numerusform>%n уже в хранилище, пропущены</numerusform>
            <numerusform>%n уже в хранилище, пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Импорт отменён: до этого импортирована %n беседа; ни одной наполовину.</numerusform>
            <numerusform>Импорт отменён: до этого импортировано %n беседы; ни одной наполовину.</numerusform>
            <numerusform>Импорт отменён: до этого импортировано %n бесед; ни одной наполовину.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 не импортирован, ничего не изменилось: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Запомнить парольную фразу в системной &amp;связке ключей</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Запомнить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Запомнить парольную фразу в системной связке ключей</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Парольная фраза для запоминания</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>Парольная фраза вашего хранилища</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Запомнить парольную фразу</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>Не запоминать парольную фразу</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>Тогда Sotto будет разблокироваться без запроса, пока вы находитесь в системе. Любой, кто может пользоваться вашей учётной записью, пока она разблокирована, тоже сможет открыть хранилище.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>В связке ключей всё ещё хранится старая парольная фраза: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>Парольная фраза удалена из системной связки ключей.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>Теперь парольная фраза хранится в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Рассуждения агента %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Ответ агента %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Агент %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · агент %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>раунд %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>размышляет…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>отвечает…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>Скрыть колонки агентов (ссылка ответа «агенты участвовали в обсуждении — показать» вернёт их)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Скрыть колонки агентов</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Обсуждение…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Обсуждение: %n агент</numerusform>
            <numerusform>Обсуждение: %n агента</numerusform>
            <numerusform>Обсуждение: %n агентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>Этот ответ обсуждал %n агент</numerusform>
            <numerusform>Этот ответ обсуждали %n агента</numerusform>
            <numerusform>Этот ответ обсуждали %n агентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>&amp;Найти локальные модели на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Использовать эту модель</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Найти локальные модели на этом компьютере</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Ищет Ollama, llama.cpp, LM Studio, vLLM и Jan только на этом компьютере.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Модели, найденные на этом компьютере</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Использовать выбранную модель</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Поиск локальных моделей…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>&amp;Искать локальные модели снова</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto не стал искать: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 по адресу %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Моделей пока нет: сначала загрузите модель с помощью %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>Найден %n сервер на этом компьютере. Выберите модель:</numerusform>
            <numerusform>Найдено %n сервера на этом компьютере. Выберите модель:</numerusform>
            <numerusform>Найдено %n серверов на этом компьютере. Выберите модель:</numerusform>
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
        <translation>Конфиденциальность изначально</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Здесь появятся ваши беседы. Ничего не покинет этот компьютер, пока вы не выберете провайдера моделей, а каждый запрос записывается, чтобы вы точно видели, что было отправлено.</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Начните новый чат (Ctrl+N) или выберите беседу. Каждый запрос записывается, чтобы вы точно видели, что было отправлено.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Список бесед</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Новый чат</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Новый чат &amp;инкогнито</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>Найти &amp;беседы</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Экспортировать беседу…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Экспортировать &amp;все…</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>Создать &amp;резервную копию хранилища…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>Восстановить хранилище из &amp;файла…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Заблокировать хранилище</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Мгновенно</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Размышление</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Обсуждение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>&amp;Список бесед</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Показать или скрыть список бесед (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Панель &amp;конфиденциальности</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>Что покинуло этот компьютер, запрос за запросом (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>&amp;О программе Sotto</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Добавьте провайдера моделей в настройках (Ctrl+,), чтобы начать общение.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Прокси из окружения не используется</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Хранилище разблокировано</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Сегодня ничего не отправлено</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Запросов сегодня: %n (%1)</numerusform>
            <numerusform>Запросов сегодня: %n (%1)</numerusform>
            <numerusform>Запросов сегодня: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n покинул этот компьютер</numerusform>
            <numerusform>%n покинули этот компьютер</numerusform>
            <numerusform>%n покинули этот компьютер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n заблокирован</numerusform>
            <numerusform>%n заблокировано</numerusform>
            <numerusform>%n заблокировано</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>О программе Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Конфиденциальный ИИ-помощник для рабочего стола. Ваши беседы остаются в зашифрованном хранилище на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Беседы из экспорта Sotto, ChatGPT или Claude (.json или .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Действия с сообщением</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Копировать текст этого сообщения</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Запросить другой ответ (текущий сохранится как версия)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Создать ответ заново</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Изменить этот вопрос и задать его снова (текущий ответ сохранится как версия)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Изменить сообщение</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Удалить это сообщение из хранилища (с подтверждением)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Скопировано</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Мгновенно</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Мгновенно (Ctrl+1): прямой ответ, рассуждения выключены или сведены к минимуму. Отправляет ваше сообщение и беседу до этого момента.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Размышление</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Размышление (Ctrl+2): модель рассуждает перед ответом, и вы можете прочитать её рассуждения. Отправляет то же, что и «Мгновенно», и запрашивает рассуждения — это дольше и расходует больше токенов.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Обсуждение (Ctrl+3): несколько агентов рассуждают параллельно, затем из их ответов сводится один. Отправляет ваше сообщение провайдеру каждого агента и ещё один запрос на сведение.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Кто обсуждает</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Кто обсуждает: несколько агентов этой модели или сохранённый ансамбль</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Обсуждать с помощью</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Нет провайдера</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Провайдер и модель: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Выберите провайдера и модель (сначала недавние) или введите название модели (Enter)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Найдите модель или введите её название</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Найти или ввести модель</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>Модели не перечислены: введите название выше</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Нет в списке</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>Использовать «%1» с %2</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>Запросить у %1 модель «%2»</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Автономно</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>Автономно: доступны только серверы на этом компьютере. При включении все выполняющиеся запросы к другим компьютерам сразу останавливаются.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>&amp;Автономный режим: только этот компьютер</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Спрашивать с&amp;нова</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>&amp;Хранить точные копии запросов</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Автономный режим</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Спрашивать перед отправкой</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>В первый раз для каждого провайдера</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Каждый раз</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Снова спрашивать перед отправкой этим провайдерам</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Хранить точные копии запросов</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>&amp;Спрашивать перед отправкой:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Ничего не покидает этот компьютер: используются только провайдеры с адресом loopback (например, Ollama на 127.0.0.1), а все остальные запросы отклоняются и записываются как заблокированные. Включение также сразу останавливает все ответы, ещё поступающие с других компьютеров. Кнопка «Автономно» справа от меню — тот же переключатель.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Прежде чем запрос уйдёт — ещё до того, как будет найден адрес сервера, — Sotto показывает, куда он направляется, и ждёт вашего согласия. Вариант «В первый раз» спрашивает один раз для каждого провайдера и адреса, пока хранилище не будет заблокировано; при смене адреса провайдера вопрос задаётся снова.</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>Журнал конфиденциальности всегда записывает, куда ушёл каждый запрос и каков был его размер. Если этот параметр включён, в зашифрованном хранилище также сохраняется точный отправленный текст (с замаскированными ключами API), чтобы вы могли его изучить.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Все запросы к другим компьютерам идут через этот прокси: http://HOST:PORT (HTTP-прокси) или socks5h://HOST:PORT (SOCKS5; имена разрешает прокси, как Tor на socks5h://127.0.0.1:9050). Автономный режим, локальные беседы и запрос подтверждения по-прежнему учитывают, куда в итоге направляется запрос, а журнал конфиденциальности указывает прокси. У провайдера может быть собственный прокси в разделе «Провайдеры».</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Без вопросов, как вы выбрали: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Выберите провайдера выше или добавьте нового.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Имя провайдера</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Модель по умолчанию</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Бюджет контекста в токенах</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включён</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Провайдер включён</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Разрешить незашифрованный &amp;http в интернет</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Разрешить незашифрованный http в интернет</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Сохранить провайдера</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Отменить добавление этого провайдера</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>Наибольший размер отправляемого запроса, из расчёта примерно 4 символа на токен. Если беседа длиннее, самые старые реплики не включаются в запрос (они остаются в хранилище). По умолчанию действует длина контекста модели, сообщённая провайдером (её запрашивает «Проверить соединение»), иначе %L1 токенов; бюджет больше сообщённой длины уменьшается до неё.</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Отключённый провайдер ничего не отправляет; его запросы отклоняются и записываются.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>Незашифрованный http не защищён: любой на пути к серверу может прочитать ваши сообщения и ключ API и изменить ответы. Разрешайте его только для сервера, которым вы управляете, в сети, которой вы доверяете. Незашифрованный http к этому компьютеру или в локальную сеть разрешён всегда.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Запрашивает у провайдера список моделей. Только в этом случае настройки что-либо отправляют, и запрос записывается в журнал конфиденциальности.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Протокол:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Модель по умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>Бю&amp;джет контекста:</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Скр&amp;ывать персональные данные:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Пр&amp;окси:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>Вставьте ключ API от %1</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Обычно не нужен</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Чтобы переименовать провайдера, добавьте его заново под новым именем.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Вставьте ключ API</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Прочитан из переменной окружения %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Задайте имя провайдера.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Провайдер «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Введите базовый URL в виде адреса http:// или https://, например %1.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Введите прокси в виде http://HOST:PORT или socks5h://HOST:PORT, «direct» или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>Ваши сообщения отправляются в %1 (%2).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Запрос списка моделей у %1…</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» ещё не сохранено.</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Соединение с %1 установлено, но моделей он не предлагает.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Соединение с %1 установлено. Доступные модели: %2.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Ничего не сохранится, пока вы не нажмёте «Сохранить».</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Контекст: %L1 токенов (по данным %2)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Отключён: Sotto ничего не отправляет этому провайдеру.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Куда отправляется</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>Скрывать персональные данные для этого провайдера</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Как в настройках конфиденциальности (по умолчанию)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Выключено для этого провайдера</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>Если он в интернете</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Всегда, в том числе на этом компьютере</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Сначала сохраните провайдера; до тех пор действуют настройки конфиденциальности.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>Провайдеры отвечают на ваши сообщения. Провайдер на этом компьютере держит всё здесь; облачный провайдер получает то, что вы ему отправляете.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Настроенные провайдеры</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Добавить провайдера</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Удалить выбранного провайдера</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Несохранённый провайдер</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>Сохранить нового провайдера?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Удаление провайдера</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>Удалить «%1»? Его настройки и ключ API будут удалены из хранилища. Беседы, в которых он использовался, сохранятся.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProxyField</name>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>This provider&apos;s proxy</source>
        <translation>Прокси этого провайдера</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Нет: запросы идут напрямую (например, socks5h://127.0.0.1:9050 для Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Как в настройках конфиденциальности; «direct» — без прокси</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Остановить и расшифровать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Диктовка</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Остановить запись и расшифровать</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Остановить запись и вписать сказанное в сообщение</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Отменить диктовку</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Отбросить запись (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Идёт запись…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Расшифровка…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Скрывать персональные данные</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Только для адресатов в интернете (по умолчанию)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>Везде, в том числе на этом компьютере</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Ваши термины</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Новый термин</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Имя, компания, кодовое название</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Добавить термин</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Удалить термин</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Прежде чем запрос уйдёт, Sotto заменяет распознанные персональные данные заполнителями и возвращает оригиналы в ответ. Распознаются адреса электронной почты, номера телефонов, платёжные карты, IBAN, IP-адреса, ключи и токены, а также ваши термины ниже. &lt;b&gt;Распознавание может что-то пропустить:&lt;/b&gt; оно ориентируется на форму, а не на смысл, поэтому имя не из вашего списка, число, записанное словами, или что-либо на изображении отправляется как есть. Для данных, которые вообще не должны покидать компьютер, используйте провайдера на этом компьютере или сделайте беседу только локальной.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Скр&amp;ывать персональные данные:</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>Ваши &amp;термины (скрываются везде, где встречаются, в любом регистре):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>«%1» уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Сведения о запросе</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Заблокировано: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>вашими настройками конфиденциальности</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Открыть «Настройки › Провайдеры › %1»</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Открыть беседу</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Открыть «Настройки › Конфиденциальность»</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Один ответ, %n запрос</numerusform>
            <numerusform>Один ответ, %n запроса</numerusform>
            <numerusform>Один ответ, %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Ответ в режиме «Обсуждение» отправляет по одному запросу на каждого агента и один на сведение; у них общий идентификатор хода. Разверните строку, чтобы изучить каждый.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Выберите запрос, чтобы увидеть, куда он ушёл, заголовки в отправленном виде и, если копии запросов сохраняются, точное тело запроса.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>Журнал аудита был очищен</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>%1 удалена %n прежняя запись вместе с копией запроса.</numerusform>
            <numerusform>%1 удалено %n прежние записи вместе с копиями запросов.</numerusform>
            <numerusform>%1 удалено %n прежних записей вместе с копиями запросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Эта запись остаётся, чтобы журнал аудита никогда незаметно не терял своё прошлое. Для неё ничего не отправлялось.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Строка запроса</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (тело %2, заголовки %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (%1)</source>
        <translation>
            <numerusform>%n (%1)</numerusform>
            <numerusform>%n (%1)</numerusform>
            <numerusform>%n (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>Отправлено %n сообщение, %1 не отправлено, чтобы уложиться в контекст</numerusform>
            <numerusform>Отправлено %n сообщения, %1 не отправлено, чтобы уложиться в контекст</numerusform>
            <numerusform>Отправлено %n сообщений, %1 не отправлено, чтобы уложиться в контекст</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>Заголовки в отправленном виде</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Ключи и токены были замаскированы перед сохранением заголовков.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>Ничего не отправлено: запрос был заблокирован до отправки.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>Тело: %1; символов текста — %2, изображений — %3, более ранних сообщений — %4; замен — %5.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>Копия этого тела запроса не сохранена. Включите «Хранить точные копии запросов» в разделе «Настройки › Конфиденциальность», чтобы сохранять точное тело последующих запросов (в хранилище; для запросов инкогнито копии не сохраняются).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[двоичные данные, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[изображение %1×%2, %3]</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Удалённые метаданные</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n элемент (место, камера, даты, заметки…)</numerusform>
            <numerusform>%n элемента (место, камера, даты, заметки…)</numerusform>
            <numerusform>%n элементов (место, камера, даты, заметки…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>не подсчитано (изображение сохранено до того, как Sotto начал это учитывать)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Фильтр запросов (провайдер, модель, узел, причина…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Фильтр запросов</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Любой адресат</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Любой провайдер</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Локальная сеть</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Восстановить хранилище из файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заменить ваше хранилище резервной копией «%1»?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Ваши беседы, провайдеры и настройки заменятся теми, что в резервной копии. Текущее хранилище не удаляется: оно сохраняется как копия в папке резервных копий профиля, и команда «sotto vault restore» вернёт его. Ответ, который ещё пишется, должен сначала завершиться.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>Парольная фраза хранилища на момент создания резервной копии</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>Резервная копия от %1, %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Закрыть настройки</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>В окне</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>При наборе сообщения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Enter: отправить или новая строка (Настройки › Внешний вид)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Прикрепить скопированное изображение</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Новый чат (Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Инкогнито</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Новый чат инкогнито (Ctrl+Shift+N): никогда не сохраняется в хранилище</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Новый чат инкогнито</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск по беседам</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Бесед пока нет</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Здесь будут перечислены ваши чаты. Начните новый кнопкой «Новый чат» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>В ваших беседах нет совпадений с «%1». Поиск ведётся по заголовкам, сообщениям и рассуждениям.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Закрепить вверху</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Сохранить эту беседу в формате Markdown, JSON, HTML или PDF.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>Ответ пишется</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Введите парольную фразу, чтобы открыть свои беседы.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>Парольная фраза из системной связки ключей не открывает это хранилище. Введите парольную фразу, чтобы разблокировать его, а затем запомните новую в разделе «Настройки» → «Хранилище».</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Резервные копии хранилища Sotto (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Резервное копирование хранилища</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Хранилище Sotto %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Создание резервной копии хранилища…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Резервная копия хранилища записана в %1 (%2). Она зашифрована и открывается вашей текущей парольной фразой.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Восстановить хранилище из файла</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Хранилище восстановлено из %1 (резервная копия от %2).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Хранилище восстановлено из %1 (резервная копия от %2). Заменённое хранилище сохранено как копия %3.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>Хранить все &amp;беседы</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>&amp;Удалять беседы, не обновлявшиеся в течение</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Блокировать хранилище после простоя</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>После %1 мин простоя</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Хранить все беседы</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Удалять старые беседы</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Сколько дней без обновлений должно пройти, прежде чем беседа будет удалена</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Автоматически блокировать:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>Удаление происходит при каждой разблокировке хранилища, и его нельзя отменить. Закреплённые беседы сохраняются.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Провайдер транскрипции</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Модель транскрипции</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системный по умолчанию</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>Диктовка записывает ваш голос в память, отправляет его провайдеру ниже, чтобы превратить в текст, и вставляет текст в сообщение для проверки. Провайдер на этом компьютере (speaches, LocalAI…) оставляет голос здесь; каждая отправленная запись есть в журнале конфиденциальности.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Нет (диктовка выключена)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>У его API нет точки транскрипции</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>Кнопка микрофона видна, но ничего не отправляется, пока вы не выберете провайдера.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>На этом компьютере: ваши записи остаются здесь.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Ваши записи отправляются на %1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>На этом компьютере не найден микрофон.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Добро пожаловать в Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваше хранилище готово. Куда отправлять ваши вопросы?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Локальная модель&lt;/b&gt; (Ollama, llama.cpp или LM Studio) работает на этом компьютере. Ваши сообщения никогда его не покидают: ничего не отправляется по сети, и Sotto работает автономно.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Облачный провайдер&lt;/b&gt; (OpenAI, Anthropic, Gemini и другие) работает на серверах своей компании. Ваши сообщения и прикреплённые изображения отправляются ему через интернет, и действуют его собственные условия конфиденциальности. Sotto записывает каждый запрос в журнал конфиденциальности, чтобы вы точно видели, что и куда было отправлено.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>Использовать &amp;локальную модель</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Использовать локальную модель (Ollama, llama.cpp или LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>Добавить &amp;облачного провайдера</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Добавить облачного провайдера</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>질문 하나를 합니다. 답변은 표준 출력으로 스트리밍되며, 도착하는 대로 보관함에 저장됩니다.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>&apos;sotto providers add&apos;로 추가한 공급자.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>임시 공급자: openai, anthropic, ollama 또는 gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>임시 공급자: API 루트 주소(예: http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>질문할 모델.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>임시 공급자: API 키가 들어 있는 환경 변수.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant(기본값), thinking 또는 contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>숙고: 공급자의 모델에 질문할 에이전트 수(%1~%2, 기본값 %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>숙고: 저장된 앙상블의 에이전트.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>숙고: 1, 또는 각 에이전트가 다른 에이전트의 답변을 읽고 자기 답변을 고치는 라운드를 더하려면 2.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>숙고: 각 요청에 무엇이 담겨 어디로 가는지 출력만 하고 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>이미지를 첨부합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>이 ID의 대화를 이어 갑니다.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>질문도 답변도 저장하지 않습니다(요청은 여전히 감사 기록에 남습니다).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>모델의 추론 과정을 표준 오류로 스트리밍합니다.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>이 질문의 컨텍스트 예산(토큰 수). 기본값은 공급자 설정, 없으면 공급자가 알려 준 모델의 컨텍스트 길이, 그것도 없으면 %1입니다.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>텍스트를 스트리밍하지 않고 마지막에 JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>이름 조회에 허용할 시간(초). 연결에도 같은 시간을 다시 허용합니다(0: 제한 없음).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>연결한 뒤 서버가 답변을 시작할 때까지 허용할 시간(초, 0: 제한 없음).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>연결된 뒤 서버가 아무것도 보내지 않아도 되는 시간(초, 0: 제한 없음).</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>질문.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos;에는 질문이 필요합니다.</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode는 instant, thinking, contemplating 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1에는 --mode contemplating이 필요합니다.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>--agents와 --ensemble 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents는 %1에서 %2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds는 1 또는 2여야 합니다.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>--provider NAME을 지정하거나 --api와 --base-url을 함께 지정하세요.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito로는 저장된 대화를 이어 갈 수 없습니다.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens에는 양수인 토큰 수가 필요합니다.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1은(는) 0 이상의 초 수여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos;은(는) 대화 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api는 openai, anthropic, ollama, gemini 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api에는 --base-url이 필요합니다.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>%1(으)로 중단되었습니다. 이미 도착한 내용은 보존됩니다.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: 에이전트 %1(%2)이(가) 답변하지 않았습니다: %3</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>답변이 중지되었습니다.</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%2에 따르면 %1은(는) 텍스트만 받으며 이미지를 볼 수 없습니다. 이미지를 볼 수 있는 모델을 고르거나 이미지 없이 질문하세요.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Sotto가 보냈거나 거부한 모든 요청(최신 항목부터).</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>요청마다 객체 하나씩 담은 JSON 배열을 출력합니다.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>머리글 행이 있는 CSV를 출력합니다.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>이 날짜 또는 시각 이후의 요청만(ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos;는 인수를 받지 않고 옵션만 받습니다.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>--json과 --csv 중 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos;은(는) ISO 8601 날짜가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>감사 기록 정리됨: 이전 기록 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source> sent</source>
        <translation> 전송됨</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>아직 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1에 있는 보관함의 암호 문구: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>%1에 아직 보관함이 없습니다. 새 보관함에 쓸 암호 문구를 정하세요: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>암호 문구를 다시 입력하세요: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>%1 시점의 사본이 있습니다. &apos;sotto vault restore %2&apos;로 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: %1에 암호화된 새 보관함을 만들었습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos;은(는) http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>환경 변수 %1이(가) 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>One of the commands above.</source>
        <translation>위 명령 중 하나.</translation>
    </message>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: 명령을 지정하지 않았습니다. 목록을 보려면 &apos;sotto --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: 알 수 없는 명령 &apos;%1&apos;. 목록을 보려면 &apos;sotto --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>프로필 폴더로 &lt;dir&gt;을(를) 사용합니다(기본값: $SOTTO_PROFILE, 없으면 애플리케이션 데이터 폴더).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>보관함의 암호 문구를 &lt;file&gt;의 첫 줄에서 읽습니다(없으면 $SOTTO_PASSPHRASE, 그것도 없으면 입력을 요청합니다).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>대화 &lt;id&gt;를 띄운 채 창을 엽니다.</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, 개인용 데스크톱 AI 어시스턴트.

명령 없이 실행하면 Sotto 창이 열립니다.</translation>
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
        <translation>명령:
  ask [options] PROMPT                   질문 하나, 답변은 stdout으로 스트리밍
  providers add NAME|list|remove NAME    모델 공급자와 그 키
  providers detect [--json]              이 컴퓨터에서 실행 중인 모델 서버
  audit [--json|--csv] [--since DATE]    보냈거나 거부한 모든 요청
  policy show|set KEY VALUE              이 컴퓨터 밖으로 나갈 수 있는 것
  redact --dry-run TEXT | terms add|remove|list   보내는 내용에서 개인 정보 가리기
  conversations list|show ID|delete ID   보관함의 대화
  conversations set ID local-only on|off  대화의 요청을 이 컴퓨터 안에서만 처리
  ensembles add NAME|list|remove NAME    함께 숙고하는 에이전트
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         대화를 문서로 내보내기
  import [--format sotto|chatgpt|claude] FILE   내보내기 파일에서 대화 가져오기
  search QUERY                           보관함 전문 검색
  transcribe [--provider NAME] FILE      오디오 파일의 말을 텍스트로
  vault check|change-passphrase|backups|restore ID   보관함 관리
명령의 옵션을 보려면 &apos;sotto COMMAND --help&apos;를 실행하세요.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos;은(는) 대화 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>보관함의 대화를 나열, 표시 또는 삭제하거나, 대화를 로컬 전용으로 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>텍스트 대신 JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>알 수 없는 동작 &apos;%1&apos;: list, show ID, delete ID 또는 set ID local-only on|off를 사용하세요.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>사용법: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos;에는 대화 ID 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>대화 %1은(는) 로컬 전용입니다. 이 대화의 요청은 이 컴퓨터로만 갑니다.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>대화 %1은(는) 더 이상 로컬 전용이 아닙니다.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>대화 %1(%2)을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[이미지 %n개]</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>에이전트 %1, 라운드 %2(%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>숙고 앙상블을 추가, 나열 또는 제거합니다. 앙상블은 에이전트 2~8개로 이루어진 이름 붙은 묶음으로, 각 에이전트는 공급자 하나와 (선택적으로) 모델 하나이며 보관함에 저장됩니다.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: 에이전트 하나, PROVIDER 또는 PROVIDER:MODEL(첫 번째 &apos;:&apos;에서 나눔). 2~8번 반복합니다.</translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: 같은 위치의 에이전트가 따를 지시문(첫 번째 --perspective는 첫 번째 --agent의 것). 에이전트마다 한 번까지 반복할 수 있습니다. 지시문이 없는 에이전트는 기본 관점을 받습니다.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: 최종 답변을 작성할 주체(기본값: 대화의 공급자와 모델).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1(기본값) 또는 2(다듬기 라운드 추가).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>사용법: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>앙상블에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos;은(는) PROVIDER 또는 PROVIDER:MODEL 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>앙상블의 에이전트는 %1~%2개입니다(--agent).</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>--perspective 옵션(%1개)이 에이전트(%2개)보다 많습니다.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds는 1 또는 2여야 합니다.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>종합 담당 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n라운드</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>앙상블 %1을(를) 제거했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>앙상블 %1을(를) 에이전트 %n개로 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>대화 하나 또는 전체를 Markdown, JSON, HTML 또는 PDF로 내보냅니다. --all을 쓰면 JSON은 모든 대화를 담은 파일 하나를 쓰고, 다른 형식은 대화마다 파일 하나씩 PATH 폴더에 씁니다. 내보낸 파일은 그 파일을 가진 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>내보낼 대화.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>모든 대화를 내보냅니다.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html 또는 pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>쓸 파일(--all과 md, html, pdf를 함께 쓰면 폴더).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>사용법: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: md, json, html 또는 pdf를 사용하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos;은(는) 대화 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>%2개 중 %1번째 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>대화 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>%1을(를) %2(%3, %4)에 보낼까요?

요청: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>%1에 보낼까요?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>이 공급자는 다시 묻지 않기(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>답변이 %1 Mi 문자를 넘어서 그 지점에서 중지되었습니다.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>보내지 않음: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>%1의 답변이 끝나기 전에 끊겼습니다.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>%1에서 수신 대기 중인 것이 없습니다 — Ollama가 실행 중인가요?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>%1에서 수신 대기 중인 것이 없습니다 — llama-server가 실행 중인가요?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>%1에서 수신 대기 중인 것이 없습니다 — LM Studio 서버를 시작했나요?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>%1에서 수신 대기 중인 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1은(는) 전사 엔드포인트가 없는 %2 API를 씁니다. OpenAI 호환 공급자(OpenAI, Groq, speaches, LocalAI…)를 고르세요.</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1이(가) 전사가 아닌 다른 것으로 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>이 파일은 Sotto가 읽을 수 있는 이미지(PNG, JPEG, WebP, GIF, BMP)가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>이미지 %1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>이미지 %1이(가) 50MB보다 큽니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>이미지가 50MB보다 큽니다.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>이미지가 손상되어 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>이미지 크기가 %1 × %2 픽셀입니다. Sotto는 100메가픽셀까지 받습니다.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>이미지가 100메가픽셀을 넘습니다.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>이미지를 다시 인코딩할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>내보내기 파일에서 대화를 가져옵니다: Sotto 자체 JSON 또는 ChatGPT나 Claude의 conversations.json(또는 이를 담은 .zip). 이미 가져온 대화는 건너뜁니다. 해당 형식으로 읽을 수 없는 파일은 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt 또는 claude(기본값: 파일에서 판별).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>가져올 내보내기 파일.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>사용법: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: sotto, chatgpt 또는 claude를 사용하세요.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>가져오는 중… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>가져오기가 중단되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>대화 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>중복 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>시스템 키링에 이 보관함의 암호 문구가 없습니다.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>시스템 키링이 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>사용할 수 있는 시스템 키링이 없어서 암호 문구를 기억할 수 없습니다.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>시스템 키링 오류: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>암호 문구는 시스템 키링에 있지만, Sotto가 %1에 그 사실을 기록할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>인터넷</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>포트 %2의 %1</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>이 컴퓨터에서 실행 중인 모델 서버가 없습니다(찾은 대상: %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[이미지를 불러오지 않음: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[이미지 “%1”을(를) 불러오지 않음: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1에는 Sotto가 녹음할 수 있는 오디오 형식이 없습니다.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>%1을(를) 열 수 없습니다. 다른 프로그램이 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1의 녹음이 멈췄습니다. 연결이 끊겼거나 다른 프로그램이 가져갔을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>암호 문구 표시</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>암호 문구 숨기기</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>암호 문구 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>암호 문구 파일 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE가 설정되어 있지만 비어 있습니다.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>암호 문구가 없습니다: SOTTO_PASSPHRASE를 설정하거나, --passphrase-file을 지정하거나, 터미널에서 실행하세요.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>암호 문구를 입력하지 않았습니다.</translation>
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
        <translation>이 컴퓨터 밖으로 나갈 수 있는 것을 표시하거나 변경합니다.

키: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always(개인 정보 가리기: 기본값은 인터넷 대상에만 적용),
proxy URL|off(CONNECT를 쓰는 http://HOST:PORT, 또는 프록시가 이름을 확인하는
socks5h://HOST:PORT, 예: socks5h://127.0.0.1:9050의 Tor. 루프백 대상은 직접 연결),
retention-days N(0이면 모두 보존), audit-retention-days N(감사 기록을 보존할 일수,
0이면 모두 보존), agent-deadline N(각 라운드에서 숙고 에이전트의 답변에 허용할
시간(초), 0: 제한 없음). 공급자별(--provider NAME과 함께):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default(default:
전역 redact 정책을 따름), proxy URL|direct|default(default: 전역 프록시).</translation>
    </message>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>공급자별 키를 적용할 공급자.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>&apos;policy show&apos; 또는 &apos;policy set KEY VALUE&apos;를 사용하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos;은(는) 공급자별로 설정합니다: --provider NAME을 추가하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos;은(는) %2에 쓸 수 있는 값이 아닙니다. %3을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 값이 이제 %2입니다.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos;은(는) %2에 쓸 수 있는 값이 아닙니다. %3을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>일수(0이면 모두 보존)</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>초 수(0: 제한 없음)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>알 수 없는 정책 설정 &apos;%1&apos;. 사용 가능한 설정: %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>There is no provider named %1.</source>
        <translation>%1(이)라는 공급자가 없습니다.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>%1에 있는 보관함의 암호 문구: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>컨텍스트 %L1토큰</translation>
    </message>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>알려진 공급자를 바탕으로 시작합니다: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama 또는 gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>API 루트 주소.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>기본 모델.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>이 환경 변수에 있는 API 키를 저장합니다(없으면 터미널에서 입력을 요청합니다).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>이 공급자는 API 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>인터넷 호스트로 암호화되지 않은 http를 허용합니다(보통은 거부됨).</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>컨텍스트 예산(토큰 수, 기본값 %1).</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>이 공급자의 요청을 프록시를 거쳐 보냅니다: http://HOST:PORT(CONNECT) 또는 socks5h://HOST:PORT. 전역 프록시를 건너뛰려면 direct(기본값: 전역 프록시).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>알 수 없는 프리셋 &apos;%1&apos;. 사용 가능한 프리셋: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api는 openai, anthropic, ollama, gemini 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos;에는 --preset 또는 --api가 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos;에는 http(s) 주소의 --base-url이 필요합니다.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>기본 URL에는 사용자 이름이나 암호를 넣을 수 없습니다. 키는 --api-key-env로 지정하거나 물어볼 때 입력하세요.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens에는 양수인 토큰 수가 필요합니다.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>환경 변수 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1의 API 키: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>API 키가 없습니다: --api-key-env VAR, 터미널 또는 --no-api-key를 사용하세요.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>공급자 %1(%2, %3)을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>공급자 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>키 %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (비활성화됨)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>보내지 않음: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%2의 %1: 아직 모델 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%2의 %1: 모델 %n개(%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>모델 공급자를 추가, 나열 또는 제거하거나 이 컴퓨터에서 실행 중인 모델 서버를 찾습니다. API 키는 암호화된 보관함 안에 보관되며 명령줄에는 절대 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME(공급자에게 모델 목록과 각 모델의 컨텍스트 길이를 묻습니다) | detect(이 컴퓨터에서 실행 중인 모델 서버를 찾습니다: Ollama, llama.cpp, LM Studio, vLLM, Jan; 루프백만)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>&apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; 또는 &apos;providers detect&apos;를 사용하세요.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>텍스트 전용</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto는 환경의 %1을(를) 사용하지 않으므로 요청이 직접 나갑니다. 프록시를 거쳐 보내려면 &apos;sotto policy set proxy http://HOST:PORT&apos;(또는 socks5h://HOST:PORT)를 실행하거나 설정 › 개인 정보 보호에서 지정하세요.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>&apos;%1&apos;을(를) 추가했습니다. 이제 보내는 내용에서 가려집니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos;은(는) 이미 등록된 용어입니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos;은(는) 등록된 용어가 아닙니다.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>&apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; 또는 &apos;redact terms list [--json]&apos;을 사용하세요.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>가림 처리가 꺼져 있습니다(policy redact off). 텍스트가 그대로 전송됩니다.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>가릴 내용을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>보내는 내용에서 개인 정보를 가립니다(docs/PRIVACY.md).

  redact --dry-run TEXT             TEXT를 인터넷 공급자에게 보낼 모습 그대로 출력
                                    (바뀐 부분은 stderr 또는 --json 출력에 표시)
  redact terms add TERM | remove TERM | list [--json]
                                    직접 정한 용어(이름, 회사명, 코드명)

적용 시점: sotto policy set redact off|internet|always. 탐지에서 빠지는 내용이 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>보낼 내용을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, 또는: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>&apos;redact --dry-run TEXT&apos; 또는 &apos;redact terms add|remove|list&apos;를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>GPS 위치</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>카메라 제조사와 모델</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>촬영 날짜</translation>
    </message>
    <message>
        <source>software</source>
        <translation>소프트웨어</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>기타 태그 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>텍스트 메모 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>XMP 데이터</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>색상 프로필</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>이미지에 메타데이터가 없었습니다.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>저장과 전송 전에 제거됨: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>보관함의 제목, 메시지, 추론 내용을 검색합니다(모든 단어가 일치해야 함).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>텍스트 대신 JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>결과를 최대 &lt;n&gt;개까지(기본값 50).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>찾을 단어.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos;에는 찾을 단어가 필요합니다.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>%1을(를) %2(%3, 위치: %4)에 보낼까요? [y/N, a: 예, 이 대상은 다시 묻지 않음] </translation>
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
        <translation>음성을 텍스트로: 오디오 파일을 OpenAI 호환 전사 엔드포인트로 보내고(다른 요청처럼 감사 기록됨) 텍스트를 출력합니다. --provider나 --api가 없으면 설정에서 전사용으로 고른 공급자를 사용합니다.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>&apos;sotto providers add&apos;로 추가한 공급자.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>임시 공급자: openai(OpenAI 호환 서버 모두).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>임시 공급자: API 루트(예: http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>임시 공급자: API 키가 든 환경 변수.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>전사 모델(기본: 설정값, 없으면 %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>오디오: WAV, MP3, FLAC, Ogg, M4A 또는 WebM, 최대 25MB.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>&apos;transcribe&apos;에는 오디오 파일 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>--provider NAME 또는 --base-url과 함께 --api 중 하나를 주세요.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api에는 --base-url이, --base-url에는 --api가 필요합니다.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api는 openai여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>%1 API에는 전사 엔드포인트가 없습니다. OpenAI 호환 서버에 --api openai를 쓰세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>--provider NAME 또는 --base-url과 함께 --api openai를 주거나, 설정에서 전사 공급자를 고르세요.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1은(는) 전사 엔드포인트가 없는 %2 API를 씁니다.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>%1에 의해 중단되었습니다.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>전사가 응답 없이 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1은(는) 전사 서비스가 받는 최대치인 %2MB보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1은(는) 전사할 수 있는 오디오가 아닙니다(WAV, MP3, FLAC, Ogg, M4A 또는 WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>전사 공급자를 고르지 않았습니다. 설정 › 음성에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1에 아직 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>보관함을 %1에 백업했습니다(%2). 백업은 암호화되어 있으며 보관함의 현재 암호 문구로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>백업 %1의 암호 문구: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>교체된 파일은 사본 %1(으)로 보관됩니다(&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>%2에 백업한 %1에서 보관함을 복원했습니다.</translation>
    </message>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>암호화된 보관함을 관리합니다.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: 새 암호 문구를 &lt;file&gt;에서 읽습니다(없으면 $SOTTO_NEW_PASSPHRASE, 그것도 없으면 입력을 요청합니다).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: 백업 파일 &lt;file&gt;(&apos;sotto vault backup&apos;으로 만든 파일)에서 보관함을 되돌려 놓습니다. 그 백업의 암호 문구를 묻습니다.</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: 보관함을 암호화된 상태 그대로 파일 하나에 씁니다. check: 보관함의 무결성을 확인합니다. change-passphrase: 새 암호 문구로 다시 암호화합니다. backups: 업그레이드와 복원 전에 만든 사본을 나열합니다. restore ID | restore --file FILE: 사본이나 백업 파일을 되돌려 놓습니다(현재 파일은 또 하나의 사본으로 보관됩니다).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>&apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; 또는 &apos;restore --file FILE&apos;을 사용하세요.</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>복원으로 교체됨</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>보관함의 사본이 없습니다.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>사본 %1을(를) 복원했습니다. 교체된 파일은 또 하나의 사본으로 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>%1의 보관함이 손상되었습니다(문제 %n개 발견).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>%1의 보관함에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>현재 암호 문구: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE가 비어 있습니다.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>새 암호 문구: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>새 암호 문구를 다시 입력하세요: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>보관함의 암호 문구를 변경했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>감사 기록 %1이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>감사 기록을 정리했습니다: 이전 기록 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>먼저 모델 공급자를 추가하세요(설정 → 공급자).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>이 대화에 사용할 공급자를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[이미지 포함 안 됨]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>대화가 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>대화에 메시지 트리(&quot;mapping&quot;)가 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>대화가 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>대화에 메시지 목록(&quot;chat_messages&quot;)이 없습니다.</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>첨부 %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[이미지 포함 안 됨]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[파일 포함 안 됨: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>에이전트 %1(%2)</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>에이전트 제한 시간 %1초 안에 답변 없음</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지됨.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>이 대화는 로컬 전용인데 앙상블이 이 컴퓨터에 있지 않은 에이전트에게 질문합니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>답변한 에이전트가 없습니다 — %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>에이전트 %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>에이전트 %1, 라운드 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2(%3), %4 [%5]: %6바이트, %7자, 이미지 %8개</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, 에이전트의 답변 추가</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>합계: 요청 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, 에이전트 답변을 제외하고 %1바이트, %2자, 이미지 %3개</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>“%1”(이)라는 앙상블이 더 이상 없습니다. 숙고할 에이전트를 선택하세요.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>앙상블 “%1”에 설정되지 않은 공급자가 들어 있습니다: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[이미지 포함 안 됨]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>%1이(가) 아닙니다: %2인 것 같습니다.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>대화 %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>내보내기 파일보다 중첩이 깊습니다(%1단계).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>손상되었거나 불완전합니다: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>시크릿 대화는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>대화 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>%1에 요청을 보낼 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>%1에 요청을 보낼 수 없습니다: 공급자 %2의 프록시가 올바르지 않습니다(%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>프록시 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>서버 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>보내지 않음: 감사 로그에 요청을 기록할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>프록시 %1이(가) %2에 연결하지 못했습니다: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>프록시 %1이(가) %2(으)로 가는 요청 전에 자체 데이터를 보냈습니다.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>%2초 안에 프록시 %1을(를) 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>%2초 안에 서버 %1을(를) 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>%3초 안에 프록시 %2을(를) 거쳐 %1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>%2초 안에 %1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1이(가) %2초 안에 답변하지 않아 요청을 중지했습니다.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1이(가) %2초 동안 아무것도 보내지 않아 요청을 중지했습니다.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1이(가) 요청을 %2(으)로 리디렉션했습니다. Sotto는 리디렉션을 따르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1이(가) 답변이 끝나기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1이(가) 답변하지 않고 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1이(가) 형식이 잘못된 답변을 보냈습니다(%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1의 응답: HTTP %2%3.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>프록시 %1이(가) 연결을 거부했습니다. 프록시가 실행 중인가요?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>프록시 %1이(가) %2에 연결하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>프록시 %1에 연결하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1이(가) 연결을 거부했습니다. 서버가 실행 중인가요?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1이(가) 연결이 설정되기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1에 연결하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>개인 정보 보호 설정에 따라 차단되어 보내지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>개인 정보 보호 설정에 따라 중지되었습니다: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto가 종료되는 중이었습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>공급자 %1이(가) 비활성화되어 있음</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>오프라인 모드가 켜져 있음</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>대화가 로컬 전용임</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>공급자 %1에 대해 http-to-internet이 거부됨</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>보내기를 거절했음</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send가 켜져 있지만 확인을 요청할 수단이 없음</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>ask-before-send: %1을(를) %2 대상으로 승인했지만 %3 주소로 확인됨</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>모든 에이전트에 공급자를 선택하세요.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>%1(이)라는 앙상블이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>앙상블에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>앙상블의 에이전트는 %1~%2개입니다.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>앙상블의 라운드는 1개 또는 2개입니다.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>%1(이)라는 앙상블이 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>대화 %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>%1에 Sotto에서 내보냄</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>어시스턴트 · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>버전 %1/%2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>입력 %1토큰 · 출력 %2토큰</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>에이전트 %1 · %2 · 라운드 %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더임</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>폴더가 아닌 파일임</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>내보내기가 시작되지 않았음</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>알 수 없는 형식</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>Sotto JSON 내보내기 파일</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT 내보내기 파일</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude 내보내기 파일</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>JSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Sotto, ChatGPT 또는 Claude의 내보내기 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>손상되었거나 불완전한 zip 파일입니다.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>손상된 zip 파일입니다.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>경로가 아카이브 밖을 가리키는 파일이 들어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>zip 파일에 conversations.json이 없습니다.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>포함된 conversations.json이 가져오기 허용 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>읽을 아카이브가 없습니다.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>zip 파일에 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1이(가) 허용 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1이(가) 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>압축을 풀면 담긴 것보다 훨씬 커집니다(zip 폭탄).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>가져오기 허용 크기보다 큽니다(%1MB).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>가져오기 허용 길이보다 긴 텍스트가 들어 있습니다(%1MB).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>이진 데이터</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1(%2바이트 부근)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>대화 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot;이(가) 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>객체가 아닙니다.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>&quot;%1&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>너무 일찍 끝납니다.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>보관함의 키 유도 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>보관함 키를 유도할 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>응답이 모델 목록이라기에는 너무 깁니다.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>메시지 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>첨부 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>대화 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>매우 약함: 순식간에 추측될 수 있습니다.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>약함: 서로 관련 없는 단어를 몇 개 더해 강화하세요.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>좋음.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>매우 좋음.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>PDF를 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>프로필 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>프로필 폴더 %1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1이(가) 지금 과부하 상태입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1에서 요청 한도에 도달했다고 알립니다. %n초 후 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1에서 요청 한도에 도달했다고 알립니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1에 따르면 대화가 모델이 한 번에 읽을 수 있는 길이(컨텍스트 창)보다 깁니다. 오래된 메시지가 빠지도록 공급자의 컨텍스트 예산을 낮추거나 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1이(가) API 키를 거부했습니다.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1에는 “%2”(이)라는 모델이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1에 그런 API 엔드포인트가 없습니다(HTTP 404). 공급자의 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1에 따르면 계정에 남은 크레딧이나 할당량이 없습니다.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1에서 서버 오류가 발생했습니다(HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1에서 서버 오류가 발생했습니다(HTTP %2). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1이(가) 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1이(가) 요청을 거부했습니다(HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1이(가) 오류로 응답했습니다: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1이(가) HTTP 상태 %2(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1이(가) 오류로 답변을 중단했습니다.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1이(가) 오류로 답변을 중단했습니다: %2</translation>
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
        <translation>Ollama(이 컴퓨터)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>llama.cpp 서버(이 컴퓨터)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio(이 컴퓨터)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>사용자 지정 OpenAI 호환</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>공급자에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>%1(이)라는 공급자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>공급자의 모델 목록을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>일반 오류</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>프록시 규칙상 허용되지 않음</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>네트워크에 연결할 수 없음</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>호스트에 연결할 수 없거나 찾을 수 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>TTL(수명) 만료</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>지원하지 않는 명령</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>지원하지 않는 주소 유형</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>오류 %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>호스트 이름이 SOCKS5 프록시에 쓰기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>CONNECT에 대한 HTTP 프록시의 응답이 너무 깁니다</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>HTTP 프록시가 HTTP로 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>HTTP 프록시가 터널을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>프록시가 SOCKS5를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>SOCKS5 프록시가 로그인을 요구하지만 Sotto는 이를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>SOCKS5 프록시가 연결하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>SOCKS5 프록시가 형식이 잘못된 응답을 보냈습니다</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos;은(는) 프록시 URL이 아닙니다. http://HOST:PORT 또는 socks5h://HOST:PORT를 사용하세요.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>socks5://를 쓰면 모든 서버의 이름을 이 컴퓨터에서 조회하게 됩니다. 프록시가 이름을 확인하도록 socks5h://를 사용하세요.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto는 http://(CONNECT)와 socks5h:// 프록시만 지원하며 %1://은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>프록시 URL에는 사용자 이름이나 암호를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>프록시 URL에는 스킴, 호스트, 포트만 들어갑니다.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>프록시 URL에는 포트가 필요합니다(예: socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>프록시의 호스트 이름이 너무 깁니다.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>텍스트: %1자</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>메시지: %1개 전송(질문 포함), 컨텍스트에 맞추려고 이전 메시지 %2개 제외</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>이미지: %1개(%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>자리 표시자로 바꾼 개인 정보: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>%1 시점의 사본이 있습니다. &apos;sotto vault restore %2&apos;로 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>아직 답변을 작성하는 중입니다. 답변을 중지하거나 끝날 때까지 기다린 다음 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1”이(가) 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>전사용으로 고른 공급자 %1이(가) 더 이상 설정되어 있지 않습니다. 설정 › 음성에서 다른 것을 고르세요.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Sotto JSON 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>이 Sotto가 읽을 수 없는 버전의 Sotto 형식입니다.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>대화가 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>대화에 메시지 목록이 없습니다.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>메시지에 id가 없거나 다른 메시지와 같은 id가 있습니다.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>메시지 %1이(가) 앞에 있지 않은 메시지를 뒤따릅니다.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>메시지 %1에 역할이 없습니다.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>메시지 %1의 이미지가 base64가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>디스크가 가득 차서 보관함이 마지막 변경 사항을 저장하지 못했습니다. 공간을 확보하세요. 이전에 저장된 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>보관함 폴더에 쓸 수 없어서(읽기 전용이거나 권한 없음) 마지막 변경 사항을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>보관함에서 읽기 또는 쓰기 오류가 발생하여 마지막 변경 사항을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>보관함 데이터베이스가 손상되었습니다. 무결성 검사를 실행하세요.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>보관함이 사용 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>변경 사항이 보관함의 내용과 충돌합니다.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>예기치 않은 보관함 오류입니다.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>공급자가 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini가 프롬프트를 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>서버가 보낸 답변 일부가 올바른 JSON이 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>서버가 %1MiB보다 큰 줄이나 이벤트를 보내서 그 지점에서 답변을 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>다시 답변할 메시지가 없어졌습니다.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>질문이 컨텍스트 예산 %1토큰에 비해 너무 깁니다(약 %2토큰). 질문을 줄이거나, 이미지를 덜 첨부하거나, 공급자의 컨텍스트 예산을 늘리세요.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>%1의 보관함이 이미 다른 Sotto 프로세스(프로세스 %2)에서 열려 있습니다. 먼저 그쪽을 닫으세요.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>암호 문구는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>프로필 %1에 이미 보관함이 있습니다. Sotto는 이를 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>%1에 보관함 만들기를 마칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>%1에 보관함을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>%1에 아직 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>보관함 헤더 %1이(가) 데이터베이스 %2의 것이 아닙니다(데이터베이스 ID가 다름). 아무것도 변경하지 않았습니다. 이 데이터베이스와 함께 있던 헤더를 되돌려 놓거나 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>암호 문구가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>보관함 헤더 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>%1의 보관함은 더 새로운 버전의 Sotto로 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원). 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>보관함을 이 버전의 Sotto에 맞게 업데이트할 수 없습니다: %1 보관함은 스키마 버전 %2에 그대로 있으며, 업데이트 전에 만든 사본은 %3에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>보관함 데이터베이스 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>보관함의 암호화 엔진이 키를 거부했습니다.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto가 암호화 기능이 없는 SQLite로 빌드되어 보관함을 평문으로 쓰기를 거부합니다. SQLCipher로 다시 빌드하세요.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>보관함의 암호화를 구성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>암호 문구가 맞는데도 보관함 데이터베이스 %1을(를) 읽을 수 없습니다. 손상되었거나 다른 파일로 바뀌었습니다. 아무것도 변경하지 않았습니다. 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>보관함이 임시 데이터를 메모리에 둘 수 없어서 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>보관함 폴더가 WAL(write-ahead logging)을 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>보관함이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>변경 사항을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>보관함의 암호 문구가 아닙니다.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>새 암호 문구는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>현재 암호 문구가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>보관함이 아직 사용 중이라 암호 문구를 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>%1을(를) 교체할 수 없어서 암호 문구를 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>암호 문구는 변경했지만 %1의 이름을 %2(으)로 바꿀 수 없습니다. 다음에 잠금을 해제할 때 Sotto가 마무리합니다.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>지금은 보관함을 백업할 수 없습니다. 일부를 아직 쓰는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>보관함 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>백업 %1을(를) 쓸 수 없습니다: %2. 그 위치에는 아무것도 쓰지 않았습니다. 폴더와 여유 공간을 확인한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1은(는) 읽을 수 있는 Sotto 보관함 백업이 아닙니다: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>해당 파일이 없음</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>백업 파일처럼 시작하지 않음</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>형식이 %1이며 이 버전의 Sotto가 알지 못하는 형식임</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>설명 부분이 손상됨</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>들어 있는 키 매개변수가 손상됨</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>불완전함(중간에 잘림)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>끝에 여분의 바이트가 있음</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>백업 %1이(가) 손상되었습니다. 내용이 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>백업 %1이(가) 손상되었습니다. 키 매개변수가 다른 보관함의 것입니다.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>이 암호 문구로는 백업 %1을(를) 열 수 없습니다. 아무것도 변경하지 않았습니다. 백업을 만들 때 보관함에 설정되어 있던 암호 문구를 사용하세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>%1의 보관함이 다른 Sotto 프로세스에서 열려 있습니다. 백업을 복원하기 전에 그쪽을 닫으세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>백업을 복원하기 위해 %1을(를) 옮겨 둘 수 없습니다. 아무것도 삭제하지 않았습니다. 지금까지 옮긴 파일은 %2에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>업데이트하기 전에 보관함을 %1(으)로 복사할 수 없습니다. 아무것도 변경하지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>백업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>백업 %1을(를) 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>백업 %1을(를) 제자리에 복사할 수 없습니다. 이전 파일은 %2에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>백업 %1을(를) 제자리에 놓을 수 없습니다. 이전 파일은 %2에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>%1의 사본을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>보관함 헤더 %1이(가) 손상되었습니다(%2). 프로필 폴더의 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>올바른 JSON이 아님</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>Sotto 보관함 헤더가 아님</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>보관함 헤더 %1의 형식은 %2이며, 이 버전의 Sotto는 이 형식을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>알 수 없는 키 유도 방식</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>필드가 없거나 형식이 잘못됨</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>불가능한 키 유도 한도값</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>보관함 헤더 %1이(가) 없습니다. 헤더가 없으면 보관함의 잠금을 해제할 수 없습니다. 프로필 폴더의 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>보관함 헤더 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>보관함 헤더 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>보관함 데이터베이스 %1이(가) 없습니다. 프로필 폴더의 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>보관함 데이터베이스 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>보관함 데이터베이스 %1이(가) 암호화되어 있지 않습니다. Sotto는 이 데이터베이스를 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>보관함 데이터베이스 %1이(가) 잘렸거나 손상되었습니다(%2바이트). 아무것도 변경하지 않았습니다. 백업을 복원하세요.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>보관함이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>메시지 %1(으)로 스트리밍 중인 답변이 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>저장된 API 키 바꾸기</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>저장된 API 키 지우기</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>저장하면 저장된 키가 제거됩니다.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>저장하면 새 키가 저장된 키를 대체합니다.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>키 저장됨(%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>색상 테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>대화 텍스트 크기(포인트)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto는 다음에 시작할 때 이 언어를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>대화 텍스트 크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>Enter로 메시지 보내기(Shift+Enter는 줄 바꿈)(&amp;E)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>끄면 Enter는 줄을 바꾸고 Ctrl+Enter로 보냅니다.</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>모양 설정은 보관함 밖에 저장되므로 잠금을 해제하기 전에도 적용됩니다. 작성한 내용은 전혀 담기지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>루프백(127.0.0.0/8, ::1, localhost): 이 컴퓨터 밖으로 나간 것이 없습니다.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>로컬 네트워크(사설, 링크 로컬 또는 .local 주소): 이 컴퓨터를 벗어났지만 로컬 네트워크 밖으로는 나가지 않았습니다.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>인터넷(그 밖의 모든 주소나 호스트 이름): 사용자의 네트워크 밖으로 나갔습니다.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>전송됨, 응답 없음</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패함</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
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
        <translation>감사 기록 정리됨</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>기록 %n개 삭제됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>차단됨: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>차단됨 · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>답변 하나의 요청 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>요청 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%n개 중 %1개 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>가림</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: 요청 %n개에서 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>보낸 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>요청 %n개 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>카메라(&amp;C):</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>촬영(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>다시 찍기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>사진 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>사진 찍기</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>카메라 미리 보기</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>촬영</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>사진 찍기 (Space 또는 Enter)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>다시 찍기</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>사진 사용</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>이 사진을 메시지에 첨부합니다. 메타데이터는 다른 이미지처럼 제거됩니다</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>이 카메라를 사용할 수 없습니다. 다른 프로그램이 사용 중이거나 접근이 거부되었습니다. 다른 카메라를 고르거나 취소하세요.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>이 카메라를 사용할 수 없습니다. 다른 프로그램이 사용 중이거나 접근이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>사진을 찍지 못했습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>이 컴퓨터에서 카메라를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>새 암호 문구가 서로 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>암호 문구 변경(&amp;H)</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>현재 암호 문구</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>새 암호 문구 확인</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>새 암호 문구 강도</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>보관함을 다시 암호화하는 중</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>보관함이 새 암호 문구로 다시 암호화됩니다. 이전 암호 문구는 더 이상 쓸 수 없으며, 잃어버린 암호 문구를 되찾을 방법은 여전히 없습니다.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>현재(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>새 암호 문구(&amp;N):</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>확인(&amp;F):</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>새 암호 문구가 현재 암호 문구와 같습니다.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>약한 암호 문구</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>새 암호 문구는 추측하기 쉽습니다. 보관함 파일을 복사한 사람은 많은 암호 문구를 빠르게 시도해 볼 수 있습니다. 그래도 사용하시겠습니까?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>현재 암호 문구가 올바르지 않습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>암호 문구를 변경하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>암호 문구를 변경했습니다. 이제부터 새 암호 문구를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>로컬 전용</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>이 대화를 이 컴퓨터 외의 곳으로는 보내지 않습니다</translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>시크릿: 이 채팅의 내용은 저장되지 않습니다</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>이 대화는 보관함에 절대 기록되지 않습니다. 대화를 닫거나, 다른 대화를 열거나, 잠그면 사라집니다. 요청은 여전히 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>메시지를 편집하는 중입니다. 보내면 이 지점부터 다시 질문하고, Esc를 누르면 취소합니다.</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>먼저 답변을 중지(Esc)한 다음 메시지를 삭제하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>이 메시지와 이 버전에서 뒤따르는 메시지 %n개를 보관함에서 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>이 메시지를 보관함에서 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>메시지 삭제</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>이 질문을 숙고할까요?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>이 답변의 에이전트가 더 이상 보관함에 없습니다.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>이 모델</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%2의 에이전트 %1개</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>앙상블 “%1”(에이전트 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>앙상블 “%1”의 에이전트</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>숙고(Ctrl+3): 여러 에이전트가 동시에 추론한 뒤, 그 결과를 종합해 답변 하나를 만듭니다. 지금은 %1(으)로 숙고할 수 없습니다. 공급자를 선택하거나, 공급자가 모두 설정된 앙상블을 선택하세요.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>이 주소를 웹 브라우저에서 열까요?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>이미지 없이 보낼까요?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>텍스트만 보내거나, 취소하고 이미지를 볼 수 있는 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>텍스트만 보내기</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%2에 따르면 %1은(는) 텍스트만 받으며 이미지를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>이미지를 볼 수 있는 모델을 고르세요. 그렇지 않으면 텍스트만 보냅니다.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>최신 메시지로 이동(Ctrl+End)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>최신 메시지로 이동</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>이 메시지는 더 이상 보관함에 없습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>이미지 첨부(붙여넣거나 끌어다 놓을 수도 있습니다)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>이미지 첨부</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter로 보내기, Shift+Enter로 줄 바꿈</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter로 보내기, Enter로 줄 바꿈</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>이미지(*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>이미지 %1 제거</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>답변 중지(Esc). 이미 도착한 내용은 보존됩니다</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>보내기(Enter 또는 Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>보내기(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>카메라로 사진 찍기</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>받아쓰기: 말하면 확인할 수 있도록 여기에 글로 적힙니다</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>이미지 %1: %2 × %3 픽셀, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>위치 제거됨</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>메타데이터 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n개 제거됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>무엇이든 물어보세요…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>에이전트 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>앙상블 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>먼저 공급자 페이지에서 공급자를 추가하세요. 각 에이전트는 공급자 하나와 그 공급자의 모델 하나입니다.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>라운드마다 각 에이전트의 답변에 허용할 시간</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>라운드마다 각 에이전트의 답변에 허용할 시간입니다. 라운드가 둘이면 에이전트는 답변을 고칠 때 이 시간을 다시 받습니다. 시간을 넘긴 에이전트는 보고된 뒤 건너뜁니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>저장된 앙상블</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>새 앙상블</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>앙상블 삭제</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>앙상블 이름</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>예: 로컬 3인조</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>종합 담당 공급자</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>종합 담당 모델</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>공급자의 기본 모델</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>1: 에이전트들이 답변한 뒤, 그 답변들로 답변 하나를 작성합니다</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>2: 각 에이전트가 먼저 다른 에이전트의 답변을 읽고 자기 답변을 고칩니다</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>각 에이전트의 답변 허용 시간(&amp;T):</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>에이전트(2~8개). 각각 공급자, 모델, 관점을 가집니다:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>종합 담당(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>라운드(&amp;R):</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>앙상블</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>숙고 모드는 여러 에이전트에게 같은 질문을 동시에 합니다. 각 에이전트는 자기 관점을 가지고 생각 모드로 답합니다. 그런 다음 요청을 하나 더 보내 그 답변들로 답변 하나를 작성합니다. 에이전트가 셋이면 질문 하나에 요청이 4개입니다(두 번째 라운드가 있으면 7개). 에이전트의 추론 과정은 이 컴퓨터에 남고, 답변만 종합 담당에게 전달됩니다.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>시간이 더 걸리는 에이전트는 제외되고, 나머지 에이전트의 답변으로 최종 답변을 작성합니다.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>앙상블이 없으면 숙고 모드는 대화의 모델에게 서로 다른 관점으로 여러 번 질문합니다. 앙상블에서는 공급자를 섞을 수 있습니다. 예를 들어 로컬 모델 둘과 클라우드 모델 하나, 또는 모두 로컬 모델로 구성할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>에이전트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>새 앙상블</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>저장하지 않은 앙상블</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>%1의 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>에이전트 %1 공급자</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>에이전트 %1 모델</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>에이전트 %1 관점</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>이 에이전트가 따를 지시문. 비워 두면: “%1”</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>에이전트 %1 제거</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>대화의 모델</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1(설정되지 않음)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>앙상블 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>앙상블 삭제</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>앙상블 %1을(를) 삭제할까요? 이 앙상블이 이미 한 답변은 해당 대화에 남습니다.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>앙상블 %1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%2(%3)에 %1개</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>에이전트 %1개(각각 한 번씩 고침) + 종합 1개</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>에이전트 %1개 + 종합 1개</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>대상 %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>숙고(Ctrl+3): %1이(가) 동시에 추론한 뒤, 그 결과를 종합해 답변 하나를 만듭니다.
%2: 요청 %3개, %4.
각 에이전트에는 대화가 전송되고, 종합 단계에는 질문과 에이전트의 답변이 전송됩니다(추론 과정은 절대 보내지 않음).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>에이전트 %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>에이전트 %1, 수정</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>종합</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2(%3), %4(%5): %6, %n자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, 에이전트의 답변 추가</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>숙고 모드는 이 질문에 요청 %n개를 보냅니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>합계 %1, %n자</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation>(에이전트 답변 제외).</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>보낼까요? 이 대화에서는 다시 묻지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n초 동안 생각함</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ 복사함</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— 이전 메시지는 컨텍스트 예산에 맞지 않아 보내지 않았습니다 —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론 과정</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 픽셀</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지됨.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>불완전함: 답변이 끝나기 전에 끊겼습니다.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>종합 전에 각 에이전트가 한 답변 보기</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>에이전트 %n개가 숙고함 — 보기</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>이 답변의 비용: 요청 토큰과 답변 토큰</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>입력 %1토큰 · 출력 %2토큰</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>이 코드 복사</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>더 많은 작업</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>지난 30일</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
답변하는 중…</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>고정됨: </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto는 대화, 이미지, API 키, 그리고 무엇을 보냈는지에 대한 기록을 이 컴퓨터의 암호화된 보관함에 보관합니다. 보관함을 잠글 암호 문구를 정하세요.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>보관함 폴더: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>암호 문구 확인</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>암호 문구 강도</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>암호 문구가 서로 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;잃어버린 암호 문구는 되찾을 방법이 없습니다.&lt;/b&gt; 암호 문구 없이는 누구도, Sotto 개발자조차도 보관함을 열 수 없습니다. 안전한 곳에 적어 두세요.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>잊어버린 암호 문구는 복구할 수 없다는 것을 이해했습니다</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>보관함을 만드는 중…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>보관함 만드는 중</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>확인(&amp;C):</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>약한 암호 문구</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>이 암호 문구는 추측하기 쉽습니다. 보관함 파일을 복사한 사람은 많은 암호 문구를 빠르게 시도해 볼 수 있습니다. 그래도 사용하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>보낸 데이터</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>받은 데이터</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>보낸 이미지</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>가림</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>공급자별</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>호스트별</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>이 컴퓨터 밖으로 나간 요청 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n개가 이 컴퓨터 밖으로 나감</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 인터넷으로</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>요청당 %1</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>보낸 이미지 없음</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>보내기 전에 개인 정보를 바꿈</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>설정에 따라 중지됨</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>개인 정보 보호 대시보드 — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>개인 정보 보호 대시보드</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인 정보 보호</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>이 컴퓨터 밖으로 나간 것을 요청별로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>자정 이후</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>오늘과 그 전 6일</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>오늘과 그 전 29일</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>감사 기록 전체</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>개요(Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>요청(Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>기간 내 요청을 CSV 또는 JSON으로 저장합니다(“sotto audit”의 필드)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>CSV로…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>JSON으로…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>정리…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>모든 감사 기록을 삭제합니다. 언제, 몇 개를 삭제했는지 알리는 기록 하나가 남습니다</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV(*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON(*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests exported to %1</source>
        <translation>
            <numerusform>요청 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>감사 기록을 정리할까요?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>보낸 내용에 대한 모든 기록과 보관된 모든 요청 사본이 삭제됩니다. 언제 감사 기록을 정리했고 기록이 몇 개였는지 알리는 기록 하나만 남습니다. 나중에 필요할 수 있다면 먼저 내보내세요.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>기록 %n개를 정리했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>공급자 없음: 아무것도 보내지 않음</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>시작하려면 공급자를 선택하세요. 그 전까지는 아무것도 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>이 컴퓨터에 머묾</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>입력한 내용은 이 컴퓨터에서 실행 중인 모델 %1(으)로 갑니다.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>로컬 네트워크: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>입력한 내용은 인터넷이 아닌 로컬 네트워크의 %1(으)로 갑니다.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>인터넷: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>입력한 내용은 인터넷을 거쳐 %1(으)로 갑니다.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>로컬 전용</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>이 대화는 로컬 전용으로 표시되어 있습니다. Sotto는 이 대화를 이 컴퓨터 외의 곳으로는 보내지 않습니다.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>차단됨: 오프라인 모드</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>오프라인 모드가 켜져 있습니다. 설정 → 개인 정보 보호에서 끌 때까지 %1(으)로 아무것도 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>요청이 간 곳</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: 요청의 %2%, 보낸 데이터의 %3%</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>간 곳</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>보낸 요청</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>보낸 데이터</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>이 컴퓨터에서 마이크를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>이 컴퓨터에서 마이크를 찾지 못했습니다. 받아쓰려면 마이크를 연결하세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>아무것도 녹음되지 않았습니다. 마이크가 음소거되어 있나요?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>녹음에서 음성을 인식하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>일별 보낸 데이터</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 보냄, 막대 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ExportFlow</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown(*.md)</translation>
    </message>
    <message>
        <source>JSON, everything kept (*.json)</source>
        <translation>JSON, 모든 내용 보존(*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, 단일 파일(*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF(*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>대화 내보내기</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Sotto 대화 %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>모든 대화 내보내기(Markdown, HTML, PDF는 그 이름의 폴더)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>내보내기: 암호화되지 않음</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>내보낸 파일은 암호화되지 않습니다. 파일을 받은 사람이나 파일을 저장한 폴더에 접근할 수 있는 사람은 누구나 이미지를 포함한 대화를 읽을 수 있습니다. Sotto는 다시 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>대화를 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>모두 내보내기</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>대화 %2개 중 %1번째 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>대화 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>개념 설명</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>예시를 들어 쉽게 설명해 주세요: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>텍스트 요약</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>다음 내용을 몇 문장으로 요약해 주세요:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>이메일 초안 작성</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>다음 내용으로 짧고 친근한 이메일 초안을 써 주세요: </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>버그 찾기</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>이 코드에서 버그를 찾아 주세요:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>“%1”(으)로 메시지 시작하기</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>시크릿 채팅</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>무엇을 도와드릴까요?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>이 채팅의 내용은 보관되지 않습니다. 채팅을 닫거나, 다른 채팅을 열거나, 보관함을 잠그면 사라집니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>이전 이미지</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>이전 이미지 (왼쪽)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>다음 이미지</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>다음 이미지 (오른쪽)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>축소 (Ctrl+빼기)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>확대 (Ctrl+더하기)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>창에 맞추기 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>실제 크기: 이미지 픽셀 하나를 화면 픽셀 하나로</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>이미지를 클립보드에 복사 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>이미지 사본을 암호화된 보관함 밖에 파일로 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>배율: %1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>이미지 %1 / %2 — %3 × %4 픽셀</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>이미지를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>보관함 밖에 사본을 저장할까요?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>사본은 Sotto의 암호화된 보관함 밖에 있는 일반 파일입니다. 고른 폴더를 읽을 수 있는 사람은 누구나 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>image-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>이미지 (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>사본을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>사본을 %1(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Sotto, ChatGPT 또는 Claude 내보내기 파일(*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>대화 가져오기</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%1에서 대화 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n개는 이미 보관함에 있어 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>가져오기 취소됨: 그 전에 대화 %n개를 가져왔으며, 중간까지만 가져온 대화는 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1을(를) 가져오지 않았으며 아무것도 변경되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>가져오기 실패: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>시스템 키링에 암호 문구 기억하기(&amp;K)</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>기억하기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>시스템 키링에 암호 문구 기억하기</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>기억할 암호 문구</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>보관함 암호 문구</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>암호 문구 기억하기</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>암호 문구 기억하지 않기</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>그러면 로그인해 있는 동안 Sotto가 묻지 않고 잠금을 해제합니다. 잠금 해제된 상태의 계정을 쓸 수 있는 사람은 누구나 보관함도 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>키링에 아직 이전 암호 문구가 남아 있습니다: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>시스템 키링에서 암호 문구를 제거했습니다.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>이제 암호 문구가 시스템 키링에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>에이전트 %1의 추론 과정</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>에이전트 %1의 답변</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>에이전트 %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · 에이전트 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>라운드 %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>답변하는 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>에이전트 열 숨기기(답변의 “숙고함 — 보기”를 누르면 다시 표시됩니다)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>에이전트 열 숨기기</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>숙고하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>숙고: 에이전트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>에이전트 %n개가 이 답변을 숙고함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>이 컴퓨터에서 로컬 모델 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>이 모델 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>이 컴퓨터에서 로컬 모델 찾기</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>이 컴퓨터에서만 Ollama, llama.cpp, LM Studio, vLLM, Jan을 찾습니다.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>이 컴퓨터에서 찾은 모델</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>선택한 모델 사용</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>로컬 모델을 찾는 중…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>로컬 모델 다시 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto가 찾지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>아직 모델이 없습니다. 먼저 %1(으)로 하나를 내려받으세요.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>이 컴퓨터에서 서버 %n개를 찾았습니다. 모델을 선택하세요:</numerusform>
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
        <translation>설계부터 개인 정보 보호</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>여기에 대화가 표시됩니다. 모델 공급자를 선택하기 전까지는 아무것도 이 컴퓨터 밖으로 나가지 않으며, 모든 요청이 기록되므로 무엇을 보냈는지 정확히 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>새 채팅(Ctrl+N)을 시작하거나 대화를 고르세요. 모든 요청이 기록되므로 무엇을 보냈는지 정확히 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>대화 목록</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인 정보 보호</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>새 채팅(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>새 시크릿 채팅(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>대화 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>대화 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>모두 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>보관함 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>파일에서 보관함 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>보관함 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>즉답(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>생각(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>숙고(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>대화 목록(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>대화 목록 표시 또는 숨기기(Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>개인 정보 보호 대시보드(&amp;P)</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>이 컴퓨터 밖으로 나간 것을 요청별로 보기(Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>Sotto 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>채팅을 시작하려면 설정(Ctrl+,)에서 모델 공급자를 추가하세요.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>보관함 잠김</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>환경의 프록시를 사용하지 않음</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>보관함 잠금 해제됨</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>오늘 보낸 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>오늘 요청: %n개(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n개가 이 컴퓨터 밖으로 나감</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n개 차단됨</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>Sotto 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;개인용 데스크톱 AI 어시스턴트. 대화는 이 컴퓨터의 암호화된 보관함에 보관됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Sotto, ChatGPT 또는 Claude 내보내기 파일의 대화(.json 또는 .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>메시지 작업</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>이 메시지의 텍스트 복사</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>메시지 복사</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>다른 답변 요청(현재 답변은 버전으로 보존됨)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>답변 다시 생성</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>이 질문을 편집해 다시 묻기(지금까지의 답변은 버전으로 보존됨)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>메시지 편집</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>이 메시지를 보관함에서 삭제(먼저 확인함)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>메시지 삭제</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ 복사함</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>즉답</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>즉답(Ctrl+1): 추론을 끄거나 최소로 줄여 바로 답합니다. 메시지와 지금까지의 대화를 보냅니다.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>생각(Ctrl+2): 모델이 답하기 전에 추론하며, 그 추론 과정을 읽을 수 있습니다. 즉답과 같은 내용을 보내면서 추론을 요청하므로 시간이 더 걸리고 토큰도 더 듭니다.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>숙고</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>숙고(Ctrl+3): 여러 에이전트가 동시에 추론한 뒤, 그 결과를 종합해 답변 하나를 만듭니다. 메시지를 각 에이전트의 공급자에게 보내고, 종합 요청을 하나 더 보냅니다.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>숙고할 에이전트</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>숙고할 에이전트: 이 모델의 여러 에이전트 또는 저장된 앙상블</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>숙고에 쓸 구성</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>공급자 없음</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>공급자와 모델: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>공급자와 모델을 선택하거나(최근 사용 항목 먼저) 모델 이름을 입력하세요(Enter)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>모델을 찾거나 이름을 입력하세요</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>모델 찾기 또는 입력</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>최근 사용</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>표시할 모델 없음: 위에 이름을 입력하세요</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>목록에 없음</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>%2에서 “%1” 사용</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>%1에 “%2”(이)라는 모델 요청</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>오프라인(&amp;O)</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>오프라인: 이 컴퓨터의 서버에만 연결합니다. 켜면 다른 컴퓨터로 진행 중인 모든 요청이 즉시 중지됩니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>오프라인 모드: 이 컴퓨터만 사용(&amp;O)</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>다시 묻기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>요청의 정확한 사본 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>오프라인 모드</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>보내기 전에 묻기</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>공급자마다 처음 한 번</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>매번</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>이 공급자들에 보내기 전에 다시 묻기</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>요청의 정확한 사본 보관</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>보내기 전에 묻기(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>아무것도 이 컴퓨터 밖으로 나가지 않습니다. 루프백 주소의 공급자(예: 127.0.0.1의 Ollama)만 사용하며, 다른 요청은 모두 거부하고 차단됨으로 기록합니다. 켜면 다른 컴퓨터에서 아직 오고 있는 답변도 모두 즉시 중지됩니다. 메뉴 오른쪽의 오프라인 버튼도 같은 스위치입니다.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>요청이 나가기 전에, 서버 이름을 조회하기도 전에, Sotto는 요청이 어디로 가는지 보여 주고 승인을 기다립니다. “처음 한 번”은 보관함을 잠글 때까지 공급자와 주소마다 한 번 묻습니다. 공급자의 주소를 바꾸면 다시 묻습니다.</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>감사 로그에는 각 요청이 어디로 갔고 크기가 얼마였는지 항상 기록됩니다. 이 옵션을 켜면 실제로 보낸 텍스트(API 키는 가림)도 암호화된 보관함 안에 보관하여 직접 살펴볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>다른 컴퓨터로 가는 모든 요청은 이 프록시를 거칩니다: http://HOST:PORT(HTTP 프록시) 또는 socks5h://HOST:PORT(SOCKS5, socks5h://127.0.0.1:9050의 Tor처럼 프록시가 이름을 확인함). 오프라인 모드, 로컬 전용 채팅, 보내기 전에 묻기는 여전히 요청의 최종 목적지를 기준으로 판단하며, 감사 로그에 프록시가 기록됩니다. 공급자는 공급자 페이지에서 자체 프록시를 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>선택에 따라 묻지 않는 공급자: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>위에서 공급자를 선택하거나 추가하세요.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>공급자 이름</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>컨텍스트 예산(토큰)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>공급자 사용</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>인터넷으로 암호화되지 않은 http 허용(&amp;H)</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>인터넷으로 암호화되지 않은 http 허용</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>공급자 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>이 공급자 추가 취소</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>보낼 요청의 최대 길이로, 토큰 하나를 약 4자로 어림합니다. 대화가 이보다 길면 가장 오래된 대화 차례가 요청에서 빠집니다(보관함에는 남습니다). 기본값은 공급자가 알려 준 모델의 컨텍스트 길이(연결 테스트로 조회)이며, 없으면 %L1토큰입니다. 알려진 길이보다 큰 예산은 그 길이로 낮춰집니다.</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>사용하지 않는 공급자는 아무것도 보내지 않습니다. 그 요청은 거부되고 기록됩니다.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>일반 http는 암호화되지 않습니다. 서버로 가는 경로에 있는 누구나 메시지와 API 키를 읽고 답변을 바꿀 수 있습니다. 신뢰하는 네트워크에 있는, 직접 관리하는 서버에만 허용하세요. 이 컴퓨터나 로컬 네트워크로 가는 일반 http는 항상 허용됩니다.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>공급자에게 모델 목록을 요청합니다. 설정에서 무언가를 보내는 경우는 이때뿐이며, 이 요청은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>프로토콜:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>기본 모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>컨텍스트 예산(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>개인 정보 가리기(&amp;W):</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>프록시(&amp;X):</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>%1에서 받은 API 키를 붙여넣으세요</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>보통은 필요 없음</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>공급자 이름을 바꾸려면 새 이름으로 다시 추가하세요.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API 키를 붙여넣으세요</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>환경 변수 %1에서 읽음</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>공급자 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>“%1”(이)라는 공급자가 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>기본 URL을 http:// 또는 https:// 주소로 입력하세요(예: %1).</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>프록시를 http://HOST:PORT 또는 socks5h://HOST:PORT, “direct” 형식으로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>메시지는 %1(%2)(으)로 갑니다.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1에 모델 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1”이(가) 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>%1에 연결했지만 제공하는 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>%1에 연결했습니다. 제공하는 모델: %2.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>저장을 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>컨텍스트: %L1토큰(%2에서 알려 줌)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>사용 안 함: Sotto는 이 공급자에게 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>가는 곳</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>이 공급자에 대해 개인 정보 가리기</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>개인 정보 보호 설정에 따름(기본값)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>이 공급자는 끔</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>공급자가 인터넷에 있는 경우</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>항상(이 컴퓨터 포함)</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>먼저 공급자를 저장하세요. 그 전까지는 개인 정보 보호 설정을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>공급자가 메시지에 답합니다. 이 컴퓨터의 공급자는 모든 것을 이곳에 두고, 클라우드 공급자는 보낸 내용을 받습니다.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>설정된 공급자</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>공급자 추가</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>선택한 공급자 제거</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>저장하지 않은 공급자</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>새 공급자를 저장할까요?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>“%1”의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>공급자 제거</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>“%1”을(를) 제거할까요? 이 공급자의 설정과 API 키가 보관함에서 삭제됩니다. 이 공급자를 사용한 대화는 남습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProxyField</name>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>This provider&apos;s proxy</source>
        <translation>이 공급자의 프록시</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>없음: 요청이 직접 나감(예: Tor는 socks5h://127.0.0.1:9050)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>개인 정보 보호 설정에 따름. 사용하지 않으려면 “direct”</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>멈추고 전사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>마이크 레벨</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>녹음 시간</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>녹음을 멈추고 전사</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>녹음을 멈추고 말한 내용을 메시지에 적기</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>받아쓰기 취소</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>녹음 버리기 (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>녹음 중…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>전사 중…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>추가(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>개인 정보 가리기</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>인터넷 대상에만(기본값)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>모든 곳(이 컴퓨터 포함)</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>사용자 용어</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>새 용어</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>이름, 회사명, 코드명</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>용어 추가</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>용어 제거</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>요청이 나가기 전에 Sotto는 알아본 개인 정보를 자리 표시자로 바꾸고, 답변에서는 원래 내용으로 되돌려 놓습니다. 이메일 주소, 전화번호, 결제 카드, IBAN, IP 주소, 키와 토큰, 그리고 아래에 적은 용어를 알아봅니다. &lt;b&gt;탐지에서 빠지는 내용이 있을 수 있습니다.&lt;/b&gt; 의미가 아닌 형태로 판단하므로 목록에 없는 이름, 글자로 쓴 숫자, 이미지 속 내용은 그대로 전송됩니다. 절대 밖으로 나가면 안 되는 데이터에는 이 컴퓨터의 공급자를 쓰거나 대화를 로컬 전용으로 설정하세요.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>개인 정보 가리기(&amp;W):</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>사용자 용어(나타나는 모든 곳에서 대소문자 구분 없이 가림)(&amp;T):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1”은(는) 이미 목록에 있습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>요청 세부 정보</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>차단됨: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>개인 정보 보호 설정에 따라</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>설정 › 공급자 › %1 열기</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>대화 열기</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>설정 › 개인 정보 보호 열기</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>답변 하나, 요청 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>숙고 답변은 에이전트마다 요청 하나와 종합 요청 하나를 보내며, 이 요청들은 같은 차례 ID를 공유합니다. 행을 펼쳐 각 요청을 살펴보세요.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>차례</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>가림</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>요청을 선택하면 어디로 갔는지, 보낸 그대로의 헤더, 그리고 요청 사본을 보관하는 경우 정확한 본문을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>감사 기록을 정리했습니다</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>%1에 이전 기록 %n개가 요청 사본과 함께 삭제되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>감사 기록이 과거를 몰래 잃는 일이 없도록 이 기록은 남겨 둡니다. 이 기록 때문에 보낸 것은 없습니다.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>요청 줄</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1(본문 %2, 헤더 %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (%1)</source>
        <translation>
            <numerusform>%n(%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>메시지 %n개 보냄, 컨텍스트에 맞추려고 %1개 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>보낸 그대로의 헤더</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>기록된 것 없음.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>헤더를 저장하기 전에 키와 토큰을 가렸습니다.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>보낸 것 없음: 요청이 나가기 전에 차단되었습니다.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>본문 %1: 텍스트 %2자, 이미지 %3개, 이전 메시지 %4개, 가림 %5개.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>이 본문의 사본은 보관되지 않았습니다. 이후 요청의 정확한 본문을 보관하려면 설정 › 개인 정보 보호에서 “요청의 정확한 사본 보관”을 켜세요(보관함에 저장되며, 시크릿 요청은 보관하지 않음).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[바이너리 데이터, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[이미지 %1×%2, %3]</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>제거된 메타데이터</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n개 항목(위치, 카메라, 날짜, 메모…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>집계 안 됨(Sotto가 이를 기록하기 전에 저장된 이미지)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>요청 필터(공급자, 모델, 호스트, 이유…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>요청 필터</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>모든 대상</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>모든 공급자</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>로컬 네트워크</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>파일에서 보관함 복원</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;보관함을 백업 “%1”(으)로 바꿀까요?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>대화, 공급자, 설정이 백업의 것으로 바뀝니다. 지금의 보관함은 삭제되지 않고 프로필의 백업 폴더에 사본으로 보관되며, &apos;sotto vault restore&apos;로 되돌릴 수 있습니다. 아직 작성 중인 답변이 있으면 먼저 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>백업의 암호 문구</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>백업할 때 보관함에 설정되어 있던 암호 문구</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>%1 %2에 백업함 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>숙고</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인 정보 보호</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>설정 닫기</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>창에서</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>메시지 작성</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>줄 바꿈</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Enter: 보내기 또는 줄 바꿈 (설정 › 모양)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>복사한 이미지 첨부</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>새 채팅(Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>새 시크릿 채팅(Ctrl+Shift+N): 보관함에 절대 저장되지 않음</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>새 시크릿 채팅</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>아직 대화가 없습니다</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>채팅이 여기에 표시됩니다. 새 채팅(Ctrl+N)으로 시작하세요.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>대화에서 “%1”과(와) 일치하는 내용이 없습니다. 제목, 메시지, 추론 과정을 검색합니다.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>맨 위에 고정</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>이 대화를 Markdown, JSON, HTML 또는 PDF로 저장합니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>답변을 작성하는 중</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>보관함 잠금 해제</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>대화를 열려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>잠금 해제하는 중</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>시스템 키링에 보관된 암호 문구로는 이 보관함을 열 수 없습니다. 암호 문구를 입력해 잠금을 해제한 다음, 설정 → 보관함에서 새 암호 문구를 기억하게 하세요.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Sotto 보관함 백업(*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>보관함 백업</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Sotto 보관함 %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>보관함을 백업하는 중…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>보관함을 %1에 백업했습니다(%2). 백업은 암호화되어 있으며 현재 암호 문구로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>파일에서 보관함 복원</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>%2에 백업한 %1에서 보관함을 복원했습니다.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>%2에 백업한 %1에서 보관함을 복원했습니다. 교체된 보관함은 사본 %3(으)로 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>모든 대화 보관(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>다음 기간 동안 업데이트되지 않은 대화 삭제(&amp;D):</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>일정 시간 사용하지 않으면 보관함 잠그기</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>%1분 동안 사용하지 않으면</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>모든 대화 보관</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>오래된 대화 삭제</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>대화를 삭제하기까지 업데이트가 없는 일수</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>자동으로 잠그기(&amp;L):</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>보존 기간</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>삭제는 보관함의 잠금을 해제할 때마다 실행되며 되돌릴 수 없습니다. 고정된 대화는 보존됩니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>전사 공급자</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>전사 모델</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>받아쓰기는 목소리를 메모리에 녹음해 아래 공급자에게 보내 텍스트로 받고, 확인할 수 있도록 메시지에 넣습니다. 이 컴퓨터의 공급자(speaches, LocalAI…)를 쓰면 목소리는 여기 남습니다. 보낸 녹음은 모두 개인정보 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>공급자:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>마이크:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>없음(받아쓰기 끔)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>이 API에는 전사 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>마이크 버튼은 보이지만, 공급자를 고를 때까지 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>이 컴퓨터: 녹음은 여기에 남습니다.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>녹음은 %1(으)로 보내집니다.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>이 컴퓨터에서 마이크를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Sotto에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;보관함이 준비되었습니다. 질문을 어디로 보낼까요?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;로컬 모델&lt;/b&gt;(Ollama, llama.cpp 또는 LM Studio)은 이 컴퓨터에서 실행됩니다. 메시지가 이 컴퓨터 밖으로 나가지 않습니다. 네트워크로 아무것도 보내지 않으며, Sotto를 오프라인으로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;클라우드 공급자&lt;/b&gt;(OpenAI, Anthropic, Gemini 등)는 해당 회사의 서버에서 실행됩니다. 메시지와 첨부한 이미지는 인터넷을 거쳐 그곳으로 가며, 그 회사의 개인 정보 처리 방침이 적용됩니다. Sotto는 모든 요청을 감사 로그에 기록하므로 무엇을 어디로 보냈는지 정확히 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>로컬 모델 사용(&amp;L)</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>로컬 모델 사용(Ollama, llama.cpp 또는 LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>클라우드 공급자 추가(&amp;C)</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>클라우드 공급자 추가</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>나중에(&amp;T)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
</context>
</TS>

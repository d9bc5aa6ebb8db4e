// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The peer in bench_ask: the official `openai` npm SDK (v4) streaming one chat
// completion and decoding every chunk, as a Node client of an OpenAI-compatible
// server would. bench_ask runs it with NODE_PATH pointing at a temporary
// `npm install openai@4` (scripts/bench makes one; nothing is committed):
//   NODE_PATH=/tmp/x/node_modules node BenchAskOpenAi.cjs http://127.0.0.1:PORT/v1
// Prints one JSON line: the SDK version, chunks decoded, answer bytes (UTF-8) and
// the usage the stream reported, so bench_ask can check it got the whole answer.
'use strict';

const OpenAI = require('openai');

async function main() {
  const baseURL = process.argv[2];
  if (!baseURL) {
    process.stderr.write('usage: node BenchAskOpenAi.cjs BASE_URL\n');
    process.exit(2);
  }
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0, timeout: 600000 });
  const stream = await client.chat.completions.create({
    model: 'fake-model',
    messages: [{ role: 'user', content: 'Write a long answer.' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  const parts = [];
  let chunks = 0;
  let usage = null;
  for await (const chunk of stream) {
    chunks += 1;
    const choice = chunk.choices[0];
    if (choice && choice.delta && typeof choice.delta.content === 'string') parts.push(choice.delta.content);
    if (chunk.usage) usage = chunk.usage;
  }
  const text = parts.join('');
  let version = 'unknown';
  try {
    version = require('openai/version').VERSION;
  } catch (e) {
    // Older or newer layouts: the version is informative only.
  }
  process.stdout.write(
    JSON.stringify({ sdk: version, chunks, bytes: Buffer.byteLength(text, 'utf8'), usage }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`BenchAskOpenAi: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});

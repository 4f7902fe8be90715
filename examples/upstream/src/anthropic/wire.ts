// Response and event shapes as Anthropic sends them on the wire (the fields this upstream produces).

export type StopReason = 'end_turn' | 'max_tokens' | 'stop_sequence';

export interface Usage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  output_tokens: number;
  service_tier: 'standard';
}

export interface TextBlock {
  type: 'text';
  text: string;
}

export interface Message {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: TextBlock[];
  stop_reason: StopReason | null;
  stop_sequence: string | null;
  usage: Usage;
}

export type StreamEvent =
  | { type: 'message_start'; message: Message }
  | { type: 'content_block_start'; index: number; content_block: TextBlock }
  | { type: 'ping' }
  | { type: 'content_block_delta'; index: number; delta: { type: 'text_delta'; text: string } }
  | { type: 'content_block_stop'; index: number }
  | { type: 'message_delta'; delta: { stop_reason: StopReason; stop_sequence: string | null }; usage: { output_tokens: number } }
  | { type: 'message_stop' };

export interface ModelInfo {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
}

export interface ErrorBody {
  type: 'error';
  error: { type: string; message: string };
  request_id: string;
}

import { useState } from 'react';
import type { CommandError } from '../../commands/command-runner';
import type { Reassigned, Reassignment } from '../../commands/reassign-commands';
import { useCommands } from '../member/use-member';

export type ReassignState =
  | { kind: 'idle' }
  | { kind: 'moving' | 'undoing'; done: number; total: number }
  | { kind: 'moved'; moved: Reassigned[]; failure: CommandError | null }
  | { kind: 'undone'; count: number; failure: CommandError | null };

/** A reassignment as a screen runs it: progress while the batches go, then what moved, and undo. */
export function useReassign() {
  const commands = useCommands();
  const [state, setState] = useState<ReassignState>({ kind: 'idle' });

  const move = async (moves: Reassignment[]) => {
    setState({ kind: 'moving', done: 0, total: moves.length });
    const outcome = await (
      await commands()
    ).reassignMembers(moves, (done) => setState({ kind: 'moving', done, total: moves.length }));
    setState({ kind: 'moved', ...outcome });
  };

  const undo = async (moved: Reassigned[]) => {
    setState({ kind: 'undoing', done: 0, total: moved.length });
    const outcome = await (
      await commands()
    ).undoReassignment(moved, (done) => setState({ kind: 'undoing', done, total: moved.length }));
    setState({ kind: 'undone', count: outcome.moved.length, failure: outcome.failure });
  };

  return { state, move, undo, reset: () => setState({ kind: 'idle' }) };
}

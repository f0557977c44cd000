// Live values in the annotated kernel sources: hovers (EvaluatableExpressionProvider: the C
// identifier or `a->b.c` chain under the mouse, evaluated by the debug adapter) and inline values
// (InlineValuesProvider: the function's variables and field chains up to the stopped line).

import * as vscode from 'vscode';
import { expressionAt, functionHeaders, functionAt, inlineExpressions } from './csource';

/** The annotated sources: media/kernel/ of this extension (or of the repo it runs from). */
export function annotatedSelector(context: vscode.ExtensionContext): vscode.DocumentSelector {
  const base = vscode.Uri.joinPath(context.extensionUri, 'media', 'kernel');
  return [{ scheme: 'file', pattern: new vscode.RelativePattern(base, '**/*.{c,h}') }];
}

export function registerCSourceProviders(context: vscode.ExtensionContext): void {
  const selector = annotatedSelector(context);
  context.subscriptions.push(
    vscode.languages.registerEvaluatableExpressionProvider(selector, {
      provideEvaluatableExpression(doc, pos) {
        const e = expressionAt(doc.lineAt(pos.line).text, pos.character);
        if (!e) return undefined;
        return new vscode.EvaluatableExpression(new vscode.Range(pos.line, e.start, pos.line, e.end), e.expression);
      },
    }),
    vscode.languages.registerInlineValuesProvider(selector, {
      provideInlineValues(doc, viewport, ctx) {
        const stop = ctx.stoppedLocation;
        const lines = doc.getText().split(/\r?\n/);
        const fn = functionAt(functionHeaders(doc.getText()), stop.start.line);
        const from = Math.max(fn ? fn.defLine : stop.start.line, viewport.start.line);
        const to = Math.min(stop.end.line, viewport.end.line);
        return inlineExpressions(lines, from, to).map((x) => {
          const range = new vscode.Range(x.line, x.start, x.line, x.end);
          return x.plain ? new vscode.InlineValueVariableLookup(range, x.expression, true) : new vscode.InlineValueEvaluatableExpression(range, x.expression);
        });
      },
    }),
  );
}

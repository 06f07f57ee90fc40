/**
 * Walking formula trees without recursion: a tree built from a long or deeply nested text must not
 * overflow the call stack of whoever walks it.
 * @internal
 */
import type { FormulaNode } from './types'

function childrenOf(node: FormulaNode): readonly FormulaNode[] {
  switch (node.type) {
    case 'binary':
      return [node.left, node.right]
    case 'negate':
      return [node.operand]
    default:
      return []
  }
}

/**
 * Post-order fold: `combine` gets each node with the results of its children, left to right.
 * @internal
 */
export function fold<T>(
  root: FormulaNode,
  combine: (node: FormulaNode, children: readonly T[]) => T,
): T {
  const pending: { readonly node: FormulaNode; readonly expanded: boolean }[] = [
    { node: root, expanded: false },
  ]
  const results: T[] = []
  for (let frame = pending.pop(); frame !== undefined; frame = pending.pop()) {
    const kids = childrenOf(frame.node)
    if (kids.length === 0) {
      results.push(combine(frame.node, []))
    } else if (frame.expanded) {
      results.push(combine(frame.node, results.splice(results.length - kids.length, kids.length)))
    } else {
      pending.push({ node: frame.node, expanded: true })
      for (let k = kids.length - 1; k >= 0; k--) {
        const kid = kids[k]
        if (kid !== undefined) pending.push({ node: kid, expanded: false })
      }
    }
  }
  // A fold over any tree leaves exactly one result.
  return results[0] as T
}

/** Every node of the tree, parents before children. @internal */
export function nodesOf(root: FormulaNode): FormulaNode[] {
  const out: FormulaNode[] = []
  const pending: FormulaNode[] = [root]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    out.push(node)
    const kids = childrenOf(node)
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = kids[k]
      if (kid !== undefined) pending.push(kid)
    }
  }
  return out
}

/** Distinct variable names of a tree, in order of first appearance. @internal */
export function variablesOf(root: FormulaNode): string[] {
  const seen = new Set<string>()
  for (const node of nodesOf(root)) if (node.type === 'variable') seen.add(node.name)
  return [...seen]
}

package io.customerintel.adapters.graphql.limits;

import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * What a parsed document holds that is cheap to abuse before validation even starts: aliases (which repeat a field
 * under new names) and directives (which validation compares pairwise).
 *
 * @param aliases         aliases written in the document
 * @param mostDirectives  the most directives on any one field, fragment, operation or variable
 */
record DocumentShape(int aliases, int mostDirectives) {

  static DocumentShape of(Document document) {
    Counter counter = new Counter();
    new NodeTraverser().preOrder(counter, document);
    return new DocumentShape(counter.aliases, counter.mostDirectives);
  }

  private static final class Counter extends NodeVisitorStub {
    private int aliases;
    private int mostDirectives;

    @Override
    public TraversalControl visitField(Field field, TraverserContext<Node> context) {
      if (field.getAlias() != null) {
        aliases++;
      }
      return super.visitField(field, context);
    }

    @Override
    protected TraversalControl visitNode(Node node, TraverserContext<Node> context) {
      if (node instanceof DirectivesContainer<?> container) {
        mostDirectives = Math.max(mostDirectives, container.getDirectives().size());
      }
      return TraversalControl.CONTINUE;
    }
  }
}
